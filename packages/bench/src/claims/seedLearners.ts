import { type Database, learners, nextReminderAt } from '@certpace/db';
import { pick, seededRandom } from '../harness/random.js';

/** Timezones the due learners live in: whole, half and quarter-hour offsets, both hemispheres. */
export const ZONES = [
  'UTC',
  'Europe/Berlin',
  'America/New_York',
  'America/Los_Angeles',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Asia/Tokyo',
  'Australia/Sydney',
] as const;

const formats = new Map<string, Intl.DateTimeFormat>();

/** The local `HH:MM` of an instant in a timezone. */
export function localTime(instant: Date, timeZone: string): string {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(timeZone, format);
  }
  return format.format(instant);
}

export interface SeedPlan {
  readonly total: number;
  /** Learners whose reminder falls due at `dueAt` exactly. */
  readonly due: number;
  /** The minute they are due in (a whole minute, as reminder times are). */
  readonly dueAt: Date;
  /** Of the others, the fraction with reminders off. */
  readonly offFraction: number;
}

type LearnerInsert = typeof learners.$inferInsert;

/** The learner rows: `due` due at `dueAt` in assorted zones, the rest due later or off. */
export function learnerRows(plan: SeedPlan, seed = 7): LearnerInsert[] {
  const random = seededRandom(seed);
  const rows: LearnerInsert[] = [];
  const times = new Map<string, string>();
  for (let i = 0; i < plan.total; i++) {
    const timezone = pick(random, ZONES);
    const base = { discordUserId: `bench-${i}`, displayName: `Learner ${i}`, timezone };
    if (i < plan.due) {
      let time = times.get(timezone);
      if (!time) {
        time = localTime(plan.dueAt, timezone);
        times.set(timezone, time);
      }
      rows.push({ ...base, reminderEnabled: true, reminderTime: time, nextReminderAt: plan.dueAt });
    } else if (random() < plan.offFraction) {
      rows.push({ ...base, reminderEnabled: false });
    } else {
      // Due in one of the day's other minutes, the very next one included.
      const later = new Date(plan.dueAt.getTime() + 60_000 * (1 + Math.floor(random() * 1439)));
      const reminderTime = localTime(later, timezone);
      rows.push({
        ...base,
        reminderEnabled: true,
        reminderTime,
        nextReminderAt: nextReminderAt(reminderTime, timezone, plan.dueAt),
      });
    }
  }
  return rows;
}

/** Inserts the rows in batches through the schema; returns the ids of the learners due by `dueAt`. */
export async function seedLearners(
  database: Database,
  rows: readonly LearnerInsert[],
  dueAt: Date,
  onBatch: (inserted: number) => void = () => {},
): Promise<Set<string>> {
  const due = new Set<string>();
  const batch = 2_000;
  for (let start = 0; start < rows.length; start += batch) {
    const inserted = await database.db
      .insert(learners)
      .values(rows.slice(start, start + batch))
      .returning({ id: learners.id, next: learners.nextReminderAt });
    for (const row of inserted) {
      if (row.next && row.next.getTime() <= dueAt.getTime()) due.add(row.id);
    }
    onBatch(Math.min(start + batch, rows.length));
  }
  return due;
}
