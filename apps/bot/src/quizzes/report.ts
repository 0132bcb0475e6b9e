import { QUESTION_REPORT_REASONS, reportQuestion } from '@certpace/study';
import { ComponentType, ModalBuilder, TextInputStyle } from 'discord.js';
import { learnerOf, studyDeps } from '../commands/learnerContext.js';
import type { ComponentContext, ModalContext } from '../framework/types.js';
import { UserError } from '../framework/UserError.js';
import { reportModalId } from './customIds.js';
import { quizArgs, requiredArg } from './quizArgs.js';

const REASON_LABELS: Readonly<Record<string, string>> = {
  'wrong-answer': 'The answer is wrong',
  unclear: 'The question is unclear',
  outdated: 'It is out of date',
  typo: 'A typo or formatting',
  other: 'Something else',
};

export const NOTE_MAX = 1_000;

/** The Report button: a form with the reason (a menu) and an optional note. */
export async function openReport(ctx: ComponentContext): Promise<void> {
  const [key] = ctx.id.args;
  const { rest } = quizArgs(ctx.id);
  const questionId = requiredArg(rest, 0);
  const modal = new ModalBuilder()
    .setCustomId(reportModalId(ctx.user.id, key ?? '', questionId))
    .setTitle('Report this question')
    .addLabelComponents(
      {
        type: ComponentType.Label,
        label: 'What is wrong?',
        component: {
          type: ComponentType.StringSelect,
          custom_id: 'reason',
          min_values: 1,
          max_values: 1,
          options: QUESTION_REPORT_REASONS.map((reason) => ({
            label: REASON_LABELS[reason] ?? reason,
            value: reason,
          })),
        },
      },
      {
        type: ComponentType.Label,
        label: 'Details (optional)',
        description: 'What should it say instead? A link to the docs helps.',
        component: {
          type: ComponentType.TextInput,
          custom_id: 'note',
          style: TextInputStyle.Paragraph,
          required: false,
          max_length: NOTE_MAX,
        },
      },
    );
  await ctx.respond.showModal(modal);
}

/** The submitted form: the report is kept through study and acknowledged privately. */
export async function submitReport(ctx: ModalContext): Promise<void> {
  const { quizId, rest } = quizArgs(ctx.id);
  const questionId = requiredArg(rest, 0);
  const reason = ctx.interaction.fields.getStringSelectValues('reason')[0];
  if (!reason)
    throw new UserError('REPORT_REASON_MISSING', 'Pick what is wrong with the question.');
  const note = ctx.interaction.fields.getTextInputValue('note').trim();
  const learner = await learnerOf(ctx.deps, ctx.user);
  await reportQuestion(studyDeps(ctx.deps), learner, {
    questionId,
    quizId,
    reason,
    ...(note ? { note } : {}),
  });
  ctx.log.info({ quizId, questionId, reason }, 'question reported');
  await ctx.respond.reply({
    content: `Thanks: your report on question \`${questionId}\` (${(REASON_LABELS[reason] ?? reason).toLowerCase()}) is kept for the people who maintain the question bank.`,
    ephemeral: true,
  });
}
