import {
  getQuiz as findQuiz,
  QUESTION_REPORT_REASONS,
  type QuestionReportReason,
  reportQuestion as storeReport,
} from '@certpace/db';
import { banksOf, type StudyDeps } from '../deps.js';
import { StudyError } from '../errors/StudyError.js';
import { useCase } from '../errors/translateError.js';
import { loadLearner } from '../learners/loadLearner.js';
import type { LearnerRef } from '../learners/views.js';
import { isUuid } from '../parse/isUuid.js';

// The reasons a report may give, for front ends that offer them as a menu.
export { QUESTION_REPORT_REASONS, type QuestionReportReason } from '@certpace/db';

export interface ReportQuestionInput {
  readonly questionId: string;
  /** `wrong-answer`, `unclear`, `outdated`, `typo` or `other`. */
  readonly reason: QuestionReportReason | string;
  /** What is wrong, in the learner's words (up to 1,000 characters). */
  readonly note?: string;
  /** The quiz it was shown in, when there is one. */
  readonly quizId?: string;
}

export interface QuestionReportView {
  readonly id: string;
  readonly questionId: string;
  readonly reason: QuestionReportReason;
  readonly createdAt: Date;
}

/** Keeps a learner's report of a wrong or unclear question for the bank's maintainers. */
export const reportQuestion = useCase(
  async (
    deps: StudyDeps,
    learnerRef: LearnerRef,
    input: ReportQuestionInput,
  ): Promise<QuestionReportView> => {
    const learner = await loadLearner(deps.db, learnerRef);
    const reason = input.reason as QuestionReportReason;
    if (!QUESTION_REPORT_REASONS.includes(reason)) {
      throw new StudyError(
        'invalid-input',
        `Report reason: "${input.reason}" is not one of ${QUESTION_REPORT_REASONS.join(', ')}.`,
        {
          field: 'reason',
        },
      );
    }
    const quiz =
      input.quizId && isUuid(input.quizId) ? await findQuiz(deps.db, input.quizId) : null;
    const bank = quiz?.examRef ?? null;
    const known = bank
      ? banksOf(deps)
          .loadQuestionBank(bank)
          .questions.some((q) => q.id === input.questionId)
      : input.questionId.trim() !== '';
    if (!known) {
      throw new StudyError(
        'invalid-input',
        `Question "${input.questionId}" is not part of that quiz's bank.`,
        {
          field: 'questionId',
        },
      );
    }
    const report = await storeReport(deps.db, {
      learnerId: learner.id,
      questionId: input.questionId,
      reason,
      note: input.note ?? null,
      bank,
      quizId: quiz?.id ?? null,
      now: deps.clock(),
    });
    return {
      id: report.id,
      questionId: report.questionId,
      reason: report.reason,
      createdAt: report.createdAt,
    };
  },
);
