import type { StreakView } from '@certpace/study';
import { formatDay, plural } from '../render/format.js';
import type { Style } from '../render/style.js';

/** "Streak: 3 days (best 5)", with what keeps it alive. */
export function streakLine(streak: StreakView, style: Style): string {
  if (streak.current === 0) {
    return `Streak: none yet${streak.best > 0 ? ` (best ${plural(streak.best, 'day')})` : ''} · finish a task or a quiz to start one`;
  }
  const best = streak.best > streak.current ? ` (best ${plural(streak.best, 'day')})` : '';
  const keep = streak.studiedToday
    ? style.green('studied today')
    : streak.keepBy
      ? `study by ${formatDay(streak.keepBy)} to keep it`
      : '';
  return `Streak: ${style.bold(plural(streak.current, 'day'))}${best}${keep ? ` · ${keep}` : ''}`;
}
