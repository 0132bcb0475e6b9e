import { type ClosedQuizPlace, type FinishResult, recoverQuizzes } from '@certpace/study';
import type { Client } from 'discord.js';
import { groupClosedAtRestartView } from '../../views/quizGroupViews.js';
import { mockClosedView } from '../../views/quizMockViews.js';
import { announceMockResults } from '../mockResults.js';
import { edit, send, sendableChannel } from './channels.js';
import type { QuizRuntime } from './QuizRuntime.js';

/** DMs reach shard 0; the process that holds it watches the mock exams. */
function handlesDms(client: Client): boolean {
  return client.shard === null || client.shard.ids.includes(0);
}

/** The closing line of a mock that ended while the bot was away: study's reason, time-up marked. */
function mockHeadline(reason: string, result: FinishResult): string {
  const restarted = `I restarted. ${reason}`;
  return result.finishReason === 'time-up' ? `⏰ ${restarted}` : restarted;
}

async function announceClosed(
  runtime: QuizRuntime,
  place: ClosedQuizPlace,
  reason: string,
  result: FinishResult,
): Promise<void> {
  if (place.mode === 'group') {
    if (!place.channelId) return;
    const channel = await sendableChannel(runtime.client, place.channelId);
    await send(channel, groupClosedAtRestartView(reason, result));
    return;
  }
  const userId = result.participants[0]?.discordUserId;
  if (place.mode !== 'mock' || !userId) return;
  const channel = await runtime.client.users.createDM(userId);
  const headline = mockHeadline(reason, result);
  if (place.messageId) {
    await edit(channel, place.messageId, mockClosedView(headline)).catch((error: unknown) =>
      runtime.log.warn({ err: error, quizId: place.quizId }, 'could not close the exam message'),
    );
  }
  await announceMockResults(channel, result, userId, headline);
}

/**
 * At start: the quizzes still running in the database that this process
 * serves (group quizzes of its own servers; practice and mock exams on the
 * shard that gets DMs) are resumed, or were closed by study with their
 * answers kept, which is announced where they ran. Other processes recover
 * the rest. Practice quizzes need nothing: their buttons work as before. One
 * quiz failing never stops the others.
 */
export async function recoverQuizRuns(runtime: QuizRuntime): Promise<void> {
  const { client } = runtime;
  const { running, closed } = await recoverQuizzes(runtime.study, {
    guildIds: [...client.guilds.cache.keys()],
    includeSolo: handlesDms(client),
  });
  for (const quiz of running) {
    try {
      if (quiz.mode === 'group') await runtime.groups.resume(quiz);
      else if (quiz.mode === 'mock') runtime.mocks.watch(quiz);
    } catch (error) {
      runtime.log.warn({ err: error, quizId: quiz.quizId }, 'could not resume a quiz');
    }
  }
  for (const outcome of closed) {
    if (outcome.resumed || !outcome.finished || outcome.finished.alreadyFinished) continue;
    try {
      await announceClosed(runtime, outcome, outcome.reason, outcome.finished);
    } catch (error) {
      runtime.log.warn({ err: error, quizId: outcome.quizId }, 'could not announce a closed quiz');
    }
  }
  runtime.log.info({ resumed: running.length, closed: closed.length }, 'quizzes recovered');
}
