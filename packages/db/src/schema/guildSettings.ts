import { sql } from 'drizzle-orm';
import { check, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.js';

/** Per-guild choices made through `/settings`. */
export const guildSettings = pgTable(
  'guild_settings',
  {
    guildId: text().primaryKey(),
    quizChannelId: text(),
    /** IANA timezone for leaderboard periods and as the learners' fallback. */
    timezone: text(),
    defaultExamRef: text(),
    secondsPerQuestion: integer(),
    updatedAt: timestamptz()
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    check(
      'guild_settings_seconds_per_question_range',
      sql`${t.secondsPerQuestion} between 5 and 600`,
    ),
  ],
);

export type GuildSettingsRow = typeof guildSettings.$inferSelect;
