import type { LearnerRow } from '../schema/learners.js';
import type { ReminderDeliveryRow } from '../schema/reminderDeliveries.js';

/** A reminder this process now owns until `leaseUntil`: send it, then record the outcome. */
export interface ReminderClaim {
  /** The delivery's id; send it as the Discord message nonce so a retry cannot double-post. */
  readonly deliveryId: string;
  readonly learnerId: string;
  /** The learner's local date the reminder is for. */
  readonly localDate: string;
  /** 1 for the first try; pass it back to `markReminderFailed`. */
  readonly attempt: number;
  readonly leaseUntil: Date;
  readonly discordUserId: string | null;
  readonly localUserKey: string | null;
  readonly displayName: string;
  readonly timezone: string;
  readonly reminderTime: string;
  /** Where to post if a DM cannot be delivered. */
  readonly channelId: string | null;
  readonly guildId: string | null;
}

export interface ClaimOptions {
  readonly now: Date;
  /** At most this many claims per call (default 100). */
  readonly limit?: number;
  /** How long the claim is this process's before another may retry it (default 60 s). */
  readonly leaseMs?: number;
}

export const DEFAULT_CLAIM_LIMIT = 100;
export const DEFAULT_LEASE_MS = 60_000;

export type ClaimLearner = Pick<
  LearnerRow,
  | 'id'
  | 'discordUserId'
  | 'localUserKey'
  | 'displayName'
  | 'timezone'
  | 'reminderTime'
  | 'reminderChannelId'
  | 'reminderGuildId'
>;

export function toClaim(
  delivery: Pick<ReminderDeliveryRow, 'id' | 'localDate' | 'attempts'>,
  leaseUntil: Date,
  learner: ClaimLearner,
): ReminderClaim {
  return {
    deliveryId: delivery.id,
    learnerId: learner.id,
    localDate: delivery.localDate,
    attempt: delivery.attempts,
    leaseUntil,
    discordUserId: learner.discordUserId,
    localUserKey: learner.localUserKey,
    displayName: learner.displayName,
    timezone: learner.timezone ?? 'UTC',
    reminderTime: learner.reminderTime ?? '',
    channelId: learner.reminderChannelId,
    guildId: learner.reminderGuildId,
  };
}
