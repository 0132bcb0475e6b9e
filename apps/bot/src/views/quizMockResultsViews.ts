import type { FinishResult, ReviewItem } from '@certpace/study';
import { type APIEmbed, ButtonStyle } from 'discord.js';
import { button, buttonRows } from '../messages/components.js';
import { fitEmbed } from '../messages/embeds.js';
import type { ReplyPayload } from '../messages/payload.js';
import { truncate } from '../messages/truncate.js';
import { reportButtonId, soloId } from '../quizzes/customIds.js';
import { quizKey } from '../quizzes/quizKey.js';
import { letters, QUIZ_COLOR } from './quizQuestionView.js';
import { soloReplanNote } from './quizReplanNotes.js';

/** Missed questions per page: three embeds of at most MISSED_EMBED_MAX stay under 6,000. */
export const MISSED_PER_PAGE = 3;
/** Title and description of one missed question, so a page always fits one message. */
export const MISSED_EMBED_MAX = 1_950;
const MISSED_TITLE_MAX = 150;
const MINUTE = 60_000;

function percent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

function pacingLine(result: FinishResult): string | undefined {
  const pacing = result.pacing;
  if (!pacing) return undefined;
  const used = Math.round(pacing.elapsedMs / MINUTE);
  const allowed = Math.round((pacing.budgetMs * pacing.questionCount) / MINUTE);
  const ahead = Math.round(Math.abs(pacing.aheadMs) / MINUTE);
  const pace =
    pacing.status === 'on-pace'
      ? 'on pace'
      : `${ahead} min ${pacing.status === 'ahead' ? 'ahead of' : 'behind'} pace`;
  return `**Time:** used ${used} of ${allowed} min · ${pace} at the end`;
}

/** Questions missed: answered wrong or not answered (both count against the score). */
export function missedQuestions(result: FinishResult): ReviewItem[] {
  return result.review.filter((item) => item.correct !== true);
}

/** The results of a mock: the estimate with its interval and pass chance, per domain, pacing. */
export function mockResultsView(result: FinishResult, headline: string): ReplyPayload {
  const me = result.participants[0];
  const questions = result.review.length;
  const lines = [headline, ''];
  const estimate = result.estimate;
  if (estimate) {
    lines.push(
      `**Estimated score: ${Math.round(estimate.expectedScore)}** (likely ${Math.round(estimate.low)}–${Math.round(estimate.high)} of ${estimate.maxScore}; pass mark ${estimate.passingScore})`,
      `**Pass probability: ${percent(estimate.passProbability)}** · an estimate: Microsoft's scaling is not linear, so treat it as a guide, not your real score.`,
    );
  }
  if (me) {
    lines.push(
      `**Answered:** ${me.attempted} of ${questions} · **correct:** ${me.correct} (${percent(questions === 0 ? 0 : me.correct / questions)} of all questions)`,
    );
  }
  const pacing = pacingLine(result);
  if (pacing) lines.push(pacing);
  const note = soloReplanNote(result);
  if (note) lines.push('', note);
  return {
    embeds: [
      fitEmbed({
        title: `Mock exam results · ${result.examRef}`,
        description: lines.join('\n'),
        color: QUIZ_COLOR,
        fields: result.perDomain.map((d) => ({
          name: d.name,
          value: `${d.correct} of ${d.questions} correct${d.attempted < d.questions ? ` · ${d.questions - d.attempted} unanswered` : ''}`,
        })),
        footer: 'Unanswered questions count as wrong, as on the real exam.',
      }),
    ],
  };
}

/** One missed question: the prompt and choices, what was chosen, the key, the docs, the why. */
export function missedEmbed(item: ReviewItem): APIEmbed {
  const yours = item.chosen && item.chosen.length > 0 ? letters(item.chosen) : 'not answered';
  const title = truncate(
    `Question ${item.index + 1} · ${item.domainName}${item.flagged ? ' · 🚩' : ''}`,
    MISSED_TITLE_MAX,
  );
  const choices = item.choices.map((c) => `**${c.label}** ${truncate(c.text.trim(), 150)}`);
  const head = [
    truncate(item.prompt.trim(), 500),
    truncate(choices.join('\n'), 600),
    `**Your answer:** ${yours} · **Answer:** ${letters(item.answer)} · [Docs](${item.docs})`,
  ].join('\n\n');
  // The explanation takes what is left, so the whole never passes the page's share.
  const room = MISSED_EMBED_MAX - title.length - head.length - 2;
  return fitEmbed({
    title,
    description: `${head}\n\n${truncate(item.explanation.trim(), Math.max(0, room))}`.trimEnd(),
    color: 0xed4245,
  });
}

/**
 * One page of the missed questions, with the explanation and docs of each,
 * a Report button per question and a pager. Page numbers are clamped.
 */
export function mockMissedView(result: FinishResult, page: number, owner: string): ReplyPayload {
  const missed = missedQuestions(result);
  if (missed.length === 0) {
    return {
      content: 'You got every question right: nothing to review.',
      embeds: [],
      components: [],
    };
  }
  const pages = Math.ceil(missed.length / MISSED_PER_PAGE);
  const current = Math.min(Math.max(0, page), pages - 1);
  const items = missed.slice(current * MISSED_PER_PAGE, (current + 1) * MISSED_PER_PAGE);
  const key = quizKey(result.quizId);
  return {
    content: `**Questions missed** (${missed.length}) · page ${current + 1} of ${pages}`,
    embeds: items.map(missedEmbed),
    components: [
      ...(pages === 1
        ? []
        : buttonRows([
            button({
              customId: soloId('mock', 'missed', owner, key, String(current - 1)),
              label: 'Previous',
              disabled: current === 0,
            }),
            button({
              customId: soloId('mock', 'missed', owner, key, String(current + 1)),
              label: 'Next',
              style: ButtonStyle.Primary,
              disabled: current === pages - 1,
            }),
          ])),
      ...buttonRows(
        items.map((item) =>
          button({ customId: reportButtonId(key, item.id), label: `Report Q${item.index + 1}` }),
        ),
      ),
    ],
  };
}
