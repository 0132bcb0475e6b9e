/** What a figure is compared with: a number measured in the same run, or a fixed goal. */
export interface Reference {
  /** What the reference is, in words (`raw postgres.js inserts, 8 at a time`). */
  readonly name: string;
  readonly value: number;
  readonly unit: string;
}

/** A goal a figure should reach: at most `max`, at least `min`, or exactly `equals`. */
export type Target =
  | { readonly max: number; readonly why?: string }
  | { readonly min: number; readonly why?: string }
  | { readonly equals: number; readonly why?: string };

/** One measured figure: one JSON line of `npm run bench`. */
export interface Figure {
  /** Dotted, stable: `claims.time_to_claim_all`. */
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly reference?: Reference;
  readonly target?: Target;
  /** How the figure was produced: sizes, concurrency, driver. */
  readonly context?: Readonly<Record<string, string | number | boolean>>;
}

/** A figure as printed: with `met` whenever it has a target. */
export interface FigureLine extends Figure {
  readonly met?: boolean;
}

export function meetsTarget(value: number, target: Target): boolean {
  if (!Number.isFinite(value)) return false;
  if ('max' in target) return value <= target.max;
  if ('min' in target) return value >= target.min;
  return value === target.equals;
}

/** Rounds to at most four significant digits (or whole numbers from 10,000 up), for readable lines. */
export function roundFigure(value: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  if (Math.abs(value) >= 10_000) return Math.round(value);
  return Number(value.toPrecision(4));
}

/** The JSON line for a figure: rounded, `met` added when it has a target. */
export function figureLine(figure: Figure): string {
  const line: FigureLine = {
    name: figure.name,
    value: roundFigure(figure.value),
    unit: figure.unit,
    ...(figure.reference
      ? { reference: { ...figure.reference, value: roundFigure(figure.reference.value) } }
      : {}),
    ...(figure.target
      ? { target: figure.target, met: meetsTarget(figure.value, figure.target) }
      : {}),
    ...(figure.context ? { context: figure.context } : {}),
  };
  return JSON.stringify(line);
}

/** A benchmark that could not finish, reported as a line of its own rather than a crash. */
export function failureLine(benchmark: string, error: string): string {
  return JSON.stringify({ name: `${benchmark}.error`, value: null, unit: 'error', error });
}
