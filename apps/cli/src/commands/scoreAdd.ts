import { getExam, listLearnerPlans, recordScoreReport } from '@certpace/study';
import { parsePairs } from '../args/values.js';
import { UsageError } from '../errors/CliError.js';
import { formatDate, formatPercent } from '../render/format.js';
import { renderTable } from '../render/table.js';
import type { CliContext, Session } from '../runtime/context.js';
import { ask } from '../runtime/prompts.js';
import { renderPlanChange } from '../views/planChange.js';
import { JSON_OPTION, printJson } from './output.js';
import { defineCommand } from './types.js';

function wholeNumber(
  text: string,
  max: number,
  what: string,
): { value: number } | { error: string } {
  if (!/^\d+$/.test(text)) return { error: `${what}: type a whole number from 0 to ${max}.` };
  const value = Number(text);
  return value <= max ? { value } : { error: `${what}: type a whole number from 0 to ${max}.` };
}

/** The figures the options left out, asked one by one (Enter skips a domain the report does not show). */
async function promptMissing(
  ctx: CliContext,
  session: Session,
  exam: string | undefined,
  total: string | undefined,
  domains: Record<string, string>,
): Promise<{ total: string; domains: Record<string, string> }> {
  const outline = getExam(session.deps, exam === undefined ? {} : { exam });
  const noOneToAsk = () =>
    new UsageError(
      'There is no one to ask: give the figures as options, such as --total 712 --domain nlp=65.',
    );
  let answeredTotal = total;
  if (answeredTotal === undefined) {
    ctx.print(`Score report for ${outline.ref}: type the figures as the report shows them.`);
    const value = await ask(ctx, `Total score (0–${outline.maxScore}): `, (text) =>
      wholeNumber(text, outline.maxScore, 'Total'),
    );
    if (value === undefined) throw noOneToAsk();
    answeredTotal = String(value);
  }
  if (Object.keys(domains).length > 0) return { total: answeredTotal, domains };
  const asked: Record<string, string> = {};
  for (const domain of outline.domains) {
    const value = await ask(
      ctx,
      `${domain.name} (${domain.id}), % correct, Enter to skip: `,
      (text) => (text === '' ? { value: null } : wholeNumber(text, 100, domain.id)),
    );
    if (value === undefined) throw noOneToAsk();
    if (value !== null) asked[domain.id] = String(value);
  }
  return { total: answeredTotal, domains: asked };
}

export const scoreAddCommand = defineCommand({
  name: 'score add',
  summary: 'Record an official score report; it seeds your mastery and re-plans your plan.',
  description:
    'Give the total and the per-domain percentages as the report shows them; whatever you leave out is asked for.',
  options: {
    exam: {
      type: 'string',
      value: '<code>',
      description: 'Exam (default: your plan’s, else the newest).',
    },
    total: {
      type: 'string',
      value: '<0-1000>',
      description: 'The scaled total score on the report.',
    },
    domain: {
      type: 'string',
      multiple: true,
      value: '<id=percent>',
      description: 'A domain’s percentage; repeat per domain.',
    },
    date: {
      type: 'string',
      value: '<YYYY-MM-DD>',
      description: 'The day you took the exam (default: today).',
    },
    json: JSON_OPTION,
  },
  examples: [
    'certpace score add --total 712 --domain plan-manage=70 --domain generative-agentic=58 --domain computer-vision=80',
    'certpace score add',
  ],
  async run(ctx, { options }) {
    const session = await ctx.session();
    const pairs = Object.fromEntries(parsePairs(options.domain, '--domain', 'nlp=65'));
    const exam =
      options.exam ??
      (await listLearnerPlans(session.deps, session.learner)).find((p) => p.status === 'active')
        ?.examRef;
    const figures =
      options.total !== undefined && Object.keys(pairs).length > 0
        ? { total: options.total, domains: pairs }
        : await promptMissing(ctx, session, exam, options.total, pairs);
    const report = await recordScoreReport(session.deps, session.learner, {
      total: figures.total,
      domains: figures.domains,
      ...(exam === undefined ? {} : { exam }),
      ...(options.date === undefined ? {} : { takenOn: options.date }),
    });
    if (options.json) {
      printJson(ctx, report);
      return 0;
    }
    const { style } = ctx;
    const verdict = report.passed ? style.green('passed') : style.yellow('below the pass mark');
    const headline = `Score report recorded: ${report.total} of ${report.maxScore} on ${report.examRef}, ${formatDate(report.takenOn)}`;
    ctx.print(
      `${style.bold(headline)} (${verdict}; pass mark ${report.passingScore}).`,
      '',
      ...renderTable({
        style,
        indent: 2,
        columns: [
          { header: 'Domain' },
          { header: 'Report', align: 'right' },
          { header: 'Mastery before', align: 'right' },
          { header: 'After', align: 'right' },
        ],
        rows: report.mastery.map((m) => {
          const reported = report.domains.find((d) => d.domainId === m.domainId);
          return [
            m.name,
            reported ? `${reported.percent}%` : '–',
            formatPercent(m.before),
            formatPercent(m.after),
          ];
        }),
      }),
    );
    if (report.planChange) ctx.print('', ...renderPlanChange(report.planChange, style, false));
    return 0;
  },
});
