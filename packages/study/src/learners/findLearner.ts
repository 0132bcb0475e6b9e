import { findLearnerByDiscordId, findLearnerByLocalKey } from '@certpace/db';
import type { StudyDeps } from '../deps.js';
import { useCase } from '../errors/translateError.js';
import { type LearnerView, learnerView } from './views.js';

/** Who to look up: a Discord user or a terminal user's key; no display name needed. */
export type LearnerLookup = { readonly discordUserId: string } | { readonly localUserKey: string };

/**
 * The learner behind a Discord user or a terminal user if certpace knows
 * them, else null. Unlike `ensureLearner` it stores nothing: looking at
 * someone (their progress, whether there is anything to export or delete)
 * must not create a record of them.
 */
export const findLearner = useCase(
  async (deps: StudyDeps, identity: LearnerLookup): Promise<LearnerView | null> => {
    const row =
      'discordUserId' in identity
        ? await findLearnerByDiscordId(deps.db, identity.discordUserId)
        : await findLearnerByLocalKey(deps.db, identity.localUserKey);
    return row ? learnerView(row) : null;
  },
);
