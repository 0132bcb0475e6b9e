// The exponential law of practice (Heathcote, Brown & Mewhort 2000): accuracy
// approaches a ceiling, closing a fixed fraction of the remaining gap per hour
// of study. It is concave in study time, which is what makes the greedy oracle
// optimal and gives every strategy diminishing returns.

/** One learner's true learning curve in one domain. */
export interface LearningCurve {
  /** Accuracy on the domain's exam questions before any study, 0..1. */
  readonly start: number;
  /** The accuracy study approaches but never passes (ambiguous questions, slips), above `start`. */
  readonly ceiling: number;
  /** Fraction of the remaining gap closed per hour is 1 − e^(−rate); per hour, > 0. */
  readonly rate: number;
}

/** Accuracy after `minutes` of study in the domain: ceiling − (ceiling − start)·e^(−rate·hours). */
export function accuracyAfter(curve: LearningCurve, minutes: number): number {
  if (minutes <= 0) return curve.start;
  return curve.ceiling - (curve.ceiling - curve.start) * Math.exp((-curve.rate * minutes) / 60);
}

/** What `extra` more minutes add on top of `minutes` already studied. */
export function gainOf(curve: LearningCurve, minutes: number, extra: number): number {
  return accuracyAfter(curve, minutes + extra) - accuracyAfter(curve, minutes);
}
