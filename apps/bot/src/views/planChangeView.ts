import type { PlanChange } from '@certpace/study';
import type { APIEmbed } from 'discord.js';
import { fitEmbed } from '../messages/embeds.js';
import { COLORS, examCode } from './format.js';
import { fieldText } from './planViews.js';

/** What a re-plan changed, in a few lines: study's summary and the planner's warnings. */
export function planChangeLines(change: PlanChange): string[] {
  return [...change.summary, ...change.warnings.map((w) => `⚠️ ${w}`)];
}

/** "What changed" as an embed; without the warnings when another embed already shows them. */
export function planChangeEmbed(
  change: PlanChange,
  options: { readonly title?: string; readonly warnings?: boolean } = {},
): APIEmbed {
  const lines = options.warnings === false ? change.summary : planChangeLines(change);
  return fitEmbed({
    title: options.title ?? `Your ${examCode(change.examRef)} plan was re-planned`,
    description: fieldText(lines, 4000),
    color: COLORS.plan,
    footer: `From ${change.today} on · revision ${change.revision}`,
  });
}
