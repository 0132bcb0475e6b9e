import { editPlan, parseDate, parseMinutes, parseStudyDays } from '@certpace/study';
import { UsageError } from '../../errors/CliError.js';
import { renderPlanChange } from '../../views/planChange.js';
import { renderPlanHeader } from '../../views/planSummary.js';
import { JSON_OPTION, printJson } from '../output.js';
import { defineCommand } from '../types.js';

export const planEditCommand = defineCommand({
  name: 'plan edit',
  summary: 'Change your exam date, study time, study days or add a pause; re-plans from today.',
  description: 'Done tasks stay where they are; everything from today on is planned again.',
  options: {
    exam: {
      type: 'string',
      value: '<code>',
      description: 'Which plan, when you have plans for several exams.',
    },
    'exam-date': { type: 'string', value: '<YYYY-MM-DD>', description: 'A new exam date.' },
    minutes: { type: 'string', value: '<n>', description: 'Minutes of study on each study day.' },
    days: { type: 'string', value: '<days>', description: 'Study days: mon-fri, mon,wed,sat, ...' },
    'pause-from': {
      type: 'string',
      value: '<YYYY-MM-DD>',
      description: 'First day of a break (with --pause-to).',
    },
    'pause-to': { type: 'string', value: '<YYYY-MM-DD>', description: 'Last day of the break.' },
    'clear-pauses': { type: 'boolean', description: 'Remove every break from the plan.' },
    json: JSON_OPTION,
  },
  examples: [
    'certpace plan edit --exam-date 2027-03-29',
    'certpace plan edit --minutes 90 --days mon,wed,fri,sat',
    'certpace plan edit --pause-from 2027-02-15 --pause-to 2027-02-19',
  ],
  async run(ctx, { options }) {
    const from = options['pause-from'];
    const to = options['pause-to'];
    if ((from === undefined) !== (to === undefined)) {
      throw new UsageError(
        'A pause needs both ends: --pause-from 2027-02-15 --pause-to 2027-02-19.',
      );
    }
    // What can be checked without the database is checked first: a typo fails at once.
    if (options['exam-date'] !== undefined)
      parseDate(options['exam-date'], 'examDate', 'Exam date');
    if (from !== undefined) parseDate(from, 'pause.from', 'Pause start');
    if (to !== undefined) parseDate(to, 'pause.to', 'Pause end');
    if (options.minutes !== undefined) parseMinutes(options.minutes);
    if (options.days !== undefined) parseStudyDays(options.days);
    const { deps, learner } = await ctx.session();
    const edited = await editPlan(deps, learner, {
      ...(options.exam === undefined ? {} : { exam: options.exam }),
      ...(options['exam-date'] === undefined ? {} : { examDate: options['exam-date'] }),
      ...(options.minutes === undefined ? {} : { minutes: options.minutes }),
      ...(options.days === undefined ? {} : { days: options.days }),
      ...(from === undefined || to === undefined ? {} : { pause: { from, to } }),
      ...(options['clear-pauses'] ? { clearPauses: true } : {}),
    });
    if (options.json) {
      printJson(ctx, edited);
      return 0;
    }
    ctx.print(
      ...renderPlanHeader(edited.plan, edited.totals, ctx.style),
      '',
      ...renderPlanChange(edited.change, ctx.style, true, Math.min(ctx.terminal.columns, 100) - 2),
      '',
      ctx.style.dim('See the new schedule: certpace plan show'),
    );
    return 0;
  },
});
