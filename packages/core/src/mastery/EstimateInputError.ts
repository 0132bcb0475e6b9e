/**
 * Input an estimate cannot use (a score outside 0..1, a domain the outline
 * does not have, a half-life of zero). `field` names it; the message says what to fix.
 */
export class EstimateInputError extends Error {
  override readonly name = 'EstimateInputError';
  readonly field: string;

  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.field = field;
  }
}
