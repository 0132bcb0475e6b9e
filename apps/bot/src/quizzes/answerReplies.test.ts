import { describe, expect, it } from 'vitest';
import { recordedText, refusalText } from './answerReplies.js';

describe('answer replies', () => {
  it('acknowledges an answer with its letters and when the answer shows', () => {
    expect(recordedText(['b'], new Date('2026-08-03T09:00:30Z'))).toBe(
      'Recorded B. The answer shows <t:1785747630:R>.',
    );
    expect(recordedText(['a', 'c'], null)).toBe('Recorded A, C.');
  });

  it.each([
    ['already-answered', 'You already answered: your first answer counts.'],
    ['late', 'Too late: this question has closed.'],
    ['not-current', 'This question is no longer current.'],
    ['finished', 'This quiz has ended.'],
  ] as const)('says why a click was refused: %s', (reason, text) => {
    expect(refusalText(reason, 'engine words')).toBe(text);
  });

  it("keeps the engine's own words for the rarer refusals", () => {
    expect(refusalText('invalid-choice', 'That is not a valid answer to this question.')).toBe(
      'That is not a valid answer to this question.',
    );
  });
});
