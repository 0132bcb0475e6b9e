import type { Blueprint, Resource } from '../blueprint/types.js';
import type { Weekday } from '../dates/isoDate.js';

export type { Weekday } from '../dates/isoDate.js';

/** Minutes of study per weekday (0 = rest day; missing days count as 0), or one number for every day. */
export type Availability = number | Partial<Readonly<Record<Weekday, number>>>;

/** Domain id -> estimated accuracy in 0..1; domains left out count as 0.5. */
export type Mastery = Readonly<Record<string, number>>;

/** A range of dates with no study, both ends included (`YYYY-MM-DD`). */
export interface Pause {
  readonly from: string;
  readonly to: string;
}

export type TaskKind = 'learn' | 'lab' | 'quiz' | 'review' | 'mock-exam';

export interface Task {
  /** Stable: the same plan input gives the same ids. Built from date, kind and domain. */
  readonly id: string;
  readonly date: string;
  /** Absent for whole-exam tasks (mock exams). */
  readonly domainId?: string;
  readonly kind: TaskKind;
  readonly minutes: number;
  readonly title: string;
  /** Official learning material, on learn and lab tasks when the blueprint has it. */
  readonly resources?: readonly Resource[];
  /** Mock exams only: how many questions this sitting has. */
  readonly questions?: number;
}

export interface PlanDay {
  readonly date: string;
  /** Empty on rest days and paused days. */
  readonly tasks: readonly Task[];
}

export interface PlanOptions {
  readonly blueprint: Blueprint;
  /** First day of study, `YYYY-MM-DD` on the learner's calendar. */
  readonly start: string;
  /** The exam day; the plan ends the day before. */
  readonly examDate: string;
  readonly availability: Availability;
  readonly mastery?: Mastery;
  /** The maintenance slice a mastered domain keeps (default 0.25). */
  readonly lambda?: number;
  /** The unit of study time in minutes (default 15, 5 to 240). */
  readonly blockMinutes?: number;
  readonly pauses?: readonly Pause[];
}

/** The options a plan was built from, with every default filled in: what `replan` rebuilds from. */
export interface PlanInput {
  readonly blueprint: Blueprint;
  readonly start: string;
  readonly examDate: string;
  readonly availability: Readonly<Record<Weekday, number>>;
  readonly mastery: Mastery;
  readonly lambda: number;
  readonly blockMinutes: number;
  readonly pauses: readonly Pause[];
}

export interface PlanSummary {
  /** Days that hold at least one task. */
  readonly studyDays: number;
  readonly totalMinutes: number;
  /** Minutes of domain tasks (learn, lab, quiz, review) per domain, in blueprint order. */
  readonly minutesByDomain: Readonly<Record<string, number>>;
  readonly minutesByKind: Readonly<Record<TaskKind, number>>;
  /** The normalised priorities `share × (λ + 1 − mastery)` the domain time follows. */
  readonly priorities: Readonly<Record<string, number>>;
  /** Dates of the mock exam sittings (more than one when it is split). */
  readonly mockExamDates: readonly string[];
}

export interface Plan {
  readonly input: PlanInput;
  /** Every day from `start` to the day before `examDate`. */
  readonly days: readonly PlanDay[];
  /** Sentences a front end can show as they are. */
  readonly warnings: readonly string[];
  readonly summary: PlanSummary;
}

export interface ReplanOptions {
  /** Days before it are the past: their done tasks stay, the rest is missed. */
  readonly today: string;
  /** Ids of the tasks done so far (past or ahead of time). */
  readonly done: readonly string[];
  readonly mastery?: Mastery;
  readonly availability?: Availability;
  readonly examDate?: string;
  /** Replaces the plan's pauses when given. */
  readonly pauses?: readonly Pause[];
  readonly lambda?: number;
}

/** What became of one missed task. */
export interface MovedTask {
  readonly taskId: string;
  /** The date it was planned for. */
  readonly from: string;
  /** The first date it is now planned on; `null` when it was dropped for lack of room. */
  readonly to: string | null;
  /** The tasks that now hold it (a task that does not fit one day is split); empty when dropped. */
  readonly taskIds: readonly string[];
}

export interface ReplanSummary {
  readonly today: string;
  /** Done tasks, which stay where they were. */
  readonly keptTasks: number;
  readonly missedTasks: number;
  readonly rescheduledTasks: number;
  readonly droppedTasks: number;
  /** Planned minutes per domain from today on, before and after the replan. */
  readonly minutesBefore: Readonly<Record<string, number>>;
  readonly minutesAfter: Readonly<Record<string, number>>;
}

export interface ReplanResult {
  readonly plan: Plan;
  readonly moved: readonly MovedTask[];
  readonly summary: ReplanSummary;
}
