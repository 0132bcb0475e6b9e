import type { DueReminder } from '@certpace/study';
import type { ReplyPayload } from '../messages/payload.js';
import { todayView } from '../views/todayView.js';

/**
 * The reminder as a message: study's greeting, then today's tasks with their
 * Done and Skip buttons (only the learner's), or study's lines alone when
 * they have no active plan. In a channel it mentions them, since it is theirs.
 */
export function reminderMessage(due: DueReminder, where: 'dm' | 'channel'): ReplyPayload {
  const owner = due.discordUserId ?? '';
  const [greeting = '', ...rest] = due.lines;
  const mention = where === 'channel' ? `<@${owner}> ` : '';
  const note =
    where === 'channel'
      ? '\n-# Posted here because your DMs are closed; /remind changes this.'
      : '';
  if (due.day.exams.length === 0) {
    return {
      content: `${mention}${[greeting, ...rest].join('\n')}${note}`,
      allowedMentions: { users: where === 'channel' ? [owner] : [] },
    };
  }
  return {
    ...todayView(due.day, { owner, content: `${mention}${greeting}${note}` }),
    allowedMentions: { users: where === 'channel' ? [owner] : [] },
  };
}
