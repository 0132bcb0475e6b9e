import { getToday } from '@certpace/study';
import { formatDate, formatMinutes } from '../render/format.js';
import { streakLine } from '../views/streakLine.js';
import { renderTaskList } from '../views/taskList.js';
import { JSON_OPTION, printJson } from './output.js';
import { defineCommand } from './types.js';

export const todayCommand = defineCommand({
  name: 'today',
  summary: 'Today’s tasks across your active plans, with your streak.',
  options: { json: JSON_OPTION },
  examples: ['certpace today', 'certpace today --json'],
  async run(ctx, { options }) {
    const { deps, learner } = await ctx.session();
    const day = await getToday(deps, learner);
    if (options.json) {
      printJson(ctx, day);
      return 0;
    }
    const { style } = ctx;
    const exams = day.exams.map((e) => e.split('@')[0]).join(', ');
    ctx.print(`${style.bold(`Today, ${formatDate(day.date)}`)} · ${exams} · ${day.timezone}`, '');
    if (day.tasks.length === 0) {
      ctx.print('Nothing planned today: a rest day.');
    } else {
      ctx.print(
        ...renderTaskList(day.tasks, style, day.exams.length > 1),
        '',
        `${formatMinutes(day.totalMinutes)} planned · ${formatMinutes(day.doneMinutes)} done · ${day.pending} to do`,
      );
    }
    ctx.print(streakLine(day.streak, style));
    if (day.pending > 0)
      ctx.print('', style.dim('Mark one: certpace done 1 (or its id) · certpace skip 2'));
    return 0;
  },
});
