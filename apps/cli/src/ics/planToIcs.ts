import { TZDate } from '@date-fns/tz';
import { escapeText, icsDate, icsUtc, serialiseLines } from './icsText.js';

/** A task as the calendar needs it: the planner's stable id, its day, its length and what to do. */
export interface CalendarTask {
  readonly id: string;
  readonly date: string;
  readonly kind: string;
  readonly minutes: number;
  readonly title: string;
  readonly domainId?: string;
  readonly resources?: readonly { readonly title: string; readonly url: string }[];
}

export interface CalendarPlan {
  /** `CODE@VERSION` */
  readonly examRef: string;
  readonly examTitle: string;
  readonly examDate: string;
  /** IANA timezone of the learner: timed events are placed at its wall-clock time. */
  readonly timezone: string;
  /** The plan's revision: a calendar that re-imports the file takes a higher SEQUENCE as an update. */
  readonly revision?: number;
  readonly tasks: readonly CalendarTask[];
}

export interface IcsOptions {
  readonly plans: readonly CalendarPlan[];
  /** DTSTAMP: when the file was made. */
  readonly now: Date;
  /**
   * Local `HH:MM` at which each study day starts: tasks become timed events,
   * one after the other. Without it they are all-day events.
   */
  readonly startTime?: string;
}

function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

function examCode(examRef: string): string {
  return examRef.split('@')[0] ?? examRef;
}

/**
 * The UID names the plan's exam and the planner's task id, which is stable:
 * importing an updated file again updates the same events instead of adding
 * copies, and two plans (one per exam) never share a UID.
 */
export function taskUid(examRef: string, taskId: string): string {
  return `${taskId}.${examCode(examRef)}@certpace`;
}

/** The instant a local wall-clock time in `timezone` falls on (a time in a DST gap moves forward). */
function localInstant(isoDate: string, time: string, timezone: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return new Date(new TZDate(y, m - 1, d, hh, mm, timezone).getTime());
}

function describe(task: CalendarTask, plan: CalendarPlan): string {
  const lines = [
    `${plan.examTitle} (${plan.examRef})`,
    `${task.kind}, ${task.minutes} min`,
    ...(task.resources ?? []).map((r) => `${r.title}: ${r.url}`),
    `Mark it done: certpace done ${task.id}`,
  ];
  return lines.join('\n');
}

function taskEvent(
  plan: CalendarPlan,
  task: CalendarTask,
  options: IcsOptions,
  startsAt?: Date,
): string[] {
  const when = startsAt
    ? [
        `DTSTART:${icsUtc(startsAt)}`,
        `DTEND:${icsUtc(new Date(startsAt.getTime() + task.minutes * 60_000))}`,
      ]
    : [
        `DTSTART;VALUE=DATE:${icsDate(task.date)}`,
        `DTEND;VALUE=DATE:${icsDate(addDays(task.date, 1))}`,
        // An all-day study task should not show the whole day as busy.
        'TRANSP:TRANSPARENT',
      ];
  const url = task.resources?.[0]?.url;
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(taskUid(plan.examRef, task.id))}`,
    `DTSTAMP:${icsUtc(options.now)}`,
    ...when,
    `SEQUENCE:${Math.max(0, (plan.revision ?? 1) - 1)}`,
    `SUMMARY:${escapeText(`${examCode(plan.examRef)}: ${task.title}`)}`,
    `DESCRIPTION:${escapeText(describe(task, plan))}`,
    `CATEGORIES:${escapeText(task.kind)}`,
    ...(url ? [`URL:${url}`] : []),
    'END:VEVENT',
  ];
}

function examEvent(plan: CalendarPlan, options: IcsOptions): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(`exam.${examCode(plan.examRef)}@certpace`)}`,
    `DTSTAMP:${icsUtc(options.now)}`,
    `DTSTART;VALUE=DATE:${icsDate(plan.examDate)}`,
    `DTEND;VALUE=DATE:${icsDate(addDays(plan.examDate, 1))}`,
    `SEQUENCE:${Math.max(0, (plan.revision ?? 1) - 1)}`,
    `SUMMARY:${escapeText(`${examCode(plan.examRef)} exam: ${plan.examTitle}`)}`,
    'CATEGORIES:exam',
    'END:VEVENT',
  ];
}

/** Timed starts for one day's tasks: back to back from the start time. */
function dayStarts(
  tasks: readonly CalendarTask[],
  plan: CalendarPlan,
  startTime: string,
): Map<string, Date> {
  const starts = new Map<string, Date>();
  const byDate = new Map<string, CalendarTask[]>();
  for (const task of tasks) byDate.set(task.date, [...(byDate.get(task.date) ?? []), task]);
  for (const [date, list] of byDate) {
    let at = localInstant(date, startTime, plan.timezone).getTime();
    for (const task of list) {
      starts.set(task.id, new Date(at));
      at += task.minutes * 60_000;
    }
  }
  return starts;
}

/**
 * An iCalendar file (RFC 5545) of the plans: one event per task, plus the
 * exam day. Timed events are written in UTC, so they need no VTIMEZONE and
 * every calendar shows them at the learner's local time.
 */
export function planToIcs(options: IcsOptions): string {
  const calendarName =
    options.plans.length === 1 ? `certpace ${examCode(options.plans[0]!.examRef)}` : 'certpace';
  const timezone = options.plans[0]?.timezone;
  const events = options.plans.flatMap((plan) => {
    const starts = options.startTime ? dayStarts(plan.tasks, plan, options.startTime) : undefined;
    return [
      ...plan.tasks.flatMap((task) => taskEvent(plan, task, options, starts?.get(task.id))),
      ...examEvent(plan, options),
    ];
  });
  return serialiseLines([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//certpace//certpace CLI//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendarName)}`,
    ...(timezone ? [`X-WR-TIMEZONE:${timezone}`] : []),
    ...events,
    'END:VCALENDAR',
  ]);
}
