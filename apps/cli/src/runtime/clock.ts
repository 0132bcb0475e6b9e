import { performance } from 'node:perf_hooks';

/**
 * The program's clock: real time, or (CERTPACE_NOW, for tests) real time
 * shifted to start at a given instant, so dates are reproducible while a
 * mock exam's clock still counts down.
 */
export function createClock(
  start: Date | undefined,
  elapsed: () => number = () => performance.now(),
): () => Date {
  if (start === undefined) return () => new Date();
  const origin = elapsed();
  const base = start.getTime();
  return () => new Date(base + (elapsed() - origin));
}
