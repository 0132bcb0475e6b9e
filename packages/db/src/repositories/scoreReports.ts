import { and, desc, eq, inArray } from 'drizzle-orm';
import { repository } from '../database/mapError.js';
import { withTransaction } from '../database/transaction.js';
import { drizzleOf, type Executor } from '../database/types.js';
import { type ScoreReportRow, scoreReportDomains, scoreReports } from '../schema/scoreReports.js';

/** A score report with its per-domain percentages (domain id -> 0..100). */
export interface ScoreReport extends ScoreReportRow {
  readonly domains: Readonly<Record<string, number>>;
}

export interface NewScoreReport {
  readonly learnerId: string;
  readonly examRef: string;
  /** The local date the exam was taken. */
  readonly takenOn: string;
  readonly totalScore: number;
  readonly maxScore: number;
  readonly domains: Readonly<Record<string, number>>;
}

/** Stores a score report and its per-domain percentages together. */
export const addScoreReport = repository(
  async (executor: Executor, input: NewScoreReport): Promise<ScoreReport> => {
    return withTransaction(executor, async (tx) => {
      const [report] = await tx
        .insert(scoreReports)
        .values({
          learnerId: input.learnerId,
          examRef: input.examRef,
          takenOn: input.takenOn,
          totalScore: input.totalScore,
          maxScore: input.maxScore,
        })
        .returning();
      if (!report) throw new Error('insert into score_reports returned no row');
      const domains = Object.entries(input.domains);
      if (domains.length > 0) {
        await tx
          .insert(scoreReportDomains)
          .values(
            domains.map(([domainId, percent]) => ({ reportId: report.id, domainId, percent })),
          );
      }
      return { ...report, domains: { ...input.domains } };
    });
  },
);

/** A learner's score reports, latest exam first, optionally for one exam outline. */
export const listScoreReports = repository(
  async (
    executor: Executor,
    input: { learnerId: string; examRef?: string },
  ): Promise<ScoreReport[]> => {
    const db = drizzleOf(executor);
    const reports = await db
      .select()
      .from(scoreReports)
      .where(
        and(
          eq(scoreReports.learnerId, input.learnerId),
          input.examRef === undefined ? undefined : eq(scoreReports.examRef, input.examRef),
        ),
      )
      .orderBy(desc(scoreReports.takenOn), desc(scoreReports.createdAt));
    if (reports.length === 0) return [];
    const domainRows = await db
      .select()
      .from(scoreReportDomains)
      .where(
        inArray(
          scoreReportDomains.reportId,
          reports.map((report) => report.id),
        ),
      );
    return reports.map((report) => ({
      ...report,
      domains: Object.fromEntries(
        domainRows
          .filter((row) => row.reportId === report.id)
          .map((row) => [row.domainId, row.percent]),
      ),
    }));
  },
);

/** Deletes one of a learner's score reports; false if it is not theirs. */
export const deleteScoreReport = repository(
  async (executor: Executor, input: { learnerId: string; reportId: string }): Promise<boolean> => {
    const deleted = await drizzleOf(executor)
      .delete(scoreReports)
      .where(and(eq(scoreReports.id, input.reportId), eq(scoreReports.learnerId, input.learnerId)))
      .returning({ id: scoreReports.id });
    return deleted.length > 0;
  },
);
