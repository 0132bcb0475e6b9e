import type { QuizView, StartedQuiz } from '@certpace/study';
import { ButtonStyle, TimestampStyles, time } from 'discord.js';
import { button, buttonRows, type MessageRow, selectMenuRow } from '../messages/components.js';
import { fitEmbed } from '../messages/embeds.js';
import type { ReplyPayload } from '../messages/payload.js';
import { truncate } from '../messages/truncate.js';
import { soloAnswerIds, soloId } from '../quizzes/customIds.js';
import { quizKey } from '../quizzes/quizKey.js';
import { answerRows, letters, QUIZ_COLOR, questionEmbed } from './quizQuestionView.js';

const MINUTE = 60_000;

function minutes(ms: number): string {
  return `${Math.max(1, Math.round(Math.abs(ms) / MINUTE))} min`;
}

/** "38 min left", "under a minute left". */
function timeLeft(remainingMs: number): string {
  return remainingMs < MINUTE
    ? 'under a minute left'
    : `${Math.floor(remainingMs / MINUTE)} min left`;
}

/** "Question 12 of 50 · 38 min left · 2 min ahead of pace" */
export function paceLine(quiz: QuizView): string {
  const position = quiz.question ? quiz.question.index + 1 : quiz.answered;
  const parts = [`Question ${position} of ${quiz.total}`, timeLeft(quiz.remainingMs ?? 0)];
  const pacing = quiz.pacing;
  if (pacing) {
    parts.push(
      pacing.status === 'on-pace'
        ? 'on pace'
        : pacing.status === 'ahead'
          ? `${minutes(pacing.aheadMs)} ahead of pace`
          : `${minutes(pacing.aheadMs)} behind pace`,
    );
  }
  return parts.join(' · ');
}

/** The DM that opens a mock exam: what it is and when it ends. */
export function mockIntroView(started: StartedQuiz): ReplyPayload {
  const { quiz } = started;
  const ends = quiz.endsAt ?? new Date();
  const minutesTotal = Math.round((ends.getTime() - quiz.startedAt.getTime()) / MINUTE);
  const lines = [
    `**${quiz.examRef} mock exam** · ${quiz.total} questions · ${minutesTotal} minutes · ends ${time(ends, TimestampStyles.ShortTime)} (${time(ends, TimestampStyles.RelativeTime)})`,
    'Like the real exam: change answers and flag questions until you submit or the time runs out; the explanations come at the end. The line above each question tells you whether you are ahead of the pace you need.',
  ];
  if (started.closedPrevious) {
    lines.push('Your previous mock exam was submitted as it stood, with its answers kept.');
  }
  if (started.shortfall > 0) {
    lines.push(`The question bank had ${started.shortfall} fewer questions than the exam has.`);
  }
  return { content: lines.join('\n') };
}

function navRow(quiz: QuizView, owner: string, key: string): MessageRow[] {
  const question = quiz.question;
  if (!question) return [];
  const flagged = quiz.flagged.includes(question.id);
  return buttonRows([
    button({
      customId: soloId('mock', 'flag', owner, key, question.id, flagged ? '0' : '1'),
      label: flagged ? 'Unflag' : 'Flag',
      emoji: '🚩',
    }),
    button({
      customId: soloId('mock', 'go', owner, key, 'previous'),
      label: 'Previous',
      disabled: question.index === 0,
    }),
    button({
      customId: soloId('mock', 'go', owner, key, 'next'),
      label: 'Next',
      style: ButtonStyle.Primary,
      disabled: question.index === quiz.total - 1,
    }),
    button({ customId: soloId('mock', 'review', owner, key), label: 'Review' }),
    button({
      customId: soloId('mock', 'submit', owner, key),
      label: 'Submit',
      style: ButtonStyle.Success,
    }),
  ]);
}

/** The question on screen, with the pace line, its answer (changeable), flag and navigation. */
export function mockQuestionView(quiz: QuizView, owner: string): ReplyPayload {
  const question = quiz.question;
  if (!question)
    return mockClosedView(
      quiz.status === 'running' ? 'This question cannot be shown.' : 'This mock exam has ended.',
    );
  const key = quizKey(quiz.quizId);
  const chosen = quiz.sheet?.[question.index]?.chosen;
  const flagged = quiz.flagged.includes(question.id);
  const status = [
    chosen ? `Your answer: **${letters(chosen)}**` : 'Not answered yet',
    flagged ? '🚩 flagged for review' : '',
  ].filter(Boolean);
  return {
    content: paceLine(quiz),
    embeds: [
      questionEmbed(question, {
        after: `${status.join(' · ')}\n⏱️ Time ends ${time(quiz.endsAt ?? new Date(), TimestampStyles.RelativeTime)}`,
        footer: `${quiz.answered} of ${quiz.total} answered · ${quiz.flagged.length} flagged · ${quiz.examRef} mock exam`,
      }),
    ],
    components: [
      ...answerRows(
        question,
        soloAnswerIds('mock', owner, key, question.id),
        chosen ? { chosen } : {},
      ),
      ...navRow(quiz, owner, key),
    ],
  };
}

function numbers(indexes: readonly number[]): string {
  return indexes.length === 0 ? 'none' : truncate(indexes.map((i) => i + 1).join(', '), 900);
}

/** The review screen: unanswered and flagged questions, with a way to go to any of them. */
export function mockReviewView(quiz: QuizView, owner: string): ReplyPayload {
  const key = quizKey(quiz.quizId);
  const sheet = quiz.sheet ?? [];
  const unanswered = sheet.filter((e) => !e.chosen).map((e) => e.index);
  const flagged = sheet.filter((e) => e.flagged).map((e) => e.index);
  const targets = [...new Set([...flagged, ...unanswered])].sort((a, b) => a - b).slice(0, 25);
  const rows: MessageRow[] = [];
  if (targets.length > 0) {
    rows.push(
      selectMenuRow({
        customId: soloId('mock', 'goto', owner, key),
        placeholder: 'Go to a question…',
        options: targets.map((i) => {
          const entry = sheet[i];
          const state = [
            entry?.flagged ? 'flagged' : '',
            entry?.chosen ? `answered ${letters(entry.chosen)}` : 'unanswered',
          ].filter(Boolean);
          return { label: `Question ${i + 1}`, value: String(i), description: state.join(' · ') };
        }),
      }),
    );
  }
  rows.push(
    ...buttonRows([
      button({
        customId: soloId('mock', 'back', owner, key),
        label: 'Back to the question',
        style: ButtonStyle.Primary,
      }),
      button({
        customId: soloId('mock', 'go', owner, key, 'next-unanswered'),
        label: 'Next unanswered',
        disabled: unanswered.length === 0,
      }),
      button({
        customId: soloId('mock', 'go', owner, key, 'next-flagged'),
        label: 'Next flagged',
        disabled: flagged.length === 0,
      }),
      button({
        customId: soloId('mock', 'submit', owner, key),
        label: 'Submit',
        style: ButtonStyle.Success,
      }),
    ]),
  );
  return {
    content: paceLine(quiz),
    embeds: [
      fitEmbed({
        title: `Review · ${quiz.examRef} mock exam`,
        description: [
          `**Answered:** ${quiz.answered} of ${quiz.total}`,
          `**Unanswered (${unanswered.length}):** ${numbers(unanswered)}`,
          `**Flagged (${flagged.length}):** ${numbers(flagged)}`,
          '',
          `⏱️ Time ends ${time(quiz.endsAt ?? new Date(), TimestampStyles.RelativeTime)}`,
        ].join('\n'),
        color: QUIZ_COLOR,
      }),
    ],
    components: rows,
  };
}

/** Asked before submitting with questions unanswered. */
export function mockConfirmView(quiz: QuizView, owner: string): ReplyPayload {
  const key = quizKey(quiz.quizId);
  const unanswered = quiz.total - quiz.answered;
  return {
    content: paceLine(quiz),
    embeds: [
      fitEmbed({
        title: 'Submit your exam?',
        description: `${unanswered} question${unanswered === 1 ? ' is' : 's are'} unanswered: ${unanswered === 1 ? 'it counts' : 'they count'} as wrong, as on the real exam. You can go back and answer until the time runs out.`,
        color: 0xfee75c,
      }),
    ],
    components: buttonRows([
      button({
        customId: soloId('mock', 'confirm', owner, key),
        label: 'Submit now',
        style: ButtonStyle.Danger,
      }),
      button({ customId: soloId('mock', 'back', owner, key), label: 'Back to the exam' }),
    ]),
  };
}

/** What the exam message turns into once the exam is over: no buttons left to press. */
export function mockClosedView(text: string): ReplyPayload {
  return { content: text, embeds: [], components: [] };
}
