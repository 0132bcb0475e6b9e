import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.js';
import { learners } from './learners.js';

/** An official exam score report as the learner typed it in. */
export const scoreReports = pgTable(
  'score_reports',
  {
    id: uuid().primaryKey().defaultRandom(),
    learnerId: uuid()
      .notNull()
      .references(() => learners.id, { onDelete: 'cascade' }),
    examRef: text().notNull(),
    takenOn: date({ mode: 'string' }).notNull(),
    /** The scaled score on the report, e.g. 742. */
    totalScore: integer().notNull(),
    /** The top of the scale, e.g. 1000. */
    maxScore: integer().notNull(),
    createdAt: timestamptz().notNull().defaultNow(),
  },
  (t) => [
    check('score_reports_max_positive', sql`${t.maxScore} > 0`),
    check('score_reports_total_in_range', sql`${t.totalScore} between 0 and ${t.maxScore}`),
    index('score_reports_learner_idx').on(t.learnerId, t.takenOn),
  ],
);

/** The per-domain percentages of a score report ("Implement NLP solutions: 64%"). */
export const scoreReportDomains = pgTable(
  'score_report_domains',
  {
    reportId: uuid()
      .notNull()
      .references(() => scoreReports.id, { onDelete: 'cascade' }),
    domainId: text().notNull(),
    percent: smallint().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.reportId, t.domainId] }),
    check('score_report_domains_percent_range', sql`${t.percent} between 0 and 100`),
  ],
);

export type ScoreReportRow = typeof scoreReports.$inferSelect;
export type ScoreReportDomainRow = typeof scoreReportDomains.$inferSelect;
