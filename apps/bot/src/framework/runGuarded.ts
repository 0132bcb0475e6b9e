import type { Logger } from '../logging/createLogger.js';
import { describeFailure } from './describeFailure.js';
import type { Responder } from './Responder.js';
import type { AnswerSettings } from './types.js';

/** The one place a failure becomes a reply: expected ones as their message, the rest as an apology. */
export async function answerFailure(
  respond: Responder,
  error: unknown,
  log: Logger,
): Promise<void> {
  const failure = describeFailure(error);
  if (failure.expected) log.info({ code: failure.code }, 'expected failure answered');
  else log.error({ err: error }, 'interaction failed');
  try {
    await respond.reply({ content: failure.message, ephemeral: true });
  } catch (sendError) {
    log.warn({ err: sendError }, 'could not deliver the failure reply');
  }
}

/**
 * Runs a handler under Discord's 3-second rule: deferred at once when it says
 * so, else by a timer if it is still busy after `autoDeferMs` (never when it
 * may open a modal, which must come first). Whatever it throws is answered.
 */
export async function runGuarded(
  options: {
    readonly respond: Responder;
    readonly settings: Required<AnswerSettings>;
    readonly log: Logger;
    readonly autoDeferMs: number;
  },
  work: () => Promise<void>,
): Promise<void> {
  const { respond, settings, log } = options;
  let timer: NodeJS.Timeout | undefined;
  try {
    if (settings.defer) await respond.defer();
    else if (!settings.opensModal) {
      timer = setTimeout(() => {
        respond
          .deferIfIdle()
          .catch((error: unknown) => log.warn({ err: error }, 'auto-defer failed'));
      }, options.autoDeferMs);
    }
    await work();
    // A click may end silently (acknowledged, message unchanged); a command must answer.
    if (!respond.acknowledged && respond.interaction.isMessageComponent()) await respond.defer();
    else if (!respond.acknowledged || respond.awaitingAnswer) {
      throw new Error('handler finished without answering');
    }
  } catch (error) {
    await answerFailure(respond, error, log);
  } finally {
    clearTimeout(timer);
  }
}
