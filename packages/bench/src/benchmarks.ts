import type { Benchmark } from './harness/benchmark.js';

/** A benchmark as the runner lists it; its code is loaded only when it runs. */
export interface BenchmarkEntry {
  readonly name: string;
  readonly summary: string;
  /** Longest it may take on a busy two-core machine before the runner stops it, ms. */
  readonly timeoutMs: number;
  load(): Promise<Benchmark>;
}

/** Every benchmark, in the order `npm run bench` runs them. */
export const benchmarks: readonly BenchmarkEntry[] = [
  {
    name: 'planner',
    summary: 'buildPlan on 180-day plans and replan for 10,000 learners: plans/s, peak memory',
    timeoutMs: 180_000,
    load: async () => (await import('./planner/plannerBench.js')).plannerBenchmark,
  },
  {
    name: 'claims',
    summary: 'reminder claims: 100,000 learners, 10,000 due in a minute, two claimers on Postgres',
    timeoutMs: 240_000,
    load: async () => (await import('./claims/claimsBench.js')).claimsBenchmark,
  },
  {
    name: 'ingest',
    summary: '10,000 answers through the study use cases against raw postgres.js inserts',
    timeoutMs: 300_000,
    load: async () => (await import('./ingest/ingestBench.js')).ingestBenchmark,
  },
  {
    name: 'dispatch',
    summary: "2,000 reminders through discord-sim under Discord's 50 requests/s",
    timeoutMs: 420_000,
    load: async () => (await import('./dispatch/dispatchBench.js')).dispatchBenchmark,
  },
  {
    name: 'bot',
    summary: 'the built bot against discord-sim: a 300-member quiz burst, memory and time to READY',
    timeoutMs: 300_000,
    load: async () => (await import('./bot/botBench.js')).botBenchmark,
  },
];

export function findBenchmark(name: string): BenchmarkEntry | undefined {
  return benchmarks.find((b) => b.name === name);
}
