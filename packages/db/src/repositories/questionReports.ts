import { and, desc, eq } from 'drizzle-orm';
import { repository } from '../database/mapError.js';
import { drizzleOf, type Executor } from '../database/types.js';
import { type QuestionReportRow, questionReports } from '../schema/questionReports.js';
import type { QuestionReportReason, QuestionReportStatus } from '../schema/types.js';

export type QuestionReport = QuestionReportRow;

export interface NewQuestionReport {
  readonly learnerId: string;
  readonly questionId: string;
  readonly reason: QuestionReportReason;
  readonly note?: string | null;
  readonly bank?: string | null;
  readonly quizId?: string | null;
  readonly now: Date;
}

const MAX_NOTE = 1000;

/** Keeps a learner's report of a wrong or unclear question. Notes are cut to 1,000 characters. */
export const reportQuestion = repository(
  async (executor: Executor, input: NewQuestionReport): Promise<QuestionReport> => {
    const note = input.note?.trim().slice(0, MAX_NOTE) || null;
    const [report] = await drizzleOf(executor)
      .insert(questionReports)
      .values({
        learnerId: input.learnerId,
        questionId: input.questionId,
        reason: input.reason,
        note,
        bank: input.bank ?? null,
        quizId: input.quizId ?? null,
        createdAt: input.now,
      })
      .returning();
    if (!report) throw new Error('insert into question_reports returned no row');
    return report;
  },
);

/** Reports, newest first, filtered by question and status. */
export const listQuestionReports = repository(
  async (
    executor: Executor,
    input: { questionId?: string; status?: QuestionReportStatus; limit?: number } = {},
  ): Promise<QuestionReport[]> => {
    return drizzleOf(executor)
      .select()
      .from(questionReports)
      .where(
        and(
          input.questionId === undefined
            ? undefined
            : eq(questionReports.questionId, input.questionId),
          input.status === undefined ? undefined : eq(questionReports.status, input.status),
        ),
      )
      .orderBy(desc(questionReports.createdAt))
      .limit(input.limit ?? 100);
  },
);

/** Marks a report resolved; null if there is no open report with that id. */
export const resolveQuestionReport = repository(
  async (
    executor: Executor,
    input: { reportId: string; now: Date },
  ): Promise<QuestionReport | null> => {
    const [report] = await drizzleOf(executor)
      .update(questionReports)
      .set({ status: 'resolved', resolvedAt: input.now })
      .where(and(eq(questionReports.id, input.reportId), eq(questionReports.status, 'open')))
      .returning();
    return report ?? null;
  },
);
