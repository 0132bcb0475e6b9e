import {
  type Blueprint,
  blueprintRef,
  estimateMastery,
  type MasteryEstimate,
  type MasterySeed,
  masteryMeans,
} from '@certpace/core';
import { answerHistory, type Executor, listScoreReports } from '@certpace/db';
import { isoDateToUtc } from '../time/isoDates.js';

export interface MasterySources {
  /** Self-ratings (domain id -> 0..1), e.g. the ones a plan was made with. */
  readonly selfRating?: Readonly<Record<string, number>>;
  /** When the self-rating was given; it fades like answers do. */
  readonly selfRatedAt?: Date;
  /**
   * Leave this quiz's answers out: the mastery before a quiz whose group
   * answers were stored as they were given (see answerQuestion).
   */
  readonly exceptQuizId?: string;
}

/**
 * The learner's mastery of each domain of an outline right now: their quiz
 * answers on it (recent ones counting more), seeded by their score reports
 * for it and any self-rating. Every domain of the outline is present.
 */
export async function currentMastery(
  executor: Executor,
  learnerId: string,
  blueprint: Blueprint,
  now: Date,
  sources: MasterySources = {},
): Promise<MasteryEstimate> {
  const examRef = blueprintRef(blueprint);
  const domains = blueprint.domains.map((d) => d.id);
  // One after the other: inside a transaction the queries share one connection.
  const answers = await answerHistory(executor, { learnerId, examRef });
  const reports = await listScoreReports(executor, { learnerId, examRef });
  const seeds: MasterySeed[] = [];
  for (const report of reports) {
    const at = isoDateToUtc(report.takenOn);
    for (const [domain, percent] of Object.entries(report.domains)) {
      if (!domains.includes(domain)) continue;
      seeds.push({
        domain,
        score: percent / 100,
        kind: 'score-report',
        ...(at === undefined ? {} : { at }),
      });
    }
  }
  for (const [domain, score] of Object.entries(sources.selfRating ?? {})) {
    if (!domains.includes(domain)) continue;
    const at = sources.selfRatedAt?.getTime();
    seeds.push({ domain, score, kind: 'self-rating', ...(at === undefined ? {} : { at }) });
  }
  return estimateMastery(
    answers
      .filter((a) => domains.includes(a.domainId) && a.quizId !== sources.exceptQuizId)
      .map((a) => ({ domain: a.domainId, correct: a.correct, at: a.answeredAt.getTime() })),
    { now: now.getTime(), seeds, domains },
  );
}

/** Posterior means rounded to 3 places: the mastery the planner takes, stable across runs. */
export function plannerMastery(estimate: MasteryEstimate): Record<string, number> {
  return Object.fromEntries(
    Object.entries(masteryMeans(estimate)).map(([d, m]) => [d, Math.round(m * 1000) / 1000]),
  );
}
