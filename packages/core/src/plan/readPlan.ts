import type { Blueprint } from '../blueprint/types.js';
import { parseIsoDate } from '../dates/isoDate.js';
import { PlanInputError } from './PlanInputError.js';
import { MAX_DAY_MINUTES, readField, requireRecord, show } from './readInput.js';
import type { PlanDay, Task, TaskKind } from './types.js';

const KINDS: readonly TaskKind[] = ['learn', 'lab', 'quiz', 'review', 'mock-exam'];

function notAPlan(where: string, problem: string): PlanInputError {
  return new PlanInputError('plan', `is not a plan made by buildPlan: ${where} ${problem}`);
}

function readTask(value: unknown, where: string, date: string, blueprint: Blueprint): Task {
  const record = requireRecord(value, 'plan', 'a plan made by buildPlan');
  const get = (key: string) => readField(record, key, 'plan');
  const id = get('id');
  const kind = get('kind');
  const minutes = get('minutes');
  const title = get('title');
  const domainId = get('domainId');
  const questions = get('questions');
  if (typeof id !== 'string' || id.length === 0)
    throw notAPlan(`${where}.id`, `must be a text id, got ${show(id)}`);
  if (get('date') !== date) throw notAPlan(`${where}.date`, `must be its day's date ${date}`);
  if (typeof kind !== 'string' || !KINDS.includes(kind as TaskKind)) {
    throw notAPlan(`${where}.kind`, `must be one of ${KINDS.join(', ')}, got ${show(kind)}`);
  }
  if (
    typeof minutes !== 'number' ||
    !Number.isInteger(minutes) ||
    minutes < 0 ||
    minutes > MAX_DAY_MINUTES
  ) {
    throw notAPlan(
      `${where}.minutes`,
      `must be whole minutes from 0 to ${MAX_DAY_MINUTES}, got ${show(minutes)}`,
    );
  }
  if (typeof title !== 'string')
    throw notAPlan(`${where}.title`, `must be text, got ${show(title)}`);
  if (domainId !== undefined && !blueprint.domains.some((d) => d.id === domainId)) {
    throw notAPlan(
      `${where}.domainId`,
      `${show(domainId)} is not a domain of the plan's blueprint`,
    );
  }
  if (kind !== 'mock-exam' && domainId === undefined)
    throw notAPlan(`${where}.domainId`, 'is missing');
  if (
    questions !== undefined &&
    (typeof questions !== 'number' || !Number.isInteger(questions) || questions < 0)
  ) {
    throw notAPlan(`${where}.questions`, `must be a whole number, got ${show(questions)}`);
  }
  // Copy only the task's own fields, so whatever else rode along stays out of the new plan.
  const resources = get('resources');
  return {
    id,
    date,
    ...(domainId === undefined ? {} : { domainId: domainId as string }),
    kind: kind as TaskKind,
    minutes,
    title,
    ...(Array.isArray(resources) ? { resources } : {}),
    ...(questions === undefined ? {} : { questions: questions as number }),
  };
}

/** Reads the days of a plan (possibly a JSON round trip of one), checking what replan relies on. */
export function readPlanDays(value: unknown, blueprint: Blueprint): PlanDay[] {
  if (!Array.isArray(value)) throw notAPlan('days', `must be a list, got ${show(value)}`);
  const ids = new Set<string>();
  return value.map((dayValue, d) => {
    const day = requireRecord(dayValue, 'plan', 'a plan made by buildPlan');
    const date = readField(day, 'date', 'plan');
    if (parseIsoDate(date) === undefined)
      throw notAPlan(`days[${d}].date`, `must be a date YYYY-MM-DD, got ${show(date)}`);
    const tasksValue = readField(day, 'tasks', 'plan');
    if (!Array.isArray(tasksValue))
      throw notAPlan(`days[${d}].tasks`, `must be a list, got ${show(tasksValue)}`);
    const tasks = tasksValue.map((t, i) => {
      const task = readTask(t, `days[${d}].tasks[${i}]`, date as string, blueprint);
      if (ids.has(task.id))
        throw notAPlan(`days[${d}].tasks[${i}].id`, `"${task.id}" appears twice`);
      ids.add(task.id);
      return task;
    });
    return { date: date as string, tasks };
  });
}
