import { type FinishResult, getQuiz, recoverQuizzes } from '@certpace/study';
import type { Client } from 'discord.js';
import { groupClosedAtRestartView } from '../../views/quizGroupViews.js';
import { announceMockResults } from '../mockResults.js';
import { send, sendableChannel } from './channels.js';
import type { QuizRuntime } from './QuizRuntime.js';

const MOCK_EXPIRED =
  '⏰ The time of your mock exam ran out while I was restarting: it was submitted as it stood.';

/** DMs reach shard 0; the process that holds it watches the mock exams. */
function handlesDms(client: Client): boolean {
  return client.shard === null || client.shard.ids.includes(0);
}

async function announceClosed(
  runtime: QuizRuntime,
  reason: string,
  result: FinishResult,
): Promise<void> {
  if (result.mode === 'group') {
    const quiz = await getQuiz(runtime.study, { quizId: result.quizId });
    if (!quiz.channelId || !quiz.guildId || !runtime.client.guilds.cache.has(quiz.guildId)) return;
    const channel = await sendableChannel(runtime.client, quiz.channelId);
    await send(channel, groupClosedAtRestartView(reason, result));
    return;
  }
  const userId = result.participants[0]?.discordUserId;
  if (result.mode !== 'mock' || !userId || !handlesDms(runtime.client)) return;
  const channel = await runtime.client.users.createDM(userId);
  const headline = result.finishReason === 'time-up' ? MOCK_EXPIRED : reason;
  await announceMockResults(channel, result, userId, headline);
}

/**
 * At start: every quiz still running in the database is resumed where this
 * process serves it (group quizzes of its servers, mock exams on the shard
 * that gets DMs), or was closed by study with its answers kept, which is
 * announced where it ran. Practice quizzes need nothing: their buttons work
 * as before. One quiz failing never stops the others.
 */
export async function recoverQuizRuns(runtime: QuizRuntime): Promise<void> {
  const { running, closed } = await recoverQuizzes(runtime.study);
  for (const quiz of running) {
    try {
      if (quiz.mode === 'group' && quiz.guildId && runtime.client.guilds.cache.has(quiz.guildId)) {
        await runtime.groups.resume(quiz);
      } else if (quiz.mode === 'mock' && handlesDms(runtime.client)) {
        runtime.mocks.watch(quiz);
      }
    } catch (error) {
      runtime.log.warn({ err: error, quizId: quiz.quizId }, 'could not resume a quiz');
    }
  }
  for (const outcome of closed) {
    if (outcome.resumed || !outcome.finished || outcome.finished.alreadyFinished) continue;
    try {
      await announceClosed(runtime, outcome.reason, outcome.finished);
    } catch (error) {
      runtime.log.warn(
        { err: error, quizId: outcome.finished.quizId },
        'could not announce a closed quiz',
      );
    }
  }
  runtime.log.info({ resumed: running.length, closed: closed.length }, 'quizzes recovered');
}
