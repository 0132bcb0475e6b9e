import { getExam, getPlan, getWeek, listLearnerPlans } from '@certpace/study';
import { renderDomainTime, renderPlanHeader, renderWarnings } from '../../views/planSummary.js';
import { renderWeek } from '../../views/weekTable.js';
import { JSON_OPTION, printJson } from '../output.js';
import { defineCommand } from '../types.js';

export const planShowCommand = defineCommand({
  name: 'plan show',
  summary: 'Your plan and one week of it (this week by default).',
  options: {
    week: {
      type: 'string',
      value: '<n>',
      description: '0 = this week, 1 = next week, -1 = last week, ...',
    },
    json: JSON_OPTION,
  },
  examples: [
    'certpace plan show',
    'certpace plan show --week 1',
    'certpace plan show --week 1 --json',
  ],
  async run(ctx, { options }) {
    const { deps, learner } = await ctx.session();
    const week = await getWeek(
      deps,
      learner,
      options.week === undefined ? {} : { week: options.week },
    );
    const plans = await listLearnerPlans(deps, learner);
    const details = await Promise.all(plans.map((p) => getPlan(deps, learner, { planId: p.id })));
    if (options.json) {
      printJson(ctx, { plans: details.map((d) => ({ plan: d.plan, totals: d.totals })), week });
      return 0;
    }
    const { style } = ctx;
    for (const detail of details) {
      ctx.print(
        ...renderPlanHeader(detail.plan, detail.totals, style),
        ...renderWarnings(detail.plan.warnings, style, Math.min(ctx.terminal.columns, 100)),
      );
      if (options.week === undefined) {
        ctx.print(
          '',
          'Time per domain:',
          ...renderDomainTime(getExam(deps, { exam: detail.plan.examRef }), detail.totals, style),
        );
      }
      ctx.print('');
    }
    ctx.print(...renderWeek(week, style));
    return 0;
  },
});
