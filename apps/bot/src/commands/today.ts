import { type DayTasks, getToday, markTask } from '@certpace/study';
import {
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { defineCommand } from '../framework/defineCommand.js';
import type { ComponentContext } from '../framework/types.js';
import { UserError } from '../framework/UserError.js';
import { expandUuid, taskIdFromKey } from '../views/compactIds.js';
import { plural } from '../views/format.js';
import { pageOfTask, todayView } from '../views/todayView.js';
import { learnerOf, studyDeps } from './learnerContext.js';

export const todayDefinition = {
  name: 'today',
  description: "Today's tasks of your study plans, with Done and Skip buttons",
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  integration_types: [ApplicationIntegrationType.GuildInstall],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** What a click on Done or Skip says above the list. */
function clickNote(day: DayTasks, status: 'done' | 'skipped', changed: boolean): string {
  if (!changed) return `Already marked ${status}.`;
  if (status === 'skipped') return 'Skipped: it moves to a later day at the next re-plan.';
  if (day.pending === 0) {
    return `Day complete! 🔥 ${plural(day.streak.current, 'day')} in a row.`;
  }
  return `Nice work. ${plural(day.pending, 'task')} left today.`;
}

function mark(status: 'done' | 'skipped') {
  return async (ctx: ComponentContext) => {
    const [planKey = '', key = ''] = ctx.id.args;
    const planId = planKey === '' ? undefined : expandUuid(planKey);
    if (key === '' || (planKey !== '' && planId === undefined)) {
      throw new UserError('TASK_BUTTON_INVALID', 'This button is broken: run /today again.');
    }
    const deps = studyDeps(ctx.deps);
    const learner = await learnerOf(ctx.deps, ctx.user);
    // Looked up among the clicking learner's own plans only, so a forged id finds nothing.
    const marked = await markTask(deps, learner, {
      taskId: taskIdFromKey(key),
      ...(planId === undefined ? {} : { planId }),
      status,
    });
    const day = await getToday(deps, learner);
    await ctx.respond.update(
      todayView(day, {
        owner: ctx.user.id,
        page: pageOfTask(day, marked.task),
        content: clickNote(day, status, marked.changed),
      }),
    );
  };
}

export const today = defineCommand({
  definition: todayDefinition,
  ephemeral: true,
  async run(ctx) {
    const learner = await learnerOf(ctx.deps, ctx.user);
    const day = await getToday(studyDeps(ctx.deps), learner);
    await ctx.respond.reply(todayView(day, { owner: ctx.user.id }));
  },
  components: {
    done: { run: mark('done') },
    skip: { run: mark('skipped') },
    page: {
      async run(ctx) {
        const page = Number(ctx.id.args[0] ?? '0');
        const learner = await learnerOf(ctx.deps, ctx.user);
        const day = await getToday(studyDeps(ctx.deps), learner);
        await ctx.respond.update(
          todayView(day, { owner: ctx.user.id, page: Number.isInteger(page) ? page : 0 }),
        );
      },
    },
  },
});
