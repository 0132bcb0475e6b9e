import { describeEachDriver } from '@certpace/db/testing';
import { expect, it } from 'vitest';
import { createPlan, getProgress, recordScoreReport } from '../src/index.js';
import { discordLearner, failure, testDeps } from './support/fixtures.js';

describeEachDriver('score reports', (ctx) => {
  it('seeds mastery from a score report and re-plans toward the weak domains', async () => {
    const deps = testDeps(ctx.db);
    const ada = await discordLearner(deps);
    await createPlan(deps, ada, { exam: 'AI-103', examDate: '2027-03-15', minutes: 60 });
    const before = await getProgress(deps, ada);
    expect(before.readiness.expectedScore).toBe(500);

    const report = await recordScoreReport(deps, ada, {
      total: '640',
      takenOn: '2027-01-25',
      domains: {
        'plan-manage': 85,
        'generative-agentic': '40',
        'computer-vision': 90,
        'text-analysis': 80,
        'Implement information extraction solutions': 75,
      },
    });
    expect(report).toMatchObject({
      examRef: 'AI-103@2026-04',
      total: 640,
      passed: false,
      passingScore: 700,
    });
    expect(report.domains.map((d) => d.domainId)).toEqual([
      'plan-manage',
      'generative-agentic',
      'computer-vision',
      'text-analysis',
      'information-extraction',
    ]);
    const agentic = report.mastery.find((m) => m.domainId === 'generative-agentic')!;
    expect(agentic.before).toBeCloseTo(0.5);
    expect(agentic.after).toBeLessThan(0.45);
    expect(report.mastery.find((m) => m.domainId === 'computer-vision')!.after).toBeGreaterThan(
      0.8,
    );

    const change = report.planChange!;
    expect(change.reason).toBe('score-report');
    const delta = (id: string) => {
      const d = change.domains.find((x) => x.domainId === id)!;
      return d.minutesAfter - d.minutesBefore;
    };
    expect(delta('generative-agentic')).toBeGreaterThan(0);
    expect(delta('computer-vision')).toBeLessThan(0);
    expect(change.summary[0]).toMatch(/Weaker than planned: .*agent/i);

    const after = await getProgress(deps, ada);
    expect(after.scoreReports).toMatchObject([{ total: 640, takenOn: '2027-01-25' }]);
    expect(after.readiness.expectedScore).toBeGreaterThan(600);
    expect(after.readiness.label).toBe('estimate');
  });

  it('refuses text where numbers belong, a score out of range and an unknown domain', async () => {
    const deps = testDeps(ctx.db);
    const ada = await discordLearner(deps);
    const text = await failure(
      recordScoreReport(deps, ada, { total: 'seven hundred', domains: { nlp: 50 } }),
    );
    expect(text).toMatchObject({ code: 'invalid-input', field: 'total' });
    expect(text.message).toMatch(
      /Total score: "seven hundred" is not a whole number from 0 to 1000/,
    );
    const high = await failure(
      recordScoreReport(deps, ada, { total: 700, domains: { 'plan-manage': 120 } }),
    );
    expect(high).toMatchObject({ code: 'invalid-input', field: 'domains.plan-manage' });
    const domain = await failure(
      recordScoreReport(deps, ada, { total: 700, domains: { nlp: 50 } }),
    );
    expect(domain).toMatchObject({ code: 'unknown-domain' });
    expect(domain.message).toMatch(/plan-manage, generative-agentic/);
    const future = await failure(
      recordScoreReport(deps, ada, {
        total: 700,
        takenOn: '2027-05-01',
        domains: { 'plan-manage': 70 },
      }),
    );
    expect(future.code).toBe('invalid-date');
    expect((await getProgress(deps, ada)).scoreReports).toEqual([]);
  });
});
