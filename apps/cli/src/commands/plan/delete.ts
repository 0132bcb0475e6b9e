import { deletePlan, getPlan } from '@certpace/study';
import { CliError, UsageError } from '../../errors/CliError.js';
import { formatDate } from '../../render/format.js';
import { confirm } from '../../runtime/prompts.js';
import { defineCommand } from '../types.js';

export const planDeleteCommand = defineCommand({
  name: 'plan delete',
  summary: 'Delete a plan and its tasks (asks first unless --yes).',
  options: {
    exam: {
      type: 'string',
      value: '<code>',
      description: 'Which plan, when you have plans for several exams.',
    },
    yes: { type: 'boolean', short: 'y', description: 'Do not ask for confirmation.' },
  },
  examples: ['certpace plan delete', 'certpace plan delete --exam AI-102 --yes'],
  async run(ctx, { options }) {
    const { deps, learner } = await ctx.session();
    const selector = options.exam === undefined ? {} : { exam: options.exam };
    const { plan, totals } = await getPlan(deps, learner, selector);
    if (!options.yes) {
      const answer = await confirm(
        ctx,
        `Delete your ${plan.examCode} plan (exam on ${formatDate(plan.examDate)}, ${totals.done} of ${totals.tasks} tasks done)? [y/N] `,
      );
      if (answer === undefined) {
        throw new UsageError(
          'Nothing to confirm with: run certpace plan delete --yes to delete without asking.',
        );
      }
      if (!answer) throw new CliError('Kept your plan: nothing was deleted.');
    }
    const deleted = await deletePlan(deps, learner, { planId: plan.id });
    ctx.print(
      `Deleted your ${deleted.examRef.split('@')[0]} plan. Quiz history and score reports are kept.`,
    );
    return 0;
  },
});
