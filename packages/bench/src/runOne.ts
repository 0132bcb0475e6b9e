// `node dist/runOne.js <benchmark>`: one benchmark in a process of its own (the CLI spawns these).
import { findBenchmark } from './benchmarks.js';
import { failureLine } from './harness/figure.js';
import { runBenchmark } from './runner/runBenchmark.js';

const name = process.argv[2] ?? '';
const entry = findBenchmark(name);
if (!entry) {
  process.stderr.write(`No benchmark named "${name}".\n`);
  process.exit(2);
}
try {
  const ok = await runBenchmark(await entry.load());
  process.exit(ok ? 0 : 1);
} catch (error) {
  // Its code would not even load (a workspace not built, a broken import): a line, not a crash.
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.stdout.write(`${failureLine(name, `could not load: ${String(error)}`)}\n`);
  process.exit(1);
}
