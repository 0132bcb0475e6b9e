import { finishQuiz, type QuizView, setQuizMessage } from '@certpace/study';
import { mockClosedView } from '../../views/quizMockViews.js';
import { announceMockResults, TIME_UP } from '../mockResults.js';
import { edit } from './channels.js';
import type { QuizRuntime } from './QuizRuntime.js';

/** Where a mock exam is shown: the learner's Discord id, their DM and the exam message. */
export interface MockPlace {
  readonly userId?: string;
  readonly channelId?: string;
  readonly messageId?: string;
}

interface MockTrack {
  readonly quizId: string;
  /** The learner (study's id) the exam belongs to. */
  readonly ownerId: string;
  place: MockPlace;
  cancel: () => void;
}

/**
 * The time limits of running mock exams: when one is up, the exam is
 * submitted through study (a quiz the learner submitted first is left
 * alone) and the results are posted in the learner's DM.
 */
export class MockClock {
  readonly #mocks = new Map<string, MockTrack>();

  constructor(private readonly runtime: QuizRuntime) {}

  /** Watches a running mock's time limit; its exam message defaults to the one study recorded. */
  watch(quiz: QuizView, place: MockPlace = {}): void {
    if (!quiz.endsAt || !quiz.ownerId || quiz.status !== 'running') return;
    this.#mocks.get(quiz.quizId)?.cancel();
    const where =
      quiz.messageId && place.messageId === undefined
        ? { ...place, messageId: quiz.messageId }
        : place;
    const cancel = this.runtime.arm(quiz.quizId, quiz.endsAt, () => this.#timeUp(quiz.quizId));
    this.#mocks.set(quiz.quizId, {
      quizId: quiz.quizId,
      ownerId: quiz.ownerId,
      place: where,
      cancel,
    });
  }

  /** Where the exam is shown, learned from a click (a restarted bot did not know). */
  note(quizId: string, place: MockPlace): void {
    const track = this.#mocks.get(quizId);
    if (track) track.place = { ...track.place, ...place };
  }

  /**
   * Records the exam message in study, so that after a restart the time-up
   * still closes it; without it only the results are sent.
   */
  async record(quizId: string, messageId: string): Promise<void> {
    try {
      await setQuizMessage(this.runtime.study, { quizId, messageId });
    } catch (error) {
      this.runtime.log.warn({ err: error, quizId }, 'could not record the exam message');
    }
  }

  /** Stops watching a mock that ended otherwise (submitted by the learner). */
  release(quizId: string): void {
    this.#mocks.get(quizId)?.cancel();
    this.#mocks.delete(quizId);
  }

  forgetAll(): void {
    this.#mocks.clear();
  }

  async #timeUp(quizId: string): Promise<void> {
    const track = this.#mocks.get(quizId);
    if (!track) return;
    this.#mocks.delete(quizId);
    const result = await finishQuiz(this.runtime.study, { id: track.ownerId }, { quizId });
    if (result.alreadyFinished) return;
    const userId = track.place.userId ?? result.participants[0]?.discordUserId;
    if (!userId) return;
    const channel = await this.runtime.client.users.createDM(userId);
    if (track.place.messageId) {
      await edit(channel, track.place.messageId, mockClosedView(TIME_UP)).catch((error: unknown) =>
        this.runtime.log.warn({ err: error, quizId }, 'could not close the exam message'),
      );
    }
    await announceMockResults(channel, result, userId, TIME_UP);
    this.runtime.log.info({ quizId }, 'mock exam time up: submitted');
  }
}
