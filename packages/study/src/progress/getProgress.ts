import { blueprintRef, domainShares, estimateReadiness } from '@certpace/core';
import {
  accuracyHistory,
  domainResults,
  listPlans,
  listPlanTasks,
  listScoreReports,
} from '@certpace/db';
import type { StudyDeps } from '../deps.js';
import { StudyError } from '../errors/StudyError.js';
import { useCase } from '../errors/translateError.js';
import { learnerExam } from '../exams/learnerExam.js';
import { loadLearner, timezoneOf } from '../learners/loadLearner.js';
import type { LearnerRef } from '../learners/views.js';
import { currentMastery } from '../mastery/currentMastery.js';
import { planTotals } from '../plans/views.js';
import { daysBetween } from '../time/isoDates.js';
import { localToday } from '../time/localTime.js';
import { learnerStreak, type StreakView } from './streak.js';

export interface DomainProgress {
  readonly domainId: string;
  readonly name: string;
  /** The outline's weight range, percent. */
  readonly weight: readonly [number, number];
  /** Normalised share of the exam, 0..1. */
  readonly share: number;
  /** Estimated accuracy 0..1 with its 80% interval, and the answers behind it. */
  readonly mastery: {
    readonly mean: number;
    readonly low: number;
    readonly high: number;
    readonly answers: number;
  };
  /** Correct against attempted in quizzes. */
  readonly accuracy: {
    readonly answered: number;
    readonly correct: number;
    readonly rate: number | null;
  };
}

export interface QuizHistoryEntry {
  readonly quizId: string;
  readonly mode: 'group' | 'practice' | 'mock';
  readonly examRef: string;
  readonly startedAt: Date;
  readonly finishedAt: Date | null;
  readonly answered: number;
  readonly correct: number;
  readonly accuracy: number;
  readonly points: number;
}

export interface ProgressView {
  readonly learner: {
    readonly id: string;
    readonly displayName: string;
    readonly discordUserId: string | null;
  };
  readonly exam: {
    readonly ref: string;
    readonly title: string;
    readonly passingScore: number;
    readonly maxScore: number;
  };
  readonly today: string;
  readonly domains: readonly DomainProgress[];
  /** Always an estimate: the real exam's scaling is not linear. */
  readonly readiness: {
    readonly expectedScore: number;
    readonly low: number;
    readonly high: number;
    readonly passProbability: number;
    readonly passingScore: number;
    readonly maxScore: number;
    readonly interval: 0.8;
    readonly label: 'estimate';
  };
  readonly streak: StreakView;
  /** Quizzes on this exam, oldest first. */
  readonly history: readonly QuizHistoryEntry[];
  readonly scoreReports: readonly {
    readonly id: string;
    readonly takenOn: string;
    readonly total: number;
    readonly maxScore: number;
    readonly domains: Readonly<Record<string, number>>;
  }[];
  /** The active plan for this exam, if any. */
  readonly plan: {
    readonly planId: string;
    readonly examDate: string;
    readonly daysLeft: number;
    readonly tasks: number;
    readonly done: number;
    readonly totalMinutes: number;
    readonly doneMinutes: number;
  } | null;
}

/**
 * A learner's progress on one exam: mastery per domain against the weights,
 * readiness (an estimate), streak, quiz history, accuracy. `of` asks about
 * someone else, which they must allow (share progress).
 */
export const getProgress = useCase(
  async (
    deps: StudyDeps,
    viewer: LearnerRef,
    input: { exam?: string; of?: LearnerRef } = {},
  ): Promise<ProgressView> => {
    const now = deps.clock();
    const subject = input.of ?? viewer;
    const learner = await loadLearner(deps.db, subject);
    if (learner.id !== viewer.id && !learner.shareProgress) {
      throw new StudyError(
        'progress-private',
        `${learner.displayName} keeps their progress private.`,
        { field: 'of' },
      );
    }
    const today = localToday(timezoneOf(learner), now);
    const blueprint = await learnerExam(deps.db, learner.id, input.exam, today);
    const examRef = blueprintRef(blueprint);
    const estimate = await currentMastery(deps.db, learner.id, blueprint, now);
    const results = await domainResults(deps.db, { learnerId: learner.id, examRef });
    const shares = domainShares(blueprint);
    const readiness = estimateReadiness(blueprint, estimate);
    const history = await accuracyHistory(deps.db, { learnerId: learner.id, examRef });
    const reports = await listScoreReports(deps.db, { learnerId: learner.id, examRef });
    const plan = (await listPlans(deps.db, { learnerId: learner.id, statuses: ['active'] })).find(
      (p) => p.examCode === blueprint.code,
    );
    const totals = plan ? planTotals(await listPlanTasks(deps.db, { planId: plan.id })) : null;
    return {
      learner: {
        id: learner.id,
        displayName: learner.displayName,
        discordUserId: learner.discordUserId,
      },
      exam: {
        ref: examRef,
        title: blueprint.title,
        passingScore: blueprint.passingScore,
        maxScore: blueprint.maxScore,
      },
      today,
      domains: blueprint.domains.map((d) => {
        const m = estimate[d.id]!;
        const r = results.find((x) => x.domainId === d.id);
        const answered = r?.answered ?? 0;
        const correct = r?.correct ?? 0;
        return {
          domainId: d.id,
          name: d.name,
          weight: d.weight,
          share: shares[d.id] ?? 0,
          mastery: { mean: m.mean, low: m.low, high: m.high, answers: m.count },
          accuracy: { answered, correct, rate: answered > 0 ? correct / answered : null },
        };
      }),
      readiness: {
        expectedScore: readiness.expectedScore,
        low: readiness.low,
        high: readiness.high,
        passProbability: readiness.passProbability,
        passingScore: readiness.passingScore,
        maxScore: readiness.maxScore,
        interval: 0.8,
        label: 'estimate',
      },
      streak: await learnerStreak(deps.db, learner.id, today),
      history: history.map((h) => ({
        quizId: h.quizId,
        mode: h.mode,
        examRef: h.examRef,
        startedAt: h.startedAt,
        finishedAt: h.finishedAt,
        answered: h.answered,
        correct: h.correct,
        accuracy: h.answered > 0 ? h.correct / h.answered : 0,
        points: h.points,
      })),
      scoreReports: reports.map((r) => ({
        id: r.id,
        takenOn: r.takenOn,
        total: r.totalScore,
        maxScore: r.maxScore,
        domains: r.domains,
      })),
      plan:
        plan && totals
          ? {
              planId: plan.id,
              examDate: plan.examDate,
              daysLeft: Math.max(0, daysBetween(today, plan.examDate)),
              tasks: totals.tasks,
              done: totals.done,
              totalMinutes: totals.totalMinutes,
              doneMinutes: totals.doneMinutes,
            }
          : null,
    };
  },
);
