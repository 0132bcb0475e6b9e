import { type Blueprint, findBlueprint } from '@certpace/core';
import { type Executor, listPlans } from '@certpace/db';
import type { StudyDeps } from '../deps.js';
import { useCase } from '../errors/translateError.js';
import { loadLearner, timezoneOf } from '../learners/loadLearner.js';
import type { LearnerRef } from '../learners/views.js';
import { localToday } from '../time/localTime.js';
import { type ExamView, examView, resolveExam } from './resolveExam.js';

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

/**
 * The exam a learner's score report, progress, practice or mock exam is
 * about, as those use cases pick it: `exam` when given (a ref or a bare code; `unknown-exam`
 * otherwise), else the exam of their newest active plan, else the newest
 * exam not retired on their local today. For front ends that must know the
 * exam before calling the use case, e.g. to lay out a form per domain.
 */
export const resolveLearnerExam = useCase(
  async (
    deps: StudyDeps,
    learnerRef: LearnerRef,
    input: { exam?: string } = {},
  ): Promise<ExamView> => {
    const learner = await loadLearner(deps.db, learnerRef);
    const today = localToday(timezoneOf(learner), deps.clock());
    return examView(await learnerExam(deps.db, learner.id, input.exam, today), today);
  },
);
