/**
 * The one error `allocateMinutes`, `buildPlan` and `replan` throw: the input
 * cannot be planned. `field` is the option at fault (`examDate`,
 * `availability.sat`, `mastery.nlp`, ...); the message names it and says what
 * to fix, so a front end can show it as it is.
 */
export class PlanInputError extends Error {
  override readonly name = 'PlanInputError';
  readonly field: string;

  constructor(field: string, problem: string, options?: { cause?: unknown }) {
    super(`${field}: ${problem}`, options);
    this.field = field;
  }
}
