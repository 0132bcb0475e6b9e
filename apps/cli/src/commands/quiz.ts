import { startQuiz } from '@certpace/study';
import { plural } from '../render/format.js';
import { PRACTICE_HELP, runPracticeQuiz } from '../screens/practiceQuiz.js';
import { renderPracticeResults } from '../views/quizResults.js';
import { defineCommand } from './types.js';

export const quizCommand = defineCommand({
  name: 'quiz',
  summary: 'A practice quiz: answer with the keyboard, see the explanation after each answer.',
  description:
    'Questions are weighted like your plan: weaker and bigger domains more often, missed questions due for review first, ' +
    'about a fifth never seen before. Each answer is saved as you give it; q or Ctrl-C stops the quiz and keeps them. ' +
    'When stdin is not a terminal, type one answer or command per line.',
  options: {
    exam: {
      type: 'string',
      value: '<code>',
      description: 'Exam (default: your plan’s, else the newest).',
    },
    domain: {
      type: 'string',
      value: '<id>',
      description: 'Only questions of this domain (see certpace exams AI-103).',
    },
    count: {
      type: 'string',
      value: '<n>',
      description: 'How many questions, 1 to 50 (default 10).',
    },
  },
  examples: [
    'certpace quiz',
    'certpace quiz --domain text-analysis --count 5',
    'certpace quiz --exam AI-102',
  ],
  async run(ctx, { options }) {
    const session = await ctx.session();
    const started = await startQuiz(session.deps, session.learner, {
      mode: 'practice',
      ...(options.exam === undefined ? {} : { exam: options.exam }),
      ...(options.domain === undefined ? {} : { domain: options.domain }),
      ...(options.count === undefined ? {} : { count: options.count }),
    });
    const { quiz } = started;
    const { style } = ctx;
    if (started.closedPrevious) {
      const kept = started.closedPrevious.participants[0]?.attempted ?? 0;
      ctx.print(
        style.dim(`Your unfinished quiz was closed with its ${plural(kept, 'answer')} kept.`),
      );
    }
    const mix = [
      started.reviews > 0 ? `${started.reviews} due for review` : '',
      started.unseen > 0 ? `${started.unseen} new to you` : '',
    ].filter(Boolean);
    ctx.print(
      `${style.bold(`Practice quiz: ${plural(quiz.total, 'question')}`)} on ${quiz.examRef}${mix.length ? ` (${mix.join(', ')})` : ''}.`,
      ...(started.shortfall > 0
        ? [style.yellow(`The bank had ${started.shortfall} fewer questions than asked.`)]
        : []),
      style.dim(PRACTICE_HELP[0]!),
    );
    const result = await runPracticeQuiz(ctx, session, quiz);
    ctx.print(
      '',
      ...renderPracticeResults(result, style),
      '',
      style.dim('See where you stand: certpace progress'),
    );
    return 0;
  },
});
