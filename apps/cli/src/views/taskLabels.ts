import type { Style } from '../render/style.js';

export type TaskStatusName = 'pending' | 'done' | 'skipped';

/** A task's status as a short mark and word. */
export function statusLabel(status: TaskStatusName, style: Style): string {
  switch (status) {
    case 'done':
      return style.green('✓ done');
    case 'skipped':
      return style.dim('– skipped');
    default:
      return '○ to do';
  }
}
