import { deletePlan as removePlan } from '@certpace/db';
import type { StudyDeps } from '../deps.js';
import { useCase } from '../errors/translateError.js';
import { loadLearner } from '../learners/loadLearner.js';
import type { LearnerRef } from '../learners/views.js';
import { findLearnerPlan, type PlanSelector } from './findLearnerPlan.js';

/** Deletes one of the learner's plans with its tasks (front ends confirm first). */
export const deletePlan = useCase(
  async (
    deps: StudyDeps,
    learnerRef: LearnerRef,
    selector: PlanSelector = {},
  ): Promise<{ planId: string; examRef: string }> => {
    const learner = await loadLearner(deps.db, learnerRef);
    const plan = await findLearnerPlan(deps.db, learner.id, selector);
    await removePlan(deps.db, { learnerId: learner.id, planId: plan.id });
    return { planId: plan.id, examRef: plan.examRef };
  },
);
