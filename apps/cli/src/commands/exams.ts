import { shippedBanks } from '@certpace/content';
import { type ExamView, getExam, listExams } from '@certpace/study';
import { formatMinutes, formatPercent } from '../render/format.js';
import { renderTable } from '../render/table.js';
import type { CliContext } from '../runtime/context.js';
import { JSON_OPTION, printJson } from './output.js';
import { defineCommand } from './types.js';

function status(exam: ExamView): string {
  const successor = exam.successor ? ` (successor ${exam.successor})` : '';
  if (exam.retired) return `retired ${exam.retiresOn ?? ''}${successor}`.replace('  ', ' ');
  if (exam.retiresOn) return `retires ${exam.retiresOn}${successor}`;
  return exam.isDefault ? 'current, the default for new plans' : 'current';
}

/** Two lines per exam (its title, then its facts), so the list fits a narrow terminal. */
function listAll(ctx: CliContext, exams: readonly ExamView[]): void {
  const { style } = ctx;
  const banks = new Map(shippedBanks().map((b) => [b.ref as string, b.questions]));
  const width = Math.max(...exams.map((e) => e.ref.length));
  for (const exam of exams) {
    const facts = [
      `${exam.questionCount} questions in ${formatMinutes(exam.durationMinutes)}`,
      `pass at ${exam.passingScore}`,
      `${banks.get(exam.ref) ?? 0} in the question bank`,
      exam.retired
        ? style.dim(status(exam))
        : exam.isDefault
          ? style.green(status(exam))
          : status(exam),
    ];
    ctx.print(
      `${style.bold(exam.ref.padEnd(width))}  ${exam.title}`,
      `${' '.repeat(width)}  ${facts.join(' · ')}`,
    );
  }
  ctx.print('', style.dim('Domains and weights of one exam: certpace exams AI-103'));
}

function showOne(ctx: CliContext, exam: ExamView): void {
  const { style } = ctx;
  ctx.print(
    `${style.bold(exam.ref)}  ${exam.title}`,
    `${exam.questionCount} questions in ${formatMinutes(exam.durationMinutes)}, pass at ${exam.passingScore} of ${exam.maxScore} · ${status(exam)}`,
    style.dim(exam.source),
    '',
    ...renderTable({
      style,
      columns: [
        { header: 'Domain id' },
        { header: 'Weight', align: 'right' },
        { header: 'Share', align: 'right' },
        { header: 'Name' },
      ],
      rows: exam.domains.map((d) => [
        d.id,
        `${d.weight[0]}–${d.weight[1]}%`,
        formatPercent(d.share),
        d.name,
      ]),
    }),
  );
}

export const examsCommand = defineCommand({
  name: 'exams',
  summary: 'List the exams certpace knows, or show one exam’s domains and weights.',
  positionals: [
    {
      name: 'exam',
      description: 'An exam code (AI-103) or outline (AI-102@2024-06).',
      required: false,
    },
  ],
  options: { json: JSON_OPTION },
  examples: ['certpace exams', 'certpace exams AI-103', 'certpace exams --json'],
  async run(ctx, { options, positionals }) {
    const deps = { clock: ctx.clock };
    const ref = positionals[0];
    if (ref !== undefined) {
      const exam = getExam(deps, { exam: ref });
      if (options.json) printJson(ctx, exam);
      else showOne(ctx, exam);
      return 0;
    }
    const exams = listExams(deps);
    if (options.json) printJson(ctx, exams);
    else listAll(ctx, exams);
    return 0;
  },
});
