import type { QuestionView } from '@certpace/study';
import { type APIEmbed, ButtonStyle } from 'discord.js';
import { button, buttonRows, type MessageRow, selectMenuRow } from '../messages/components.js';
import { fitEmbed } from '../messages/embeds.js';
import { LIMITS } from '../messages/limits.js';
import { truncate } from '../messages/truncate.js';

export const QUIZ_COLOR = 0x5865f2;

/** Longest text of one choice in a question message; prompts give way first. */
const CHOICE_TEXT_MAX = 400;

/** `Question 3 of 10 · Implement computer vision solutions` */
export function questionTitle(
  question: Pick<QuestionView, 'index' | 'total' | 'domainName'>,
): string {
  return truncate(
    `Question ${question.index + 1} of ${question.total} · ${question.domainName}`,
    LIMITS.embedTitle,
  );
}

/** Whether a question is answered with a select menu ("choose all that apply") rather than buttons. */
export function isMultiple(question: Pick<QuestionView, 'type' | 'answerCount'>): boolean {
  return question.type === 'multiple' || question.answerCount > 1;
}

/**
 * A question's prompt and lettered choices, with `before` and `after` text,
 * within an embed description. The choices are never cut short (they are
 * what people answer with): the prompt gives way first.
 */
export function questionText(
  question: QuestionView,
  options: {
    readonly marks?: (choiceId: string) => string;
    readonly before?: string;
    readonly after?: string;
  } = {},
): string {
  const choices = question.choices
    .map((c) => {
      const mark = options.marks ? `${options.marks(c.id)} ` : '';
      return `${mark}**${c.label}** ${truncate(c.text.trim(), CHOICE_TEXT_MAX)}`;
    })
    .join('\n');
  const multiple = isMultiple(question) ? '\n*Choose all that apply.*' : '';
  const head = options.before ? `${options.before}\n\n` : '';
  const tail = options.after ? `\n\n${options.after}` : '';
  const fixed = head.length + multiple.length + tail.length + choices.length + 2;
  const prompt = truncate(question.prompt.trim(), Math.max(100, LIMITS.embedDescription - fixed));
  return truncate(`${head}${prompt}\n\n${choices}${multiple}${tail}`, LIMITS.embedDescription);
}

/** The embed of an open question. */
export function questionEmbed(
  question: QuestionView,
  options: { readonly before?: string; readonly after?: string; readonly footer?: string } = {},
): APIEmbed {
  return fitEmbed({
    title: questionTitle(question),
    description: questionText(question, options),
    color: QUIZ_COLOR,
    ...(options.footer ? { footer: options.footer } : {}),
  });
}

/**
 * How a question is answered: buttons `A`–`F` in the order of the choices, or
 * a select menu for a multiple-answer question. `chosen` choices are shown
 * selected (a mock exam's current answer).
 */
export function answerRows(
  question: QuestionView,
  ids: { readonly button: (choiceId: string) => string; readonly select: string },
  options: { readonly chosen?: readonly string[]; readonly disabled?: boolean } = {},
): MessageRow[] {
  const chosen = new Set(options.chosen ?? []);
  if (isMultiple(question)) {
    return [
      selectMenuRow({
        customId: ids.select,
        placeholder:
          chosen.size > 0
            ? `Answered ${[...chosen].map((c) => c.toUpperCase()).join(', ')}: change it here`
            : 'Choose all that apply',
        options: question.choices.map((c) => ({
          label: `${c.label} · ${c.text.trim()}`,
          value: c.id,
          ...(chosen.has(c.id) ? { default: true } : {}),
        })),
        minValues: 1,
        maxValues: question.answerCount > 1 ? question.choices.length : 1,
        ...(options.disabled ? { disabled: true } : {}),
      }),
    ];
  }
  return buttonRows(
    question.choices.map((c) =>
      button({
        customId: ids.button(c.id),
        label: c.label,
        style: chosen.has(c.id) ? ButtonStyle.Primary : ButtonStyle.Secondary,
        ...(options.disabled ? { disabled: true } : {}),
      }),
    ),
  );
}

/** Choice ids as the letters people read: `['a', 'c']` -> `A, C`. */
export function letters(choices: readonly string[]): string {
  return choices.map((c) => c.toUpperCase()).join(', ');
}
