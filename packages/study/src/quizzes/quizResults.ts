import {
  answerSheet,
  estimateMastery,
  estimateReadiness,
  mockPacing,
  type QuizState,
  quizAnswers,
  results,
} from '@certpace/core';
import { type Executor, getLearner } from '@certpace/db';
import { domainName } from '../exams/resolveExam.js';
import type {
  DomainTally,
  FinishResult,
  LearnerOutcome,
  MockEstimate,
  ParticipantView,
  ReviewItem,
} from './finishViews.js';
import { type LoadedQuiz, reviewAt } from './loadQuiz.js';

async function participantViews(executor: Executor, state: QuizState): Promise<ParticipantView[]> {
  const scored = results(state);
  const views: ParticipantView[] = [];
  for (const p of scored.participants) {
    const learner = await getLearner(executor, p.participant);
    views.push({
      learnerId: p.participant,
      displayName: learner?.displayName ?? 'Someone',
      discordUserId: learner?.discordUserId ?? null,
      rank: p.rank,
      points: p.points,
      correct: p.correct,
      attempted: p.attempted,
      questions: p.questions,
      accuracy: p.accuracy,
      bestStreak: p.bestStreak,
      perDomain: p.perDomain,
    });
  }
  return views;
}

function reviewItems(loaded: LoadedQuiz): ReviewItem[] {
  const { state } = loaded;
  const sheet = state.mode === 'group' ? undefined : answerSheet(state);
  return state.questions.flatMap((_, index) => {
    const review = reviewAt(loaded, index);
    if (!review) return [];
    const entry = sheet?.[index];
    return [
      {
        ...review,
        chosen: entry?.chosen ?? null,
        correct: entry ? entry.chosen !== undefined && entry.correct === true : null,
        flagged: entry?.flagged ?? false,
      },
    ];
  });
}

/** A mock's answers as an exam estimate; unanswered questions count as wrong, as on the real exam. */
function mockEstimate(loaded: LoadedQuiz): MockEstimate | null {
  const { state, blueprint } = loaded;
  if (state.mode !== 'mock') return null;
  const at = state.finishedAt ?? state.endsAt;
  const answered = new Map(quizAnswers(state).map((a) => [a.questionId, a.correct]));
  const estimate = estimateMastery(
    state.questions.map((q) => ({ domain: q.domain, correct: answered.get(q.id) ?? false, at })),
    { now: at, domains: blueprint.domains.map((d) => d.id) },
  );
  const readiness = estimateReadiness(blueprint, estimate);
  return {
    expectedScore: readiness.expectedScore,
    low: readiness.low,
    high: readiness.high,
    passProbability: readiness.passProbability,
    passingScore: readiness.passingScore,
    maxScore: readiness.maxScore,
    label: 'estimate',
  };
}

/** The results of a quiz (finished or being finished), as every front end shows them. */
export async function finishResult(
  executor: Executor,
  loaded: LoadedQuiz,
  options: { alreadyFinished: boolean; learners: readonly LearnerOutcome[] },
): Promise<FinishResult> {
  const { row, state, blueprint } = loaded;
  const scored = results(state);
  const perDomain: DomainTally[] = blueprint.domains
    .filter((d) => scored.perDomain[d.id] !== undefined)
    .map((d) => ({
      domainId: d.id,
      name: domainName(blueprint, d.id) ?? d.id,
      ...scored.perDomain[d.id]!,
    }));
  return {
    quizId: row.id,
    mode: state.mode,
    examRef: row.examRef,
    status: row.status === 'cancelled' ? 'cancelled' : 'finished',
    finishReason: state.finishReason ?? null,
    startedAt: row.startedAt,
    finishedAt:
      row.finishedAt ?? (state.finishedAt === undefined ? null : new Date(state.finishedAt)),
    alreadyFinished: options.alreadyFinished,
    participants: await participantViews(executor, state),
    perDomain,
    review: reviewItems(loaded),
    pacing: state.mode === 'mock' ? mockPacing(state, state.finishedAt ?? state.endsAt) : null,
    estimate: mockEstimate(loaded),
    learners: options.learners,
  };
}
