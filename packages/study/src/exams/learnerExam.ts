import { type Blueprint, findBlueprint } from '@certpace/core';
import { type Executor, listPlans } from '@certpace/db';
import { resolveExam } from './resolveExam.js';

/**
 * The exam a learner means when they name none: the one they gave, else the
 * exam of their newest active plan, else the newest exam that has not retired.
 */
export async function learnerExam(
  executor: Executor,
  learnerId: string,
  exam: string | undefined,
  today: string,
): Promise<Blueprint> {
  if (exam !== undefined && exam.trim() !== '') return resolveExam(exam, today);
  const [plan] = await listPlans(executor, { learnerId, statuses: ['active'] });
  return (plan && findBlueprint(plan.examRef)) || resolveExam(undefined, today);
}
