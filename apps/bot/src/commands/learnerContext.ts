import {
  ensureLearner,
  findLearner,
  getGuildSettings,
  type LearnerView,
  type StudyDeps,
} from '@certpace/study';
import type { User } from 'discord.js';
import type { BotDeps } from '../framework/types.js';

/** The study use cases' dependencies from the bot's: the same database and clock. */
export function studyDeps(deps: BotDeps): StudyDeps {
  return { db: deps.db, clock: deps.now };
}

/** How a Discord user is named in certpace: their display name, else their username. */
export function displayNameOf(user: User): string {
  return user.globalName ?? user.username;
}

/** The learner behind the person acting, created on first use. */
export function learnerOf(deps: BotDeps, user: User): Promise<LearnerView> {
  return ensureLearner(studyDeps(deps), {
    discordUserId: user.id,
    displayName: displayNameOf(user),
  });
}

/**
 * The learner behind another Discord user, without creating one: looking at
 * someone must not store anything about them.
 */
export async function existingLearnerOf(
  deps: BotDeps,
  user: User,
): Promise<LearnerView | undefined> {
  return (await findLearner(studyDeps(deps), { discordUserId: user.id })) ?? undefined;
}

/** The timezone a server set with /settings, if the command runs in one that did. */
export async function guildTimezone(
  deps: BotDeps,
  guildId: string | null,
): Promise<string | undefined> {
  if (!guildId) return undefined;
  const settings = await getGuildSettings(studyDeps(deps), { guildId });
  return settings.timezone ?? undefined;
}
