import { describe, expect, it } from 'vitest';
import { mapQuestionsTo } from '../mapQuestionsTo.js';
import { mergeQuestionBanks } from '../mergeQuestionBanks.js';
import { QuestionBankError } from '../QuestionBankError.js';
import { makeQuestion, tinyExam, tinyExamNext } from './fixtures.js';

const bank = {
  exam: 'TST-100@2026-01' as const,
  questions: [
    makeQuestion('d-1', 'design', { map: { 'TST-100@2026-07': 'architecture' } }),
    makeQuestion('o-1', 'operate', { map: { 'TST-100@2026-07': 'operations' } }),
    makeQuestion('b-1', 'build'),
  ],
};

describe('mapQuestionsTo', () => {
  it('serves another outline through the declared mappings, re-homing each question', () => {
    const mapped = mapQuestionsTo(bank, tinyExamNext);
    expect(mapped.map((q) => [q.id, q.exam, q.domain])).toEqual([
      ['d-1', 'TST-100@2026-07', 'architecture'],
      ['o-1', 'TST-100@2026-07', 'operations'],
    ]);
    expect(mapped[0]?.origin).toEqual({ exam: 'TST-100@2026-01', domain: 'design' });
  });

  it("keeps an outline's own questions as they are", () => {
    expect(mapQuestionsTo([bank], tinyExam)).toEqual(bank.questions);
  });
});

describe('mergeQuestionBanks', () => {
  it('joins the files of one outline', () => {
    const other = { exam: bank.exam, questions: [makeQuestion('b-2', 'build')] };
    expect(mergeQuestionBanks(bank.exam, [bank, other]).questions).toHaveLength(4);
  });

  it('refuses an id used twice, naming both places', () => {
    const twice = {
      exam: bank.exam,
      questions: [makeQuestion('d-1', 'build', { file: 'b.yaml' })],
    };
    const first = {
      exam: bank.exam,
      questions: [makeQuestion('d-1', 'design', { file: 'a.yaml' })],
    };
    expect(() => mergeQuestionBanks(bank.exam, [first, twice])).toThrow(QuestionBankError);
    expect(() => mergeQuestionBanks(bank.exam, [first, twice])).toThrow(
      /b\.yaml, question d-1, id: duplicate id 'd-1' \(also in a\.yaml\)/,
    );
  });
});
