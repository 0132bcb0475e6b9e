import { describeEachDriver } from '@certpace/db/testing';
import { expect, it } from 'vitest';
import {
  createPlan,
  deleteLearnerData,
  ensureLearner,
  findLearner,
  type LearnerIdentity,
  recordScoreReport,
  resolveLearnerExam,
} from '../src/index.js';
import { discordLearner, failure, testDeps } from './support/fixtures.js';

describeEachDriver('looking learners and their exam up', (ctx) => {
  it('finds a known learner by Discord id or terminal key, and stores nothing for a stranger', async () => {
    const deps = testDeps(ctx.db);
    const ada = await ensureLearner(deps, { discordUserId: '1001', displayName: 'Ada' });
    const kim = await ensureLearner(deps, { localUserKey: 'kim@laptop', displayName: 'Kim' });

    expect(await findLearner(deps, { discordUserId: '1001' })).toEqual(ada);
    expect(await findLearner(deps, { localUserKey: 'kim@laptop' })).toEqual(kim);
    // The identity ensureLearner takes works too; its display name plays no part.
    const asActor: LearnerIdentity = { discordUserId: '1001', displayName: 'Other' };
    expect((await findLearner(deps, asActor))?.displayName).toBe('Ada');

    expect(await findLearner(deps, { discordUserId: '2002' })).toBeNull();
    expect(await findLearner(deps, { localUserKey: 'ada@laptop' })).toBeNull();
    // Looking did not create anyone: the stranger is still unknown.
    expect(await findLearner(deps, { discordUserId: '2002' })).toBeNull();

    await deleteLearnerData(deps, ada);
    expect(await findLearner(deps, { discordUserId: '1001' })).toBeNull();
  });

  it('picks the exam a report is about: the one named, else the active plan’s, else the newest', async () => {
    // 2027: AI-102 has retired, so the newest exam not retired is AI-103.
    const deps = testDeps(ctx.db, '2027-02-01T08:00:00Z');
    const ada = await discordLearner(deps, 'Ada');
    expect(await resolveLearnerExam(deps, ada)).toMatchObject({
      ref: 'AI-103@2026-04',
      retired: false,
      isDefault: true,
    });

    await createPlan(deps, ada, {
      exam: 'AI-102@2025-12',
      examDate: '2027-03-15',
      minutes: 60,
      timezone: 'UTC',
    });
    const fromPlan = await resolveLearnerExam(deps, ada);
    expect(fromPlan).toMatchObject({ ref: 'AI-102@2025-12', retired: true });
    expect(fromPlan.domains.map((d) => d.id)).toContain('agentic');

    expect((await resolveLearnerExam(deps, ada, { exam: 'AI-103' })).ref).toBe('AI-103@2026-04');
    expect((await resolveLearnerExam(deps, ada, { exam: '  ' })).ref).toBe('AI-102@2025-12');
    const unknown = await failure(resolveLearnerExam(deps, ada, { exam: 'AZ-900' }));
    expect(unknown).toMatchObject({ code: 'unknown-exam', field: 'exam' });

    // The report itself lands on the same exam when none is named.
    const report = await recordScoreReport(deps, ada, { total: 720, domains: { agentic: 70 } });
    expect(report.examRef).toBe(fromPlan.ref);
  });

  it('refuses to pick an exam for a learner who deleted their data', async () => {
    const deps = testDeps(ctx.db);
    const ada = await discordLearner(deps, 'Ada');
    await deleteLearnerData(deps, ada);
    expect((await failure(resolveLearnerExam(deps, ada))).code).toBe('learner-not-found');
  });
});
