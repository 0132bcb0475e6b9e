import { type Executor, getLearner, type Learner } from '@certpace/db';
import { StudyError } from '../errors/StudyError.js';
import { isUuid } from '../parse/isUuid.js';
import type { LearnerRef } from './views.js';

/** The learner's current row; `learner-not-found` if they deleted their data meanwhile. */
export async function loadLearner(executor: Executor, ref: LearnerRef): Promise<Learner> {
  const row = isUuid(ref.id) ? await getLearner(executor, ref.id) : null;
  if (!row) {
    throw new StudyError(
      'learner-not-found',
      'Nothing is stored about you (any more): start again by creating a plan or a quiz.',
      {
        field: 'learner',
      },
    );
  }
  return row;
}

/** The timezone a learner's days follow: their own, else the fallback (a guild's), else UTC. */
export function timezoneOf(learner: Pick<Learner, 'timezone'>, fallback?: string | null): string {
  return learner.timezone ?? fallback ?? 'UTC';
}
