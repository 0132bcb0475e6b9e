import { studyDaysText, type TaskView } from '@certpace/study';

/** Colours of certpace's embeds, by what they say. */
export const COLORS = {
  plan: 0x5865f2,
  good: 0x57f287,
  warn: 0xfee75c,
  danger: 0xed4245,
  neutral: 0x99aab5,
} as const;

const WEEKDAY_NAMES = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
} as const;
export type WeekdayKey = keyof typeof WEEKDAY_NAMES;
const WEEK: readonly WeekdayKey[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** `45 min`, `2 h`, `1 h 30 min`. */
export function minutesText(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** A calendar date as people read it: `Mon 4 May` (with the year: `Mon 4 May 2026`). */
export function dayLabel(date: string, options: { year?: boolean } = {}): string {
  const day = new Date(`${date}T00:00:00Z`);
  const text = `${DAY_NAMES[day.getUTCDay()]} ${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]}`;
  return options.year ? `${text} ${day.getUTCFullYear()}` : text;
}

/** A fraction 0..1 as a whole percentage: `62%`. */
export function percent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

/** Study time per week: `60 min on Mon–Fri`, or each day's minutes when they differ. */
export function availabilityText(availability: Readonly<Record<WeekdayKey, number>>): string {
  const days = WEEK.filter((d) => availability[d] > 0);
  const amounts = new Set(days.map((d) => availability[d]));
  if (amounts.size <= 1) {
    const [minutes] = [...amounts];
    return minutes === undefined
      ? 'no study days'
      : `${minutesText(minutes)} on ${studyDaysText(days)}`;
  }
  return days.map((d) => `${WEEKDAY_NAMES[d]} ${minutesText(availability[d])}`).join(', ');
}

const STATUS_MARK = { pending: '⬜', done: '✅', skipped: '⏭️' } as const;

/** One task as a line: status, title, minutes, and the exam when several plans share the list. */
export function taskLine(task: TaskView, options: { withExam?: boolean } = {}): string {
  const exam = options.withExam ? ` · ${task.examRef.split('@')[0]}` : '';
  const title = task.status === 'skipped' ? `~~${task.title}~~` : task.title;
  return `${STATUS_MARK[task.status]} ${title} (${minutesText(task.minutes)}${exam})`;
}

/** The exam code of a ref: `AI-103@2026-04` -> `AI-103`. */
export function examCode(ref: string): string {
  return ref.split('@')[0] ?? ref;
}

/** `1 day`, `3 days`. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
