import { editPlan } from '@certpace/study';
import type { CommandContext } from '../../framework/types.js';
import { UserError } from '../../framework/UserError.js';
import { planChangeEmbed } from '../../views/planChangeView.js';
import { planSummaryEmbed } from '../../views/planViews.js';
import { learnerOf, studyDeps } from '../learnerContext.js';
import type { PlanOptions } from './definition.js';

/** /plan edit: new exam date, study time, days or a pause; re-plans and shows what changed. */
export async function editPlanCommand(
  ctx: CommandContext,
  options: PlanOptions['edit'],
): Promise<void> {
  const { from, to } = options;
  if ((from === undefined) !== (to === undefined)) {
    throw new UserError(
      'PAUSE_NEEDS_BOTH',
      'A pause needs both dates: from (the first day off) and to (the last day off), as YYYY-MM-DD.',
    );
  }
  const learner = await learnerOf(ctx.deps, ctx.user);
  const edited = await editPlan(studyDeps(ctx.deps), learner, {
    ...(options.exam === undefined ? {} : { exam: options.exam }),
    ...(options['exam-date'] === undefined ? {} : { examDate: options['exam-date'] }),
    ...(options.minutes === undefined ? {} : { minutes: options.minutes }),
    ...(options.days === undefined ? {} : { days: options.days }),
    ...(from === undefined || to === undefined ? {} : { pause: { from, to } }),
    ...(options['clear-pauses'] ? { clearPauses: true } : {}),
  });
  await ctx.respond.reply({
    embeds: [
      planChangeEmbed(edited.change, { title: 'What changed', warnings: false }),
      planSummaryEmbed({
        plan: edited.plan,
        totals: edited.totals,
        warnings: edited.plan.warnings,
        today: edited.change.today,
      }),
    ],
  });
}
