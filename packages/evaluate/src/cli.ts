#!/usr/bin/env node
// `npm run evaluate`: runs the simulation, writes the tables, JSON and plots,
// and refreshes the generated part of EVALUATION.md.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildReport } from './analysis/buildReport.js';
import { calibrationChart } from './plot/calibrationChart.js';
import { strategyChart } from './plot/strategyChart.js';
import { renderMarkdown } from './report/renderMarkdown.js';
import { spliceResults } from './report/spliceResults.js';
import { runExperiments } from './run/runExperiments.js';
import { experiments } from './simulate/experiments.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const USAGE = `usage: node dist/cli.js [--seed 1] [--learners 2000] [--sensitivity-learners 250]
                        [--workers 2] [--out docs/evaluation] [--doc EVALUATION.md | --no-doc]`;

function whole(name: string, value: string | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) {
    console.error(`--${name} must be a whole number from ${min}; got ${value}\n${USAGE}`);
    process.exit(2);
  }
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string' },
      learners: { type: 'string' },
      'sensitivity-learners': { type: 'string' },
      workers: { type: 'string' },
      out: { type: 'string' },
      doc: { type: 'string' },
      'no-doc': { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const seed = whole('seed', values.seed, 1, 0);
  const learners = whole('learners', values.learners, 2000, 1);
  const sensitivityLearners = whole('sensitivity-learners', values['sensitivity-learners'], 250, 0);
  const workers = whole('workers', values.workers, Math.min(2, availableParallelism()), 1);
  const out = resolve(root, values.out ?? 'docs/evaluation');
  const started = performance.now();

  const list = experiments({ seed, learners, sensitivityLearners }).filter(
    (e) => e.id === 'main' || sensitivityLearners > 0,
  );
  const runs = await runExperiments(list, { workers });
  const report = buildReport(runs);
  const markdown = renderMarkdown(report);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'results.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(out, 'results.md'), markdown);
  writeFileSync(join(out, 'strategies.png'), strategyChart(report));
  writeFileSync(join(out, 'calibration.png'), calibrationChart(report));
  if (!values['no-doc']) {
    const doc = resolve(root, values.doc ?? 'EVALUATION.md');
    try {
      const { text, spliced } = spliceResults(readFileSync(doc, 'utf8'), markdown);
      if (spliced) writeFileSync(doc, text);
      else console.error(`${doc} has no results markers; left unchanged`);
    } catch {
      console.error(`${doc} not found; left unchanged`);
    }
  }
  console.log(markdown);
  const seconds = (performance.now() - started) / 1000;
  console.error(
    `evaluated ${runs.reduce((s, r) => s + r.outcomes.length, 0)} learner runs in ${seconds.toFixed(1)} s with ${workers} worker(s); wrote ${out}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
