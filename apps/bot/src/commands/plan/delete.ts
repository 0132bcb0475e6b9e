import { deletePlan, getPlan } from '@certpace/study';
import { ButtonStyle } from 'discord.js';
import { encodeCustomId } from '../../framework/customId.js';
import type { CommandContext, ComponentContext } from '../../framework/types.js';
import { UserError } from '../../framework/UserError.js';
import { button, buttonRows } from '../../messages/components.js';
import { fitEmbed } from '../../messages/embeds.js';
import { compactUuid, expandUuid } from '../../views/compactIds.js';
import { COLORS, dayLabel, examCode } from '../../views/format.js';
import { learnerOf, studyDeps } from '../learnerContext.js';
import type { PlanOptions } from './definition.js';

/** /plan delete: names the plan and asks; only the asker's Delete button deletes it. */
export async function deletePlanCommand(
  ctx: CommandContext,
  options: PlanOptions['delete'],
): Promise<void> {
  const learner = await learnerOf(ctx.deps, ctx.user);
  const { plan, totals } = await getPlan(studyDeps(ctx.deps), learner, {
    ...(options.exam === undefined ? {} : { exam: options.exam }),
  });
  const owner = ctx.user.id;
  await ctx.respond.reply({
    embeds: [
      fitEmbed({
        title: `Delete your ${examCode(plan.examRef)} plan?`,
        description: [
          `**${plan.examRef}** · exam on ${dayLabel(plan.examDate, { year: true })}`,
          `${totals.done} of ${totals.tasks} tasks done.`,
          '',
          'The plan and its tasks are deleted for good. Your quiz answers, score reports and streak stay.',
        ].join('\n'),
        color: COLORS.danger,
      }),
    ],
    components: buttonRows([
      button({
        customId: encodeCustomId({
          feature: 'plan',
          action: 'delete',
          owner,
          args: [compactUuid(plan.id)],
        }),
        label: 'Delete plan',
        style: ButtonStyle.Danger,
      }),
      button({
        customId: encodeCustomId({ feature: 'plan', action: 'keep', owner, args: [] }),
        label: 'Cancel',
      }),
    ]),
  });
}

export async function confirmDeleteButton(ctx: ComponentContext): Promise<void> {
  const planId = expandUuid(ctx.id.args[0] ?? '');
  if (!planId)
    throw new UserError('PLAN_BUTTON_INVALID', 'This button is broken: run /plan delete again.');
  const learner = await learnerOf(ctx.deps, ctx.user);
  // Deletes only among the clicking learner's plans: another's plan id is "not found".
  const deleted = await deletePlan(studyDeps(ctx.deps), learner, { planId });
  await ctx.respond.update({
    content: `Deleted your ${deleted.examRef} plan and its tasks. Make a new one any time with /plan create.`,
    embeds: [],
    components: [],
  });
}

export async function cancelDeleteButton(ctx: ComponentContext): Promise<void> {
  await ctx.respond.update({
    content: 'Kept your plan: nothing was deleted.',
    embeds: [],
    components: [],
  });
}
