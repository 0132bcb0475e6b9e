import type { Learner } from '@certpace/db';

/** A learner as front ends see them. */
export interface LearnerView {
  readonly id: string;
  readonly displayName: string;
  readonly discordUserId: string | null;
  readonly localUserKey: string | null;
  /** IANA timezone; null until the learner chose one (plans and reminders set it). */
  readonly timezone: string | null;
  readonly reminder: {
    readonly enabled: boolean;
    readonly time: string | null;
    readonly channelId: string | null;
    readonly guildId: string | null;
    readonly nextAt: Date | null;
  };
  readonly privacy: { readonly showOnLeaderboard: boolean; readonly shareProgress: boolean };
  readonly createdAt: Date;
}

/** What use cases take to name the learner: the view `ensureLearner` returned, or just its id. */
export interface LearnerRef {
  readonly id: string;
}

export function learnerView(row: Learner): LearnerView {
  return {
    id: row.id,
    displayName: row.displayName,
    discordUserId: row.discordUserId,
    localUserKey: row.localUserKey,
    timezone: row.timezone,
    reminder: {
      enabled: row.reminderEnabled,
      time: row.reminderTime,
      channelId: row.reminderChannelId,
      guildId: row.reminderGuildId,
      nextAt: row.nextReminderAt,
    },
    privacy: { showOnLeaderboard: row.showOnLeaderboard, shareProgress: row.shareProgress },
    createdAt: row.createdAt,
  };
}
