import {
  createPlan,
  getExam,
  parseDate,
  parseMinutes,
  parseStudyDays,
  parseTimezone,
} from '@certpace/study';
import { parsePairs, required } from '../../args/values.js';
import { formatDate, formatMinutes } from '../../render/format.js';
import { systemTimezone } from '../../runtime/systemTimezone.js';
import { renderDomainTime, renderPlanHeader, renderWarnings } from '../../views/planSummary.js';
import { renderTaskList } from '../../views/taskList.js';
import { JSON_OPTION, printJson } from '../output.js';
import { defineCommand } from '../types.js';

export const planCreateCommand = defineCommand({
  name: 'plan create',
  summary: 'Make a study plan toward an exam date.',
  description:
    'Each domain gets time in proportion to its share of the exam and to how weak you rate yourself in it; ' +
    'the plan ends with a full timed mock exam and a light last day. Quizzes and score reports re-plan it.',
  options: {
    exam: {
      type: 'string',
      value: '<code>',
      description: 'Exam code or outline (default: the newest exam that has not retired).',
    },
    'exam-date': {
      type: 'string',
      value: '<YYYY-MM-DD>',
      description: 'The day of your exam (required).',
    },
    minutes: {
      type: 'string',
      value: '<n>',
      description: 'Minutes of study on each study day (required).',
    },
    days: {
      type: 'string',
      value: '<days>',
      description: 'Study days: mon-fri, mon,wed,sat, weekends, ... (default: every day).',
    },
    timezone: {
      type: 'string',
      value: '<IANA name>',
      description:
        'Your timezone, e.g. Europe/Berlin (default: yours on record, else this computer’s).',
    },
    rate: {
      type: 'string',
      multiple: true,
      value: '<domain=0..1>',
      description:
        'How well you know a domain already, 0 (new) to 1 (mastered); repeat per domain.',
    },
    start: {
      type: 'string',
      value: '<YYYY-MM-DD>',
      description: 'First day of study (default: today).',
    },
    json: JSON_OPTION,
  },
  examples: [
    'certpace plan create --exam AI-103 --exam-date 2027-03-15 --minutes 60',
    'certpace plan create --exam AI-103 --exam-date 2027-03-15 --minutes 45 --days mon-fri --timezone Europe/Berlin',
    'certpace plan create --exam AI-103 --exam-date 2027-03-15 --minutes 60 --rate generative-agentic=0.3 --rate computer-vision=0.8',
  ],
  async run(ctx, { options }) {
    const examDate = required(options['exam-date'], '--exam-date', '2027-03-15');
    const minutes = required(options.minutes, '--minutes', '60');
    // What can be checked without the database is checked first: a typo fails at once.
    getExam({ clock: ctx.clock }, options.exam === undefined ? {} : { exam: options.exam });
    parseDate(examDate, 'examDate', 'Exam date');
    parseMinutes(minutes);
    if (options.days !== undefined) parseStudyDays(options.days);
    if (options.timezone !== undefined) parseTimezone(options.timezone);
    const selfRating = Object.fromEntries(parsePairs(options.rate, '--rate', 'nlp=0.4'));
    const { deps, learner } = await ctx.session();
    const timezone = options.timezone ?? (learner.timezone === null ? systemTimezone() : undefined);
    const created = await createPlan(deps, learner, {
      examDate,
      minutes,
      ...(options.exam === undefined ? {} : { exam: options.exam }),
      ...(options.days === undefined ? {} : { days: options.days }),
      ...(timezone === undefined ? {} : { timezone }),
      ...(options.start === undefined ? {} : { start: options.start }),
      selfRating,
    });
    if (options.json) {
      printJson(ctx, created);
      return 0;
    }
    const { style } = ctx;
    const exam = getExam(deps, { exam: created.plan.examRef });
    ctx.print(
      style.green(`Plan created for ${created.plan.examCode}.`),
      ...renderPlanHeader(created.plan, created.totals, style),
      ...renderWarnings(created.warnings, style, Math.min(ctx.terminal.columns, 100)),
      '',
      'Time per domain:',
      ...renderDomainTime(exam, created.totals, style),
      '',
    );
    if (created.todayTasks.length === 0) {
      ctx.print(`Nothing planned today (${formatDate(created.today)}): a rest day.`);
    } else {
      const total = created.todayTasks.reduce((s, t) => s + t.minutes, 0);
      ctx.print(
        `${style.bold(`Today, ${formatDate(created.today)}`)} · ${formatMinutes(total)}`,
        ...renderTaskList(created.todayTasks, style, false),
      );
    }
    ctx.print('', style.dim('Next: certpace today · certpace plan show --week 1 · certpace quiz'));
    return 0;
  },
});
