import type { LeaderboardView } from '@certpace/study';
import type { APIEmbed } from 'discord.js';
import { embedsFromLines } from '../messages/embeds.js';
import { COLORS, dayLabel, percent, plural } from './format.js';

const MEDALS = ['🥇', '🥈', '🥉'];
const PERIOD_NAMES = { week: 'this week', month: 'this month', all: 'all time' } as const;

/** `🔥 3 days` for a live study-day streak; nothing without one, so the board stays about points. */
function streakText(days: number): string {
  return days > 0 ? ` · 🔥 ${plural(days, 'day')}` : '';
}

/** Group-quiz points in this server for a period, best first, with accuracy and study streaks. */
export function leaderboardEmbeds(view: LeaderboardView): APIEmbed[] {
  const lines = view.entries.map((e) => {
    const who = e.discordUserId ? `<@${e.discordUserId}>` : e.displayName;
    const place = MEDALS[e.rank - 1] ?? `**${e.rank}.**`;
    return `${place} ${who} · **${e.points}** pts · ${percent(e.accuracy)} right (${e.correct}/${e.answered})${streakText(e.streakDays)}`;
  });
  const since = view.from ? ` since ${dayLabel(view.from)}` : '';
  const streaks = view.entries.some((e) => e.streakDays > 0)
    ? ' · 🔥 days in a row with a done task or a quiz'
    : '';
  return embedsFromLines({
    title: `Leaderboard · ${PERIOD_NAMES[view.period]}`,
    lines:
      lines.length > 0
        ? lines
        : [`No group-quiz points ${PERIOD_NAMES[view.period]} yet. Start a quiz with /quiz start.`],
    color: COLORS.plan,
    footer: `Group quizzes in this server${since} · days in ${view.timezone}${streaks} · only members who allow it are listed (/privacy visibility)`,
  });
}
