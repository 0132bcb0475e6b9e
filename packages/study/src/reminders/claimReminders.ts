import {
  claimDueReminders,
  claimReminderRetries,
  getLearner,
  type ReminderClaim,
  reclaimExpiredLeases,
  markReminderFailed as storeFailure,
  markReminderSent as storeSent,
} from '@certpace/db';
import type { StudyDeps } from '../deps.js';
import { useCase } from '../errors/translateError.js';
import { type DayTasks, dayTasks } from '../plans/getToday.js';

/** A reminder this process now owns: send it, then call `markReminderSent` or `markReminderFailed`. */
export interface DueReminder {
  /** Send it as the Discord message nonce (with enforce_nonce) so a retry cannot post twice. */
  readonly deliveryId: string;
  /** Pass back to `markReminderFailed`. */
  readonly attempt: number;
  readonly leaseUntil: Date;
  readonly learnerId: string;
  readonly discordUserId: string | null;
  readonly localUserKey: string | null;
  readonly displayName: string;
  /** The learner's local date the reminder is for, and its tasks across active plans. */
  readonly localDate: string;
  readonly timezone: string;
  readonly day: DayTasks;
  /** Where to post when the DM fails; null means record the failure instead. */
  readonly channelId: string | null;
  readonly guildId: string | null;
  /** Plain sentences of the reminder (no medium's formatting): a greeting, the tasks, the streak. */
  readonly lines: readonly string[];
}

export interface ClaimRemindersOptions {
  /** At most this many claims of each kind per call (default 100). */
  readonly limit?: number;
  /** How long a claim is this process's before another may retry it (default 60 s). */
  readonly leaseMs?: number;
  /** Give up after this many attempts (default 5). */
  readonly maxAttempts?: number;
}

function composeLines(claim: ReminderClaim, day: DayTasks): string[] {
  const lines = [`Good morning, ${claim.displayName}! Your study plan for ${day.date}:`];
  const pending = day.tasks.filter((t) => t.status === 'pending');
  if (day.exams.length === 0)
    lines[0] = `Hi ${claim.displayName}! You have no active study plan; make one to get daily tasks.`;
  else if (day.tasks.length === 0) lines.push('A rest day: nothing planned today.');
  else if (pending.length === 0) lines.push('Everything for today is already done.');
  for (const task of pending) {
    lines.push(
      `- ${task.title} (${task.minutes} min${day.exams.length > 1 ? `, ${task.examRef.split('@')[0]}` : ''})`,
    );
  }
  if (pending.length > 0)
    lines.push(`${pending.reduce((s, t) => s + t.minutes, 0)} minutes in all.`);
  if (day.streak.current > 0) {
    lines.push(
      day.streak.studiedToday
        ? `Streak: ${day.streak.current} days.`
        : `Streak: ${day.streak.current} days; study today to keep it.`,
    );
  }
  return lines;
}

/**
 * Claims the reminders to send now, each once across processes: those that
 * fell due (missed ones of the current local day included), claims whose
 * process died (lease expired; same delivery id, so the nonce stops a second
 * copy), and failed sends whose backoff has passed. Each comes composed with
 * the learner's tasks of that local day.
 */
export const claimReminders = useCase(
  async (deps: StudyDeps, options: ClaimRemindersOptions = {}): Promise<DueReminder[]> => {
    const now = deps.clock();
    const claimOptions = {
      now,
      ...(options.limit === undefined ? {} : { limit: options.limit }),
      ...(options.leaseMs === undefined ? {} : { leaseMs: options.leaseMs }),
    };
    const retryOptions = {
      ...claimOptions,
      ...(options.maxAttempts === undefined ? {} : { maxAttempts: options.maxAttempts }),
    };
    const claims = [
      ...(await reclaimExpiredLeases(deps.db, retryOptions)),
      ...(await claimReminderRetries(deps.db, retryOptions)),
      ...(await claimDueReminders(deps.db, claimOptions)),
    ];
    const due: DueReminder[] = [];
    for (const claim of claims) {
      const learner = await getLearner(deps.db, claim.learnerId);
      if (!learner) continue;
      const day = await dayTasks(deps.db, learner, claim.localDate);
      due.push({
        deliveryId: claim.deliveryId,
        attempt: claim.attempt,
        leaseUntil: claim.leaseUntil,
        learnerId: claim.learnerId,
        discordUserId: claim.discordUserId,
        localUserKey: claim.localUserKey,
        displayName: claim.displayName,
        localDate: claim.localDate,
        timezone: claim.timezone,
        day,
        channelId: claim.channelId,
        guildId: claim.guildId,
        lines: composeLines(claim, day),
      });
    }
    return due;
  },
);

/** Records that a reminder went out (false if it was already recorded). */
export const markReminderSent = useCase(
  async (
    deps: StudyDeps,
    input: { deliveryId: string; messageId?: string | null; channelId?: string | null },
  ): Promise<boolean> => storeSent(deps.db, { ...input, now: deps.clock() }),
);

/**
 * Records a failed send: retried later with backoff, or given up when a retry
 * cannot help (`retryable: false`, e.g. DMs closed and no channel) or the
 * attempts are spent. Null when the claim is no longer this attempt's.
 */
export const markReminderFailed = useCase(
  async (
    deps: StudyDeps,
    input: {
      deliveryId: string;
      attempt: number;
      error: string;
      retryable?: boolean;
      maxAttempts?: number;
    },
  ): Promise<'failed' | 'gave-up' | null> => storeFailure(deps.db, { ...input, now: deps.clock() }),
);
