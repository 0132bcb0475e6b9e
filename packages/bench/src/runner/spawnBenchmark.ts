import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { BenchmarkEntry } from '../benchmarks.js';
import { failureLine } from '../harness/figure.js';

const RUN_ONE = fileURLToPath(new URL('../runOne.js', import.meta.url));

/**
 * Runs a benchmark in a fresh Node process, so its memory figures are its
 * own and a crash or a leak cannot touch the next one. Figure lines are
 * passed to `write`; anything else it prints goes to stderr. A benchmark that
 * overruns its time is stopped (SIGTERM lets it clean up, SIGKILL 15 s later).
 */
export async function spawnBenchmark(
  benchmark: BenchmarkEntry,
  write: (line: string) => void,
): Promise<boolean> {
  const child = spawn(process.execPath, [RUN_ONE, benchmark.name], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  let reportedFailure = false;
  const lines = createInterface({ input: child.stdout });
  lines.on('line', (line) => {
    if (!line.startsWith('{')) {
      process.stderr.write(`${line}\n`);
      return;
    }
    if (line.includes('"unit":"error"')) reportedFailure = true;
    write(line);
  });
  let overran = false;
  let killer: NodeJS.Timeout | undefined;
  const timer = setTimeout(() => {
    overran = true;
    child.kill('SIGTERM');
    killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  }, benchmark.timeoutMs);
  const [code, signal] = await exited;
  clearTimeout(timer);
  clearTimeout(killer);
  if (overran) {
    write(failureLine(benchmark.name, `stopped after ${benchmark.timeoutMs / 1000} s`));
    return false;
  }
  if (code !== 0 && !reportedFailure) {
    write(failureLine(benchmark.name, `exited with ${code ?? signal}`));
  }
  return code === 0;
}
