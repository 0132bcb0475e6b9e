import type { FinishResult, QuestionReview, QuizView } from '@certpace/study';
import { ButtonStyle, TimestampStyles, time } from 'discord.js';
import { button, buttonRows, linkButton } from '../messages/components.js';
import { embedsFromLines, fitEmbed } from '../messages/embeds.js';
import type { ReplyPayload } from '../messages/payload.js';
import { truncate } from '../messages/truncate.js';
import { reportButtonId, soloAnswerIds, soloId } from '../quizzes/customIds.js';
import { quizKey } from '../quizzes/quizKey.js';
import {
  answerRows,
  letters,
  QUIZ_COLOR,
  questionEmbed,
  questionText,
  questionTitle,
} from './quizQuestionView.js';
import { soloReplanNote } from './quizReplanNotes.js';

const RIGHT_COLOR = 0x57f287;
const WRONG_COLOR = 0xed4245;

function percent(correct: number, of: number): string {
  return of === 0 ? '0%' : `${Math.round((correct / of) * 100)}%`;
}

/** A practice question, answered with buttons (or a menu), with a way to stop early. */
export function practiceQuestionView(
  quiz: QuizView,
  owner: string,
  notes: readonly string[] = [],
): ReplyPayload {
  const question = quiz.question;
  if (!question) throw new Error(`practice quiz ${quiz.quizId} has no open question`);
  const key = quizKey(quiz.quizId);
  return {
    embeds: [
      questionEmbed(question, {
        ...(notes.length > 0 ? { before: notes.join('\n') } : {}),
        footer: `Practice · ${quiz.examRef} · the explanation follows each answer`,
      }),
    ],
    components: [
      ...answerRows(question, soloAnswerIds('practice', owner, key, question.id)),
      ...buttonRows([
        button({ customId: soloId('practice', 'end', owner, key), label: 'End practice' }),
      ]),
    ],
  };
}

/** After an answer: right or wrong, the key, the explanation, the docs, Next and Report. */
export function practiceFeedbackView(input: {
  readonly quizId: string;
  readonly owner: string;
  readonly review: QuestionReview;
  readonly chosen: readonly string[];
  readonly correct: boolean;
  readonly last: boolean;
}): ReplyPayload {
  const { review, chosen, correct } = input;
  const key = quizKey(input.quizId);
  const answer = new Set(review.answer);
  const picked = new Set(chosen);
  const verdict = correct
    ? '✅ **Correct!**'
    : `❌ **Not quite.** You chose ${letters(chosen)}; the answer is ${letters(review.answer)}.`;
  return {
    embeds: [
      fitEmbed({
        title: questionTitle(review),
        description: questionText(review, {
          marks: (id) => (answer.has(id) ? '✅' : picked.has(id) ? '❌' : '▫️'),
          before: verdict,
          after: `**Why:** ${truncate(review.explanation.trim(), 1_500)}`,
        }),
        color: correct ? RIGHT_COLOR : WRONG_COLOR,
        footer: `Practice · question ${review.index + 1} of ${review.total}`,
      }),
    ],
    components: buttonRows([
      button({
        customId: soloId('practice', 'next', input.owner, key, String(review.index)),
        label: input.last ? 'See my results' : 'Next question',
        style: ButtonStyle.Primary,
      }),
      linkButton({ url: review.docs, label: 'Docs' }),
      button({ customId: reportButtonId(key, review.id), label: 'Report' }),
    ]),
  };
}

/** The end of a practice quiz: the score, per domain, reviews scheduled and the plan note. */
export function practiceSummaryView(
  result: FinishResult,
  notes: readonly string[] = [],
): ReplyPayload {
  const me = result.participants[0];
  const outcome = result.learners[0];
  const correct = me?.correct ?? 0;
  const attempted = me?.attempted ?? 0;
  const lines = [
    ...notes,
    `**${correct} of ${attempted} correct** (${percent(correct, attempted)})${
      attempted < result.review.length ? ` · ${result.review.length - attempted} not answered` : ''
    }`,
    '',
    ...result.perDomain
      .filter((d) => d.attempted > 0)
      .map((d) => `${d.name}: ${d.correct}/${d.attempted}`),
  ];
  if (outcome && outcome.reviewsScheduled > 0 && outcome.nextReviewAt) {
    lines.push(
      '',
      `${outcome.reviewsScheduled} missed question${outcome.reviewsScheduled === 1 ? '' : 's'} will come back for review from ${time(outcome.nextReviewAt, TimestampStyles.RelativeTime)}.`,
    );
  }
  const note = soloReplanNote(result);
  if (note) lines.push('', note);
  return {
    embeds: embedsFromLines({
      title: `Practice results · ${result.examRef}`,
      lines,
      color: QUIZ_COLOR,
      footer: 'Run /practice again for more; /progress shows your mastery per domain.',
    }),
    components: [],
  };
}
