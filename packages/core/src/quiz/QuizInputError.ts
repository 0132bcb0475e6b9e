/**
 * Options a quiz cannot be built from (a question count below 1, a domain the
 * outline does not have, ...). `field` names the option; the message says what to fix.
 * Expected refusals during play are result values, not this error.
 */
export class QuizInputError extends Error {
  override readonly name = 'QuizInputError';
  readonly field: string;

  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.field = field;
  }
}
