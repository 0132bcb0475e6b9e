import type { FinishResult, QuizView, StartedQuiz } from '@certpace/study';
import { type APIEmbed, TimestampStyles, time } from 'discord.js';
import { embedsFromLines } from '../messages/embeds.js';
import type { ReplyPayload } from '../messages/payload.js';
import { groupAnswerIds } from '../quizzes/customIds.js';
import { quizKey } from '../quizzes/quizKey.js';
import { answerRows, isMultiple, QUIZ_COLOR, questionEmbed } from './quizQuestionView.js';
import { groupReplanLines } from './quizReplanNotes.js';
import { personLabel } from './quizRevealView.js';

const MEDALS = ['🥇', '🥈', '🥉'];

function percent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

/** What /quiz start answers in the channel before the first question. */
export function groupIntroView(started: StartedQuiz, starterId: string): ReplyPayload {
  const { quiz } = started;
  const facts = [
    `**${quiz.total} question${quiz.total === 1 ? '' : 's'}**`,
    `${quiz.secondsPerQuestion ?? 30} s each`,
    quiz.examRef,
  ];
  const lines = [
    `<@${starterId}> started a quiz: ${facts.join(' · ')}.`,
    'Answer with the buttons under each question: your first answer counts, faster correct answers earn more, streaks add a bonus.',
  ];
  if (started.shortfall > 0) {
    lines.push(`The question bank had ${started.shortfall} fewer questions than asked for.`);
  }
  return { content: lines.join('\n') };
}

/** An open group question: the embed with a live countdown and the answer buttons (or menu). */
export function groupQuestionView(quiz: QuizView): ReplyPayload {
  const question = quiz.question;
  if (!question) throw new Error(`quiz ${quiz.quizId} has no open question to show`);
  const closes = quiz.deadline ?? new Date();
  const how = isMultiple(question)
    ? 'Pick every right choice in the menu: your first answer counts.'
    : 'Answer with the buttons: your first answer counts.';
  return {
    embeds: [
      questionEmbed(question, {
        after: `⏱️ Answers close ${time(closes, TimestampStyles.RelativeTime)}`,
        footer: `${how} · ${quiz.examRef}`,
      }),
    ],
    components: answerRows(question, groupAnswerIds(quizKey(quiz.quizId), question.id)),
  };
}

/** `🥇 @ana · **320** pts · 3/3 right (100%) · best streak 3` (and how many were answered, if not all). */
function leaderboardLines(result: FinishResult): string[] {
  return result.participants.map((p) => {
    const place = MEDALS[p.rank - 1] ?? `${p.rank}.`;
    const answered =
      p.attempted < p.questions ? ` · ${p.attempted} of ${p.questions} answered` : '';
    const streak = p.bestStreak > 1 ? ` · best streak ${p.bestStreak}` : '';
    return `${place} ${personLabel(p)} · **${p.points}** pts · ${p.correct}/${p.attempted} right (${percent(p.accuracy)})${answered}${streak}`;
  });
}

/** How the quiz ended, as a first line. */
function endLine(result: FinishResult, stoppedBy?: string): string {
  const played = result.review.length;
  if (result.finishReason === 'stopped') {
    return stoppedBy ? `Stopped by <@${stoppedBy}>.` : 'The quiz was stopped.';
  }
  return `All ${played} question${played === 1 ? '' : 's'} played.`;
}

/**
 * The end of a group quiz: the leaderboard with points, accuracy and
 * streaks, the channel's results per domain, and brief replan notes.
 */
export function groupResultsView(
  result: FinishResult,
  options: { readonly stoppedBy?: string; readonly note?: string } = {},
): ReplyPayload {
  const lines = [options.note, endLine(result, options.stoppedBy), ''].filter(
    (l): l is string => l !== undefined,
  );
  if (result.participants.length === 0)
    lines.push('Nobody answered, so there is no leaderboard this time.');
  else lines.push(...leaderboardLines(result));
  const domains = result.perDomain
    .filter((d) => d.attempted > 0)
    .map((d) => `${d.name}: ${d.correct}/${d.attempted}`);
  const embeds: APIEmbed[] = embedsFromLines({
    title: `Quiz results · ${result.examRef}`,
    lines,
    color: QUIZ_COLOR,
    ...(domains.length > 0
      ? { fields: [{ name: 'Correct answers by domain', value: domains.join('\n') }] }
      : {}),
    footer: 'Missed questions come back in your reviews. Points count toward /leaderboard.',
  });
  const replans = groupReplanLines(result);
  if (replans.length > 0) {
    embeds.push(...embedsFromLines({ title: 'Plans adjusted', lines: replans, color: QUIZ_COLOR }));
  }
  return { embeds };
}

/**
 * Posted when a quiz that was running at a restart was closed by study, its
 * answers kept: study's reason (worded for a group quiz) under the restart.
 */
export function groupClosedAtRestartView(reason: string, result: FinishResult): ReplyPayload {
  return groupResultsView(result, { note: `I restarted. ${reason}` });
}
