import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { auditColumns, HH_MM_PATTERN, timestamptz } from './columns.js';

/**
 * One row per person. A person is known by a Discord user id, a local CLI user
 * key, or both; every other learner-owned row references this one with
 * ON DELETE CASCADE so that deleting it removes everything about them.
 */
export const learners = pgTable(
  'learners',
  {
    id: uuid().primaryKey().defaultRandom(),
    discordUserId: text(),
    localUserKey: text(),
    displayName: text().notNull(),
    /** IANA timezone; null until the learner chooses one (front ends fall back to the guild's). */
    timezone: text(),
    /** Local wall-clock time `HH:MM` of the daily reminder, in `timezone`. */
    reminderTime: text(),
    /** Where to post the reminder when a DM cannot be delivered. */
    reminderChannelId: text(),
    reminderGuildId: text(),
    reminderEnabled: boolean().notNull().default(false),
    /** The next instant a reminder falls due; kept in step with reminderTime and timezone. */
    nextReminderAt: timestamptz(),
    /** Whether the learner's points appear on guild leaderboards. */
    showOnLeaderboard: boolean().notNull().default(true),
    /** Whether other members may see this learner's progress (`/progress user`). */
    shareProgress: boolean().notNull().default(false),
    ...auditColumns(),
  },
  (t) => [
    unique('learners_discord_user_id_key').on(t.discordUserId),
    unique('learners_local_user_key_key').on(t.localUserKey),
    check(
      'learners_identity_present',
      sql`${t.discordUserId} is not null or ${t.localUserKey} is not null`,
    ),
    check('learners_display_name_length', sql`char_length(${t.displayName}) between 1 and 100`),
    check(
      'learners_reminder_time_format',
      sql`${t.reminderTime} ~ ${sql.raw(`'${HH_MM_PATTERN}'`)}`,
    ),
    check(
      'learners_enabled_reminder_complete',
      sql`not ${t.reminderEnabled} or (${t.reminderTime} is not null and ${t.timezone} is not null and ${t.nextReminderAt} is not null)`,
    ),
    // Answers "who is due now" from the index alone, however many learners there are:
    // only learners with reminders on are in it, ordered by the instant they fall due.
    index('learners_due_reminders_idx').on(t.nextReminderAt).where(sql`${t.reminderEnabled}`),
  ],
);

export type LearnerRow = typeof learners.$inferSelect;
