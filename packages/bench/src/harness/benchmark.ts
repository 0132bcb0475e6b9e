import type { Cleanup } from './cleanup.js';
import type { Figure } from './figure.js';
import type { Progress } from './progress.js';

/** What a benchmark runs with. */
export interface BenchContext {
  /** Prints one figure as a JSON line on stdout. */
  readonly emit: (figure: Figure) => void;
  /** Says what is happening, on stderr. */
  readonly progress: Progress;
  /** Undone at the end, whatever happens: databases, processes, sims, folders. */
  readonly cleanup: Cleanup;
  /** The loopback Postgres server scratch databases are made on. */
  readonly serverUrl: string;
}

export interface Benchmark {
  /** Short and stable; the prefix of its figures' names (`claims`). */
  readonly name: string;
  run(context: BenchContext): Promise<void>;
}
