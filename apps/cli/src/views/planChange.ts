import type { PlanChange } from '@certpace/study';
import { formatMinutes } from '../render/format.js';
import type { Style } from '../render/style.js';
import { renderTable } from '../render/table.js';
import { renderWarnings } from './planSummary.js';

/** What a re-plan changed: its sentences, then the minutes per domain from today on, before and after. */
export function renderPlanChange(
  change: PlanChange,
  style: Style,
  detailed: boolean,
  width = 100,
): string[] {
  const lines = [
    `${style.bold(`${change.examRef.split('@')[0]} plan re-planned`)} (revision ${change.revision}):`,
    ...change.summary.map((s) => `  ${s}`),
  ];
  if (detailed)
    lines.push(...renderWarnings(change.warnings, style, width).map((line) => `  ${line}`));
  const moved = change.domains.filter((d) => d.minutesAfter !== d.minutesBefore);
  if (detailed && moved.length > 0) {
    lines.push(
      '',
      ...renderTable({
        style,
        indent: 2,
        columns: [
          { header: 'Domain' },
          { header: 'Before', align: 'right' },
          { header: 'After', align: 'right' },
        ],
        rows: moved.map((d) => [
          d.name,
          formatMinutes(d.minutesBefore),
          formatMinutes(d.minutesAfter),
        ]),
      }),
    );
  }
  return lines;
}
