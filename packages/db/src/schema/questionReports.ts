import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { oneOf, timestamptz } from './columns.js';
import { learners } from './learners.js';
import { quizzes } from './quizzes.js';
import { QUESTION_REPORT_REASONS, QUESTION_REPORT_STATUSES } from './types.js';

/** A learner's report of a wrong or unclear question, kept for the bank's maintainers. */
export const questionReports = pgTable(
  'question_reports',
  {
    id: uuid().primaryKey().defaultRandom(),
    learnerId: uuid()
      .notNull()
      .references(() => learners.id, { onDelete: 'cascade' }),
    questionId: text().notNull(),
    /** The exam ref or bank the question was shown from. */
    bank: text(),
    quizId: uuid().references(() => quizzes.id, { onDelete: 'set null' }),
    reason: text({ enum: QUESTION_REPORT_REASONS }).notNull(),
    note: text(),
    status: text({ enum: QUESTION_REPORT_STATUSES }).notNull().default('open'),
    createdAt: timestamptz().notNull().defaultNow(),
    resolvedAt: timestamptz(),
  },
  (t) => [
    check('question_reports_reason', oneOf(t.reason, QUESTION_REPORT_REASONS)),
    check('question_reports_status', oneOf(t.status, QUESTION_REPORT_STATUSES)),
    check('question_reports_note_length', sql`char_length(${t.note}) <= 1000`),
    check(
      'question_reports_resolved_at_matches_status',
      sql`(${t.status} = 'resolved') = (${t.resolvedAt} is not null)`,
    ),
    index('question_reports_question_idx').on(t.questionId),
    index('question_reports_learner_idx').on(t.learnerId),
    index('question_reports_quiz_idx').on(t.quizId),
  ],
);

export type QuestionReportRow = typeof questionReports.$inferSelect;
