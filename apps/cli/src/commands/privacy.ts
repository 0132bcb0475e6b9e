import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deleteLearnerData, exportLearnerData } from '@certpace/study';
import { CliError, UsageError } from '../errors/CliError.js';
import { confirm } from '../runtime/prompts.js';
import { defineCommand } from './types.js';

export const privacyExportCommand = defineCommand({
  name: 'privacy export',
  summary: 'Everything certpace stores about you, as JSON.',
  options: {
    out: {
      type: 'string',
      value: '<file>',
      description: 'Write it to this file (default: print it).',
    },
  },
  examples: [
    'certpace privacy export --out my-certpace-data.json',
    'certpace privacy export > data.json',
  ],
  async run(ctx, { options }) {
    const { deps, learner } = await ctx.session();
    const data = await exportLearnerData(deps, learner);
    const text = `${JSON.stringify(data, null, 2)}\n`;
    if (options.out === undefined) {
      ctx.terminal.write(text);
      return 0;
    }
    const file = resolve(options.out);
    try {
      writeFileSync(file, text, { encoding: 'utf8', mode: 0o600 });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      throw new CliError(
        `Cannot write ${file} (${code}): choose a file in a folder you can write to.`,
      );
    }
    ctx.print(`Wrote everything stored about ${ctx.user.displayName} to ${file}.`);
    return 0;
  },
});

export const privacyDeleteCommand = defineCommand({
  name: 'privacy delete',
  summary: 'Delete everything certpace stores about you (asks first unless --yes).',
  options: {
    yes: { type: 'boolean', short: 'y', description: 'Do not ask for confirmation.' },
  },
  examples: ['certpace privacy delete', 'certpace privacy delete --yes'],
  async run(ctx, { options }) {
    const { deps, learner } = await ctx.session();
    if (!options.yes) {
      const answer = await confirm(
        ctx,
        `Delete everything certpace stores about ${learner.displayName} (plans, quizzes, answers, score reports)? This cannot be undone. [y/N] `,
      );
      if (answer === undefined) {
        throw new UsageError(
          'Nothing to confirm with: run certpace privacy delete --yes to delete without asking.',
        );
      }
      if (!answer) throw new CliError('Nothing was deleted.');
    }
    await deleteLearnerData(deps, learner);
    ctx.print(`Deleted everything certpace stored about ${learner.displayName}.`);
    return 0;
  },
});
