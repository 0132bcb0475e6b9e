import { applyReviews, PlanInputError, type QuizState, type ReviewCard } from '@certpace/core';
import {
  endQuiz,
  getGuildSettings,
  getLearner,
  getReviewCards,
  type JsonObject,
  type JsonValue,
  type NewAnswer,
  recordAnswers,
  recordStudyActivity,
  type Tx,
  upsertReviewCards,
  withTransaction,
} from '@certpace/db';
import type { StudyDeps } from '../deps.js';
import { StudyError } from '../errors/StudyError.js';
import { domainName } from '../exams/resolveExam.js';
import { timezoneOf } from '../learners/loadLearner.js';
import { currentMastery } from '../mastery/currentMastery.js';
import type { PlanChange } from '../plans/planChange.js';
import { replanAfterResults } from '../plans/replanStoredPlan.js';
import { localToday } from '../time/localTime.js';
import { answerRows } from './answerRows.js';
import type { FinishResult, LearnerOutcome, MasteryChange } from './finishViews.js';
import { type LoadedQuiz, loadQuiz } from './loadQuiz.js';
import { finishResult } from './quizResults.js';

interface Stored {
  readonly learnerId: string;
  readonly answered: number;
  readonly correct: number;
  readonly reviewsScheduled: number;
  readonly nextReviewAt: Date | null;
}

/** Spaced review: every answered question's card moves on; missed ones come back within a day. */
async function scheduleReviews(
  tx: Tx,
  loaded: LoadedQuiz,
  learnerId: string,
  rows: readonly NewAnswer[],
): Promise<Pick<Stored, 'reviewsScheduled' | 'nextReviewAt'>> {
  const { blueprint } = loaded;
  const existing = await getReviewCards(tx, {
    learnerId,
    questionIds: rows.map((r) => r.questionId),
  });
  const cards = applyReviews(
    existing.map((row) => row.card as unknown as ReviewCard),
    rows.map((r) => ({
      questionId: r.questionId,
      correct: r.correct,
      at: r.answeredAt.getTime(),
      ...(r.latencyMs === null || r.latencyMs === undefined ? {} : { responseMs: r.latencyMs }),
    })),
    // Core grades a right answer slower than the exam's own time per question
    // (144 s on AI-103) as shaky, in every mode: the pace the real exam asks for.
    { blueprint },
  );
  const answered = new Set(rows.map((r) => r.questionId));
  const touched = cards.filter((c) => answered.has(c.questionId));
  await upsertReviewCards(
    tx,
    touched.map((card) => ({
      learnerId,
      questionId: card.questionId,
      bank: loaded.row.examRef,
      card: card as unknown as JsonObject,
      due: new Date(card.due),
    })),
  );
  const missed = new Set(rows.filter((r) => !r.correct).map((r) => r.questionId));
  const missedDue = touched.filter((c) => missed.has(c.questionId)).map((c) => c.due);
  return {
    reviewsScheduled: missedDue.length,
    nextReviewAt: missedDue.length > 0 ? new Date(Math.min(...missedDue)) : null,
  };
}

async function storeOutcomes(
  tx: Tx,
  loaded: LoadedQuiz,
  state: QuizState,
  now: Date,
): Promise<Stored[] | null> {
  const { row } = loaded;
  const ended = await endQuiz(tx, {
    quizId: row.id,
    status: 'finished',
    state: state as unknown as JsonValue,
    now,
  });
  if (!ended) return null;
  const rows = answerRows(row.id, state);
  const guildZone = row.guildId
    ? ((await getGuildSettings(tx, row.guildId))?.timezone ?? null)
    : null;
  const minutes = Math.min(
    960,
    Math.max(1, Math.round((now.getTime() - state.createdAt) / 60_000)),
  );
  const stored: Stored[] = [];
  const participants = [...new Set(rows.map((r) => r.learnerId))];
  // Learners in id order, as every settling quiz takes them: two quizzes with
  // members in common that end together lock those members' rows in the same
  // order, so one waits for the other rather than deadlocking.
  for (const learnerId of [...participants].sort()) {
    // Someone who deleted their data mid-quiz leaves nothing behind.
    const learner = await getLearner(tx, learnerId);
    if (!learner) continue;
    const mine = rows.filter((r) => r.learnerId === learnerId);
    await recordAnswers(tx, mine);
    const reviews = await scheduleReviews(tx, loaded, learnerId, mine);
    await recordStudyActivity(tx, {
      learnerId,
      localDate: localToday(timezoneOf(learner, guildZone), now),
      minutes,
      questionsAnswered: mine.length,
    });
    stored.push({
      learnerId,
      answered: mine.length,
      correct: mine.filter((r) => r.correct).length,
      ...reviews,
    });
  }
  const byLearner = new Map(stored.map((entry) => [entry.learnerId, entry]));
  return participants.flatMap((id) => byLearner.get(id) ?? []);
}

async function safeReplan(
  deps: StudyDeps,
  learnerId: string,
  examRef: string,
  now: Date,
): Promise<PlanChange | null> {
  try {
    return await withTransaction(deps.db, (tx) =>
      replanAfterResults(tx, { learnerId, examRef, now, reason: 'quiz' }),
    );
  } catch (error) {
    // The quiz is stored either way; a plan that cannot be re-planned now keeps its schedule.
    if (error instanceof PlanInputError || error instanceof StudyError) return null;
    throw error;
  }
}

/**
 * Ends a quiz whose engine state is final and stores what it taught, once:
 * the answers, the review cards (missed questions come back soon), a study
 * day per participant, then each participant's plan for the exam re-planned.
 * When another caller settled it first, returns the stored results instead.
 */
export async function settleQuiz(deps: StudyDeps, loaded: LoadedQuiz): Promise<FinishResult> {
  const now = deps.clock();
  const { state, blueprint } = loaded;
  const participants = [...new Set(answerRows(loaded.row.id, state).map((r) => r.learnerId))];
  const before = new Map<string, Record<string, number>>();
  for (const id of participants) {
    if (!(await getLearner(deps.db, id))) continue;
    // A group quiz's answers are stored as they are given: "before" is without them.
    const estimate = await currentMastery(deps.db, id, blueprint, now, {
      exceptQuizId: loaded.row.id,
    });
    before.set(id, Object.fromEntries(Object.entries(estimate).map(([d, m]) => [d, m.mean])));
  }
  const stored = await withTransaction(deps.db, (tx) => storeOutcomes(tx, loaded, state, now));
  if (!stored) {
    const current = await loadQuiz(deps, deps.db, loaded.row.id);
    return finishResult(deps.db, current, { alreadyFinished: true, learners: [] });
  }
  const learners: LearnerOutcome[] = [];
  for (const entry of stored) {
    const after = await currentMastery(deps.db, entry.learnerId, blueprint, now);
    const mastery: MasteryChange[] = blueprint.domains.map((d) => ({
      domainId: d.id,
      name: domainName(blueprint, d.id) ?? d.id,
      before: before.get(entry.learnerId)?.[d.id] ?? 0.5,
      after: after[d.id]?.mean ?? 0.5,
      low: after[d.id]?.low ?? 0,
      high: after[d.id]?.high ?? 1,
    }));
    const planChange = await safeReplan(deps, entry.learnerId, loaded.row.examRef, now);
    learners.push({ ...entry, mastery, planChange });
  }
  const settled = await loadQuiz(deps, deps.db, loaded.row.id);
  return finishResult(deps.db, settled, { alreadyFinished: false, learners });
}
