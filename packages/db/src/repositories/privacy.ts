import { eq, inArray, or } from 'drizzle-orm';
import { repository } from '../database/mapError.js';
import { withTransaction } from '../database/transaction.js';
import { drizzleOf, type Executor, type Tx } from '../database/types.js';
import { learners } from '../schema/learners.js';
import { plans, planTasks } from '../schema/plans.js';
import { questionReports } from '../schema/questionReports.js';
import { quizAnswers, quizzes } from '../schema/quizzes.js';
import { reminderDeliveries } from '../schema/reminderDeliveries.js';
import { reviewCards } from '../schema/reviewCards.js';
import { scoreReportDomains, scoreReports } from '../schema/scoreReports.js';
import { studyDays } from '../schema/studyDays.js';
import type { JsonValue } from '../schema/types.js';

/** Everything stored about one learner, as plain JSON (instants as ISO strings). */
export interface LearnerExport {
  readonly exportedAt: string;
  readonly learner: JsonValue;
  readonly plans: JsonValue;
  readonly planTasks: JsonValue;
  readonly quizzes: JsonValue;
  readonly quizAnswers: JsonValue;
  readonly scoreReports: JsonValue;
  readonly scoreReportDomains: JsonValue;
  readonly reviewCards: JsonValue;
  readonly questionReports: JsonValue;
  readonly reminderDeliveries: JsonValue;
  readonly studyDays: JsonValue;
}

/** Dates become ISO strings; everything else is already JSON. */
function toJson(value: unknown): JsonValue {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toJson);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toJson(item)]));
  }
  return (value ?? null) as JsonValue;
}

/**
 * Everything certpace stores about one learner, for `/privacy export`: their
 * profile, plans and tasks, the quizzes they own or started, their answers,
 * score reports, review cards, question reports, reminder deliveries and study
 * days. Null if there is no such learner.
 */
export const exportLearnerData = repository(
  (executor: Executor, input: { learnerId: string; now: Date }): Promise<LearnerExport | null> =>
    // One transaction, so the export is a consistent picture even while the bot keeps writing.
    withTransaction(executor, (tx) => collect(tx, input.learnerId, input.now)),
);

async function collect(db: Tx, learnerId: string, now: Date): Promise<LearnerExport | null> {
  const [learner] = await db.select().from(learners).where(eq(learners.id, learnerId));
  if (!learner) return null;
  const ownPlans = await db
    .select()
    .from(plans)
    .where(eq(plans.learnerId, learnerId))
    .orderBy(plans.createdAt);
  const ownReports = await db
    .select()
    .from(scoreReports)
    .where(eq(scoreReports.learnerId, learnerId))
    .orderBy(scoreReports.takenOn);
  const planIds = ownPlans.map((plan) => plan.id);
  const reportIds = ownReports.map((report) => report.id);
  return {
    exportedAt: now.toISOString(),
    learner: toJson(learner),
    plans: toJson(ownPlans),
    planTasks: toJson(
      planIds.length === 0
        ? []
        : await db
            .select()
            .from(planTasks)
            .where(inArray(planTasks.planId, planIds))
            .orderBy(planTasks.date, planTasks.position),
    ),
    quizzes: toJson(
      (
        await db
          .select()
          .from(quizzes)
          .where(or(eq(quizzes.ownerId, learnerId), eq(quizzes.startedBy, learnerId)))
          .orderBy(quizzes.startedAt)
      ).map(({ state, ...quiz }) =>
        // A group quiz's engine state is about every participant, not only this one.
        quiz.mode === 'group' ? quiz : { ...quiz, state },
      ),
    ),
    quizAnswers: toJson(
      await db
        .select()
        .from(quizAnswers)
        .where(eq(quizAnswers.learnerId, learnerId))
        .orderBy(quizAnswers.answeredAt),
    ),
    scoreReports: toJson(ownReports),
    scoreReportDomains: toJson(
      reportIds.length === 0
        ? []
        : await db
            .select()
            .from(scoreReportDomains)
            .where(inArray(scoreReportDomains.reportId, reportIds)),
    ),
    reviewCards: toJson(
      await db
        .select()
        .from(reviewCards)
        .where(eq(reviewCards.learnerId, learnerId))
        .orderBy(reviewCards.due),
    ),
    questionReports: toJson(
      await db
        .select()
        .from(questionReports)
        .where(eq(questionReports.learnerId, learnerId))
        .orderBy(questionReports.createdAt),
    ),
    reminderDeliveries: toJson(
      await db
        .select()
        .from(reminderDeliveries)
        .where(eq(reminderDeliveries.learnerId, learnerId))
        .orderBy(reminderDeliveries.localDate),
    ),
    studyDays: toJson(
      await db
        .select()
        .from(studyDays)
        .where(eq(studyDays.learnerId, learnerId))
        .orderBy(studyDays.localDate),
    ),
  };
}

/**
 * Deletes everything about one learner: the learner row, and through ON DELETE
 * CASCADE their plans, tasks, practice and mock quizzes, answers, score
 * reports, review cards, question reports, reminder deliveries and study days.
 * Group quizzes they started stay for the other participants, without them.
 * False if there was no such learner.
 */
export const deleteLearnerData = repository(
  async (executor: Executor, learnerId: string): Promise<boolean> => {
    const deleted = await drizzleOf(executor)
      .delete(learners)
      .where(eq(learners.id, learnerId))
      .returning({ id: learners.id });
    return deleted.length > 0;
  },
);
