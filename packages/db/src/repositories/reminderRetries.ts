import { and, asc, eq, inArray, lt, lte, sql } from 'drizzle-orm';
import { repository } from '../database/mapError.js';
import { withTransaction } from '../database/transaction.js';
import type { Database } from '../database/types.js';
import { learners } from '../schema/learners.js';
import { reminderDeliveries } from '../schema/reminderDeliveries.js';
import { equalsConstant } from './literal.js';
import {
  type ClaimOptions,
  DEFAULT_CLAIM_LIMIT,
  DEFAULT_LEASE_MS,
  type ReminderClaim,
  toClaim,
} from './reminderClaims.js';
import { DEFAULT_MAX_ATTEMPTS } from './reminderOutcomes.js';

export interface RetryClaimOptions extends ClaimOptions {
  /** Give up instead of retrying once this many attempts were started (default 5). */
  readonly maxAttempts?: number;
}

type Which = 'expired-lease' | 'failed';

/**
 * Takes deliveries back for another attempt: claims whose lease ran out (the
 * claimer died or hung) or failed sends whose backoff has passed. Each is
 * handed to one caller only (SKIP LOCKED, then a fresh lease), with its
 * attempt count raised; it keeps its id, so the Discord nonce stays the same.
 * Deliveries out of attempts, or of learners who turned reminders off, are
 * marked `gave-up` instead.
 */
async function claimAgain(
  database: Database,
  which: Which,
  options: RetryClaimOptions,
): Promise<ReminderClaim[]> {
  const { now } = options;
  const leaseUntil = new Date(now.getTime() + (options.leaseMs ?? DEFAULT_LEASE_MS));
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const ready =
    which === 'expired-lease'
      ? and(
          equalsConstant(reminderDeliveries.status, 'claimed'),
          lt(reminderDeliveries.leaseUntil, now),
        )
      : and(
          equalsConstant(reminderDeliveries.status, 'failed'),
          lte(reminderDeliveries.nextAttemptAt, now),
        );
  const order =
    which === 'expired-lease' ? reminderDeliveries.leaseUntil : reminderDeliveries.nextAttemptAt;
  return withTransaction(database, async (tx) => {
    const rows = await tx
      .select({
        delivery: {
          id: reminderDeliveries.id,
          localDate: reminderDeliveries.localDate,
          attempts: reminderDeliveries.attempts,
        },
        learner: {
          id: learners.id,
          discordUserId: learners.discordUserId,
          localUserKey: learners.localUserKey,
          displayName: learners.displayName,
          timezone: learners.timezone,
          reminderTime: learners.reminderTime,
          reminderChannelId: learners.reminderChannelId,
          reminderGuildId: learners.reminderGuildId,
          reminderEnabled: learners.reminderEnabled,
        },
      })
      .from(reminderDeliveries)
      .innerJoin(learners, eq(learners.id, reminderDeliveries.learnerId))
      .where(ready)
      .orderBy(asc(order))
      .limit(options.limit ?? DEFAULT_CLAIM_LIMIT)
      .for('update', { of: reminderDeliveries, skipLocked: true });
    const retry = rows.filter(
      (row) => row.learner.reminderEnabled && row.delivery.attempts < maxAttempts,
    );
    const reasons = new Map<string, string[]>();
    for (const row of rows) {
      if (retry.includes(row)) continue;
      const reason = !row.learner.reminderEnabled
        ? 'reminders turned off'
        : which === 'expired-lease'
          ? 'lease expired without an outcome, attempts spent'
          : 'retries spent';
      reasons.set(reason, [...(reasons.get(reason) ?? []), row.delivery.id]);
    }
    for (const [reason, ids] of reasons) {
      await tx
        .update(reminderDeliveries)
        .set({
          status: 'gave-up',
          leaseUntil: null,
          nextAttemptAt: null,
          updatedAt: now,
          // Keep the last send error if there was one: it says more than the reason to stop.
          error: sql`coalesce(${reminderDeliveries.error}, ${reason})`,
        })
        .where(inArray(reminderDeliveries.id, ids));
    }
    if (retry.length === 0) return [];
    await tx
      .update(reminderDeliveries)
      .set({
        status: 'claimed',
        attempts: sql`${reminderDeliveries.attempts} + 1`,
        leaseUntil,
        nextAttemptAt: null,
        updatedAt: now,
      })
      .where(
        inArray(
          reminderDeliveries.id,
          retry.map((row) => row.delivery.id),
        ),
      );
    return retry.map((row) =>
      toClaim({ ...row.delivery, attempts: row.delivery.attempts + 1 }, leaseUntil, row.learner),
    );
  });
}

/**
 * Hands back claims whose lease expired before an outcome was recorded, each
 * to one caller, for a retry that reuses the delivery id as the nonce.
 */
export const reclaimExpiredLeases = repository(
  (database: Database, options: RetryClaimOptions): Promise<ReminderClaim[]> =>
    claimAgain(database, 'expired-lease', options),
);

/** Claims failed deliveries whose backoff has passed, for another attempt. */
export const claimReminderRetries = repository(
  (database: Database, options: RetryClaimOptions): Promise<ReminderClaim[]> =>
    claimAgain(database, 'failed', options),
);
