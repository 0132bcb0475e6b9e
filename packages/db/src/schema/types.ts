/** Shapes of the JSON columns. Kept here so the db package needs nothing from core. */

export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

export type JsonObject = { readonly [key: string]: JsonValue };

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Minutes available on each weekday. */
export type WeeklyAvailability = Readonly<Record<Weekday, number>>;

/** A pause in a plan, both ends inclusive, as ISO dates on the learner's calendar. */
export interface PlanPause {
  readonly from: string;
  readonly to: string;
}

/** A link to study material attached to a task. */
export interface TaskResource {
  readonly title: string;
  readonly url: string;
}

/** Domain id -> 0..1, as the planner takes it. */
export type MasterySeed = Readonly<Record<string, number>>;

export const PLAN_STATUSES = ['active', 'paused', 'archived'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const TASK_KINDS = ['learn', 'lab', 'quiz', 'review', 'mock-exam'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export const TASK_STATUSES = ['pending', 'done', 'skipped'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const QUIZ_MODES = ['group', 'practice', 'mock'] as const;
export type QuizMode = (typeof QUIZ_MODES)[number];

export const QUIZ_STATUSES = ['running', 'finished', 'cancelled'] as const;
export type QuizStatus = (typeof QUIZ_STATUSES)[number];

export const QUESTION_REPORT_REASONS = [
  'wrong-answer',
  'unclear',
  'outdated',
  'typo',
  'other',
] as const;
export type QuestionReportReason = (typeof QUESTION_REPORT_REASONS)[number];

export const QUESTION_REPORT_STATUSES = ['open', 'resolved'] as const;
export type QuestionReportStatus = (typeof QUESTION_REPORT_STATUSES)[number];

export const DELIVERY_STATUSES = ['claimed', 'sent', 'failed', 'gave-up'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
