import {
  exportLearnerData as collectLearner,
  forgetQuizParticipant,
  type LearnerExport,
  deleteLearnerData as removeLearner,
  setPrivacyChoices,
  withTransaction,
} from '@certpace/db';
import type { StudyDeps } from '../deps.js';
import { StudyError } from '../errors/StudyError.js';
import { useCase } from '../errors/translateError.js';
import { loadLearner } from '../learners/loadLearner.js';
import { type LearnerRef, type LearnerView, learnerView } from '../learners/views.js';
import { isUuid } from '../parse/isUuid.js';

export interface PrivacyInput {
  /** Appear on guild leaderboards (default true). */
  readonly showOnLeaderboard?: boolean;
  /** Let other members see this learner's progress (default false). */
  readonly shareProgress?: boolean;
}

/** Changes the learner's privacy choices; returns them all. */
export const setPrivacy = useCase(
  async (
    deps: StudyDeps,
    learnerRef: LearnerRef,
    input: PrivacyInput,
  ): Promise<LearnerView['privacy']> => {
    for (const [key, value] of Object.entries(input)) {
      if (value !== undefined && typeof value !== 'boolean') {
        throw new StudyError('invalid-input', `Privacy: ${key} must be true or false.`, {
          field: key,
        });
      }
    }
    await loadLearner(deps.db, learnerRef);
    const row = await setPrivacyChoices(deps.db, { learnerId: learnerRef.id, ...input });
    if (!row) throw new StudyError('learner-not-found', 'Nothing is stored about you (any more).');
    return learnerView(row).privacy;
  },
);

/** Everything certpace stores about a learner, as JSON a person can keep. */
export interface LearnerDataExport extends LearnerExport {
  readonly format: 'certpace-export';
  readonly version: 1;
}

/** Everything stored about the learner, as plain JSON (instants as ISO strings). */
export const exportLearnerData = useCase(
  async (deps: StudyDeps, learnerRef: LearnerRef): Promise<LearnerDataExport> => {
    const learner = await loadLearner(deps.db, learnerRef);
    const data = await collectLearner(deps.db, { learnerId: learner.id, now: deps.clock() });
    if (!data)
      throw new StudyError('learner-not-found', 'Nothing is stored about you.', {
        field: 'learner',
      });
    return { format: 'certpace-export', version: 1, ...data };
  },
);

/**
 * Deletes everything about the learner: profile, plans, tasks, solo quizzes,
 * answers, score reports, review cards, reports, reminders, study days. Group
 * quizzes they took part in stay for the others, without them. Front ends
 * confirm first. Returns false when there was nothing to delete.
 */
export const deleteLearnerData = useCase(
  async (deps: StudyDeps, learnerRef: LearnerRef): Promise<{ deleted: boolean }> => {
    if (!isUuid(learnerRef.id)) return { deleted: false };
    const deleted = await withTransaction(deps.db, async (tx) => {
      // Group quizzes stay for the others; the learner's id leaves their saved state first.
      await forgetQuizParticipant(tx, learnerRef.id);
      return removeLearner(tx, learnerRef.id);
    });
    return { deleted };
  },
);
