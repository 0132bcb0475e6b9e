import { expect, it } from 'vitest';
import {
  ActivePlanExistsError,
  createPlan,
  DatabaseConstraintError,
  deletePlan,
  getLearnerPlan,
  getPlan,
  listPlans,
  listPlanTasks,
  RevisionConflictError,
  savePlanRevision,
  setPlanStatus,
  setTaskStatus,
} from '../src/index.js';
import { describeEachDriver } from '../src/testing/index.js';
import { discordLearner, planInput, task } from './support/fixtures.js';

const now = new Date('2027-02-01T08:00:00Z');

describeEachDriver('plans and their tasks', (ctx) => {
  it('stores a plan with its tasks in the planner’s order', async () => {
    const ada = await discordLearner(ctx.db);
    const { plan, tasks } = await createPlan(
      ctx.db,
      planInput(ada.id, [
        task('t1', '2027-02-01'),
        task('t2', '2027-02-01', { kind: 'quiz', domainId: undefined }),
        task('t3', '2027-02-02', { resources: [{ title: 'Docs', url: 'https://learn.example' }] }),
      ]),
    );
    expect(plan).toMatchObject({
      learnerId: ada.id,
      examRef: 'AI-103@2026-04',
      examCode: 'AI-103',
      status: 'active',
      revision: 1,
      availability: { mon: 60, sun: 60 },
      pauses: [],
    });
    expect(tasks.map((t) => [t.taskId, t.date, t.position, t.status])).toEqual([
      ['t1', '2027-02-01', 0, 'pending'],
      ['t2', '2027-02-01', 1, 'pending'],
      ['t3', '2027-02-02', 0, 'pending'],
    ]);
    expect(tasks[1]?.domainId).toBeNull();
    expect(tasks[2]?.resources).toEqual([{ title: 'Docs', url: 'https://learn.example' }]);
    expect(await getPlan(ctx.db, plan.id)).toMatchObject({ id: plan.id });
  });

  it('refuses a second live plan for the same exam, whatever the outline', async () => {
    const ada = await discordLearner(ctx.db);
    await createPlan(ctx.db, planInput(ada.id, [task('a', '2027-02-01')], 'AI-102@2024-06'));
    await expect(
      createPlan(ctx.db, planInput(ada.id, [task('b', '2027-02-01')], 'AI-102@2025-12')),
    ).rejects.toThrow(ActivePlanExistsError);
    // Another exam is fine, and so is the same exam for someone else.
    await createPlan(ctx.db, planInput(ada.id, [task('c', '2027-02-01')], 'AI-103@2026-04'));
    const bob = await discordLearner(ctx.db);
    await createPlan(ctx.db, planInput(bob.id, [task('d', '2027-02-01')], 'AI-102@2024-06'));
    expect(await listPlans(ctx.db, { learnerId: ada.id })).toHaveLength(2);
  });

  it('saves a revision atomically, keeping the status of surviving tasks and dropping the rest', async () => {
    const ada = await discordLearner(ctx.db);
    const { plan } = await createPlan(
      ctx.db,
      planInput(ada.id, [
        task('keep-done', '2027-02-01'),
        task('keep-skipped', '2027-02-02'),
        task('dropped', '2027-02-03'),
      ]),
    );
    await setTaskStatus(ctx.db, {
      learnerId: ada.id,
      planId: plan.id,
      taskId: 'keep-done',
      status: 'done',
      now,
    });
    await setTaskStatus(ctx.db, {
      learnerId: ada.id,
      planId: plan.id,
      taskId: 'keep-skipped',
      status: 'skipped',
      now,
    });

    const saved = await savePlanRevision(ctx.db, {
      planId: plan.id,
      expectedRevision: 1,
      examDate: '2027-04-01',
      pauses: [{ from: '2027-02-10', to: '2027-02-12' }],
      input: { replanned: true },
      warnings: ['A shorter plan'],
      tasks: [
        task('keep-done', '2027-02-01', { minutes: 45, title: 'Renamed' }),
        task('keep-skipped', '2027-02-02'),
        task('new', '2027-02-04'),
      ],
    });
    expect(saved?.plan).toMatchObject({
      revision: 2,
      examDate: '2027-04-01',
      pauses: [{ from: '2027-02-10', to: '2027-02-12' }],
      warnings: ['A shorter plan'],
      input: { replanned: true },
    });
    expect(saved?.tasks.map((t) => [t.taskId, t.status, t.minutes, t.title])).toEqual([
      ['keep-done', 'done', 45, 'Renamed'],
      ['keep-skipped', 'skipped', 30, 'Task keep-skipped'],
      ['new', 'pending', 30, 'Task new'],
    ]);
    expect(saved?.tasks[0]?.doneAt).toEqual(now);
  });

  it('refuses a revision built from a stale one, and an unknown plan gives null', async () => {
    const ada = await discordLearner(ctx.db);
    const { plan } = await createPlan(ctx.db, planInput(ada.id, [task('a', '2027-02-01')]));
    await savePlanRevision(ctx.db, { planId: plan.id, expectedRevision: 1, input: {}, tasks: [] });
    await expect(
      savePlanRevision(ctx.db, { planId: plan.id, expectedRevision: 1, input: {}, tasks: [] }),
    ).rejects.toThrow(RevisionConflictError);
    expect(
      await savePlanRevision(ctx.db, {
        planId: '00000000-0000-0000-0000-000000000000',
        expectedRevision: 1,
        input: {},
        tasks: [],
      }),
    ).toBeNull();
  });

  it('leaves nothing half-written when a revision is refused by the database', async () => {
    const ada = await discordLearner(ctx.db);
    const { plan } = await createPlan(ctx.db, planInput(ada.id, [task('a', '2027-02-01')]));
    const attempt = savePlanRevision(ctx.db, {
      planId: plan.id,
      input: { broken: true },
      tasks: [task('b', '2027-02-02'), task('too-long', '2027-02-03', { minutes: 2000 })],
    });
    await expect(attempt).rejects.toMatchObject({
      kind: 'check',
      constraint: 'plan_tasks_minutes_range',
    });
    await expect(attempt).rejects.toThrow(DatabaseConstraintError);
    expect(await getPlan(ctx.db, plan.id)).toMatchObject({ revision: 1, input: plan.input });
    expect((await listPlanTasks(ctx.db, { planId: plan.id })).map((t) => t.taskId)).toEqual(['a']);
  });

  it('pauses, resumes and archives; archiving frees the exam for a new plan', async () => {
    const ada = await discordLearner(ctx.db);
    const { plan } = await createPlan(ctx.db, planInput(ada.id, [task('a', '2027-02-01')]));
    expect(
      await setPlanStatus(ctx.db, { learnerId: ada.id, planId: plan.id, status: 'paused' }),
    ).toMatchObject({ status: 'paused' });
    // A paused plan still holds the exam.
    await expect(createPlan(ctx.db, planInput(ada.id, []))).rejects.toThrow(ActivePlanExistsError);
    await setPlanStatus(ctx.db, { learnerId: ada.id, planId: plan.id, status: 'archived' });
    const { plan: fresh } = await createPlan(ctx.db, planInput(ada.id, []));
    await expect(
      setPlanStatus(ctx.db, { learnerId: ada.id, planId: plan.id, status: 'active' }),
    ).rejects.toThrow(ActivePlanExistsError);
    expect((await listPlans(ctx.db, { learnerId: ada.id })).map((p) => p.id)).toEqual([fresh.id]);
    expect(
      (await listPlans(ctx.db, { learnerId: ada.id, statuses: ['archived'] })).map((p) => p.id),
    ).toEqual([plan.id]);
  });

  it('never lets one learner read, change or delete another’s plan', async () => {
    const ada = await discordLearner(ctx.db);
    const eve = await discordLearner(ctx.db);
    const { plan } = await createPlan(ctx.db, planInput(ada.id, [task('a', '2027-02-01')]));
    expect(await getLearnerPlan(ctx.db, { learnerId: eve.id, planId: plan.id })).toBeNull();
    expect(await getLearnerPlan(ctx.db, { learnerId: ada.id, planId: plan.id })).not.toBeNull();
    expect(
      await setPlanStatus(ctx.db, { learnerId: eve.id, planId: plan.id, status: 'archived' }),
    ).toBeNull();
    expect(
      await setTaskStatus(ctx.db, {
        learnerId: eve.id,
        planId: plan.id,
        taskId: 'a',
        status: 'done',
        now,
      }),
    ).toBeNull();
    expect(await deletePlan(ctx.db, { learnerId: eve.id, planId: plan.id })).toBe(false);
    expect(await listPlanTasks(ctx.db, { planId: plan.id })).toMatchObject([{ status: 'pending' }]);

    expect(await deletePlan(ctx.db, { learnerId: ada.id, planId: plan.id })).toBe(true);
    expect(await getPlan(ctx.db, plan.id)).toBeNull();
    expect(await listPlanTasks(ctx.db, { planId: plan.id })).toEqual([]);
  });

  it('lets the database refuse task and plan values outside their rules', async () => {
    const ada = await discordLearner(ctx.db);
    await expect(
      createPlan(ctx.db, { ...planInput(ada.id, []), examDate: '2027-01-01' }),
    ).rejects.toMatchObject({ constraint: 'plans_exam_after_start' });
    await expect(
      createPlan(ctx.db, planInput(ada.id, [task('zero', '2027-02-01', { minutes: 0 })])),
    ).rejects.toMatchObject({ constraint: 'plan_tasks_minutes_range' });
    await expect(
      createPlan(ctx.db, { ...planInput(ada.id, []), examRef: 'AI-103' }),
    ).rejects.toMatchObject({ constraint: 'plans_exam_ref_format' });
    // None of the refused plans left a row behind.
    expect(
      await listPlans(ctx.db, { learnerId: ada.id, statuses: ['active', 'paused', 'archived'] }),
    ).toEqual([]);
  });
});
