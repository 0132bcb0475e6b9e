import type { Logger } from '../logging/createLogger.js';

/** One reminder pass: claims due learners, sends, records. Supplied by @certpace/study. */
export type ReminderTick = (now: Date) => Promise<void>;

export type TickOutcome = 'ran' | 'skipped' | 'failed';

export interface TickRunner {
  /** Runs one tick unless one is still running; a failing tick is logged, never thrown. */
  run(): Promise<TickOutcome>;
  readonly busy: boolean;
  /** Resolves when the running tick (if any) has finished. */
  idle(): Promise<void>;
}

/**
 * Wraps the tick so that ticks never overlap (a slow pass makes the next one
 * skip, not pile up) and a failing tick never stops the ones after it.
 */
export function createTickRunner(options: {
  readonly tick: ReminderTick;
  readonly now: () => Date;
  readonly log: Logger;
}): TickRunner {
  let current: Promise<TickOutcome> | undefined;

  async function once(): Promise<TickOutcome> {
    const startedAt = options.now();
    try {
      await options.tick(startedAt);
      return 'ran';
    } catch (error) {
      options.log.error({ err: error, at: startedAt.toISOString() }, 'reminder tick failed');
      return 'failed';
    }
  }

  return {
    run() {
      if (current) {
        options.log.warn('previous reminder tick still running: this one is skipped');
        return Promise.resolve('skipped');
      }
      const running = once().finally(() => {
        current = undefined;
      });
      current = running;
      return running;
    },
    get busy() {
      return current !== undefined;
    },
    async idle() {
      await current;
    },
  };
}
