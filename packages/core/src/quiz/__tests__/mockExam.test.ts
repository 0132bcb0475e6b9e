import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makePool, tinyExam } from '../../questions/__tests__/fixtures.js';
import { answerSheet } from '../answerSheet.js';
import { createQuiz } from '../createQuiz.js';
import { answer, flag, goTo, stop, submit, tick } from '../play.js';
import { quizAnswers } from '../quizAnswers.js';
import { results } from '../results.js';
import type { MockQuizState } from '../types.js';

const T0 = Date.UTC(2027, 2, 10, 9);
const MIN = 60_000;
const pool = makePool({ design: 9, build: 7, operate: 4 });
const ids = pool.map((q) => q.id);

function start(): MockQuizState {
  return createQuiz({
    mode: 'mock',
    blueprint: tinyExam,
    questions: pool,
    learner: 'lee',
    now: T0,
  });
}

describe('mock exam', () => {
  it("takes the blueprint's time for a full mock, and a proportional time for a part", () => {
    expect(start().endsAt - T0).toBe(60 * MIN);
    const half = createQuiz({
      mode: 'mock',
      blueprint: tinyExam,
      questions: pool.slice(0, 10),
      learner: 'lee',
      now: T0,
    });
    expect(half.endsAt - T0).toBe(30 * MIN);
  });

  it('replaces an earlier answer when the learner changes it', () => {
    let state = start();
    state = answer(
      state,
      { participant: 'lee', questionId: ids[0]!, choices: ['a'] },
      T0 + MIN,
    ).state;
    const change = answer(
      state,
      { participant: 'lee', questionId: ids[0]!, choices: ['b'] },
      T0 + 5 * MIN,
    );
    expect(change.result).toMatchObject({ ok: true, changed: true, previous: ['a'], answered: 1 });
    state = change.state;
    expect(state.answers).toEqual([
      { question: 0, choices: ['b'], firstAt: T0 + MIN, at: T0 + 5 * MIN, changes: 1 },
    ]);
    state = submit(state, { participant: 'lee' }, T0 + 6 * MIN).state;
    expect(results(state).participants[0]).toMatchObject({
      correct: 1,
      attempted: 1,
      questions: 20,
    });
  });

  it('keeps flags while the learner moves between questions', () => {
    let state = start();
    state = flag(state, { participant: 'lee', questionId: ids[2]! }, T0 + MIN).state;
    state = flag(state, { participant: 'lee', questionId: ids[5]! }, T0 + MIN).state;
    for (const to of [10, 2, 19, ids[5]!, 0]) {
      state = goTo(state, { participant: 'lee', question: to }, T0 + 2 * MIN).state;
    }
    const back = goTo(state, { participant: 'lee', question: ids[2]! }, T0 + 3 * MIN);
    expect(back.result).toMatchObject({ ok: true, position: 2, flagged: true });
    expect(back.state.flags).toEqual([2, 5]);
    const cleared = flag(
      back.state,
      { participant: 'lee', questionId: ids[2]!, flagged: false },
      T0 + 4 * MIN,
    );
    expect(cleared.result).toMatchObject({ ok: true, flagged: false, flags: [ids[5]] });
  });

  it('submits by itself when the time is up and refuses later answers', () => {
    let state = start();
    state = answer(
      state,
      { participant: 'lee', questionId: ids[0]!, choices: ['b'] },
      T0 + MIN,
    ).state;
    expect(tick(state, T0 + 59 * MIN)).toBe(state);
    const late = answer(
      state,
      { participant: 'lee', questionId: ids[1]!, choices: ['b'] },
      T0 + 60 * MIN,
    );
    expect(late.result).toMatchObject({ ok: false, reason: 'time-up' });
    expect(late.state).toMatchObject({
      status: 'finished',
      finishReason: 'time-up',
      finishedAt: T0 + 60 * MIN,
    });
    expect(late.state.answers).toHaveLength(1);
    expect(
      answer(late.state, { participant: 'lee', questionId: ids[1]!, choices: ['b'] }, T0 + 61 * MIN)
        .result,
    ).toMatchObject({
      reason: 'time-up',
    });
  });

  it('refuses every action after the time is up with time-up, whether or not a timer closed it first', () => {
    const actions = {
      answer: (s: MockQuizState, now: number) =>
        answer(s, { participant: 'lee', questionId: ids[1]!, choices: ['a'] }, now),
      flag: (s: MockQuizState, now: number) =>
        flag(s, { participant: 'lee', questionId: ids[1]! }, now),
      goTo: (s: MockQuizState, now: number) => goTo(s, { participant: 'lee', question: 3 }, now),
      submit: (s: MockQuizState, now: number) => submit(s, { participant: 'lee' }, now),
      stop: (s: MockQuizState, now: number) => stop(s, now),
    };
    const running = start();
    const ticked = tick(running, T0 + 60 * MIN);
    for (const [name, act] of Object.entries(actions)) {
      const untimed = act(running, T0 + 61 * MIN);
      const timed = act(ticked, T0 + 61 * MIN);
      expect({ name, result: untimed.result }).toEqual({ name, result: timed.result });
      expect(timed.result).toEqual({
        ok: false,
        reason: 'time-up',
        message: 'Time is up: the exam was submitted.',
      });
      expect(untimed.state).toEqual(ticked);
    }
  });

  it('refuses actions on a submitted mock with finished', () => {
    const submitted = submit(start(), { participant: 'lee' }, T0 + 10 * MIN).state;
    expect(
      answer(submitted, { participant: 'lee', questionId: ids[1]!, choices: ['a'] }, T0 + 11 * MIN)
        .result,
    ).toMatchObject({ ok: false, reason: 'finished' });
    expect(stop(submitted, T0 + 11 * MIN).result).toMatchObject({ ok: false, reason: 'finished' });
  });

  it('shows answers and verdicts only after the end', () => {
    let state = start();
    state = answer(
      state,
      { participant: 'lee', questionId: ids[0]!, choices: ['a'] },
      T0 + MIN,
    ).state;
    const during = answerSheet(state)[0]!;
    expect(during).toEqual({
      index: 0,
      questionId: ids[0],
      domain: 'design',
      chosen: ['a'],
      flagged: false,
    });
    state = submit(state, { participant: 'lee' }, T0 + 2 * MIN).state;
    expect(answerSheet(state)[0]).toMatchObject({ answer: ['b'], correct: false });
    expect(answerSheet(state)[1]).toMatchObject({ answer: ['b'], correct: false });
    expect(answerSheet(state)[1]?.chosen).toBeUndefined();
  });

  it('belongs to its learner', () => {
    const state = start();
    expect(
      answer(state, { participant: 'eve', questionId: ids[0]!, choices: ['a'] }, T0).result,
    ).toMatchObject({
      reason: 'not-participant',
    });
  });

  it('ends with the last answer to each question and the flags as last set, in any sequence of actions', () => {
    const action = fc.record({
      kind: fc.constantFrom('answer', 'flag', 'unflag', 'goto'),
      q: fc.nat({ max: 19 }),
      choice: fc.constantFrom('a', 'b', 'c', 'd'),
    });
    fc.assert(
      fc.property(fc.array(action, { maxLength: 60 }), (actions) => {
        let state: MockQuizState = start();
        const lastAnswer = new Map<number, string>();
        const flags = new Set<number>();
        actions.forEach((a, i) => {
          const now = T0 + (i + 1) * 1000;
          const input = { participant: 'lee', questionId: ids[a.q]! };
          if (a.kind === 'answer') {
            state = answer(state, { ...input, choices: [a.choice] }, now).state;
            lastAnswer.set(a.q, a.choice);
          } else if (a.kind === 'goto') {
            state = goTo(state, { participant: 'lee', question: a.q }, now).state;
          } else {
            state = flag(state, { ...input, flagged: a.kind === 'flag' }, now).state;
            if (a.kind === 'flag') flags.add(a.q);
            else flags.delete(a.q);
          }
        });
        expect(new Map(state.answers.map((a) => [a.question, a.choices.join()]))).toEqual(
          lastAnswer,
        );
        expect(state.flags).toEqual([...flags].sort((x, y) => x - y));
        expect(quizAnswers(state)).toHaveLength(lastAnswer.size);
      }),
    );
  });
});
