import { eq, sql } from 'drizzle-orm';
import { repository } from '../database/mapError.js';
import { withTransaction } from '../database/transaction.js';
import { drizzleOf, type Executor } from '../database/types.js';
import { type LearnerRow, learners } from '../schema/learners.js';
import { nextReminderAt } from '../time/nextReminderAt.js';
import { assertTimeZone, parseLocalTime } from '../time/timeZone.js';

export type Learner = LearnerRow;

const MAX_NAME = 100;

function cleanName(displayName: string, fallback: string): string {
  const trimmed = displayName.trim().slice(0, MAX_NAME);
  return trimmed || fallback.slice(0, MAX_NAME);
}

async function upsertBy(
  executor: Executor,
  key: 'discordUserId' | 'localUserKey',
  value: string,
  displayName: string,
): Promise<Learner> {
  const db = drizzleOf(executor);
  const column = learners[key];
  const name = cleanName(displayName, value);
  // Only rewrite the row when the name really changed: this runs on every interaction.
  const [written] = await db
    .insert(learners)
    .values({ [key]: value, displayName: name, ...(key === 'discordUserId' ? {} : {}) })
    .onConflictDoUpdate({
      target: column,
      set: { displayName: name },
      setWhere: sql`${learners.displayName} is distinct from ${name}`,
    })
    .returning();
  if (written) return written;
  const [existing] = await db.select().from(learners).where(eq(column, value));
  if (!existing) throw new Error(`learner ${key}=${value} vanished during upsert`);
  return existing;
}

/** The learner behind a Discord user, created on first sight; their display name kept current. */
export const upsertDiscordLearner = repository(
  (executor: Executor, input: { discordUserId: string; displayName: string }) =>
    upsertBy(executor, 'discordUserId', input.discordUserId, input.displayName),
);

/** The learner behind a local terminal user (the CLI's user key), created on first sight. */
export const upsertLocalLearner = repository(
  (executor: Executor, input: { localUserKey: string; displayName: string }) =>
    upsertBy(executor, 'localUserKey', input.localUserKey, input.displayName),
);

export const getLearner = repository(
  async (executor: Executor, learnerId: string): Promise<Learner | null> => {
    const [row] = await drizzleOf(executor)
      .select()
      .from(learners)
      .where(eq(learners.id, learnerId));
    return row ?? null;
  },
);

export const findLearnerByDiscordId = repository(
  async (executor: Executor, discordUserId: string): Promise<Learner | null> => {
    const [row] = await drizzleOf(executor)
      .select()
      .from(learners)
      .where(eq(learners.discordUserId, discordUserId));
    return row ?? null;
  },
);

export const findLearnerByLocalKey = repository(
  async (executor: Executor, localUserKey: string): Promise<Learner | null> => {
    const [row] = await drizzleOf(executor)
      .select()
      .from(learners)
      .where(eq(learners.localUserKey, localUserKey));
    return row ?? null;
  },
);

/**
 * Sets the learner's timezone. A reminder that is on moves with it, so it
 * keeps firing at the same local time. Throws `InvalidTimeZoneError`.
 */
export const setLearnerTimezone = repository(
  async (
    executor: Executor,
    input: { learnerId: string; timezone: string; now: Date },
  ): Promise<Learner | null> => {
    const timezone = assertTimeZone(input.timezone);
    return withTransaction(executor, async (tx) => {
      const [current] = await tx
        .select()
        .from(learners)
        .where(eq(learners.id, input.learnerId))
        .for('update');
      if (!current) return null;
      const next =
        current.reminderEnabled && current.reminderTime
          ? nextReminderAt(current.reminderTime, timezone, input.now)
          : current.nextReminderAt;
      const [row] = await tx
        .update(learners)
        .set({ timezone, nextReminderAt: next })
        .where(eq(learners.id, input.learnerId))
        .returning();
      return row ?? null;
    });
  },
);

export interface SetReminderInput {
  readonly learnerId: string;
  /** Local time `HH:MM`. */
  readonly time: string;
  /** IANA timezone the time is in; stored as the learner's timezone. */
  readonly timezone: string;
  /** Channel (and its guild) to post in when a DM cannot be delivered; null clears it. */
  readonly channelId?: string | null;
  readonly guildId?: string | null;
  readonly now: Date;
}

/**
 * Turns the daily reminder on at a local time. The next reminder is the next
 * time that local time comes round; if today's was already delivered, the
 * one-per-day rule keeps a second one from being sent today.
 */
export const setReminder = repository(
  async (executor: Executor, input: SetReminderInput): Promise<Learner | null> => {
    const timezone = assertTimeZone(input.timezone);
    parseLocalTime(input.time);
    const [row] = await drizzleOf(executor)
      .update(learners)
      .set({
        reminderTime: input.time,
        timezone,
        reminderEnabled: true,
        nextReminderAt: nextReminderAt(input.time, timezone, input.now),
        ...(input.channelId === undefined ? {} : { reminderChannelId: input.channelId }),
        ...(input.guildId === undefined ? {} : { reminderGuildId: input.guildId }),
      })
      .where(eq(learners.id, input.learnerId))
      .returning();
    return row ?? null;
  },
);

/** Turns the daily reminder off; the chosen time and channel are kept for next time. */
export const disableReminder = repository(
  async (executor: Executor, learnerId: string): Promise<Learner | null> => {
    const [row] = await drizzleOf(executor)
      .update(learners)
      .set({ reminderEnabled: false, nextReminderAt: null })
      .where(eq(learners.id, learnerId))
      .returning();
    return row ?? null;
  },
);

export interface PrivacyChoices {
  /** Appear on guild leaderboards. */
  readonly showOnLeaderboard?: boolean;
  /** Let other members see this learner's progress. */
  readonly shareProgress?: boolean;
}

export const setPrivacyChoices = repository(
  async (
    executor: Executor,
    input: { learnerId: string } & PrivacyChoices,
  ): Promise<Learner | null> => {
    const changes = {
      ...(input.showOnLeaderboard === undefined
        ? {}
        : { showOnLeaderboard: input.showOnLeaderboard }),
      ...(input.shareProgress === undefined ? {} : { shareProgress: input.shareProgress }),
    };
    const db = drizzleOf(executor);
    if (Object.keys(changes).length === 0) {
      const [row] = await db.select().from(learners).where(eq(learners.id, input.learnerId));
      return row ?? null;
    }
    const [row] = await db
      .update(learners)
      .set(changes)
      .where(eq(learners.id, input.learnerId))
      .returning();
    return row ?? null;
  },
);
