import { blueprintRef, buildPlan } from '@certpace/core';
import {
  ActivePlanExistsError,
  listPlans,
  setLearnerTimezone,
  createPlan as storePlan,
  withTransaction,
} from '@certpace/db';
import type { StudyDeps } from '../deps.js';
import { StudyError } from '../errors/StudyError.js';
import { useCase } from '../errors/translateError.js';
import { resolveDomain, resolveExam } from '../exams/resolveExam.js';
import { loadLearner } from '../learners/loadLearner.js';
import type { LearnerRef } from '../learners/views.js';
import { currentMastery, plannerMastery } from '../mastery/currentMastery.js';
import { type AvailabilityInput, parseAvailability } from '../parse/parseAvailability.js';
import { parseFutureDate, parseTimezone } from '../parse/parseDates.js';
import { localToday } from '../time/localTime.js';
import { asJson, plannedTasks, storedInput } from './storedPlan.js';
import {
  learnerTaskView,
  type PlanTotals,
  type PlanView,
  planTotals,
  planView,
  type TaskView,
} from './views.js';

export interface CreatePlanInput extends AvailabilityInput {
  /** `AI-103@2026-04`, a bare code (`AI-103`), or nothing for the newest exam that has not retired. */
  readonly exam?: string;
  /** `YYYY-MM-DD`, after today. */
  readonly examDate: string;
  /** IANA timezone of the learner's days; default their stored one, else UTC. Stored as theirs. */
  readonly timezone?: string;
  /** How well the learner thinks they know each domain: domain id -> 0..1. */
  readonly selfRating?: Readonly<Record<string, number | string>>;
  /** First day of study (default today). */
  readonly start?: string;
}

export interface CreatedPlan {
  readonly plan: PlanView;
  /** The planner's warnings (a retired exam, a split mock exam, ...), to show as they are. */
  readonly warnings: readonly string[];
  readonly totals: PlanTotals;
  /** The learner's local date the plan starts from, and its tasks (empty on a rest day). */
  readonly today: string;
  readonly todayTasks: readonly TaskView[];
}

function readSelfRating(
  ratings: Readonly<Record<string, number | string>>,
  blueprint: Parameters<typeof resolveDomain>[0],
): Record<string, number> {
  const result: Record<string, number> = {};
  for (const [key, raw] of Object.entries(ratings)) {
    const domain = resolveDomain(blueprint, key, `selfRating.${key}`);
    const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
      throw new StudyError(
        'invalid-input',
        `Self-rating for ${domain}: "${String(raw)}" is not a number from 0 (new to it) to 1 (mastered).`,
        { field: `selfRating.${key}` },
      );
    }
    result[domain] = value;
  }
  return result;
}

/**
 * Makes a study plan toward an exam date: the planner's schedule stored with
 * its tasks, the learner's timezone remembered. One live plan per exam.
 */
export const createPlan = useCase(
  async (deps: StudyDeps, learnerRef: LearnerRef, input: CreatePlanInput): Promise<CreatedPlan> => {
    const now = deps.clock();
    const learner = await loadLearner(deps.db, learnerRef);
    const timezone =
      input.timezone === undefined ? (learner.timezone ?? 'UTC') : parseTimezone(input.timezone);
    const today = localToday(timezone, now);
    const blueprint = resolveExam(input.exam, today);
    const examRef = blueprintRef(blueprint);
    const examDate = parseFutureDate(input.examDate, {
      field: 'examDate',
      label: 'Exam date',
      today,
      allowToday: false,
    });
    const start =
      input.start === undefined
        ? today
        : parseFutureDate(input.start, { field: 'start', label: 'Start date', today });
    if (start >= examDate) {
      throw new StudyError(
        'invalid-date',
        `Start date: ${start} is not before the exam date ${examDate}.`,
        {
          field: 'start',
        },
      );
    }
    const availability = parseAvailability(input);
    if (!availability) {
      throw new StudyError(
        'invalid-minutes',
        'Minutes per study day: say how long you can study on a study day (e.g. 60).',
        {
          field: 'minutes',
        },
      );
    }
    const selfRating = readSelfRating(input.selfRating ?? {}, blueprint);
    const live = await listPlans(deps.db, { learnerId: learner.id });
    if (live.some((p) => p.examCode === blueprint.code)) {
      throw new ActivePlanExistsError(learner.id, examRef);
    }
    const estimate = await currentMastery(deps.db, learner.id, blueprint, now, {
      selfRating,
      selfRatedAt: now,
    });
    const plan = buildPlan({
      blueprint,
      start,
      examDate,
      availability,
      mastery: plannerMastery(estimate),
    });
    const stored = await withTransaction(deps.db, async (tx) => {
      const created = await storePlan(tx, {
        learnerId: learner.id,
        examRef,
        examDate,
        startDate: start,
        availability: plan.input.availability,
        timezone,
        masterySeed: selfRating,
        input: asJson(storedInput(plan)),
        warnings: plan.warnings,
        tasks: plannedTasks(plan),
      });
      // A timezone given here is the learner's: reminders and streaks follow it too.
      if (input.timezone !== undefined && learner.timezone !== timezone) {
        await setLearnerTimezone(tx, { learnerId: learner.id, timezone, now });
      }
      return created;
    });
    const view = planView(stored.plan);
    return {
      plan: view,
      warnings: plan.warnings,
      totals: planTotals(stored.tasks),
      today,
      todayTasks: stored.tasks
        .filter((t) => t.date === today)
        .map((t) => learnerTaskView({ ...t, examRef, planStatus: stored.plan.status })),
    };
  },
);
