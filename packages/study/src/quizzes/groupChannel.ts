import { findRunningQuizInChannel, type GuildSettings, getGuildSettings } from '@certpace/db';
import type { StudyDeps } from '../deps.js';
import { StudyError } from '../errors/StudyError.js';

/**
 * Where a group quiz may start: a channel of a guild, the guild's quiz
 * channel when it has set one (/settings), and a channel with no quiz
 * running. Returns the guild's settings (its default exam and seconds).
 */
export async function checkGroupChannel(
  deps: StudyDeps,
  input: { readonly guildId: string; readonly channelId: string },
): Promise<GuildSettings | null> {
  if (!input.guildId || !input.channelId) {
    throw new StudyError(
      'invalid-input',
      'A group quiz runs in a channel: give the guild and channel.',
      { field: 'channelId' },
    );
  }
  const settings = await getGuildSettings(deps.db, input.guildId);
  const quizChannel = settings?.quizChannelId ?? null;
  if (quizChannel !== null && quizChannel !== input.channelId) {
    throw new StudyError(
      'invalid-input',
      'This server runs its group quizzes in its quiz channel only.',
      {
        field: 'channelId',
        hints: {
          discord: `Start one in <#${quizChannel}>; someone who can manage the server can change it with /settings.`,
        },
      },
    );
  }
  if (await findRunningQuizInChannel(deps.db, input.channelId)) {
    throw new StudyError(
      'quiz-running-in-channel',
      'A quiz is already running in this channel: wait for it to end or stop it first.',
      { field: 'channelId' },
    );
  }
  return settings;
}
