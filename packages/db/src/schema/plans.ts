import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { auditColumns, oneOf, timestamptz } from './columns.js';
import { learners } from './learners.js';
import {
  type JsonObject,
  type MasterySeed,
  PLAN_STATUSES,
  type PlanPause,
  TASK_KINDS,
  TASK_STATUSES,
  type TaskResource,
  type WeeklyAvailability,
} from './types.js';

/** A learner's study plan for one exam; each save of a re-planned schedule bumps `revision`. */
export const plans = pgTable(
  'plans',
  {
    id: uuid().primaryKey().defaultRandom(),
    learnerId: uuid()
      .notNull()
      .references(() => learners.id, { onDelete: 'cascade' }),
    /** Blueprint reference `CODE@VERSION`, e.g. `AI-103@2026-04`. */
    examRef: text().notNull(),
    /** The exam code part of examRef: one live plan per learner and exam, whatever the outline. */
    examCode: text().notNull().generatedAlwaysAs(sql`split_part(exam_ref, '@', 1)`),
    examDate: date({ mode: 'string' }).notNull(),
    startDate: date({ mode: 'string' }).notNull(),
    availability: jsonb().$type<WeeklyAvailability>().notNull(),
    timezone: text().notNull(),
    pauses: jsonb().$type<readonly PlanPause[]>().notNull().default([]),
    /** Self-rating or score-report mastery the plan was seeded with (domain id -> 0..1). */
    masterySeed: jsonb().$type<MasterySeed>().notNull().default({}),
    status: text({ enum: PLAN_STATUSES }).notNull().default('active'),
    revision: integer().notNull().default(1),
    /** The planner input this revision was built from, so it can be rebuilt or re-planned. */
    input: jsonb().$type<JsonObject>().notNull(),
    /** Warnings the planner gave for this revision, for the front ends to show. */
    warnings: jsonb().$type<readonly string[]>().notNull().default([]),
    ...auditColumns(),
  },
  (t) => [
    check('plans_status', oneOf(t.status, PLAN_STATUSES)),
    check('plans_exam_after_start', sql`${t.examDate} > ${t.startDate}`),
    check('plans_revision_positive', sql`${t.revision} >= 1`),
    check('plans_availability_object', sql`jsonb_typeof(${t.availability}) = 'object'`),
    check('plans_pauses_array', sql`jsonb_typeof(${t.pauses}) = 'array'`),
    check('plans_exam_ref_format', sql`${t.examRef} ~ '^[^@\\s]+@[^@\\s]+$'`),
    // A paused plan is still the learner's plan for that exam, so only archived ones step aside.
    uniqueIndex('plans_one_live_per_learner_exam')
      .on(t.learnerId, t.examCode)
      .where(sql`${t.status} <> 'archived'`),
    index('plans_learner_idx').on(t.learnerId),
  ],
);

/** The tasks of a plan's current revision, keyed by the planner's stable task id. */
export const planTasks = pgTable(
  'plan_tasks',
  {
    planId: uuid()
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    taskId: text().notNull(),
    date: date({ mode: 'string' }).notNull(),
    /** Order of the task within its day. */
    position: smallint().notNull().default(0),
    /** Absent for whole-exam tasks such as a full mock exam. */
    domainId: text(),
    kind: text({ enum: TASK_KINDS }).notNull(),
    minutes: integer().notNull(),
    title: text().notNull(),
    resources: jsonb().$type<readonly TaskResource[]>(),
    status: text({ enum: TASK_STATUSES }).notNull().default('pending'),
    /** When the task left `pending` (done or skipped). */
    doneAt: timestamptz(),
  },
  (t) => [
    primaryKey({ columns: [t.planId, t.taskId] }),
    check('plan_tasks_kind', oneOf(t.kind, TASK_KINDS)),
    check('plan_tasks_status', oneOf(t.status, TASK_STATUSES)),
    check('plan_tasks_minutes_range', sql`${t.minutes} between 1 and 960`),
    check('plan_tasks_position_nonnegative', sql`${t.position} >= 0`),
    check(
      'plan_tasks_done_at_matches_status',
      sql`(${t.status} = 'pending') = (${t.doneAt} is null)`,
    ),
    index('plan_tasks_plan_date_idx').on(t.planId, t.date),
  ],
);

export type PlanRow = typeof plans.$inferSelect;
export type PlanTaskRow = typeof planTasks.$inferSelect;
