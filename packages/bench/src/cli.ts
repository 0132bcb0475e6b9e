// `npm run bench` (node dist/cli.js [name ...]): every benchmark, or the named ones, one process
// each; one JSON line per figure on stdout, progress on stderr. Missed targets are figures, not
// failures: the exit code is 1 only when a benchmark could not run.
import { availableParallelism, totalmem } from 'node:os';
import { benchmarks } from './benchmarks.js';
import { spawnBenchmark } from './runner/spawnBenchmark.js';

const args = process.argv.slice(2);
if (args.includes('--list')) {
  for (const b of benchmarks) process.stdout.write(`${b.name.padEnd(10)} ${b.summary}\n`);
  process.exit(0);
}
const unknown = args.filter((name) => !benchmarks.some((b) => b.name === name));
if (unknown.length > 0) {
  process.stderr.write(
    `Unknown benchmark ${unknown.join(', ')}; the benchmarks are ${benchmarks.map((b) => b.name).join(', ')}.\n`,
  );
  process.exit(2);
}
const selected = args.length > 0 ? benchmarks.filter((b) => args.includes(b.name)) : benchmarks;
process.stderr.write(
  `[bench] ${selected.map((b) => b.name).join(', ')} on ${availableParallelism()} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`,
);
let failed = 0;
for (const benchmark of selected) {
  const ok = await spawnBenchmark(benchmark, (line) => process.stdout.write(`${line}\n`));
  if (!ok) failed += 1;
}
process.exit(failed > 0 ? 1 : 0);
