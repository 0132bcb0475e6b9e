import { buildPlan, type PlanOptions, replan } from '@certpace/core';
import type { BenchContext, Benchmark } from '../harness/benchmark.js';
import { maxRssMiB, sampleMemory } from '../harness/memory.js';
import { seededRandom } from '../harness/random.js';
import { perSecond, since } from '../harness/stats.js';
import { addDays } from './isoDays.js';
import { naivePlan } from './naivePlan.js';
import { PLAN_DAYS, planInput, progressBy } from './plannerInputs.js';

const BUILD_PLANS = 2_000;
const REPLAN_LEARNERS = 10_000;
const WARM_UP = 200;

function timeEach(inputs: readonly PlanOptions[], plan: (input: PlanOptions) => unknown): number {
  const start = performance.now();
  for (const input of inputs) plan(input);
  return since(start);
}

async function buildRates(context: BenchContext): Promise<void> {
  const random = seededRandom(1);
  const inputs = Array.from({ length: BUILD_PLANS }, () => planInput(random));
  // Let the JIT settle on both planners before timing either.
  for (const input of inputs.slice(0, WARM_UP)) {
    buildPlan(input);
    naivePlan(input);
  }
  context.progress(`buildPlan and the naive reference on ${BUILD_PLANS} ${PLAN_DAYS}-day plans`);
  const naiveMs = timeEach(inputs, naivePlan);
  const buildMs = timeEach(inputs, buildPlan);
  context.emit({
    name: 'planner.build_plan_180d',
    value: perSecond(BUILD_PLANS, buildMs),
    unit: 'plans/s',
    reference: {
      name: 'naive planner: each day split by allocateMinutes, nothing else',
      value: perSecond(BUILD_PLANS, naiveMs),
      unit: 'plans/s',
    },
    target: { min: 100, why: 'a /plan create spends under 10 ms planning' },
    context: { plans: BUILD_PLANS, days: PLAN_DAYS, cores: 1 },
  });
}

async function replanRates(context: BenchContext): Promise<void> {
  const random = seededRandom(2);
  context.progress(
    `replan for ${REPLAN_LEARNERS} learners, each from its own ${PLAN_DAYS}-day plan`,
  );
  const baseline = process.memoryUsage();
  const memory = sampleMemory();
  let buildMs = 0;
  let replanMs = 0;
  let moved = 0;
  // One learner at a time, as a server loads, re-plans and stores: nothing is kept.
  for (let i = 0; i < REPLAN_LEARNERS; i++) {
    const input = planInput(random);
    let start = performance.now();
    const plan = buildPlan(input);
    buildMs += since(start);
    const today = addDays(input.start, 30 + Math.floor(random() * 120));
    const domains = input.blueprint.domains.map((d) => d.id);
    const { done, mastery } = progressBy(random, plan, today, domains);
    start = performance.now();
    const result = replan(plan, { today, done, mastery });
    replanMs += since(start);
    moved += result.moved.length;
    if ((i + 1) % 2_500 === 0) context.progress(`${i + 1} learners re-planned`);
  }
  const peaks = memory.stop();
  context.emit({
    name: 'planner.replan_10k_learners',
    value: perSecond(REPLAN_LEARNERS, replanMs),
    unit: 'plans/s',
    reference: {
      name: 'buildPlan of the same learners from scratch',
      value: perSecond(REPLAN_LEARNERS, buildMs),
      unit: 'plans/s',
    },
    context: { learners: REPLAN_LEARNERS, days: PLAN_DAYS, missedTasksMoved: moved, cores: 1 },
  });
  context.emit({
    name: 'planner.replan_10k_learners_time',
    value: replanMs / 1000,
    unit: 's',
    target: { max: 60, why: 'every learner re-planned within one reminder tick, on one core' },
    context: { learners: REPLAN_LEARNERS },
  });
  context.emit({
    name: 'planner.peak_heap',
    value: peaks.heapUsedMiB,
    unit: 'MiB',
    reference: {
      name: 'heap in use before planning',
      value: baseline.heapUsed / (1024 * 1024),
      unit: 'MiB',
    },
    context: { learners: REPLAN_LEARNERS, sampledEveryMs: 20 },
  });
  context.emit({
    name: 'planner.peak_rss',
    value: maxRssMiB(),
    unit: 'MiB',
    reference: {
      name: 'resident set before planning',
      value: baseline.rss / (1024 * 1024),
      unit: 'MiB',
    },
    target: { max: 150, why: 'fits the bot’s memory budget after READY' },
    context: { learners: REPLAN_LEARNERS },
  });
}

export const plannerBenchmark: Benchmark = {
  name: 'planner',
  async run(context) {
    await buildRates(context);
    await replanRates(context);
  },
};
