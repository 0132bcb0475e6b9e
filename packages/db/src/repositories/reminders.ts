import { and, asc, inArray, lte, sql } from 'drizzle-orm';
import { InvalidLocalTimeError, InvalidTimeZoneError } from '../database/errors.js';
import { repository } from '../database/mapError.js';
import { withTransaction } from '../database/transaction.js';
import type { Database, Db, Tx } from '../database/types.js';
import { learners } from '../schema/learners.js';
import { reminderDeliveries } from '../schema/reminderDeliveries.js';
import { nextReminderAt, previousReminderAt } from '../time/nextReminderAt.js';
import { localDateIn } from '../time/timeZone.js';
import {
  type ClaimLearner,
  type ClaimOptions,
  DEFAULT_CLAIM_LIMIT,
  DEFAULT_LEASE_MS,
  type ReminderClaim,
  toClaim,
} from './reminderClaims.js';

export interface DueClaimOptions extends ClaimOptions {
  /**
   * A reminder missed while certpace was down is still sent if it was for the
   * learner's current local day, or if it is at most this late (default 6 h,
   * so a late-evening reminder missed around midnight still goes out).
   * Older ones are dropped: the learner's next reminder comes at its time.
   */
  readonly maxLatenessMs?: number;
}

const DEFAULT_MAX_LATENESS_MS = 6 * 3_600_000;

interface Schedule {
  readonly learner: ClaimLearner;
  /** The local day to deliver for, or null when the missed reminder is too old to send. */
  readonly localDate: string | null;
  readonly next: Date;
}

function schedule(learner: ClaimLearner, now: Date, maxLatenessMs: number): Schedule {
  const { timezone, reminderTime } = learner;
  if (!timezone || !reminderTime) {
    // The learners_enabled_reminder_complete check makes this unreachable.
    throw new Error(`learner ${learner.id} has a reminder without a time or timezone`);
  }
  // However long certpace was down, only the most recent reminder time counts: one per day.
  const latest = previousReminderAt(reminderTime, timezone, now);
  const localDate = localDateIn(timezone, latest);
  const current =
    localDate === localDateIn(timezone, now) || now.getTime() - latest.getTime() <= maxLatenessMs;
  return {
    learner,
    localDate: current ? localDate : null,
    next: nextReminderAt(reminderTime, timezone, now),
  };
}

/**
 * Learners whose reminder is due, oldest first, locked for this transaction
 * and skipped by any other claimer. The reminder_enabled test is written as a
 * literal so Postgres can always prove the partial index applies.
 */
export function dueLearners(db: Db | Tx, now: Date, limit: number) {
  return db
    .select({
      id: learners.id,
      discordUserId: learners.discordUserId,
      localUserKey: learners.localUserKey,
      displayName: learners.displayName,
      timezone: learners.timezone,
      reminderTime: learners.reminderTime,
      reminderChannelId: learners.reminderChannelId,
      reminderGuildId: learners.reminderGuildId,
    })
    .from(learners)
    .where(and(sql`${learners.reminderEnabled}`, lte(learners.nextReminderAt, now)))
    .orderBy(asc(learners.nextReminderAt))
    .limit(limit)
    .for('update', { skipLocked: true });
}

/**
 * Claims the reminders that are due: learners whose next reminder time has
 * come, taken with FOR UPDATE SKIP LOCKED so concurrent claimers split them.
 * For each, a delivery row (unique per learner and local day) is inserted and
 * the learner's next reminder moved to their next local day; all of it
 * commits before the claims are returned, so nothing is sent that is not
 * recorded. A day already claimed yields no second claim.
 *
 * Takes the database handle, not a transaction: the commit is the point.
 */
export const claimDueReminders = repository(
  async (database: Database, options: DueClaimOptions): Promise<ReminderClaim[]> => {
    const { now } = options;
    const leaseUntil = new Date(now.getTime() + (options.leaseMs ?? DEFAULT_LEASE_MS));
    const maxLatenessMs = options.maxLatenessMs ?? DEFAULT_MAX_LATENESS_MS;
    return withTransaction(database, async (tx) => {
      const due = await dueLearners(tx, now, options.limit ?? DEFAULT_CLAIM_LIMIT);
      if (due.length === 0) return [];

      const schedules: Schedule[] = [];
      const unschedulable: string[] = [];
      for (const learner of due) {
        try {
          schedules.push(schedule(learner, now, maxLatenessMs));
        } catch (error) {
          if (!(error instanceof InvalidTimeZoneError || error instanceof InvalidLocalTimeError)) {
            throw error;
          }
          unschedulable.push(learner.id);
        }
      }
      if (unschedulable.length > 0) {
        // A timezone the runtime no longer knows must not block everyone else's
        // reminders: that learner's reminder is turned off until they set it again.
        await tx
          .update(learners)
          .set({ reminderEnabled: false, nextReminderAt: null })
          .where(inArray(learners.id, unschedulable));
      }
      if (schedules.length === 0) return [];
      const deliverable = schedules.filter((entry) => entry.localDate !== null);
      const inserted =
        deliverable.length === 0
          ? []
          : await tx
              .insert(reminderDeliveries)
              .values(
                deliverable.map((entry) => ({
                  learnerId: entry.learner.id,
                  localDate: entry.localDate ?? '',
                  status: 'claimed' as const,
                  leaseUntil,
                  attempts: 1,
                  createdAt: now,
                  updatedAt: now,
                })),
              )
              .onConflictDoNothing({
                target: [reminderDeliveries.learnerId, reminderDeliveries.localDate],
              })
              .returning({
                id: reminderDeliveries.id,
                learnerId: reminderDeliveries.learnerId,
                localDate: reminderDeliveries.localDate,
                attempts: reminderDeliveries.attempts,
              });

      const nextTimes = sql.join(
        schedules.map(
          (entry) => sql`(${entry.learner.id}::uuid, ${entry.next.toISOString()}::timestamptz)`,
        ),
        sql`, `,
      );
      await tx.execute(
        sql`update ${learners} set ${sql.identifier('next_reminder_at')} = due.next
            from (values ${nextTimes}) as due(id, next)
            where ${learners.id} = due.id`,
      );

      const byId = new Map(due.map((learner) => [learner.id, learner]));
      return inserted.flatMap((delivery) => {
        const learner = byId.get(delivery.learnerId);
        return learner ? [toClaim(delivery, leaseUntil, learner)] : [];
      });
    });
  },
);
