import { mebibytes } from './stats.js';

export interface MemoryPeaks {
  /** Highest heap in use seen, MiB. */
  readonly heapUsedMiB: number;
  /** Highest resident set seen by sampling, MiB. */
  readonly rssMiB: number;
}

/**
 * Samples this process's memory every `intervalMs` until stopped, keeping the
 * peaks. Sampling misses spikes shorter than the interval; `maxRssMiB()` has
 * the kernel's exact peak for the whole process.
 */
export function sampleMemory(intervalMs = 20): { stop(): MemoryPeaks } {
  let heap = 0;
  let rss = 0;
  const sample = () => {
    const usage = process.memoryUsage();
    heap = Math.max(heap, usage.heapUsed);
    rss = Math.max(rss, usage.rss);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { heapUsedMiB: mebibytes(heap), rssMiB: mebibytes(rss) };
    },
  };
}

/** The process's peak resident set since it started, MiB (getrusage). */
export function maxRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}
