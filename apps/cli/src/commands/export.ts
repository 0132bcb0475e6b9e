import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getPlan, listLearnerPlans, type PlanDetail } from '@certpace/study';
import { CliError, UsageError } from '../errors/CliError.js';
import { type CalendarPlan, planToIcs } from '../ics/planToIcs.js';
import { plural } from '../render/format.js';
import { JSON_OPTION, printJson } from './output.js';
import { defineCommand } from './types.js';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

function calendarPlan(detail: PlanDetail): CalendarPlan {
  return {
    examRef: detail.plan.examRef,
    examTitle: detail.plan.examTitle,
    examDate: detail.plan.examDate,
    timezone: detail.plan.timezone,
    revision: detail.plan.revision,
    tasks: detail.tasks.map((t) => ({
      id: t.taskId,
      date: t.date,
      kind: t.kind,
      minutes: t.minutes,
      title: t.title,
      ...(t.domainId === null ? {} : { domainId: t.domainId }),
      resources: t.resources,
    })),
  };
}

export const exportCommand = defineCommand({
  name: 'export',
  summary:
    'Export your plan as a calendar file (.ics) for Google Calendar, Outlook or Apple Calendar.',
  description:
    'One event per task (all-day, or timed from --at in the plan’s timezone) and one for the exam day. ' +
    'Event UIDs come from the planner’s stable task ids: importing a newer export updates the same events.',
  options: {
    ics: {
      type: 'string',
      value: '<file>',
      description: 'Write the calendar to this file (- for stdout).',
    },
    at: {
      type: 'string',
      value: '<HH:MM>',
      description: 'Timed events starting at this local time each study day.',
    },
    exam: {
      type: 'string',
      value: '<code>',
      description: 'Only the plan for this exam (default: every plan).',
    },
    json: JSON_OPTION,
  },
  examples: [
    'certpace export --ics plan.ics',
    'certpace export --ics plan.ics --at 07:30',
    'certpace export --json',
  ],
  async run(ctx, { options }) {
    if (options.ics === undefined && !options.json) {
      throw new UsageError(
        'Say where to write the calendar: certpace export --ics plan.ics (or --json for the plan as JSON).',
      );
    }
    if (options.at !== undefined && !HH_MM.test(options.at)) {
      throw new UsageError(
        `--at takes a 24-hour time HH:MM, such as --at 07:30 (got "${options.at}").`,
      );
    }
    const { deps, learner } = await ctx.session();
    const details =
      options.exam === undefined
        ? await Promise.all(
            (await listLearnerPlans(deps, learner)).map((p) =>
              getPlan(deps, learner, { planId: p.id }),
            ),
          )
        : [await getPlan(deps, learner, { exam: options.exam })];
    if (details.length === 0) {
      throw new CliError(
        'You have no plan to export yet. Create one with `certpace plan create --exam <code> --exam-date YYYY-MM-DD --minutes 60`.',
      );
    }
    if (options.ics === undefined) {
      printJson(ctx, details);
      return 0;
    }
    const calendar = planToIcs({
      plans: details.map(calendarPlan),
      now: ctx.clock(),
      ...(options.at === undefined ? {} : { startTime: options.at }),
    });
    const events = details.reduce((n, d) => n + d.tasks.length + 1, 0);
    if (options.ics === '-') {
      ctx.terminal.write(calendar);
      return 0;
    }
    const file = resolve(options.ics);
    try {
      writeFileSync(file, calendar, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      throw new CliError(
        `Cannot write ${file} (${code}): choose a file in a folder you can write to.`,
      );
    }
    if (options.json) {
      printJson(ctx, { file, events, plans: details.map((d) => d.plan.examRef) });
    } else {
      ctx.print(
        `Wrote ${plural(events, 'event')} to ${file}.`,
        ctx.style.dim(
          'Import it in Google Calendar (Settings → Import & export) or Outlook (Add calendar → Upload from file).',
        ),
      );
    }
    return 0;
  },
});
