import { type PlanPause, withTransaction } from '@certpace/db';
import type { StudyDeps } from '../deps.js';
import { StudyError } from '../errors/StudyError.js';
import { useCase } from '../errors/translateError.js';
import { loadLearner } from '../learners/loadLearner.js';
import type { LearnerRef } from '../learners/views.js';
import { type AvailabilityInput, parseAvailability } from '../parse/parseAvailability.js';
import { parseDate, parseFutureDate } from '../parse/parseDates.js';
import { localToday } from '../time/localTime.js';
import { findLearnerPlan, type PlanSelector } from './findLearnerPlan.js';
import type { PlanChange } from './planChange.js';
import { type PlanOverrides, replanStoredPlan } from './replanStoredPlan.js';
import { type PlanTotals, type PlanView, planTotals, planView } from './views.js';

export interface EditPlanInput extends PlanSelector, AvailabilityInput {
  /** A new exam date, after today. */
  readonly examDate?: string;
  /** No study between these two dates (both included); added to the plan's pauses. */
  readonly pause?: { readonly from: string; readonly to: string };
  /** Remove every pause (study resumes on all study days). */
  readonly clearPauses?: boolean;
}

export interface EditedPlan {
  readonly plan: PlanView;
  readonly totals: PlanTotals;
  readonly change: PlanChange;
}

function readPause(pause: { from: string; to: string }, today: string): PlanPause {
  const from = parseDate(pause.from, 'pause.from', 'Pause start');
  const to = parseFutureDate(pause.to, { field: 'pause.to', label: 'Pause end', today });
  if (to < from) {
    throw new StudyError(
      'invalid-date',
      `Pause: it ends (${to}) before it starts (${from}); swap the two dates.`,
      {
        field: 'pause',
      },
    );
  }
  return { from, to };
}

/**
 * Changes a plan's exam date, study time, study days or pauses, and re-plans
 * from today on: done tasks stay, the rest is rebuilt. Returns what changed.
 */
export const editPlan = useCase(
  async (deps: StudyDeps, learnerRef: LearnerRef, input: EditPlanInput): Promise<EditedPlan> => {
    const now = deps.clock();
    const learner = await loadLearner(deps.db, learnerRef);
    const plan = await findLearnerPlan(deps.db, learner.id, input);
    const today = localToday(plan.timezone, now);
    const overrides: { -readonly [K in keyof PlanOverrides]: PlanOverrides[K] } = {};
    if (input.examDate !== undefined) {
      overrides.examDate = parseFutureDate(input.examDate, {
        field: 'examDate',
        label: 'Exam date',
        today,
        allowToday: false,
      });
    }
    const availability = parseAvailability(input, plan.availability);
    if (availability) overrides.availability = availability;
    if (input.pause !== undefined || input.clearPauses) {
      const kept = input.clearPauses ? [] : plan.pauses;
      overrides.pauses = input.pause ? [...kept, readPause(input.pause, today)] : kept;
    }
    if (Object.keys(overrides).length === 0) {
      throw new StudyError(
        'invalid-input',
        'Nothing to change: give a new exam date, minutes, days or a pause.',
        {
          field: 'plan',
        },
      );
    }
    const examDate = overrides.examDate ?? plan.examDate;
    if (today >= examDate) {
      throw new StudyError(
        'date-in-past',
        `Exam date: ${plan.examDate} has passed. Give a new exam date to plan on.`,
        {
          field: 'examDate',
        },
      );
    }
    // The planner's own refusals (no study time left, ...) become StudyErrors in useCase.
    const replanned = await withTransaction(deps.db, (tx) =>
      replanStoredPlan(tx, { plan, now, reason: 'edit', overrides }),
    );
    return {
      plan: planView(replanned.plan),
      totals: planTotals(replanned.tasks),
      change: replanned.change,
    };
  },
);
