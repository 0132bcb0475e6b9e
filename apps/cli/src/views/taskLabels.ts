import type { Style } from '../render/style.js';

export type TaskStatusName = 'pending' | 'done' | 'skipped';

/** A task's status as a short mark and word. */
export function statusLabel(status: TaskStatusName, style: Style): string {
  switch (status) {
    case 'done':
      return style.green('✓ done');
    case 'skipped':
      return style.dim('– skipped');
    default:
      return '○ to do';
  }
}

const WEEKDAY_NAMES: Readonly<Record<string, string>> = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
};

const ORDER = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** "Mon–Fri", "Mon, Wed, Sat", "every day": runs of three or more days as ranges. */
export function studyDaysLabel(days: readonly string[]): string {
  if (days.length === 7) return 'every day';
  const indexes = days.map((d) => ORDER.indexOf(d)).sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < indexes.length; ) {
    let j = i;
    while (j + 1 < indexes.length && indexes[j + 1] === indexes[j]! + 1) j++;
    const from = WEEKDAY_NAMES[ORDER[indexes[i]!]!]!;
    const to = WEEKDAY_NAMES[ORDER[indexes[j]!]!]!;
    if (j - i >= 2) parts.push(`${from}–${to}`);
    else for (let k = i; k <= j; k++) parts.push(WEEKDAY_NAMES[ORDER[indexes[k]!]!]!);
    i = j + 1;
  }
  return parts.join(', ');
}
