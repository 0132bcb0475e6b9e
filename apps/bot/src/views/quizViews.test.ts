import type {
  PlanChange,
  QuestionReview,
  QuestionView,
  QuizView,
  ReviewItem,
} from '@certpace/study';
import type { APIEmbed } from 'discord.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { embedLength } from '../messages/embeds.js';
import { LIMITS } from '../messages/limits.js';
import type { ReplyPayload } from '../messages/payload.js';
import { MISSED_EMBED_MAX, MISSED_PER_PAGE, missedEmbed } from './quizMockResultsViews.js';
import { mockQuestionView, mockReviewView, paceLine } from './quizMockViews.js';
import { practiceFeedbackView } from './quizPracticeViews.js';
import { answerRows, questionEmbed } from './quizQuestionView.js';
import { replanNote, shortDomainName } from './quizReplanNotes.js';
import { groupRevealView, tallyBar } from './quizRevealView.js';

const QUIZ_ID = '0f8fad5b-d9cb-469f-a165-70867728950e';
const OWNER = '123456789012345678';
const KEY = 'D4-tW9nLRp-hZXCGdyiVDg';

const questionArb: fc.Arbitrary<QuestionReview> = fc
  .record({
    index: fc.nat({ max: 99 }),
    prompt: fc.string({ minLength: 1, maxLength: 5_000, size: 'max' }),
    domainName: fc.string({ minLength: 1, maxLength: 300, size: 'max' }),
    texts: fc.array(fc.string({ minLength: 1, maxLength: 1_500, size: 'max' }), {
      minLength: 2,
      maxLength: 6,
    }),
    multiple: fc.boolean(),
    explanation: fc.string({ minLength: 1, maxLength: 4_000, size: 'max' }),
  })
  .map(({ index, prompt, domainName, texts, multiple, explanation }) => {
    const ids = texts.map((_, i) => 'abcdef'[i]!);
    const answer = multiple ? ids.slice(0, 2) : [ids[0]!];
    return {
      index,
      total: 100,
      id: `q-${index}`,
      domainId: 'nlp',
      domainName,
      type: multiple ? ('multiple' as const) : ('single' as const),
      answerCount: answer.length,
      prompt,
      choices: texts.map((text, i) => ({ id: ids[i]!, label: ids[i]!.toUpperCase(), text })),
      answer,
      answerLabels: answer.map((a) => a.toUpperCase()),
      explanation,
      docs: 'https://learn.microsoft.com/en-us/azure/ai-services/',
    };
  });

function expectWithinLimits(payload: ReplyPayload): void {
  expect((payload.content ?? '').length).toBeLessThanOrEqual(LIMITS.content);
  const embeds = payload.embeds ?? [];
  expect(embeds.length).toBeLessThanOrEqual(LIMITS.embedsPerMessage);
  expect(embeds.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(LIMITS.embedTotal);
  for (const embed of embeds) expectEmbedWithinLimits(embed);
  const rows = payload.components ?? [];
  expect(rows.length).toBeLessThanOrEqual(LIMITS.rowsPerMessage);
  for (const row of rows) {
    expect(row.components.length).toBeLessThanOrEqual(LIMITS.buttonsPerRow);
    for (const component of row.components) {
      if ('custom_id' in component) {
        expect(component.custom_id.length).toBeLessThanOrEqual(LIMITS.customId);
      }
    }
  }
}

function expectEmbedWithinLimits(embed: APIEmbed): void {
  expect(embed.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedTitle);
  expect(embed.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedDescription);
  for (const field of embed.fields ?? []) {
    expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
  }
}

function mockQuiz(question: QuestionView, options: Partial<QuizView> = {}): QuizView {
  const startedAt = new Date('2026-08-03T09:00:00Z');
  return {
    quizId: QUIZ_ID,
    mode: 'mock',
    examRef: 'AI-103@2026-04',
    status: 'running',
    guildId: null,
    channelId: null,
    messageId: null,
    startedBy: 'learner',
    ownerId: 'learner',
    startedAt,
    total: question.total,
    question,
    deadline: null,
    secondsPerQuestion: null,
    endsAt: new Date(startedAt.getTime() + 120 * 60_000),
    remainingMs: 38 * 60_000 + 20_000,
    answered: 11,
    currentAnswered: false,
    participants: 1,
    flagged: [],
    sheet: Array.from({ length: question.total }, (_, index) => ({
      index,
      questionId: `q-${index}`,
      domain: 'nlp',
      flagged: index % 7 === 0,
      ...(index < 11 ? { chosen: ['a'] } : {}),
    })),
    pacing: null,
    ...options,
  };
}

describe('quiz messages keep Discord’s limits whatever the bank holds (property)', () => {
  it('an open question: the choices whole, the rows within five', () => {
    fc.assert(
      fc.property(questionArb, (question) => {
        const embed = questionEmbed(question, { after: '⏱️ Answers close <t:1:R>' });
        expectEmbedWithinLimits(embed);
        for (const c of question.choices) expect(embed.description).toContain(`**${c.label}** `);
        expect(embed.description).toMatch(/⏱️ Answers close <t:1:R>$/);
        const rows = answerRows(question, {
          button: (c) => `quiz:answer:*:${KEY}:${question.id}:${c}`,
          select: `quiz:pick:*:${KEY}:${question.id}`,
        });
        expectWithinLimits({ embeds: [embed], components: rows });
      }),
      { numRuns: 60 },
    );
  });

  it('a reveal, a practice answer and a mock question', () => {
    fc.assert(
      fc.property(questionArb, (question) => {
        const tally = Object.fromEntries(question.choices.map((c, i) => [c.id, i]));
        expectWithinLimits(
          groupRevealView(KEY, {
            index: question.index,
            questionId: question.id,
            question,
            tally,
            answered: 15,
            correct: 3,
            answers: Array.from({ length: 15 }, (_, i) => ({
              learnerId: `l${i}`,
              displayName: `member ${i}`,
              discordUserId: `1234567890123456${String(i).padStart(2, '0')}`,
              choices: ['a'],
              correct: i < 3,
              points: 100 + i,
            })),
          }),
        );
        expectWithinLimits(
          practiceFeedbackView({
            quizId: QUIZ_ID,
            owner: OWNER,
            review: question,
            chosen: ['b'],
            correct: false,
            last: false,
          }),
        );
        expectWithinLimits(mockQuestionView(mockQuiz(question), OWNER));
      }),
      { numRuns: 60 },
    );
  });

  it('a page of missed questions fits one message', () => {
    fc.assert(
      fc.property(
        fc.array(questionArb, { minLength: MISSED_PER_PAGE, maxLength: MISSED_PER_PAGE }),
        (items) => {
          const embeds = items.map((q) =>
            missedEmbed({ ...q, chosen: null, correct: false, flagged: true } satisfies ReviewItem),
          );
          for (const embed of embeds)
            expect(embedLength(embed)).toBeLessThanOrEqual(MISSED_EMBED_MAX);
          expectWithinLimits({ content: '**Questions missed** (99) · page 1 of 33', embeds });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('the review screen of a 100-question mock offers at most 25 questions to go to', () => {
    const question = fc.sample(questionArb, 1)[0]!;
    const review = mockReviewView(mockQuiz(question), OWNER);
    expectWithinLimits(review);
    const menu = review.components![0]!.components[0] as { options: unknown[] };
    expect(menu.options).toHaveLength(25);
  });
});

describe('quiz text', () => {
  it('writes the pace line of a mock question', () => {
    const question = fc.sample(questionArb, 1)[0]!;
    const base = { budgetMs: 144_000, questionCount: 50, steps: [], answered: 11, elapsedMs: 0 };
    const at = (aheadMs: number, status: 'ahead' | 'on-pace' | 'behind') =>
      paceLine(
        mockQuiz({ ...question, index: 11, total: 50 }, { pacing: { ...base, aheadMs, status } }),
      );
    expect(at(120_000, 'ahead')).toBe('Question 12 of 50 · 38 min left · 2 min ahead of pace');
    expect(at(-300_000, 'behind')).toBe('Question 12 of 50 · 38 min left · 5 min behind pace');
    expect(at(10_000, 'on-pace')).toBe('Question 12 of 50 · 38 min left · on pace');
  });

  it('announces a replan by the minutes that moved, largest first', () => {
    const domain = (name: string, before: number, after: number) => ({
      domainId: name,
      name,
      minutesBefore: before,
      minutesAfter: after,
      masteryBefore: null,
      masteryAfter: null,
    });
    const change = {
      examRef: 'AI-103@2026-04',
      domains: [
        domain('Implement text analysis solutions', 300, 330),
        domain('Plan and manage an Azure AI solution', 600, 480),
        domain('Implement computer vision solutions', 200, 200),
      ],
      summary: ['The schedule from today on stays as it was.'],
    } as unknown as PlanChange;
    expect(replanNote(change)).toBe(
      'Your AI-103 plan was adjusted: −2 h Plan and manage an Azure AI solution, +30 min Text analysis.',
    );
    expect(replanNote({ ...change, domains: [domain('x', 60, 60)] })).toBeUndefined();
    expect(shortDomainName('Implement natural language processing solutions')).toBe(
      'Natural language processing',
    );
  });

  it('draws a tally as a bar of ten cells', () => {
    expect(tallyBar(0, 0)).toBe('░░░░░░░░░░');
    expect(tallyBar(1, 4)).toBe('███░░░░░░░');
    expect(tallyBar(4, 4)).toBe('██████████');
  });
});
