import { getToday, markTask } from '@certpace/study';
import { UsageError } from '../errors/CliError.js';
import { formatDate } from '../render/format.js';
import type { CliContext, Session } from '../runtime/context.js';
import { streakLine } from '../views/streakLine.js';
import { type Command, defineCommand } from './types.js';

/**
 * The task a learner means: a number from `certpace today`'s list, or a task
 * id. An id names the plan only when it has to (the same id in two plans).
 */
async function resolveTask(
  session: Session,
  reference: string,
): Promise<{ taskId: string; planId?: string }> {
  if (!/^\d+$/.test(reference)) return { taskId: reference };
  const day = await getToday(session.deps, session.learner);
  const task = day.tasks[Number(reference) - 1];
  if (!task) {
    const count = day.tasks.length;
    throw new UsageError(
      count === 0
        ? `There are no tasks today (${formatDate(day.date)}) to number: give a task id instead.`
        : `Today has ${count} task${count === 1 ? '' : 's'}: give a number from 1 to ${count}, or a task id.`,
    );
  }
  return { taskId: task.taskId, planId: task.planId };
}

async function mark(
  ctx: CliContext,
  reference: string | undefined,
  status: 'done' | 'skipped',
): Promise<number> {
  if (reference === undefined) {
    throw new UsageError(
      `Which task? certpace ${status === 'done' ? 'done' : 'skip'} <n or task id> (see certpace today).`,
    );
  }
  const session = await ctx.session();
  const target = await resolveTask(session, reference);
  const result = await markTask(session.deps, session.learner, { ...target, status });
  const { style } = ctx;
  const what = `${result.task.title} (${formatDate(result.task.date)})`;
  if (!result.changed) ctx.print(`Already ${status}: ${what}.`);
  else if (status === 'done') ctx.print(`${style.green('✓ Done:')} ${what}.`);
  else ctx.print(`Skipped: ${what}. It moves to a later day at the next re-plan.`);
  ctx.print(streakLine(result.streak, style));
  return 0;
}

const positional = [
  {
    name: 'task',
    description: 'The task’s number in `certpace today`, or its id (2027-02-01:learn:nlp).',
    required: true,
  },
];

export const doneCommand: Command = defineCommand({
  name: 'done',
  summary: 'Mark one of your tasks done (today becomes a study day).',
  positionals: positional,
  options: {},
  examples: ['certpace done 1', 'certpace done 2027-02-01:learn:text-analysis'],
  run: (ctx, { positionals }) => mark(ctx, positionals[0], 'done'),
});

export const skipCommand: Command = defineCommand({
  name: 'skip',
  summary: 'Skip one of your tasks; the next re-plan finds it a later day.',
  positionals: positional,
  options: {},
  examples: ['certpace skip 2'],
  run: (ctx, { positionals }) => mark(ctx, positionals[0], 'skipped'),
});
