import { createPlan, getPlan } from '@certpace/study';
import type { CommandContext } from '../../framework/types.js';
import { UserError } from '../../framework/UserError.js';
import { firstDaysEmbed, planSummaryEmbed } from '../../views/planViews.js';
import { guildTimezone, learnerOf, studyDeps } from '../learnerContext.js';
import type { PlanOptions } from './definition.js';

export const TIMEZONE_NEEDED =
  'Which timezone do your days follow? Run /plan create again with the timezone option (start typing your city, e.g. Berlin). A server admin can also set one for everyone with /settings.';

/**
 * /plan create: the plan's days follow the timezone given, else the
 * learner's own (from an earlier plan or reminder), else the server's from
 * /settings; with none of them the learner is asked, since a wrong guess
 * would move every day's tasks and reminders.
 */
export async function createPlanCommand(
  ctx: CommandContext,
  options: PlanOptions['create'],
): Promise<void> {
  const deps = studyDeps(ctx.deps);
  const learner = await learnerOf(ctx.deps, ctx.user);
  const timezone =
    options.timezone ??
    learner.timezone ??
    (await guildTimezone(ctx.deps, ctx.interaction.guildId));
  if (timezone === undefined) throw new UserError('TIMEZONE_NEEDED', TIMEZONE_NEEDED);
  const created = await createPlan(deps, learner, {
    examDate: options['exam-date'],
    minutes: options.minutes,
    timezone,
    ...(options.exam === undefined ? {} : { exam: options.exam }),
    ...(options.days === undefined ? {} : { days: options.days }),
  });
  const detail = await getPlan(deps, learner, { planId: created.plan.id });
  await ctx.respond.reply({
    content: `Your plan for **${created.plan.examRef}** is ready. Tasks for each day are in /today.`,
    embeds: [
      planSummaryEmbed({
        plan: created.plan,
        totals: created.totals,
        warnings: created.warnings,
        today: created.today,
      }),
      firstDaysEmbed(detail.tasks, created.today),
    ],
  });
}
