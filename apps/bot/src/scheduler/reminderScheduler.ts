import cron from 'node-cron';
import type { Logger } from '../logging/createLogger.js';
import { createTickRunner, type ReminderTick, type TickRunner } from './tickRunner.js';

export interface ReminderScheduler {
  readonly runner: TickRunner;
  /** Stops the schedule and waits for a tick in progress to finish. */
  stop(): Promise<void>;
}

/** Every minute, at second 0. */
export const EVERY_MINUTE = '* * * * *';

/** Calls the reminder tick on a cron schedule (every minute by default), one tick at a time. */
export function startReminderScheduler(options: {
  readonly tick: ReminderTick;
  readonly now: () => Date;
  readonly log: Logger;
  readonly expression?: string;
}): ReminderScheduler {
  const log = options.log.child({ job: 'reminders' });
  const runner = createTickRunner({ tick: options.tick, now: options.now, log });
  const task = cron.schedule(options.expression ?? EVERY_MINUTE, () => runner.run(), {
    name: 'reminders',
    // node-cron would print to the console; its notices go to our log instead.
    logger: {
      info: (message) => log.debug(message),
      warn: (message) => log.warn(message),
      error: (message, err) => log.error({ err: err ?? message }, 'cron error'),
      debug: (message) => log.trace({ detail: String(message) }, 'cron'),
    },
  });
  return {
    runner,
    async stop() {
      await task.stop();
      await task.destroy();
      await runner.idle();
    },
  };
}
