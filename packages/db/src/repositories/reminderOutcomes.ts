import { and, eq, inArray, lt, ne, sql } from 'drizzle-orm';
import { repository } from '../database/mapError.js';
import { drizzleOf, type Executor } from '../database/types.js';
import { type ReminderDeliveryRow, reminderDeliveries } from '../schema/reminderDeliveries.js';
import { equalsConstant } from './literal.js';

export type ReminderDelivery = ReminderDeliveryRow;

const MAX_ERROR = 500;

/**
 * Records that the reminder went out. Accepted from any attempt, even one
 * whose lease had expired: the message exists, so the record says so. False
 * if it was already recorded as sent (or the delivery is gone).
 */
export const markReminderSent = repository(
  async (
    executor: Executor,
    input: { deliveryId: string; now: Date; messageId?: string | null; channelId?: string | null },
  ): Promise<boolean> => {
    const updated = await drizzleOf(executor)
      .update(reminderDeliveries)
      .set({
        status: 'sent',
        sentAt: input.now,
        leaseUntil: null,
        nextAttemptAt: null,
        error: null,
        messageId: input.messageId ?? null,
        channelId: input.channelId ?? null,
        updatedAt: input.now,
      })
      .where(
        and(eq(reminderDeliveries.id, input.deliveryId), ne(reminderDeliveries.status, 'sent')),
      )
      .returning({ id: reminderDeliveries.id });
    return updated.length > 0;
  },
);

export interface FailureInput {
  readonly deliveryId: string;
  /** The claim's attempt number: a failure from a superseded attempt is ignored. */
  readonly attempt: number;
  readonly now: Date;
  readonly error: string;
  /** False for failures a retry cannot fix (DMs closed and no fallback channel). */
  readonly retryable?: boolean;
  /** Give up after this many attempts (default 5). */
  readonly maxAttempts?: number;
  /** Wait before the next attempt (default 1 min, doubling, at most 30 min). */
  readonly backoffMs?: (attempt: number) => number;
}

export const DEFAULT_MAX_ATTEMPTS = 5;

export function defaultBackoffMs(attempt: number): number {
  return Math.min(60_000 * 2 ** (attempt - 1), 30 * 60_000);
}

/**
 * Records a failed send: `failed` with the time of the next attempt, or
 * `gave-up` when retrying cannot help or the attempts are spent. Null when the
 * claim is no longer this attempt's (another process took it over, or it was
 * already recorded).
 */
export const markReminderFailed = repository(
  async (executor: Executor, input: FailureInput): Promise<'failed' | 'gave-up' | null> => {
    const maxAttempts = input.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    const giveUp = input.retryable === false || input.attempt >= maxAttempts;
    const backoff = input.backoffMs ?? defaultBackoffMs;
    const updated = await drizzleOf(executor)
      .update(reminderDeliveries)
      .set({
        status: giveUp ? 'gave-up' : 'failed',
        leaseUntil: null,
        nextAttemptAt: giveUp ? null : new Date(input.now.getTime() + backoff(input.attempt)),
        error: input.error.slice(0, MAX_ERROR),
        updatedAt: input.now,
      })
      .where(
        and(
          eq(reminderDeliveries.id, input.deliveryId),
          equalsConstant(reminderDeliveries.status, 'claimed'),
          eq(reminderDeliveries.attempts, input.attempt),
        ),
      )
      .returning({ status: reminderDeliveries.status });
    const status = updated[0]?.status;
    return status === 'failed' || status === 'gave-up' ? status : null;
  },
);

/** A learner's deliveries, latest day first (for checks and the privacy export). */
export const listReminderDeliveries = repository(
  async (executor: Executor, learnerId: string): Promise<ReminderDelivery[]> => {
    return drizzleOf(executor)
      .select()
      .from(reminderDeliveries)
      .where(eq(reminderDeliveries.learnerId, learnerId))
      .orderBy(sql`${reminderDeliveries.localDate} desc`);
  },
);

/**
 * Deletes delivery records of local days before `before` that are settled
 * (sent or given up), so the table stays the size of a few days of reminders.
 */
export const pruneReminderDeliveries = repository(
  async (executor: Executor, input: { before: string }): Promise<number> => {
    const deleted = await drizzleOf(executor)
      .delete(reminderDeliveries)
      .where(
        and(
          lt(reminderDeliveries.localDate, input.before),
          inArray(reminderDeliveries.status, ['sent', 'gave-up']),
        ),
      )
      .returning({ id: reminderDeliveries.id });
    return deleted.length;
  },
);
