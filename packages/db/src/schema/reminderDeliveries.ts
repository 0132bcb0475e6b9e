import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { oneOf, timestamptz } from './columns.js';
import { learners } from './learners.js';
import { DELIVERY_STATUSES } from './types.js';

/**
 * One row per learner and local day: the claim on that day's reminder. It is
 * committed before anything is sent, and its id doubles as the Discord message
 * nonce, so a retry after a crash cannot produce a second message.
 */
export const reminderDeliveries = pgTable(
  'reminder_deliveries',
  {
    id: uuid().primaryKey().defaultRandom(),
    learnerId: uuid()
      .notNull()
      .references(() => learners.id, { onDelete: 'cascade' }),
    /** The learner's local calendar date the reminder is for. */
    localDate: date({ mode: 'string' }).notNull(),
    status: text({ enum: DELIVERY_STATUSES }).notNull().default('claimed'),
    /** A claim is the claimer's until then; after it, another process may retry. */
    leaseUntil: timestamptz(),
    /** How many sends have been started. */
    attempts: integer().notNull().default(1),
    /** When a failed delivery may be tried again. */
    nextAttemptAt: timestamptz(),
    sentAt: timestamptz(),
    messageId: text(),
    channelId: text(),
    error: text(),
    createdAt: timestamptz().notNull().defaultNow(),
    updatedAt: timestamptz()
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    unique('reminder_deliveries_one_per_learner_day').on(t.learnerId, t.localDate),
    check('reminder_deliveries_status', oneOf(t.status, DELIVERY_STATUSES)),
    check('reminder_deliveries_attempts_positive', sql`${t.attempts} >= 1`),
    check(
      'reminder_deliveries_claim_has_lease',
      sql`${t.status} <> 'claimed' or ${t.leaseUntil} is not null`,
    ),
    check(
      'reminder_deliveries_failed_has_next_attempt',
      sql`${t.status} <> 'failed' or ${t.nextAttemptAt} is not null`,
    ),
    check(
      'reminder_deliveries_sent_has_time',
      sql`(${t.status} = 'sent') = (${t.sentAt} is not null)`,
    ),
    index('reminder_deliveries_expired_lease_idx')
      .on(t.leaseUntil)
      .where(sql`${t.status} = 'claimed'`),
    index('reminder_deliveries_retry_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'failed'`),
  ],
);

export type ReminderDeliveryRow = typeof reminderDeliveries.$inferSelect;
