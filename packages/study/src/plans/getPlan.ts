import { listPlans, listPlanTasks } from '@certpace/db';
import type { StudyDeps } from '../deps.js';
import { useCase } from '../errors/translateError.js';
import { loadLearner } from '../learners/loadLearner.js';
import type { LearnerRef } from '../learners/views.js';
import { findLearnerPlan, type PlanSelector } from './findLearnerPlan.js';
import {
  type PlanTotals,
  type PlanView,
  planTotals,
  planView,
  type TaskView,
  taskView,
} from './views.js';

/** A whole plan: every task from start to the day before the exam (for a calendar export). */
export interface PlanDetail {
  readonly plan: PlanView;
  readonly totals: PlanTotals;
  readonly tasks: readonly TaskView[];
}

/** One of the learner's plans with all its tasks. */
export const getPlan = useCase(
  async (
    deps: StudyDeps,
    learnerRef: LearnerRef,
    selector: PlanSelector = {},
  ): Promise<PlanDetail> => {
    const learner = await loadLearner(deps.db, learnerRef);
    const plan = await findLearnerPlan(deps.db, learner.id, selector);
    const tasks = await listPlanTasks(deps.db, { planId: plan.id });
    return {
      plan: planView(plan),
      totals: planTotals(tasks),
      tasks: tasks.map((t) => taskView(t, plan.examRef)),
    };
  },
);

/** The learner's live plans (active and paused), newest first. */
export const listLearnerPlans = useCase(
  async (deps: StudyDeps, learnerRef: LearnerRef): Promise<PlanView[]> => {
    const learner = await loadLearner(deps.db, learnerRef);
    return (await listPlans(deps.db, { learnerId: learner.id })).map(planView);
  },
);
