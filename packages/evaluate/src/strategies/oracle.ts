import { accuracyAfter, gainOf, type LearningCurve } from '../learner/learningCurve.js';

export interface OracleInput {
  /** Domain id -> the true curve; the order is the tie-break order. */
  readonly curves: Readonly<Record<string, LearningCurve>>;
  /** Domain id -> the weight of its accuracy in the objective (the exam share). */
  readonly weights: Readonly<Record<string, number>>;
  readonly blocks: number;
  readonly blockMinutes: number;
}

/**
 * The oracle: knows each domain's true curve and gives every block, one at a
 * time, to the domain where it raises Σ weight × accuracy most (ties to the
 * first domain). With concave curves the marginal gains only shrink, so this
 * greedy allocation maximises the sum (the classic result for separable
 * concave resource allocation); the unit tests check it against brute force.
 */
export function oracleAllocation(input: OracleInput): Record<string, number> {
  const ids = Object.keys(input.curves);
  const minutes: Record<string, number> = Object.fromEntries(ids.map((id) => [id, 0]));
  const gainNext = (id: string) =>
    (input.weights[id] ?? 0) * gainOf(input.curves[id]!, minutes[id]!, input.blockMinutes);
  const gains = ids.map(gainNext);
  for (let b = 0; b < input.blocks; b++) {
    let best = 0;
    for (let i = 1; i < ids.length; i++) if (gains[i]! > gains[best]!) best = i;
    const id = ids[best]!;
    minutes[id]! += input.blockMinutes;
    gains[best] = gainNext(id);
  }
  return minutes;
}

/** Σ weight × accuracy after the given minutes: the objective the oracle maximises. */
export function weightedAccuracy(
  curves: Readonly<Record<string, LearningCurve>>,
  weights: Readonly<Record<string, number>>,
  minutes: Readonly<Record<string, number>>,
): number {
  return Object.keys(curves).reduce(
    (sum, id) => sum + (weights[id] ?? 0) * accuracyAfter(curves[id]!, minutes[id] ?? 0),
    0,
  );
}
