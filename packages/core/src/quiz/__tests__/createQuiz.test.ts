import { describe, expect, it } from 'vitest';
import { makePool, makeQuestion, tinyExam } from '../../questions/__tests__/fixtures.js';
import { createQuiz } from '../createQuiz.js';
import { advance, answer, flag } from '../play.js';
import { QuizInputError } from '../QuizInputError.js';
import { quizAnswers } from '../quizAnswers.js';

const T0 = 1_700_000_000_000;

describe('createQuiz', () => {
  it('keeps question ids, domains and answer keys in the state, not the question text', () => {
    const state = createQuiz({
      mode: 'practice',
      blueprint: tinyExam,
      questions: makePool({ design: 2 }),
      learner: 'lee',
      now: T0,
    });
    expect(state.questions).toEqual([
      { id: 'design-001', domain: 'design', answer: ['b'], choices: 4 },
      { id: 'design-002', domain: 'design', answer: ['b'], choices: 4 },
    ]);
    expect(JSON.stringify(state)).not.toContain('which choice is right');
  });

  it('refuses an empty quiz, a repeated question and a question for another outline', () => {
    const q = makeQuestion('x-1', 'design');
    expect(() =>
      createQuiz({ mode: 'practice', blueprint: tinyExam, questions: [], learner: 'l', now: T0 }),
    ).toThrow(QuizInputError);
    expect(() =>
      createQuiz({
        mode: 'practice',
        blueprint: tinyExam,
        questions: [q, q],
        learner: 'l',
        now: T0,
      }),
    ).toThrow(/appears twice/);
    expect(() =>
      createQuiz({
        mode: 'group',
        blueprint: tinyExam,
        questions: [{ ...q, exam: 'TST-100@2026-07' }],
        now: T0,
      }),
    ).toThrow(/mapQuestionsTo/);
  });
});

describe('practice play', () => {
  it('answers one question at a time and reports answers for mastery and review', () => {
    let state = createQuiz({
      mode: 'practice',
      blueprint: tinyExam,
      questions: makePool({ build: 2 }),
      learner: 'lee',
      now: T0,
    });
    expect(
      answer(state, { participant: 'lee', questionId: 'build-002', choices: ['b'] }, T0).result,
    ).toMatchObject({ reason: 'not-current' });
    const first = answer(
      state,
      { participant: 'lee', questionId: 'build-001', choices: ['c'] },
      T0 + 9000,
    );
    expect(first.result).toMatchObject({
      ok: true,
      correct: false,
      answer: ['b'],
      chosen: ['c'],
      last: false,
    });
    state = advance(first.state, T0 + 10_000).state;
    state = answer(
      state,
      { participant: 'lee', questionId: 'build-002', choices: ['b'] },
      T0 + 15_000,
    ).state;
    state = advance(state, T0 + 16_000).state;
    expect(state.status).toBe('finished');
    expect(quizAnswers(state)).toEqual([
      {
        participant: 'lee',
        questionId: 'build-001',
        domain: 'build',
        correct: false,
        at: T0 + 9000,
        responseMs: 9000,
      },
      {
        participant: 'lee',
        questionId: 'build-002',
        domain: 'build',
        correct: true,
        at: T0 + 15_000,
        responseMs: 5000,
      },
    ]);
    expect(flag(state, { participant: 'lee', questionId: 'build-001' }, T0).result).toMatchObject({
      reason: 'wrong-mode',
    });
  });
});
