import { type Executor, getLearnerPlan, listPlans, type Plan as PlanRow } from '@certpace/db';
import { StudyError } from '../errors/StudyError.js';
import { isUuid } from '../parse/isUuid.js';

/** Which plan a learner means: by id, by exam (ref or bare code), or their only live plan. */
export interface PlanSelector {
  readonly planId?: string;
  readonly exam?: string;
}

const CREATE_HINTS = {
  discord: 'Create one with /plan create.',
  cli: 'Create one with `certpace plan create --exam <code> --exam-date YYYY-MM-DD --minutes 60`.',
};

export function noActivePlan(exam?: string): StudyError {
  const what = exam ? `No active plan for ${exam}.` : 'You have no active plan yet.';
  return new StudyError('no-active-plan', what, { field: 'exam', hints: CREATE_HINTS });
}

/**
 * The learner's live plan the selector names. Someone else's plan is never
 * found: it is `plan-not-found`, exactly like a plan that does not exist.
 */
export async function findLearnerPlan(
  executor: Executor,
  learnerId: string,
  selector: PlanSelector = {},
): Promise<PlanRow> {
  if (selector.planId !== undefined) {
    const plan = isUuid(selector.planId)
      ? await getLearnerPlan(executor, { learnerId, planId: selector.planId })
      : null;
    if (!plan || plan.status === 'archived') {
      throw new StudyError('plan-not-found', `There is no plan ${selector.planId} of yours.`, {
        field: 'planId',
        hints: { discord: 'See /plan show.', cli: 'See `certpace plan show`.' },
      });
    }
    return plan;
  }
  const plans = await listPlans(executor, { learnerId });
  if (selector.exam !== undefined && selector.exam.trim() !== '') {
    const code = selector.exam.trim().split('@')[0]!.toUpperCase();
    const plan = plans.find((p) => p.examCode.toUpperCase() === code);
    if (!plan) throw noActivePlan(code);
    return plan;
  }
  const [only, ...others] = plans;
  if (!only) throw noActivePlan();
  if (others.length > 0) {
    const codes = plans.map((p) => p.examCode).join(' and ');
    throw new StudyError('invalid-input', `You have plans for ${codes}: say which exam you mean.`, {
      field: 'exam',
    });
  }
  return only;
}
