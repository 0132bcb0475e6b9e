import { blueprintRef, PlanInputError } from '@certpace/core';
import { addScoreReport, withTransaction } from '@certpace/db';
import type { StudyDeps } from '../deps.js';
import { StudyError } from '../errors/StudyError.js';
import { useCase } from '../errors/translateError.js';
import { learnerExam } from '../exams/learnerExam.js';
import { domainName, resolveDomain } from '../exams/resolveExam.js';
import { loadLearner, timezoneOf } from '../learners/loadLearner.js';
import type { LearnerRef } from '../learners/views.js';
import { currentMastery } from '../mastery/currentMastery.js';
import { parseDate } from '../parse/parseDates.js';
import { parseWholeNumber } from '../parse/parseNumbers.js';
import type { PlanChange } from '../plans/planChange.js';
import { replanAfterResults } from '../plans/replanStoredPlan.js';
import type { MasteryChange } from '../quizzes/finishViews.js';
import { localToday } from '../time/localTime.js';

export interface ScoreReportInput {
  /** Exam ref or bare code; default the exam of the learner's active plan, else the newest exam. */
  readonly exam?: string;
  /** The scaled total on the report, 0 to the exam's maximum (1000). Digits are accepted. */
  readonly total: number | string;
  /** Per-domain percentages as the report shows them: domain id (or name) -> 0..100. */
  readonly domains: Readonly<Record<string, number | string>>;
  /** The day the exam was taken (default today). */
  readonly takenOn?: string;
}

export interface RecordedScoreReport {
  readonly id: string;
  readonly examRef: string;
  readonly takenOn: string;
  readonly total: number;
  readonly maxScore: number;
  readonly passingScore: number;
  readonly passed: boolean;
  readonly domains: readonly {
    readonly domainId: string;
    readonly name: string;
    readonly percent: number;
  }[];
  /** Mastery before and after the report seeded it. */
  readonly mastery: readonly MasteryChange[];
  /** The automatic re-plan of the active plan for this exam; null without one. */
  readonly planChange: PlanChange | null;
}

/**
 * Stores an official score report (total and per-domain percentages), which
 * seeds the learner's mastery (weighing like ten answers per domain), and
 * re-plans their active plan for the exam with a "what changed" summary.
 */
export const recordScoreReport = useCase(
  async (
    deps: StudyDeps,
    learnerRef: LearnerRef,
    input: ScoreReportInput,
  ): Promise<RecordedScoreReport> => {
    const now = deps.clock();
    const learner = await loadLearner(deps.db, learnerRef);
    const today = localToday(timezoneOf(learner), now);
    const blueprint = await learnerExam(deps.db, learner.id, input.exam, today);
    const examRef = blueprintRef(blueprint);
    const total = parseWholeNumber(input.total, {
      field: 'total',
      label: 'Total score',
      min: 0,
      max: blueprint.maxScore,
    });
    const takenOn =
      input.takenOn === undefined ? today : parseDate(input.takenOn, 'takenOn', 'Exam day');
    if (takenOn > today) {
      throw new StudyError(
        'invalid-date',
        `Exam day: ${takenOn} is in the future; a score report is for an exam already taken.`,
        {
          field: 'takenOn',
        },
      );
    }
    const domains: Record<string, number> = {};
    for (const [key, value] of Object.entries(input.domains)) {
      const id = resolveDomain(blueprint, key, `domains.${key}`);
      domains[id] = parseWholeNumber(value, {
        field: `domains.${key}`,
        label: `Percentage for ${domainName(blueprint, id)}`,
        min: 0,
        max: 100,
      });
    }
    if (Object.keys(domains).length === 0) {
      throw new StudyError(
        'invalid-input',
        'Give at least one domain percentage from the score report.',
        { field: 'domains' },
      );
    }
    const before = await currentMastery(deps.db, learner.id, blueprint, now);
    const report = await addScoreReport(deps.db, {
      learnerId: learner.id,
      examRef,
      takenOn,
      totalScore: total,
      maxScore: blueprint.maxScore,
      domains,
    });
    const after = await currentMastery(deps.db, learner.id, blueprint, now);
    let planChange: PlanChange | null = null;
    try {
      planChange = await withTransaction(deps.db, (tx) =>
        replanAfterResults(tx, { learnerId: learner.id, examRef, now, reason: 'score-report' }),
      );
    } catch (error) {
      // The report is stored either way; a plan that cannot be re-planned keeps its schedule.
      if (!(error instanceof PlanInputError)) throw error;
    }
    return {
      id: report.id,
      examRef,
      takenOn,
      total,
      maxScore: blueprint.maxScore,
      passingScore: blueprint.passingScore,
      passed: total >= blueprint.passingScore,
      domains: blueprint.domains
        .filter((d) => domains[d.id] !== undefined)
        .map((d) => ({ domainId: d.id, name: d.name, percent: domains[d.id]! })),
      mastery: blueprint.domains.map((d) => ({
        domainId: d.id,
        name: d.name,
        before: before[d.id]?.mean ?? 0.5,
        after: after[d.id]?.mean ?? 0.5,
        low: after[d.id]?.low ?? 0,
        high: after[d.id]?.high ?? 1,
      })),
      planChange,
    };
  },
);
