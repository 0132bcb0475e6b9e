import { getGuildSettings, guildLeaderboard, type StudyDayRun, studyDayRuns } from '@certpace/db';
import type { StudyDeps } from '../deps.js';
import { StudyError } from '../errors/StudyError.js';
import { useCase } from '../errors/translateError.js';
import { timezoneOf } from '../learners/loadLearner.js';
import { parseWholeNumber } from '../parse/parseNumbers.js';
import { streakFromRuns } from '../progress/streak.js';
import { firstOfMonth, mondayOf } from '../time/isoDates.js';
import { localToday, startOfLocalDay } from '../time/localTime.js';

export type LeaderboardPeriod = 'week' | 'month' | 'all';

export interface LeaderboardView {
  readonly guildId: string;
  readonly period: LeaderboardPeriod;
  readonly timezone: string;
  /** The first local date counted (null for all time), and its first instant. */
  readonly from: string | null;
  readonly since: Date | null;
  readonly entries: readonly {
    readonly rank: number;
    readonly learnerId: string;
    readonly displayName: string;
    readonly discordUserId: string | null;
    readonly points: number;
    readonly answered: number;
    readonly correct: number;
    readonly accuracy: number;
    /**
     * The learner's current study-day streak, as /today and /progress show
     * it: consecutive local days with a done task or a finished quiz, counted
     * in their own timezone (the guild's when they set none). Not limited to
     * the period or to this guild: a streak is about studying, not placing.
     */
    readonly streakDays: number;
  }[];
}

/**
 * Group-quiz points in one guild for this week (from Monday), this month or
 * all time, the periods starting at midnight in the guild's timezone, with
 * each learner's accuracy and current study-day streak. Only learners who
 * allow it are listed.
 */
export const getLeaderboard = useCase(
  async (
    deps: StudyDeps,
    input: { guildId: string; period?: LeaderboardPeriod | string; limit?: number | string },
  ): Promise<LeaderboardView> => {
    const period = (input.period ?? 'week') as LeaderboardPeriod;
    if (!['week', 'month', 'all'].includes(period)) {
      throw new StudyError(
        'invalid-input',
        `Period: "${input.period}" is not week, month or all.`,
        { field: 'period' },
      );
    }
    const limit =
      input.limit === undefined
        ? 10
        : parseWholeNumber(input.limit, { field: 'limit', label: 'Places', min: 1, max: 100 });
    const timezone = (await getGuildSettings(deps.db, input.guildId))?.timezone ?? 'UTC';
    const now = deps.clock();
    const today = localToday(timezone, now);
    const from =
      period === 'week' ? mondayOf(today) : period === 'month' ? firstOfMonth(today) : null;
    const since = from === null ? null : startOfLocalDay(from, timezone);
    const rows = await guildLeaderboard(deps.db, {
      guildId: input.guildId,
      limit,
      ...(since === null ? {} : { since }),
    });
    const runs = new Map<string, StudyDayRun[]>();
    for (const run of await studyDayRuns(deps.db, { learnerIds: rows.map((r) => r.learnerId) })) {
      const theirs = runs.get(run.learnerId);
      if (theirs) theirs.push(run);
      else runs.set(run.learnerId, [run]);
    }
    let rank = 0;
    const entries = rows.map((row, i) => {
      if (i === 0 || rows[i - 1]!.points !== row.points) rank = i + 1;
      const theirToday = localToday(timezoneOf(row, timezone), now);
      return {
        rank,
        learnerId: row.learnerId,
        displayName: row.displayName,
        discordUserId: row.discordUserId,
        points: row.points,
        answered: row.answered,
        correct: row.correct,
        accuracy: row.answered > 0 ? row.correct / row.answered : 0,
        streakDays: streakFromRuns(runs.get(row.learnerId) ?? [], theirToday).current,
      };
    });
    return { guildId: input.guildId, period, timezone, from, since, entries };
  },
);
