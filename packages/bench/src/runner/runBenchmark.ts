import type { Benchmark } from '../harness/benchmark.js';
import { Cleanup } from '../harness/cleanup.js';
import { type Figure, failureLine, figureLine } from '../harness/figure.js';
import { benchServerUrl } from '../harness/postgres.js';
import { stderrProgress } from '../harness/progress.js';

export interface RunOptions {
  /** Where figure lines go (default stdout). */
  readonly write?: (line: string) => void;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/**
 * Runs one benchmark in this process: figures out as JSON lines, progress on
 * stderr, and its cleanup run whatever happens (also on SIGINT/SIGTERM).
 * Resolves true when it finished, false when it failed (reported as a line).
 */
export async function runBenchmark(benchmark: Benchmark, options: RunOptions = {}) {
  const write = options.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  const cleanup = new Cleanup();
  const progress = stderrProgress(benchmark.name);
  const onSignal = (signal: NodeJS.Signals) => {
    progress(`${signal}: cleaning up`);
    cleanup.run().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await benchmark.run({
      emit: (figure: Figure) => write(figureLine(figure)),
      progress,
      cleanup,
      serverUrl: benchServerUrl(options.env),
    });
    return true;
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    progress(`failed: ${message}`);
    write(failureLine(benchmark.name, error instanceof Error ? error.message : String(error)));
    return false;
  } finally {
    await cleanup.run().catch((error: unknown) => progress(`cleanup failed: ${String(error)}`));
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
