import type { ReminderView } from '@certpace/study';

/** A Discord timestamp: shown in each reader's own timezone and language. */
export function discordTime(instant: Date, style: 'F' | 'R' | 't' = 'F'): string {
  return `<t:${Math.floor(instant.getTime() / 1000)}:${style}>`;
}

/** The answer to /remind set: when, in which timezone, the next one, and where it goes. */
export function reminderSetText(view: ReminderView): string {
  const next = view.nextAt
    ? ` The next one: ${discordTime(view.nextAt)} (${discordTime(view.nextAt, 'R')}).`
    : '';
  const where = view.channelId
    ? `I send it as a DM; if your DMs are closed I post it in <#${view.channelId}>.`
    : 'I send it as a DM; keep DMs from this server open, or add channel: for a place to post it when they are closed.';
  return `Daily reminder set for **${view.time}** (${view.timezone}).${next}\n${where}`;
}
