import { getWeek } from '@certpace/study';
import { encodeCustomId } from '../../framework/customId.js';
import type { CommandContext, ComponentContext } from '../../framework/types.js';
import { button, buttonRows } from '../../messages/components.js';
import type { ReplyPayload } from '../../messages/payload.js';
import { weekEmbed } from '../../views/weekView.js';
import { learnerOf, studyDeps } from '../learnerContext.js';
import type { PlanOptions } from './definition.js';

const WEEK_RANGE = { min: -52, max: 156 } as const;

async function weekReply(
  ctx: CommandContext | ComponentContext,
  week: number,
): Promise<ReplyPayload> {
  const learner = await learnerOf(ctx.deps, ctx.user);
  const view = await getWeek(studyDeps(ctx.deps), learner, { week });
  // "This week" may point where "Previous" does (from week 1): its own tag keeps ids unique.
  const id = (to: number, tag?: string) =>
    encodeCustomId({
      feature: 'plan',
      action: 'week',
      owner: ctx.user.id,
      args: tag ? [String(to), tag] : [String(to)],
    });
  return {
    embeds: [weekEmbed(view)],
    components: buttonRows([
      button({
        customId: id(week - 1),
        label: '◀ Previous week',
        disabled: week <= WEEK_RANGE.min,
      }),
      ...(week === 0 ? [] : [button({ customId: id(0, 'now'), label: 'This week' })]),
      button({ customId: id(week + 1), label: 'Next week ▶', disabled: week >= WEEK_RANGE.max }),
    ]),
  };
}

/** /plan show: one week, with buttons to page through the weeks. */
export async function showPlanCommand(
  ctx: CommandContext,
  options: PlanOptions['show'],
): Promise<void> {
  await ctx.respond.reply(await weekReply(ctx, options.week ?? 0));
}

/** The week buttons: the same view for another week, in place. */
export async function showWeekButton(ctx: ComponentContext): Promise<void> {
  const week = Number(ctx.id.args[0]);
  const valid = Number.isInteger(week) && week >= WEEK_RANGE.min && week <= WEEK_RANGE.max;
  await ctx.respond.update(await weekReply(ctx, valid ? week : 0));
}
