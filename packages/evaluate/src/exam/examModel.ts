import { type Blueprint, domainShares } from '@certpace/core';
import type { Rng } from '../random/rng.js';

// The simulated exam: questionCount questions, each from a domain drawn with
// the domain's share, each answered correctly with the learner's true accuracy
// there, scaled linearly to maxScore. Each question is then right with
// probability Σ share·accuracy, so the number right is binomial and the
// expected score and pass probability have exact forms.

/** Σ share_i × accuracy_i: the chance of answering a random exam question. */
export function examAccuracy(
  blueprint: Blueprint,
  accuracy: Readonly<Record<string, number>>,
): number {
  const shares = domainShares(blueprint);
  return blueprint.domains.reduce((sum, d) => sum + shares[d.id]! * (accuracy[d.id] ?? 0), 0);
}

/** The expected scaled score: maxScore × Σ share × accuracy. */
export function expectedScore(
  blueprint: Blueprint,
  accuracy: Readonly<Record<string, number>>,
): number {
  return blueprint.maxScore * examAccuracy(blueprint, accuracy);
}

/** The fewest right answers out of questionCount that score at least passingScore. */
export function correctToPass(blueprint: Blueprint): number {
  // The small tolerance keeps 35/50 × 1000 = 700 a pass despite floating point.
  return Math.ceil((blueprint.passingScore / blueprint.maxScore) * blueprint.questionCount - 1e-9);
}

/** P(X = k) for k = 0..n, X ~ Binomial(n, p), by the recurrence (exact enough for n ≤ a few hundred). */
export function binomialPmf(n: number, p: number): number[] {
  if (p <= 0) return Array.from({ length: n + 1 }, (_, k) => (k === 0 ? 1 : 0));
  if (p >= 1) return Array.from({ length: n + 1 }, (_, k) => (k === n ? 1 : 0));
  const logs = [0];
  for (let k = 1; k <= n; k++) logs.push(logs[k - 1]! + Math.log((n - k + 1) / k));
  return logs.map((c, k) => Math.exp(c + k * Math.log(p) + (n - k) * Math.log(1 - p)));
}

/** The chance of passing the exam with these true accuracies. */
export function passProbability(
  blueprint: Blueprint,
  accuracy: Readonly<Record<string, number>>,
): number {
  const pmf = binomialPmf(blueprint.questionCount, examAccuracy(blueprint, accuracy));
  return pmf.slice(correctToPass(blueprint)).reduce((sum, x) => sum + x, 0);
}

/** The chance that the scaled score lands in [low, high] (both included). */
export function scoreInRangeProbability(
  blueprint: Blueprint,
  accuracy: Readonly<Record<string, number>>,
  low: number,
  high: number,
): number {
  const n = blueprint.questionCount;
  const pmf = binomialPmf(n, examAccuracy(blueprint, accuracy));
  let total = 0;
  pmf.forEach((p, k) => {
    const score = (blueprint.maxScore * k) / n;
    if (score >= low - 1e-9 && score <= high + 1e-9) total += p;
  });
  return total;
}

export interface ExamSitting {
  /** Questions per domain, in blueprint order. */
  readonly questions: Readonly<Record<string, number>>;
  readonly correct: Readonly<Record<string, number>>;
  readonly totalCorrect: number;
  readonly score: number;
  readonly passed: boolean;
}

/** One sitting: questionCount questions drawn by share, each answered from the true accuracy. */
export function sampleExam(
  rng: Rng,
  blueprint: Blueprint,
  accuracy: Readonly<Record<string, number>>,
): ExamSitting {
  const shares = domainShares(blueprint);
  const ids = blueprint.domains.map((d) => d.id);
  const questions: Record<string, number> = Object.fromEntries(ids.map((id) => [id, 0]));
  const correct: Record<string, number> = Object.fromEntries(ids.map((id) => [id, 0]));
  for (let q = 0; q < blueprint.questionCount; q++) {
    let u = rng.next();
    let domain = ids[ids.length - 1]!;
    for (const id of ids) {
      u -= shares[id]!;
      if (u < 0) {
        domain = id;
        break;
      }
    }
    questions[domain]! += 1;
    if (rng.bernoulli(accuracy[domain] ?? 0)) correct[domain]! += 1;
  }
  const totalCorrect = ids.reduce((sum, id) => sum + correct[id]!, 0);
  const score = (blueprint.maxScore * totalCorrect) / blueprint.questionCount;
  return {
    questions,
    correct,
    totalCorrect,
    score,
    passed: totalCorrect >= correctToPass(blueprint),
  };
}
