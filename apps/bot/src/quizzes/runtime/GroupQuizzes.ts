import {
  advanceQuiz,
  type FinishResult,
  finishQuiz,
  type LearnerRef,
  type QuizView,
  type RevealView,
} from '@certpace/study';
import { groupQuestionView, groupResultsView } from '../../views/quizGroupViews.js';
import { groupRevealView, groupStoppedQuestionView } from '../../views/quizRevealView.js';
import { quizKey } from '../quizKey.js';
import { isChannelLost, send, sendableChannel } from './channels.js';
import type { QuizRuntime } from './QuizRuntime.js';
import {
  findQuestionMessage,
  openQuestionOf,
  recordQuestionMessage,
  type ShownQuestion,
  showOnQuestionMessage,
} from './questionMessages.js';

/** A group quiz this process runs: its channel and the question open now. */
interface GroupTrack extends ShownQuestion {
  index: number;
  questionId: string;
  /** The message showing the open question; unknown until posted, found or learned from study. */
  messageId: string | undefined;
  cancel: (() => void) | undefined;
}

/**
 * The group quizzes of this process: each open question closes at its
 * deadline (through study: reveal, then the next question or the results),
 * one step at a time per quiz in the runtime's queue. Each question's message
 * is recorded in study, so any process finds it by id.
 */
export class GroupQuizzes {
  readonly #groups = new Map<string, GroupTrack>();

  constructor(private readonly runtime: QuizRuntime) {}

  /**
   * Takes a new group quiz on: arms its first deadline, then posts its first
   * question. Throws when the question cannot be posted (the caller ends the quiz).
   */
  async start(quiz: QuizView): Promise<void> {
    const track = this.#track(quiz);
    await this.runtime.serial(quiz.quizId, () => this.#showQuestion(track, quiz));
  }

  /**
   * Continues a group quiz found running at start: the open question's
   * message is found again (by the id study keeps, or among the channel's
   * recent messages) or posted anew, and its deadline re-armed; a deadline
   * that passed while the bot was away closes the question at once.
   */
  async resume(quiz: QuizView): Promise<void> {
    const deadline = quiz.deadline;
    if (!deadline || !quiz.question) return;
    const track = this.#track(quiz);
    await this.runtime.serial(quiz.quizId, async () => {
      try {
        if (deadline.getTime() > this.runtime.study.clock().getTime()) {
          const channel = await sendableChannel(this.runtime.client, track.channelId);
          track.messageId = await findQuestionMessage(this.runtime.client, channel, {
            key: track.key,
            questionId: track.questionId,
            messageId: quiz.messageId,
          });
          track.messageId ??= (await send(channel, groupQuestionView(quiz))).id;
          if (track.messageId !== quiz.messageId) await recordQuestionMessage(this.runtime, track);
        }
      } finally {
        this.#armDeadline(track, deadline);
      }
    });
    this.runtime.log.info({ quizId: quiz.quizId, question: track.index }, 'group quiz resumed');
  }

  /**
   * `/quiz stop` of the quiz study found in the channel, whichever process
   * runs it: finishes it through study (which checks who may), cancels its
   * deadline here and shows the open question's answer on its message. The
   * process running it notices at its next deadline or answer. Throws study's
   * `not-your-quiz` for anyone else, leaving the quiz running.
   */
  stop(quiz: QuizView, actor: LearnerRef, canManage: boolean): Promise<FinishResult> {
    const { quizId } = quiz;
    return this.runtime.serial(quizId, async () => {
      const result = await finishQuiz(this.runtime.study, actor, { quizId, canManage });
      const track = this.#groups.get(quizId);
      this.forget(quizId);
      // This process knows best what it shows; otherwise study knows the open question's message.
      const shown: ShownQuestion | undefined = track ? { ...track } : openQuestionOf(quiz);
      const open = shown && result.review.find((item) => item.id === shown.questionId);
      if (!shown || !open || result.alreadyFinished) return result;
      try {
        await showOnQuestionMessage(this.runtime, shown, groupStoppedQuestionView(shown.key, open));
      } catch (error) {
        // The results matter more than the old question's message: the reply still goes out.
        this.runtime.log.warn({ err: error, quizId }, 'could not close the stopped question');
      }
      return result;
    });
  }

  /**
   * Posts the results of a quiz that a click settled: a click that lands
   * between the last question's close and its settling settles the quiz
   * itself, and whoever settles announces (the close then finds it settled).
   */
  async announce(channelId: string, result: FinishResult): Promise<void> {
    this.forget(result.quizId);
    try {
      await send(await sendableChannel(this.runtime.client, channelId), groupResultsView(result));
    } catch (error) {
      this.runtime.log.warn({ err: error, quizId: result.quizId }, 'could not post quiz results');
    }
  }

  /** Stops running a group quiz here without a word (it could not start, or it ended elsewhere). */
  forget(quizId: string): void {
    this.#groups.get(quizId)?.cancel?.();
    this.#groups.delete(quizId);
  }

  /** Forgets every deadline (the runtime is stopping; the quizzes stay running in the database). */
  cancelAll(): void {
    for (const track of this.#groups.values()) track.cancel?.();
    this.#groups.clear();
  }

  #track(quiz: QuizView): GroupTrack {
    const question = quiz.question;
    if (!question || !quiz.channelId) throw new Error(`quiz ${quiz.quizId} has no open question`);
    const track: GroupTrack = {
      quizId: quiz.quizId,
      key: quizKey(quiz.quizId),
      channelId: quiz.channelId,
      index: question.index,
      questionId: question.id,
      messageId: undefined,
      cancel: undefined,
    };
    this.#groups.set(quiz.quizId, track);
    return track;
  }

  #armDeadline(track: GroupTrack, deadline: Date): void {
    track.cancel?.();
    const index = track.index;
    track.cancel = this.runtime.arm(track.quizId, deadline, () =>
      this.#closeQuestion(track, index),
    );
  }

  /** Arms the open question's deadline first (it holds even if posting is slow), then posts it. */
  async #showQuestion(track: GroupTrack, quiz: QuizView): Promise<void> {
    const question = quiz.question;
    if (!question || !quiz.deadline) return;
    track.index = question.index;
    track.questionId = question.id;
    track.messageId = undefined;
    this.#armDeadline(track, quiz.deadline);
    const channel = await sendableChannel(this.runtime.client, track.channelId);
    track.messageId = (await send(channel, groupQuestionView(quiz))).id;
    await recordQuestionMessage(this.runtime, track);
  }

  /** At a deadline: close the question through study, reveal it, then the next one or the results. */
  async #closeQuestion(track: GroupTrack, index: number): Promise<void> {
    track.cancel = undefined;
    const outcome = await advanceQuiz(this.runtime.study, null, { quizId: track.quizId, index });
    if (!outcome.advanced) {
      const { quiz } = outcome;
      if (quiz.status !== 'running' || !quiz.question || !quiz.deadline) {
        this.#groups.delete(track.quizId);
        await this.#endedElsewhere(track, quiz);
      } else if (outcome.reason === 'not-yet') {
        this.#armDeadline(track, quiz.deadline);
      } else {
        // Another process moved it on and shows it: follow its deadline without posting.
        track.index = quiz.question.index;
        track.questionId = quiz.question.id;
        track.messageId = quiz.messageId ?? undefined;
        this.#armDeadline(track, quiz.deadline);
      }
      return;
    }
    if (!(await this.#reveal(track, outcome.reveal))) return;
    if (outcome.quiz.status !== 'running') {
      this.#groups.delete(track.quizId);
      if (outcome.finished && !outcome.finished.alreadyFinished) {
        await this.announce(track.channelId, outcome.finished);
      }
      return;
    }
    try {
      await this.#showQuestion(track, outcome.quiz);
    } catch (error) {
      // Its deadline is armed: unless the channel is gone, the quiz goes on and the reveal is posted.
      await this.#failed(track, error, 'could not post a question');
    }
  }

  /**
   * A quiz another process ended (stopped it, or closed its last question):
   * that process showed the end. If it died before storing the results, they
   * are stored now and announced here, once: whoever stores them announces.
   */
  async #endedElsewhere(track: GroupTrack, quiz: QuizView): Promise<void> {
    if (quiz.status === 'finished') {
      const result = await finishQuiz(this.runtime.study, null, { quizId: track.quizId });
      if (!result.alreadyFinished) return this.announce(track.channelId, result);
    }
    this.runtime.log.info({ quizId: track.quizId }, 'group quiz ended elsewhere');
  }

  /** Shows the closed question's answer; false when the channel is lost and the quiz closed. */
  async #reveal(track: GroupTrack, reveal: RevealView): Promise<boolean> {
    try {
      await showOnQuestionMessage(
        this.runtime,

        {
          ...track,
          messageId: track.questionId === reveal.questionId ? track.messageId : undefined,
        },
        groupRevealView(track.key, reveal),
      );
      return true;
    } catch (error) {
      return !(await this.#failed(track, error, 'could not show an answer'));
    }
  }

  /**
   * A failed post: logged, and when the channel is gone for the bot (deleted,
   * permissions removed) the quiz ends there, answers kept. True when it ended.
   */
  async #failed(track: GroupTrack, error: unknown, what: string): Promise<boolean> {
    if (!isChannelLost(error)) {
      this.runtime.log.warn({ err: error, quizId: track.quizId }, what);
      return false;
    }
    track.cancel?.();
    this.#groups.delete(track.quizId);
    this.runtime.log.warn(
      { err: error, quizId: track.quizId },
      'quiz channel lost: closing the quiz',
    );
    await finishQuiz(this.runtime.study, null, { quizId: track.quizId });
    return true;
  }
}
