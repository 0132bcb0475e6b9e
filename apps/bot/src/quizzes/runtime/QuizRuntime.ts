import type { StudyDeps } from '@certpace/study';
import type { Client } from 'discord.js';
import { studyDeps } from '../../commands/learnerContext.js';
import type { BotDeps } from '../../framework/types.js';
import type { Logger } from '../../logging/createLogger.js';
import { clockTimers, type QuizTimers } from '../timers.js';
import { GroupQuizzes } from './GroupQuizzes.js';
import { MockClock } from './MockClock.js';
import { recoverQuizRuns } from './recover.js';
import { registerQuizRuntime } from './registry.js';

export interface QuizRuntimeOptions {
  readonly client: Client;
  readonly deps: BotDeps;
  /** Default: timers on the bot's clock. Tests pass `ManualTimers` to close questions on cue. */
  readonly timers?: QuizTimers;
}

/**
 * Runs the quizzes that move with time: a group question closes at its
 * deadline (reveal, then the next question or the results), a mock exam is
 * submitted when its time is up. Every step goes through @certpace/study,
 * which saves the engine state after each event and guards it with a
 * revision, so a second process or a timer that fires twice changes nothing.
 * Work on one quiz runs one step at a time; `stop()` cancels the timers and
 * waits for steps in progress, leaving the quizzes running in the database
 * for the next start.
 */
export class QuizRuntime {
  readonly client: Client;
  readonly study: StudyDeps;
  readonly log: Logger;
  readonly timers: QuizTimers;
  /** Group quizzes and their deadlines. */
  readonly groups: GroupQuizzes;
  /** Mock exams and their time limits. */
  readonly mocks: MockClock;
  readonly #chains = new Map<string, Promise<void>>();
  #stopped = false;

  constructor(options: QuizRuntimeOptions) {
    this.client = options.client;
    this.study = studyDeps(options.deps);
    this.log = options.deps.log.child({ component: 'quiz-runtime' });
    this.timers = options.timers ?? clockTimers(options.deps.now);
    this.groups = new GroupQuizzes(this);
    this.mocks = new MockClock(this);
    registerQuizRuntime(this.client, this);
  }

  get stopped(): boolean {
    return this.#stopped;
  }

  /** Runs `work` after whatever this quiz is already doing in this process, never two at once. */
  serial<T>(quizId: string, work: () => Promise<T>): Promise<T> {
    const previous = this.#chains.get(quizId) ?? Promise.resolve();
    const next = previous.then(work, work);
    const settled = next.then(
      () => undefined,
      () => undefined,
    );
    this.#chains.set(quizId, settled);
    void settled.then(() => {
      if (this.#chains.get(quizId) === settled) this.#chains.delete(quizId);
    });
    return next;
  }

  /** Arms a timer whose task runs in the quiz's queue, its failures logged rather than thrown. */
  arm(quizId: string, when: Date, task: () => Promise<void>): () => void {
    if (this.#stopped) return () => undefined;
    return this.timers.at(when, () =>
      this.serial(quizId, async () => {
        if (this.#stopped) return;
        await task();
      }).catch((error: unknown) => this.log.error({ err: error, quizId }, 'quiz step failed')),
    );
  }

  /** Picks up the quizzes that were running when the bot stopped (see recoverQuizRuns). */
  recover(): Promise<void> {
    return recoverQuizRuns(this);
  }

  /** Cancels every timer and waits for steps in progress; quizzes stay running in the database. */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.timers.clear();
    this.groups.cancelAll();
    this.mocks.forgetAll();
    while (this.#chains.size > 0) await Promise.allSettled([...this.#chains.values()]);
  }
}
