// The public API of @certpace/bench: the harness the benchmarks and fault tests share.
export { type BenchmarkEntry, benchmarks, findBenchmark } from './benchmarks.js';
export type { BenchContext, Benchmark } from './harness/benchmark.js';
export { Cleanup } from './harness/cleanup.js';
export {
  type Figure,
  type FigureLine,
  failureLine,
  figureLine,
  meetsTarget,
  type Reference,
  roundFigure,
  type Target,
} from './harness/figure.js';
export { type MemoryPeaks, maxRssMiB, sampleMemory } from './harness/memory.js';
export { runPool } from './harness/pool.js';
export {
  assertLoopback,
  benchServerUrl,
  createScratchDatabase,
  DEFAULT_SERVER_URL,
  databaseUrl,
  NotLoopbackError,
  type ScratchDatabase,
  serverVersion,
} from './harness/postgres.js';
export { type Progress, stderrProgress } from './harness/progress.js';
export { pick, randomInt, seededRandom } from './harness/random.js';
export { mebibytes, percentile, perSecond, since } from './harness/stats.js';
export { type RunOptions, runBenchmark } from './runner/runBenchmark.js';
