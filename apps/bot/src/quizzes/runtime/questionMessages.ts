import { type QuizView, setQuizMessage } from '@certpace/study';
import type { Client, Collection, Message, SendableChannels } from 'discord.js';
import { decodeCustomId } from '../../framework/customId.js';
import type { Reply } from '../../messages/payload.js';
import { quizKey } from '../quizKey.js';
import { edit, isChannelLost, send, sendableChannel } from './channels.js';
import type { QuizRuntime } from './QuizRuntime.js';

/** How far back the fallback search looks for a quiz's question message. */
const HISTORY_LIMIT = 50;

/** Which question of which quiz a message is. */
export interface QuestionOnScreen {
  readonly key: string;
  readonly questionId: string;
}

/** A question of a group quiz and the message showing it, when known. */
export interface ShownQuestion extends QuestionOnScreen {
  readonly quizId: string;
  readonly channelId: string;
  readonly messageId: string | undefined;
}

/** A group quiz's open question and its recorded message, as study knows them. */
export function openQuestionOf(quiz: QuizView): ShownQuestion | undefined {
  if (!quiz.question || !quiz.channelId) return undefined;
  return {
    quizId: quiz.quizId,
    key: quizKey(quiz.quizId),
    channelId: quiz.channelId,
    questionId: quiz.question.id,
    messageId: quiz.messageId ?? undefined,
  };
}

/** The quiz key and question id a message's components answer, if it is a quiz question message. */
function answeredQuestion(message: Message): QuestionOnScreen | undefined {
  for (const row of message.components) {
    if (!('components' in row)) continue;
    for (const component of row.components) {
      const customId = 'customId' in component ? component.customId : null;
      const id = customId ? decodeCustomId(customId) : undefined;
      if (id?.feature === 'quiz' && (id.action === 'answer' || id.action === 'pick')) {
        const [key, questionId] = id.args;
        if (key && questionId) return { key, questionId };
      }
    }
  }
  return undefined;
}

function shows(client: Client, message: Message, wanted: QuestionOnScreen): boolean {
  if (message.author.id !== client.user?.id) return false;
  const shown = answeredQuestion(message);
  return shown?.key === wanted.key && shown.questionId === wanted.questionId;
}

/**
 * Finds the message showing a quiz question by the custom ids of its answer
 * buttons among the channel's recent messages: the fallback when the stored
 * message id is unknown or its message is gone.
 */
async function searchRecent(
  client: Client,
  channel: SendableChannels,
  wanted: QuestionOnScreen,
): Promise<string | undefined> {
  let recent: Collection<string, Message>;
  try {
    recent = await channel.messages.fetch({ limit: HISTORY_LIMIT });
  } catch {
    // Without Read Message History the old message cannot be found: the caller posts anew.
    return undefined;
  }
  return recent.find((message) => shows(client, message, wanted))?.id;
}

/**
 * The message still showing a quiz's open question: the one study recorded
 * (fetched to be sure it is there and still shows that question), else one
 * found among the channel's recent messages; undefined when neither is.
 */
export async function findQuestionMessage(
  client: Client,
  channel: SendableChannels,
  wanted: QuestionOnScreen & { readonly messageId: string | null },
): Promise<string | undefined> {
  if (wanted.messageId) {
    try {
      const stored = await channel.messages.fetch({ message: wanted.messageId, force: true });
      if (shows(client, stored, wanted)) return stored.id;
    } catch {
      // Deleted, or unreadable: look for it the old way.
    }
  }
  return searchRecent(client, channel, wanted);
}

/**
 * Records the message showing a group quiz's open question in study, so any
 * process finds it by id; on failure a restart searches the channel instead.
 */
export async function recordQuestionMessage(
  runtime: QuizRuntime,
  shown: {
    readonly quizId: string;
    readonly messageId: string | undefined;
    readonly index: number;
  },
): Promise<void> {
  if (!shown.messageId) return;
  try {
    await setQuizMessage(runtime.study, {
      quizId: shown.quizId,
      messageId: shown.messageId,
      index: shown.index,
    });
  } catch (error) {
    runtime.log.warn({ err: error, quizId: shown.quizId }, 'could not record a quiz message');
  }
}

/**
 * Edits the message of a question (its id known, else searched for by its
 * buttons); when it is gone or cannot be edited, posts the payload anew.
 * Throws when the channel itself is lost to the bot.
 */
export async function showOnQuestionMessage(
  runtime: QuizRuntime,
  shown: ShownQuestion,
  payload: Reply,
): Promise<void> {
  const channel = await sendableChannel(runtime.client, shown.channelId);
  const messageId =
    shown.messageId ??
    (await findQuestionMessage(runtime.client, channel, { ...shown, messageId: null }));
  if (messageId) {
    try {
      await edit(channel, messageId, payload);
      return;
    } catch (error) {
      if (isChannelLost(error)) throw error;
      runtime.log.warn({ err: error, quizId: shown.quizId }, 'could not edit a question message');
    }
  }
  await send(channel, payload);
}
