import type { DayTasks, TaskView } from '@certpace/study';
import { type APIButtonComponent, ButtonStyle } from 'discord.js';
import { CustomIdError, encodeCustomId } from '../framework/customId.js';
import { button, buttonRows, type MessageRow } from '../messages/components.js';
import { fitEmbed } from '../messages/embeds.js';
import { LIMITS } from '../messages/limits.js';
import type { ReplyPayload } from '../messages/payload.js';
import { compactUuid, taskKey } from './compactIds.js';
import { COLORS, dayLabel, minutesText, plural, taskLine } from './format.js';

/** Tasks with buttons on one page: a row each, and one row kept for paging when there are more. */
export function tasksPerPage(count: number): number {
  return count <= LIMITS.rowsPerMessage ? LIMITS.rowsPerMessage : LIMITS.rowsPerMessage - 1;
}

export function pageCount(count: number): number {
  return Math.max(1, Math.ceil(count / tasksPerPage(count)));
}

/** The page a task's buttons are on. */
export function pageOfTask(day: DayTasks, task: { planId: string; taskId: string }): number {
  const index = day.tasks.findIndex((t) => t.planId === task.planId && t.taskId === task.taskId);
  return index < 0 ? 0 : Math.floor(index / tasksPerPage(day.tasks.length));
}

/**
 * The custom id of a task's Done or Skip button. It names the task by plan
 * and id; when a long id leaves no room for the plan, the id alone (which is
 * unique unless two plans hold the same one).
 */
export function taskButtonId(owner: string, action: 'done' | 'skip', task: TaskView): string {
  const key = taskKey(task.taskId);
  try {
    return encodeCustomId({
      feature: 'today',
      action,
      owner,
      args: [compactUuid(task.planId), key],
    });
  } catch (error) {
    if (!(error instanceof CustomIdError)) throw error;
    return encodeCustomId({ feature: 'today', action, owner, args: ['', key] });
  }
}

function taskRow(owner: string, task: TaskView, index: number): APIButtonComponent[] {
  return [
    button({
      customId: encodeCustomId({ feature: 'today', action: 'task', owner, args: [String(index)] }),
      label: `${index + 1}. ${task.title} · ${minutesText(task.minutes)}`,
      disabled: true,
    }),
    button({
      customId: taskButtonId(owner, 'done', task),
      label: 'Done',
      style: ButtonStyle.Success,
      disabled: task.status === 'done',
    }),
    button({
      customId: taskButtonId(owner, 'skip', task),
      label: 'Skip',
      style: ButtonStyle.Secondary,
      disabled: task.status !== 'pending',
    }),
  ];
}

function pagingRow(owner: string, page: number, pages: number): MessageRow {
  const id = (action: string, args: string[]) =>
    encodeCustomId({ feature: 'today', action, owner, args });
  const [row] = buttonRows([
    button({
      customId: id('page', [String(page - 1)]),
      label: '◀ Previous',
      disabled: page === 0,
    }),
    button({ customId: id('pages', []), label: `Page ${page + 1} of ${pages}`, disabled: true }),
    button({
      customId: id('page', [String(page + 1)]),
      label: 'Next ▶',
      disabled: page >= pages - 1,
    }),
  ]);
  return row!;
}

/** The streak as one line: how long, the best, and whether today counts yet. */
export function streakLine(streak: DayTasks['streak']): string {
  if (streak.current === 0) {
    return streak.best > 0
      ? `Streak: 0 days (best ${streak.best}). Finish a task to start a new one.`
      : 'Streak: none yet. Finish a task to start one.';
  }
  const today = streak.studiedToday ? 'today counts' : 'study today to keep it';
  return `🔥 Streak: ${plural(streak.current, 'day')} (best ${streak.best}) · ${today}`;
}

/**
 * A day's tasks with Done and Skip buttons that only `owner` can use: the
 * list in an embed, the buttons of one page (a row per task), and paging when
 * they do not fit one message.
 */
export function todayView(
  day: DayTasks,
  options: { readonly owner: string; readonly page?: number; readonly content?: string },
): ReplyPayload {
  const { owner } = options;
  const count = day.tasks.length;
  const pages = pageCount(count);
  const page = Math.min(Math.max(0, options.page ?? 0), pages - 1);
  const withExam = day.exams.length > 1;
  const lines = day.tasks.map((t, i) => `${i + 1}. ${taskLine(t, { withExam })}`);
  if (count === 0) lines.push('A rest day: nothing planned today.');
  else if (day.pending === 0) lines.push('', 'Everything for today is done. 🎉');
  const summary =
    count === 0
      ? undefined
      : `${minutesText(day.doneMinutes)} of ${minutesText(day.totalMinutes)} done · ${plural(day.pending, 'task')} left`;
  const embed = fitEmbed({
    title: `Today · ${dayLabel(day.date)}`,
    description: [...lines, '', ...(summary ? [summary] : []), streakLine(day.streak)].join('\n'),
    color: day.pending === 0 && count > 0 ? COLORS.good : COLORS.plan,
    footer: `Your day in ${day.timezone} · ${day.exams.join(', ')}`,
  });
  const size = tasksPerPage(count);
  const shown = day.tasks.slice(page * size, page * size + size);
  const rows: MessageRow[] = shown.map((task, i) => {
    const [row] = buttonRows(taskRow(owner, task, page * size + i));
    return row!;
  });
  if (pages > 1) rows.push(pagingRow(owner, page, pages));
  return {
    ...(options.content ? { content: options.content } : {}),
    embeds: [embed],
    components: rows,
  };
}
