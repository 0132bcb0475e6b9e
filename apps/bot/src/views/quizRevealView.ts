import type { QuestionReview, RevealView } from '@certpace/study';
import { ButtonStyle } from 'discord.js';
import { button, buttonRows, linkButton, type MessageRow } from '../messages/components.js';
import { fitEmbed } from '../messages/embeds.js';
import type { ReplyPayload } from '../messages/payload.js';
import { truncate } from '../messages/truncate.js';
import { reportButtonId } from '../quizzes/customIds.js';
import { letters, QUIZ_COLOR, questionText, questionTitle } from './quizQuestionView.js';

const BAR_CELLS = 10;
const REVEALED_COLOR = 0x57f287;
/** How many correct answerers a reveal names before "and n more". */
const NAMED = 10;

/** A small bar of how many of `total` chose something: `████░░░░░░`. */
export function tallyBar(count: number, total: number): string {
  const filled = total === 0 ? 0 : Math.round((count / total) * BAR_CELLS);
  return `${'█'.repeat(filled)}${'░'.repeat(BAR_CELLS - filled)}`;
}

/** A person in a quiz message: a mention (it does not ping: mentions are off) or their name. */
export function personLabel(person: {
  readonly discordUserId: string | null;
  readonly displayName: string;
}): string {
  return person.discordUserId ? `<@${person.discordUserId}>` : person.displayName;
}

/** The docs link and the Report button under a question whose answer is shown. */
export function reviewRows(
  key: string,
  question: QuestionReview | null,
  questionId: string,
): MessageRow[] {
  return buttonRows([
    ...(question ? [linkButton({ url: question.docs, label: 'Docs' })] : []),
    button({
      customId: reportButtonId(key, questionId),
      label: 'Report',
      style: ButtonStyle.Secondary,
    }),
  ]);
}

function whoGotIt(reveal: RevealView): string {
  const right = reveal.answers.filter((a) => a.correct).sort((a, b) => b.points - a.points);
  if (reveal.answered === 0) return 'Nobody answered this one.';
  if (right.length === 0) return `${reveal.answered} answered; nobody got it.`;
  const named = right.slice(0, NAMED).map((a) => `${personLabel(a)} +${a.points}`);
  const more = right.length > NAMED ? ` and ${right.length - NAMED} more` : '';
  return `${reveal.correct} of ${reveal.answered} got it: ${named.join(', ')}${more}`;
}

/**
 * A group question at its deadline: the question with how many chose each
 * choice, the answer, the explanation, who got it, the docs and Report.
 */
export function groupRevealView(key: string, reveal: RevealView): ReplyPayload {
  const question = reveal.question;
  if (!question) {
    return {
      embeds: [
        fitEmbed({
          title: `Question ${reveal.index + 1} · closed`,
          description: `This question is no longer in the question bank, so its answer cannot be shown.\n\n${whoGotIt(reveal)}`,
          color: QUIZ_COLOR,
        }),
      ],
      components: reviewRows(key, null, reveal.questionId),
    };
  }
  const correctIds = new Set(question.answer);
  const explanation = `**Answer: ${letters(question.answer)}.** ${truncate(question.explanation.trim(), 1_200)}`;
  return {
    embeds: [
      fitEmbed({
        title: `${questionTitle(question)} · closed`,
        description: questionText(question, {
          marks: (id) =>
            `${correctIds.has(id) ? '✅' : '▫️'} \`${tallyBar(reveal.tally[id] ?? 0, reveal.answered)}\` ${reveal.tally[id] ?? 0} ·`,
          after: explanation,
        }),
        fields: [{ name: 'Results', value: whoGotIt(reveal) }],
        color: REVEALED_COLOR,
      }),
    ],
    components: reviewRows(key, question, reveal.questionId),
  };
}

/** A group question whose quiz was stopped before it closed: the answer, no tally. */
export function groupStoppedQuestionView(key: string, question: QuestionReview): ReplyPayload {
  const correctIds = new Set(question.answer);
  return {
    embeds: [
      fitEmbed({
        title: `${questionTitle(question)} · quiz stopped`,
        description: questionText(question, {
          marks: (id) => (correctIds.has(id) ? '✅' : '▫️'),
          after: `**Answer: ${letters(question.answer)}.** ${truncate(question.explanation.trim(), 1_200)}`,
        }),
        color: QUIZ_COLOR,
      }),
    ],
    components: reviewRows(key, question, question.id),
  };
}
