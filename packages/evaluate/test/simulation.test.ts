import { buildPlan, getBlueprint } from '@certpace/core';
import { describe, expect, it } from 'vitest';
import {
  buildReport,
  createRng,
  DEFAULT_CONFIG,
  type Experiment,
  experiments,
  followPlan,
  type LearnerOutcome,
  renderMarkdown,
  runLearners,
  STRATEGIES,
  simulateLearner,
  summarize,
} from '../src/index.js';

// The fast run of `npm test`: a few hundred learners, enough for orderings the model guarantees.
const LEARNERS = 100;
const config = { ...DEFAULT_CONFIG, learners: LEARNERS };
const outcomes = runLearners(config);
const total = (minutes: Readonly<Record<string, number>>) =>
  Object.values(minutes).reduce((s, m) => s + m, 0);

describe('the learner simulation', () => {
  it('simulates every learner of every exam once', () => {
    expect(outcomes).toHaveLength(LEARNERS * config.exams.length);
    for (const exam of config.exams)
      expect(outcomes.filter((o) => o.exam === exam)).toHaveLength(LEARNERS);
  });

  it('gives the baselines and the oracle exactly the study time of the fixed plan', () => {
    for (const o of outcomes) {
      const fixed = total(o.strategies.certpace.minutes);
      for (const id of ['equal', 'share', 'oracle'] as const) {
        expect(Math.abs(total(o.strategies[id].minutes) - fixed)).toBeLessThanOrEqual(15);
      }
    }
  });

  it('never lets a strategy beat the oracle with no more study time than the oracle had', () => {
    for (const o of outcomes) {
      const oracle = o.strategies.oracle;
      for (const id of STRATEGIES) {
        const s = o.strategies[id];
        if (total(s.minutes) <= total(oracle.minutes)) {
          // certpace splits mock-exam minutes finely; the oracle works in blocks: a hair of slack.
          expect(s.expectedScore).toBeLessThanOrEqual(oracle.expectedScore + 0.5);
        }
      }
    }
  });

  it('keeps the oracle ahead of every strategy on average, beyond noise', () => {
    for (const exam of config.exams) {
      const mine = outcomes.filter((o) => o.exam === exam);
      for (const id of STRATEGIES.filter((s) => s !== 'oracle')) {
        const diff = summarize(
          mine.map((o) => o.strategies.oracle.expectedScore - o.strategies[id].expectedScore),
        );
        expect(diff.ciHigh).toBeGreaterThan(0);
        expect(diff.mean).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('raises every learner above their starting score whatever the strategy', () => {
    for (const o of outcomes) {
      for (const id of STRATEGIES)
        expect(o.strategies[id].expectedScore).toBeGreaterThan(o.features.startScore);
    }
  });

  it('shows time by share beating equal time when shares differ (paired, beyond noise)', () => {
    for (const exam of config.exams) {
      const mine = outcomes.filter((o) => o.exam === exam);
      const diff = summarize(
        mine.map((o) => o.strategies.share.expectedScore - o.strategies.equal.expectedScore),
      );
      expect(diff.ciLow).toBeGreaterThan(0);
    }
  });

  it('replans learners who took quizzes, and records readiness at every checkpoint', () => {
    for (const o of outcomes) {
      expect(o.checkpoints.map((c) => c.point)).toEqual(config.checkpoints);
      for (const c of o.checkpoints) {
        expect(c.low).toBeLessThanOrEqual(c.expectedScore);
        expect(c.high).toBeGreaterThanOrEqual(c.expectedScore);
        expect(c.inside + c.below).toBeLessThanOrEqual(1 + 1e-12);
      }
      const end = o.checkpoints.at(-1)!;
      if (end.answers > 0) expect(o.replans).toBeGreaterThan(0);
    }
    expect(summarize(outcomes.map((o) => o.replans)).mean).toBeGreaterThan(1);
  });

  it('gives the same numbers for the same seed, and other numbers for another seed', () => {
    const exam = getBlueprint('AI-103@2026-04');
    const again = simulateLearner(exam, 'AI-103@2026-04', 3, config);
    expect(again).toEqual(outcomes.find((o) => o.exam === 'AI-103@2026-04' && o.index === 3));
    const other = simulateLearner(exam, 'AI-103@2026-04', 3, { ...config, seed: 2 });
    expect(other.strategies.oracle.expectedScore).not.toBe(again.strategies.oracle.expectedScore);
  });

  it('gives each learner the same numbers however the learners are split (so workers can share the run)', () => {
    const small = { ...config, learners: 4 };
    const whole = runLearners(small);
    const parts = [
      ...runLearners(small, { from: 0, to: 2 }),
      ...runLearners(small, { from: 2, to: 4 }),
    ];
    const key = (o: LearnerOutcome) => `${o.exam}#${o.index}`;
    const sort = (list: LearnerOutcome[]) => [...list].sort((a, b) => (key(a) < key(b) ? -1 : 1));
    expect(sort(parts)).toEqual(sort(whole));
  });
});

describe('following a plan', () => {
  it('studies exactly the minutes the plan holds when never replanned', () => {
    const exam = getBlueprint('AI-102@2024-06');
    const plan = buildPlan({
      blueprint: exam,
      start: '2026-05-04',
      examDate: '2026-06-15',
      availability: 60,
    });
    const curves = Object.fromEntries(
      exam.domains.map((d) => [d.id, { start: 0.5, ceiling: 0.9, rate: 0.1 }]),
    );
    const learner = {
      curves,
      selfRating: {},
      horizonDays: 42,
      availability: { mon: 60, tue: 60, wed: 60, thu: 60, fri: 60, sat: 60, sun: 60 },
    };
    const trajectory = followPlan({
      blueprint: exam,
      learner,
      plan,
      replanAfterQuiz: false,
      seeds: [],
      rng: createRng(1),
    });
    expect(total(trajectory.minutes)).toBeCloseTo(plan.summary.totalMinutes, 9);
    expect(trajectory.replans).toBe(0);
    // Every quiz and the mock produce answers.
    expect(trajectory.answers.length).toBeGreaterThan(exam.questionCount);
  });
});

describe('the report', () => {
  it('tabulates every strategy and every checkpoint, and the sensitivity rows', () => {
    const list: Experiment[] = experiments({ seed: 1, learners: 4, sensitivityLearners: 2 }).slice(
      0,
      2,
    );
    const runs = list.map((experiment) => ({
      experiment,
      outcomes: runLearners(experiment.config),
    }));
    const report = buildReport(runs);
    expect(report.comparisons).toHaveLength(2);
    expect(report.calibration).toHaveLength(2 * config.checkpoints.length);
    for (const c of report.calibration) {
      expect(c.coverage).toBeGreaterThanOrEqual(0);
      expect(c.coverage).toBeLessThanOrEqual(1);
      expect(c.coverage * 100 + c.missLowPercent + c.missHighPercent).toBeCloseTo(100, 9);
      expect(c.reliability.reduce((s, b) => s + b.count, 0)).toBe(c.learners);
    }
    expect(report.sensitivity.map((r) => r.id)).toEqual(['main', 'lambda-0']);
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('Oracle (knows the true curves)');
    expect(markdown).toContain('Readiness calibration: AI-103@2026-04');
    expect(markdown).toContain('Sensitivity: AI-102@2024-06');
  });
});
