import type { TaskView } from '@certpace/study';
import { formatMinutes } from '../render/format.js';
import { padEnd, padStart, type Style } from '../render/style.js';
import { statusLabel } from './taskLabels.js';

/**
 * A day's tasks, numbered (`certpace done 2` takes the number), each with its
 * id and first link on a dim second line.
 */
export function renderTaskList(
  tasks: readonly TaskView[],
  style: Style,
  showExam: boolean,
): string[] {
  const titleWidth = Math.max(
    ...tasks.map((t) => (showExam ? t.examRef.split('@')[0]!.length + 2 : 0) + t.title.length),
  );
  const timeWidth = Math.max(...tasks.map((t) => formatMinutes(t.minutes).length));
  return tasks.flatMap((task, i) => {
    const exam = showExam ? `${task.examRef.split('@')[0]}: ` : '';
    const number = padStart(String(i + 1), String(tasks.length).length);
    const title = task.status === 'pending' ? task.title : style.dim(task.title);
    const link = task.resources[0]?.url;
    return [
      `${style.bold(number)}  ${padEnd(exam + title, titleWidth)}  ${padStart(formatMinutes(task.minutes), timeWidth)}  ${statusLabel(task.status, style)}`,
      style.dim(`${' '.repeat(number.length + 2)}${task.taskId}${link ? `  ${link}` : ''}`),
    ];
  });
}
