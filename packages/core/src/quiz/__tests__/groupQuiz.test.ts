import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeQuestion, tinyExam } from '../../questions/__tests__/fixtures.js';
import { createQuiz } from '../createQuiz.js';
import { foldGroupAnswers, type RecordedGroupAnswer } from '../groupPlay.js';
import { advance, answer, stop } from '../play.js';
import { groupPoints } from '../points.js';
import { results } from '../results.js';
import type { GroupQuizState } from '../types.js';

const T0 = Date.UTC(2027, 2, 1, 18);
const questions = [
  makeQuestion('q1', 'design'),
  makeQuestion('q2', 'build', { type: 'multiple', answer: ['a', 'c'] }),
  makeQuestion('q3', 'operate'),
];

/** A random click (who, which question, which choice) or a reveal, some milliseconds after the last. */
const event = fc.oneof(
  fc.record({
    kind: fc.constant('answer' as const),
    who: fc.constantFrom('a', 'b', 'c'),
    q: fc.constantFrom('q1', 'q2', 'q3'),
    choice: fc.constantFrom('a', 'b', 'c'),
    dt: fc.nat({ max: 15_000 }),
  }),
  fc.record({ kind: fc.constant('advance' as const), dt: fc.nat({ max: 30_000 }) }),
);

function start(): GroupQuizState {
  return createQuiz({
    mode: 'group',
    blueprint: tinyExam,
    questions,
    now: T0,
    secondsPerQuestion: 20,
    seed: 's',
  });
}

describe('group play', () => {
  it('counts the first answer of each participant and refuses the second', () => {
    let state = start();
    const first = answer(
      state,
      { participant: 'ana', questionId: 'q1', choices: ['b'] },
      T0 + 2000,
    );
    state = first.state;
    const second = answer(
      state,
      { participant: 'ana', questionId: 'q1', choices: ['a'] },
      T0 + 3000,
    );
    expect(first.result).toMatchObject({ ok: true, correct: true });
    expect(second.result).toMatchObject({ ok: false, reason: 'already-answered' });
    expect(second.state).toBe(state);
    expect(state.answers).toHaveLength(1);
  });

  it('refuses answers at or after the deadline, and to a question that is no longer open', () => {
    let state = start();
    expect(
      answer(state, { participant: 'ben', questionId: 'q1', choices: ['b'] }, T0 + 20_000).result,
    ).toMatchObject({
      ok: false,
      reason: 'late',
    });
    state = advance(state, T0 + 21_000).state;
    expect(
      answer(state, { participant: 'ben', questionId: 'q1', choices: ['b'] }, T0 + 22_000).result,
    ).toMatchObject({
      ok: false,
      reason: 'not-current',
    });
    expect(
      answer(state, { participant: 'ben', questionId: 'q3', choices: ['b'] }, T0 + 22_000).result,
    ).toMatchObject({
      ok: false,
      reason: 'not-current',
    });
    expect(
      answer(state, { participant: 'ben', questionId: 'zzz', choices: ['b'] }, T0 + 22_000).result,
    ).toMatchObject({
      ok: false,
      reason: 'unknown-question',
    });
    expect(
      answer(state, { participant: 'ben', questionId: 'q2', choices: ['x'] }, T0 + 22_000).result,
    ).toMatchObject({
      ok: false,
      reason: 'invalid-choice',
    });
  });

  it('scores multiple-answer questions all or nothing', () => {
    let state = advance(start(), T0 + 20_000).state;
    const partial = answer(
      state,
      { participant: 'ana', questionId: 'q2', choices: ['a'] },
      T0 + 21_000,
    );
    state = partial.state;
    const full = answer(
      state,
      { participant: 'ben', questionId: 'q2', choices: ['c', 'a'] },
      T0 + 21_000,
    );
    expect(partial.result).toMatchObject({ ok: true, correct: false, points: 0 });
    expect(full.result).toMatchObject({ ok: true, correct: true });
  });

  it('awards 100 points plus up to 50 for speed plus 10 per answer in a row, capped at 50', () => {
    expect(groupPoints({ correct: true, responseMs: 0, windowMs: 20_000, streak: 1 })).toBe(150);
    expect(groupPoints({ correct: true, responseMs: 5_000, windowMs: 20_000, streak: 1 })).toBe(
      138,
    );
    expect(groupPoints({ correct: true, responseMs: 20_000, windowMs: 20_000, streak: 3 })).toBe(
      120,
    );
    expect(groupPoints({ correct: true, responseMs: 10_000, windowMs: 20_000, streak: 9 })).toBe(
      175,
    );
    expect(groupPoints({ correct: false, responseMs: 0, windowMs: 20_000, streak: 0 })).toBe(0);
  });

  it('builds streaks over consecutive questions and resets them on a miss', () => {
    let state = start();
    state = answer(
      state,
      { participant: 'ana', questionId: 'q1', choices: ['b'] },
      T0 + 10_000,
    ).state;
    state = advance(state, T0 + 20_000).state;
    const second = answer(
      state,
      { participant: 'ana', questionId: 'q2', choices: ['a', 'c'] },
      T0 + 30_000,
    );
    expect(second.result).toMatchObject({ streak: 2, points: 100 + 25 + 10 });
    state = advance(second.state, T0 + 40_000).state;
    const miss = answer(
      state,
      { participant: 'ana', questionId: 'q3', choices: ['a'] },
      T0 + 41_000,
    );
    expect(miss.result).toMatchObject({ correct: false, streak: 0, points: 0 });
  });

  it('ranks the leaderboard by points, and keeps answers when the quiz is stopped', () => {
    let state = start();
    state = answer(
      state,
      { participant: 'ana', questionId: 'q1', choices: ['b'] },
      T0 + 1_000,
    ).state;
    state = answer(
      state,
      { participant: 'ben', questionId: 'q1', choices: ['b'] },
      T0 + 15_000,
    ).state;
    state = answer(
      state,
      { participant: 'cy', questionId: 'q1', choices: ['c'] },
      T0 + 2_000,
    ).state;
    const stopped = stop(state, T0 + 16_000).state;
    const r = results(stopped);
    expect(r).toMatchObject({ finished: true, finishReason: 'stopped' });
    expect(r.participants.map((p) => [p.participant, p.rank, p.points])).toEqual([
      ['ana', 1, 148],
      ['ben', 2, 113],
      ['cy', 3, 0],
    ]);
    expect(r.perDomain.design).toEqual({ correct: 2, attempted: 3, questions: 1 });
  });

  it('never records a second or a late answer, whatever the order of events', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (events) => {
        let state = start();
        let now = T0;
        for (const e of events) {
          now += e.dt;
          state =
            e.kind === 'advance'
              ? advance(state, now).state
              : answer(state, { participant: e.who, questionId: e.q, choices: [e.choice] }, now)
                  .state;
        }
        const keys = state.answers.map((a) => `${a.participant}/${a.question}`);
        expect(new Set(keys).size).toBe(keys.length);
        for (const a of state.answers) expect(a.responseMs).toBeLessThan(20_000);
        // The state survives a round trip through JSON (how the bot stores it).
        expect(JSON.parse(JSON.stringify(state))).toEqual(state);
      }),
    );
  });

  it('folds answers kept as rows into the state as if each had been applied in turn', () => {
    const sorted = (s: GroupQuizState) =>
      [...s.answers].sort((x, y) =>
        `${x.question}/${x.participant}`.localeCompare(`${y.question}/${y.participant}`),
      );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (events) => {
        // Applied one by one, as a single writer would.
        let direct = start();
        // Judged against the state as of the last fold, kept as rows keyed like quiz_answers.
        let folded = start();
        let rows = new Map<string, RecordedGroupAnswer>();
        let now = T0;
        for (const e of events) {
          now += e.dt;
          if (e.kind === 'advance') {
            direct = advance(direct, now).state;
            folded = advance(foldGroupAnswers(folded, [...rows.values()]), now).state;
            rows = new Map();
            continue;
          }
          const input = { participant: e.who, questionId: e.q, choices: [e.choice] };
          direct = answer(direct, input, now).state;
          const judged = answer(folded, input, now).result;
          const key = `${e.who}/${e.q}`;
          if (judged.ok && !rows.has(key)) {
            rows.set(key, {
              participant: e.who,
              questionId: judged.questionId,
              choices: [e.choice],
              at: now,
              responseMs: judged.responseMs,
              correct: judged.correct,
              points: judged.points,
            });
          }
        }
        folded = foldGroupAnswers(folded, [...rows.values()]);
        expect(sorted(folded)).toEqual(sorted(direct));
        expect([...folded.participants].sort()).toEqual([...direct.participants].sort());
        expect(results(folded).participants.map((p) => [p.participant, p.points])).toEqual(
          results(direct).participants.map((p) => [p.participant, p.points]),
        );
        // Folding again adds nothing: the rows are already in.
        expect(foldGroupAnswers(folded, [...rows.values()])).toBe(folded);
      }),
    );
  });

  it('leaves out recorded answers to unknown or unopened questions', () => {
    const state = start();
    const base = { choices: ['b'], at: T0 + 1000, responseMs: 1000, correct: true, points: 148 };
    const folded = foldGroupAnswers(state, [
      { ...base, participant: 'ana', questionId: 'q2' },
      { ...base, participant: 'ana', questionId: 'nope' },
    ]);
    expect(folded).toBe(state);
  });
});
