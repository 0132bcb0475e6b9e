import { upsertDiscordLearner, upsertLocalLearner } from '@certpace/db';
import type { StudyDeps } from '../deps.js';
import { StudyError } from '../errors/StudyError.js';
import { useCase } from '../errors/translateError.js';
import { type LearnerView, learnerView } from './views.js';

/** Who is acting: a Discord user, or a local terminal user (the CLI's user key). */
export type LearnerIdentity =
  | { readonly discordUserId: string; readonly displayName: string }
  | { readonly localUserKey: string; readonly displayName: string };

/**
 * The learner behind a Discord user or a terminal user, created on first
 * sight, display name kept current. Every other use case takes the result.
 */
export const ensureLearner = useCase(
  async (deps: StudyDeps, identity: LearnerIdentity): Promise<LearnerView> => {
    if ('discordUserId' in identity) {
      if (!identity.discordUserId.trim()) throw missing('discordUserId');
      return learnerView(await upsertDiscordLearner(deps.db, identity));
    }
    if (!identity.localUserKey.trim()) throw missing('localUserKey');
    return learnerView(await upsertLocalLearner(deps.db, identity));
  },
);

function missing(field: string): StudyError {
  return new StudyError('invalid-input', `A learner needs a ${field}; it was empty.`, { field });
}
