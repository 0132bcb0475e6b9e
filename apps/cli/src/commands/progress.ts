import { getProgress } from '@certpace/study';
import { renderProgress } from '../views/progressView.js';
import { JSON_OPTION, printJson } from './output.js';
import { defineCommand } from './types.js';

export const progressCommand = defineCommand({
  name: 'progress',
  summary:
    'Mastery per domain against the exam’s weights, readiness, streak and quiz history, with a chart.',
  options: {
    exam: {
      type: 'string',
      value: '<code>',
      description: 'Exam (default: your plan’s, else the newest).',
    },
    json: JSON_OPTION,
  },
  examples: ['certpace progress', 'certpace progress --exam AI-102', 'certpace progress --json'],
  async run(ctx, { options }) {
    const { deps, learner } = await ctx.session();
    const progress = await getProgress(
      deps,
      learner,
      options.exam === undefined ? {} : { exam: options.exam },
    );
    if (options.json) printJson(ctx, progress);
    else ctx.print(...renderProgress(progress, ctx.style, ctx.terminal.columns));
    return 0;
  },
});
