import { sql } from 'drizzle-orm';
import { check, date, integer, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.js';
import { learners } from './learners.js';

/**
 * The local dates on which a learner studied, with what they did, for streaks.
 * A date is on the learner's own calendar, so a streak follows their midnight.
 */
export const studyDays = pgTable(
  'study_days',
  {
    learnerId: uuid()
      .notNull()
      .references(() => learners.id, { onDelete: 'cascade' }),
    localDate: date({ mode: 'string' }).notNull(),
    minutes: integer().notNull().default(0),
    tasksDone: integer().notNull().default(0),
    questionsAnswered: integer().notNull().default(0),
    updatedAt: timestamptz()
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    primaryKey({ columns: [t.learnerId, t.localDate] }),
    check(
      'study_days_counts_nonnegative',
      sql`${t.minutes} >= 0 and ${t.tasksDone} >= 0 and ${t.questionsAnswered} >= 0`,
    ),
  ],
);

export type StudyDayRow = typeof studyDays.$inferSelect;
