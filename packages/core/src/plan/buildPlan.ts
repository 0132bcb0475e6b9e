import { formatIsoDate } from '../dates/isoDate.js';
import { domainPriorities } from '../weighting/domainPriorities.js';
import { noSittings } from './assignKinds.js';
import { blocksOn, noStudyTime, resolveInput, retiredWarning } from './resolveInput.js';
import { schedule } from './schedule.js';
import { summarizePlan } from './summarize.js';
import { TaskIds } from './taskFactory.js';
import type { Plan, PlanOptions } from './types.js';

/**
 * A day-by-day study plan from `start` to the day before `examDate`: domain
 * time apportioned by priority and interleaved, learning and labs before
 * practice, a timed mock exam in the last two weeks, a light review on the
 * last study day. Same input, same plan (ids included). Throws only
 * `PlanInputError`.
 */
export function buildPlan(options: PlanOptions): Plan {
  const resolved = resolveInput(options);
  const { input, startDay, examDay } = resolved;
  const { blueprint } = input;
  const days = [];
  for (let day = startDay; day < examDay; day += 1) {
    days.push({ day, date: formatIsoDate(day), free: blocksOn(resolved, day) });
  }
  if (days.every((d) => d.free === 0)) throw noStudyTime(resolved, input.start);
  const priorities = domainPriorities(blueprint, input.mastery, input.lambda);
  const zero = blueprint.domains.map(() => 0);
  const result = schedule({
    blueprint,
    blockMinutes: input.blockMinutes,
    priorities: blueprint.domains.map((d) => priorities[d.id]!),
    days,
    startDay,
    examDay,
    mock: { questions: blueprint.questionCount, minutes: blueprint.durationMinutes, partsDone: 0 },
    learnDone: zero,
    practiceDone: zero,
    sittingsDone: noSittings(blueprint.domains.length),
    missed: [],
    ids: new TaskIds(),
  });
  const planDays = days.map((d, i) => ({ date: d.date, tasks: result.tasks[i]! }));
  const retired = retiredWarning(resolved);
  return {
    input,
    days: planDays,
    warnings: [...(retired ? [retired] : []), ...result.warnings],
    summary: summarizePlan(blueprint, planDays, priorities),
  };
}
