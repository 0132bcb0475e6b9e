import { describe, expect, it } from 'vitest';
import { makeQuestion, tinyExam } from '../../questions/__tests__/fixtures.js';
import type { Question } from '../../questions/types.js';
import { answerSheet } from '../answerSheet.js';
import { createQuiz } from '../createQuiz.js';
import { mockPacing } from '../pacing.js';
import { advance, answer, flag, goTo, submit } from '../play.js';
import { results } from '../results.js';
import type { QuizState } from '../types.js';
import { clock, letters, pacingLines, refusal, showQuestion, tallyLine } from './transcript.js';

const T0 = Date.UTC(2027, 2, 15, 19);
const S = 1000;

const bank: Question[] = [
  makeQuestion('zones', 'design', {
    prompt: 'Which layout survives the loss of one availability zone?',
    choices: [
      { id: 'a', text: 'Two instances in one zone' },
      { id: 'b', text: 'Instances in three zones behind a zone-redundant load balancer' },
      { id: 'c', text: 'One large instance with premium disks' },
    ],
    answer: ['b'],
    explanation:
      'Only instances spread over zones keep serving when a zone fails; a single zone or a single instance goes down with it.',
  }),
  makeQuestion('secrets', 'build', {
    type: 'multiple',
    prompt: 'Which two keep an API key out of the source code?',
    choices: [
      { id: 'a', text: 'Key Vault with a managed identity' },
      { id: 'b', text: 'A constant in the code' },
      { id: 'c', text: 'An app setting that references Key Vault' },
      { id: 'd', text: 'A comment in the README' },
    ],
    answer: ['a', 'c'],
    explanation:
      'Key Vault, read with a managed identity or through a Key Vault reference, keeps the key out of code; constants and READMEs publish it.',
  }),
  makeQuestion('alerts', 'operate', {
    prompt: 'What should page the on-call engineer?',
    choices: [
      { id: 'a', text: 'A metric alert on the error rate' },
      { id: 'b', text: 'Every log line' },
    ],
    answer: ['a'],
    explanation:
      'An alert on a symptom users feel, such as the error rate, is actionable; paging on every log line is noise.',
  }),
];
const byId = new Map(bank.map((q) => [q.id, q]));

function closing(state: QuizState): string[] {
  const r = results(state);
  return [
    `Finished (${r.finishReason}).`,
    ...r.participants.map(
      (p) => `${p.rank}. ${p.participant}: ${p.points} points, ${tallyLine(p)}`,
    ),
  ];
}

describe('transcripts', () => {
  it('a practice quiz: feedback and the explanation after each answer', () => {
    const lines: string[] = [];
    let state = createQuiz({
      mode: 'practice',
      blueprint: tinyExam,
      questions: bank,
      learner: 'lee',
      now: T0,
    });
    lines.push(`Practice: ${state.questions.length} questions for ${state.exam}`);
    const plays: [string, string[], number][] = [
      ['zones', ['b'], 25 * S],
      ['secrets', ['a'], 40 * S],
      ['alerts', ['a'], 10 * S],
    ];
    let now = T0;
    for (const [i, [id, choices, think]] of plays.entries()) {
      lines.push(...showQuestion(byId.get(id)!, i, bank.length));
      now += think;
      const step = answer(state, { participant: 'lee', questionId: id, choices }, now);
      state = step.state;
      const r = step.result;
      if (!r.ok) throw new Error(r.message);
      lines.push(`> lee: ${letters(r.chosen)} (${clock(r.responseMs)})`);
      lines.push(r.correct ? '  Correct.' : `  Not quite: the answer is ${letters(r.answer)}.`);
      lines.push(`  ${byId.get(id)!.explanation}`);
      const again = answer(state, { participant: 'lee', questionId: id, choices }, now + S);
      if (i === 0 && !again.result.ok) lines.push(refusal('lee', again.result));
      state = advance(state, now + 2 * S).state;
      now += 2 * S;
    }
    lines.push(...closing(state));
    expect(lines.join('\n')).toBe(`Practice: 3 questions for TST-100@2026-01
Q1/3 [design] Which layout survives the loss of one availability zone?
  A) Two instances in one zone
  B) Instances in three zones behind a zone-redundant load balancer
  C) One large instance with premium disks
> lee: B (0:25)
  Correct.
  Only instances spread over zones keep serving when a zone fails; a single zone or a single instance goes down with it.
  lee: refused (already-answered) You already answered this question; your first answer counts.
Q2/3 [build] Which two keep an API key out of the source code? (select all that apply)
  A) Key Vault with a managed identity
  B) A constant in the code
  C) An app setting that references Key Vault
  D) A comment in the README
> lee: A (0:40)
  Not quite: the answer is A+C.
  Key Vault, read with a managed identity or through a Key Vault reference, keeps the key out of code; constants and READMEs publish it.
Q3/3 [operate] What should page the on-call engineer?
  A) A metric alert on the error rate
  B) Every log line
> lee: A (0:10)
  Correct.
  An alert on a symptom users feel, such as the error rate, is actionable; paging on every log line is noise.
Finished (completed).
1. lee: 0 points, 2/3 correct (design 1/1, build 0/1, operate 1/1)`);
  });

  it('a group quiz with three players: a double answer, a late one and a stale one are refused', () => {
    const lines: string[] = [];
    let state = createQuiz({
      mode: 'group',
      blueprint: tinyExam,
      questions: bank.slice(0, 2),
      now: T0,
      secondsPerQuestion: 20,
    });
    lines.push(
      `Group quiz: ${state.questions.length} questions, ${state.secondsPerQuestion} s each`,
    );
    const play = (who: string, id: string, choices: string[], at: number) => {
      const step = answer(state, { participant: who, questionId: id, choices }, T0 + at);
      state = step.state;
      const r = step.result;
      lines.push(
        r.ok ? `  ${who}: ${letters(choices)} at ${clock(at)} (recorded)` : refusal(who, r),
      );
    };
    const reveal = (at: number) => {
      const step = advance(state, T0 + at);
      state = step.state;
      if (!step.result.ok) throw new Error(step.result.message);
      const { closed, next } = step.result;
      const who = closed.answers.map(
        (a) => `${a.participant} ${a.correct ? `+${a.points}` : 'missed'}`,
      );
      lines.push(`Answer: ${letters(closed.answer)}. ${who.join(', ')}`);
      return next;
    };
    lines.push(...showQuestion(bank[0]!, 0, 2));
    play('ana', 'zones', ['b'], 3 * S);
    play('ben', 'zones', ['a'], 6 * S);
    play('ana', 'zones', ['a'], 7 * S); // double click
    play('cy', 'zones', ['b'], 12 * S);
    play('dee', 'zones', ['b'], 21 * S); // after the deadline
    reveal(22 * S);
    lines.push(...showQuestion(bank[1]!, 1, 2));
    play('ben', 'zones', ['b'], 23 * S); // a button of the previous question
    play('cy', 'secrets', ['a', 'c'], 26 * S);
    play('ana', 'secrets', ['a', 'c'], 30 * S);
    play('ben', 'secrets', ['a'], 31 * S);
    reveal(44 * S);
    play('cy', 'secrets', ['a'], 45 * S); // after the end
    lines.push(...closing(state));
    expect(lines.join('\n')).toBe(`Group quiz: 2 questions, 20 s each
Q1/2 [design] Which layout survives the loss of one availability zone?
  A) Two instances in one zone
  B) Instances in three zones behind a zone-redundant load balancer
  C) One large instance with premium disks
  ana: B at 0:03 (recorded)
  ben: A at 0:06 (recorded)
  ana: refused (already-answered) You already answered this question; your first answer counts.
  cy: B at 0:12 (recorded)
  dee: refused (late) Too late: the time for this question is over.
Answer: B. ana +143, ben missed, cy +120
Q2/2 [build] Which two keep an API key out of the source code? (select all that apply)
  A) Key Vault with a managed identity
  B) A constant in the code
  C) An app setting that references Key Vault
  D) A comment in the README
  ben: refused (not-current) That question is no longer open.
  cy: A+C at 0:26 (recorded)
  ana: A+C at 0:30 (recorded)
  ben: A at 0:31 (recorded)
Answer: A+C. cy +150, ana +140, ben missed
  cy: refused (finished) This quiz has ended.
Finished (completed).
1. ana: 283 points, 2/2 correct (design 1/1, build 1/1)
2. cy: 270 points, 2/2 correct (design 1/1, build 1/1)
3. ben: 0 points, 0/2 correct (design 0/1, build 0/1)`);
  });

  it('a mock exam: a changed answer, a flagged question revisited, explanations only at the end', () => {
    const lines: string[] = [];
    let state = createQuiz({
      mode: 'mock',
      blueprint: tinyExam,
      questions: bank,
      learner: 'lee',
      now: T0,
    });
    const budget = (state.endsAt - state.startedAt) / state.questions.length;
    lines.push(
      `Mock exam: ${state.questions.length} questions in ${clock(state.endsAt - T0)} (${clock(budget)} per question)`,
    );
    const act = (
      label: string,
      step: { state: typeof state; result: { ok: boolean } },
      at: number,
    ) => {
      state = step.state;
      lines.push(
        `[${clock(at)}] ${label}${step.result.ok ? '' : ` -> ${JSON.stringify(step.result)}`}`,
      );
    };
    let at = 150 * S;
    act(
      'Q1: A',
      answer(state, { participant: 'lee', questionId: 'zones', choices: ['a'] }, T0 + at),
      at,
    );
    at = 200 * S;
    act('Q2: flagged', flag(state, { participant: 'lee', questionId: 'secrets' }, T0 + at), at);
    at = 260 * S;
    act(
      'Q3: A',
      answer(state, { participant: 'lee', questionId: 'alerts', choices: ['a'] }, T0 + at),
      at,
    );
    at = 300 * S;
    act('back to Q1', goTo(state, { participant: 'lee', question: 0 }, T0 + at), at);
    at = 320 * S;
    act(
      'Q1: changed to B',
      answer(state, { participant: 'lee', questionId: 'zones', choices: ['b'] }, T0 + at),
      at,
    );
    const review = answerSheet(state).map(
      (e) =>
        `Q${e.index + 1} ${e.chosen ? letters(e.chosen) : '-'}${e.flagged ? ' (flagged)' : ''}${e.answer ? ' KEY SHOWN' : ''}`,
    );
    lines.push(`Review screen: ${review.join(' | ')}`);
    at = 400 * S;
    act(
      'Q2 (flagged): A+C',
      answer(state, { participant: 'lee', questionId: 'secrets', choices: ['a', 'c'] }, T0 + at),
      at,
    );
    at = 420 * S;
    act('submitted', submit(state, { participant: 'lee' }, T0 + at), at);
    lines.push(...pacingLines(mockPacing(state, T0 + at)));
    for (const e of answerSheet(state)) {
      const q = byId.get(e.questionId)!;
      lines.push(
        `Q${e.index + 1} ${e.correct ? 'right' : 'wrong'}: you chose ${letters(e.chosen ?? [])}, answer ${letters(e.answer ?? [])}. ${q.explanation}`,
      );
    }
    lines.push(...closing(state));
    expect(lines.join('\n')).toBe(`Mock exam: 3 questions in 9:00 (3:00 per question)
[2:30] Q1: A
[3:20] Q2: flagged
[4:20] Q3: A
[5:00] back to Q1
[5:20] Q1: changed to B
Review screen: Q1 B | Q2 - (flagged) | Q3 A
[6:40] Q2 (flagged): A+C
[7:00] submitted
Pacing: 3:00 per question
  after 1 answered at 2:30: 0:30 ahead
  after 2 answered at 4:20: 1:40 ahead
  after 3 answered at 6:40: 2:20 ahead
  overall: 3/3 answered in 7:00, 2:00 ahead (ahead)
Q1 right: you chose B, answer B. Only instances spread over zones keep serving when a zone fails; a single zone or a single instance goes down with it.
Q2 right: you chose A+C, answer A+C. Key Vault, read with a managed identity or through a Key Vault reference, keeps the key out of code; constants and READMEs publish it.
Q3 right: you chose A, answer A. An alert on a symptom users feel, such as the error rate, is actionable; paging on every log line is noise.
Finished (submitted).
1. lee: 0 points, 3/3 correct (design 1/1, build 1/1, operate 1/1)`);
  });
});
