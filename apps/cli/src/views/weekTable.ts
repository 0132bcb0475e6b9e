import type { WeekView } from '@certpace/study';
import { formatDay, formatMinutes } from '../render/format.js';
import type { Style } from '../render/style.js';
import { renderTable } from '../render/table.js';
import { statusLabel } from './taskLabels.js';

function weekName(week: number): string {
  if (week === 0) return 'This week';
  if (week === 1) return 'Next week';
  if (week === -1) return 'Last week';
  return week > 0 ? `In ${week} weeks` : `${-week} weeks ago`;
}

/** One week, Monday to Sunday: a row per task, the day named on its first task. */
export function renderWeek(week: WeekView, style: Style): string[] {
  const showExam = week.exams.length > 1;
  const rows: string[][] = [];
  for (const day of week.days) {
    const label = day.isToday ? style.bold(`${formatDay(day.date)} ▸`) : formatDay(day.date);
    if (day.tasks.length === 0) {
      rows.push([label, style.dim('rest day'), '', '']);
      continue;
    }
    day.tasks.forEach((task, i) => {
      const exam = showExam ? `${task.examRef.split('@')[0]}: ` : '';
      rows.push([
        i === 0 ? label : '',
        exam + task.title,
        formatMinutes(task.minutes),
        statusLabel(task.status, style),
      ]);
    });
  }
  return [
    `${style.bold(weekName(week.week))}: ${formatDay(week.from)} – ${formatDay(week.to)} · ${formatMinutes(week.totalMinutes)} planned · ${formatMinutes(week.doneMinutes)} done`,
    '',
    ...renderTable({
      style,
      columns: [
        { header: 'Day' },
        { header: 'Task' },
        { header: 'Time', align: 'right' },
        { header: 'Status' },
      ],
      rows,
    }),
  ];
}
