import { findBlueprint } from '@certpace/core';
import type { PlanTotals, PlanView, TaskView } from '@certpace/study';
import type { APIEmbed } from 'discord.js';
import { fitEmbed } from '../messages/embeds.js';
import { LIMITS } from '../messages/limits.js';
import { truncate } from '../messages/truncate.js';
import {
  availabilityText,
  COLORS,
  dayLabel,
  examCode,
  minutesText,
  plural,
  taskLine,
} from './format.js';

const DAY_MS = 86_400_000;

/** Whole days from one ISO date to another. */
export function daysUntil(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Domain minutes in the blueprint's order, with each one's share of the plan's domain time. */
export function domainMinutesLines(
  examRef: string,
  minutesByDomain: Readonly<Record<string, number>>,
): string[] {
  const blueprint = findBlueprint(examRef);
  const ids = blueprint ? blueprint.domains.map((d) => d.id) : Object.keys(minutesByDomain);
  const total = ids.reduce((sum, id) => sum + (minutesByDomain[id] ?? 0), 0);
  return ids.map((id) => {
    const minutes = minutesByDomain[id] ?? 0;
    const name = blueprint?.domains.find((d) => d.id === id)?.name ?? id;
    const share = total > 0 ? Math.round((minutes / total) * 100) : 0;
    return `${name}: **${minutesText(minutes)}** (${share}%)`;
  });
}

/** Lines kept within `max` characters (a field's 1,024), ending in "… and n more" when cut. */
export function fieldText(lines: readonly string[], max: number = LIMITS.fieldValue): string {
  const whole = lines.join('\n');
  if (whole.length <= max) return whole || '—';
  const kept: string[] = [];
  for (const line of lines) {
    const rest = lines.length - kept.length - 1;
    const tail = `… and ${rest} more`;
    if ([...kept, line, tail].join('\n').length > max) break;
    kept.push(line);
  }
  if (kept.length === 0) return truncate(lines[0] ?? '—', max);
  return [...kept, `… and ${lines.length - kept.length} more`].join('\n');
}

/** The plan at a glance: exam, dates, study time, minutes by domain, mock exams, warnings. */
export function planSummaryEmbed(input: {
  readonly plan: PlanView;
  readonly totals: PlanTotals;
  readonly warnings: readonly string[];
  readonly today: string;
  readonly title?: string;
}): APIEmbed {
  const { plan, totals, today } = input;
  const left = daysUntil(today, plan.examDate);
  const fields = [
    {
      name: 'Exam date',
      value: `${dayLabel(plan.examDate, { year: true })} · ${left > 0 ? `in ${plural(left, 'day')}` : 'passed'}`,
      inline: true,
    },
    { name: 'Study time', value: availabilityText(plan.availability), inline: true },
    { name: 'Timezone', value: plan.timezone, inline: true },
    {
      name: 'The plan',
      value: `${plural(totals.tasks, 'task')} · ${minutesText(totals.totalMinutes)} from ${dayLabel(plan.startDate)} · ${totals.done} done`,
    },
    {
      name: 'Minutes by domain',
      value: fieldText(domainMinutesLines(plan.examRef, totals.minutesByDomain)),
    },
    {
      name: 'Mock exams',
      value:
        totals.mockExamDates.length > 0
          ? fieldText(totals.mockExamDates.map((d) => dayLabel(d, { year: true })))
          : 'None planned (see the warnings).',
    },
  ];
  if (plan.pauses.length > 0) {
    fields.push({
      name: 'Pauses',
      value: fieldText(plan.pauses.map((p) => `${dayLabel(p.from)} – ${dayLabel(p.to)}`)),
    });
  }
  if (input.warnings.length > 0) {
    fields.push({ name: '⚠️ Warnings', value: fieldText(input.warnings.map((w) => `• ${w}`)) });
  }
  return fitEmbed({
    title: input.title ?? `Your ${examCode(plan.examRef)} plan`,
    description: `**${plan.examRef}** · ${plan.examTitle}`,
    color: input.warnings.length > 0 ? COLORS.warn : COLORS.plan,
    fields,
  });
}

/** The first `count` days with tasks from `from` on, a field per day. */
export function firstDaysEmbed(tasks: readonly TaskView[], from: string, count = 3): APIEmbed {
  const dates = [...new Set(tasks.filter((t) => t.date >= from).map((t) => t.date))]
    .sort()
    .slice(0, count);
  return fitEmbed({
    title:
      dates.length > 0 ? `The first ${plural(dates.length, 'study day')}` : 'No study days ahead',
    color: COLORS.plan,
    fields: dates.map((date) => {
      const own = tasks.filter((t) => t.date === date);
      const minutes = own.reduce((sum, t) => sum + t.minutes, 0);
      return {
        name: `${dayLabel(date)} · ${minutesText(minutes)}`,
        value: fieldText(own.map((t) => taskLine(t))),
      };
    }),
    footer: 'Use /today each day to mark tasks Done, or /plan show for a whole week.',
  });
}
