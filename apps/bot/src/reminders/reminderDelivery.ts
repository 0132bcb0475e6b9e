import {
  type ClaimRemindersOptions,
  claimReminders,
  type DueReminder,
  markReminderFailed,
  markReminderSent,
} from '@certpace/study';
import type { Client } from 'discord.js';
import { studyDeps } from '../commands/learnerContext.js';
import type { BotDeps } from '../framework/types.js';
import type { Logger } from '../logging/createLogger.js';
import { chunk } from '../messages/truncate.js';
import { sendReminder } from './sendReminder.js';

/** What one pass did, for the log and for tests. */
export interface ReminderTickReport {
  readonly claimed: number;
  readonly sent: number;
  /** Failed and to be retried after a wait. */
  readonly failed: number;
  readonly gaveUp: number;
}

export interface ReminderDelivery {
  /** One pass: claims what is due at `now` (and retries), sends each, records each outcome. */
  tick(now: Date): Promise<ReminderTickReport>;
}

export interface ReminderDeliveryOptions {
  readonly client: Client;
  readonly deps: BotDeps;
  readonly log: Logger;
  /** Passed to study's claims (batch size, lease, attempts). */
  readonly claims?: ClaimRemindersOptions;
  /** Sends in flight at once. Default 5: discord.js queues per route anyway. */
  readonly concurrency?: number;
  /** A pass stops claiming more batches after this long, leaving the rest to the next tick. Default 40 s. */
  readonly budgetMs?: number;
}

const DEFAULT_BATCH = 100;

/**
 * The reminder job's pass, built from study's use cases: `claimReminders`
 * commits each claim before anything is sent (so two processes never both
 * send one, and a process that dies leaves a claim to be retried with the
 * same nonce once its lease expires), then each reminder is sent and
 * `markReminderSent` / `markReminderFailed` records how it went. Catch-up
 * after downtime is study's rule: the first pass claims what fell due.
 */
export function createReminderDelivery(options: ReminderDeliveryOptions): ReminderDelivery {
  const { client, deps } = options;
  const log = options.log.child({ job: 'reminders' });
  const batch = options.claims?.limit ?? DEFAULT_BATCH;
  const concurrency = Math.max(1, options.concurrency ?? 5);
  const budgetMs = options.budgetMs ?? 40_000;

  async function deliver(due: DueReminder): Promise<'sent' | 'failed' | 'gave-up' | 'superseded'> {
    const context = { deliveryId: due.deliveryId, learnerId: due.learnerId, attempt: due.attempt };
    const outcome = await sendReminder(client, due);
    const study = studyDeps(deps);
    if (outcome.sent) {
      await markReminderSent(study, {
        deliveryId: due.deliveryId,
        messageId: outcome.message.id,
        channelId: outcome.message.channelId,
      });
      log.info({ ...context, via: outcome.via, localDate: due.localDate }, 'reminder sent');
      return 'sent';
    }
    const recorded = await markReminderFailed(study, {
      deliveryId: due.deliveryId,
      attempt: due.attempt,
      error: outcome.error,
      retryable: outcome.retryable,
      ...(options.claims?.maxAttempts === undefined
        ? {}
        : { maxAttempts: options.claims.maxAttempts }),
    });
    log.warn({ ...context, error: outcome.error, recorded }, 'reminder not delivered');
    return recorded ?? 'superseded';
  }

  return {
    async tick(now) {
      const report = { claimed: 0, sent: 0, failed: 0, gaveUp: 0 };
      const started = Date.now();
      const claimDeps = { db: deps.db, clock: () => now };
      for (;;) {
        const due = await claimReminders(claimDeps, { ...options.claims, limit: batch });
        report.claimed += due.length;
        for (const group of chunk(due, concurrency)) {
          const results = await Promise.all(group.map(deliver));
          for (const result of results) {
            if (result === 'sent') report.sent += 1;
            else if (result === 'failed') report.failed += 1;
            else if (result === 'gave-up') report.gaveUp += 1;
          }
        }
        // Claims come in batches of each kind; a short batch means nothing more is due.
        if (due.length < batch || Date.now() - started > budgetMs) break;
      }
      if (report.claimed > 0) log.info(report, 'reminder pass done');
      return report;
    },
  };
}
