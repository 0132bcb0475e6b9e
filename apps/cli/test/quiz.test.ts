import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certpace, json, scratchFolder } from './support/certpace.js';

const folder = scratchFolder();
afterAll(() => folder.remove());

interface ProgressJson {
  domains: { domainId: string; mastery: { answers: number }; accuracy: { answered: number } }[];
  history: { mode: string; answered: number }[];
  scoreReports: { total: number }[];
  readiness: { label: string };
}

const progress = async () => json<ProgressJson>(await certpace(folder.dir, ['progress', '--json']));

beforeAll(async () => {
  const created = await certpace(folder.dir, [
    'plan',
    'create',
    '--exam',
    'AI-103',
    '--exam-date',
    '2027-03-15',
    '--minutes',
    '90',
  ]);
  expect(created.code).toBe(0);
});

describe('quizzes from the terminal', () => {
  it('runs a practice quiz with an explanation and docs link after each answer, and it changes progress', async () => {
    const before = await progress();
    expect(before.history).toEqual([]);
    expect(before.domains.every((d) => d.accuracy.answered === 0)).toBe(true);

    // a is a valid answer to any question: right or wrong, it is an answer.
    const quiz = await certpace(folder.dir, ['quiz', '--count', '3'], {
      input: ['a', 'r unclear the second choice reads two ways', '', 'hello', 'a', '', 'a', ''],
    });
    expect(quiz.stderr).toBe('');
    expect(quiz.code).toBe(0);
    expect(quiz.stdout).toContain('Practice quiz: 3 questions on AI-103@2026-04');
    expect(quiz.stdout).toContain('Question 1 of 3');
    expect(quiz.stdout).toContain('Question 3 of 3');
    expect(quiz.stdout.match(/^Docs: https:\/\/learn\.microsoft\.com\//gm)).toHaveLength(3);
    expect(quiz.stdout).toMatch(/✓ Correct\.|✗ Not quite\. The answer is [A-F]/);
    expect(quiz.stdout).toContain('Reported question 1 (unclear).');
    expect(quiz.stdout).toContain('Type your answer (a–');
    expect(quiz.stdout).toMatch(/Quiz finished: \d of 3 correct/);
    expect(quiz.stdout).toContain('AI-103 plan re-planned');

    const after = await progress();
    expect(after.history).toHaveLength(1);
    expect(after.history[0]).toMatchObject({ mode: 'practice', answered: 3 });
    expect(after.domains.reduce((s, d) => s + d.accuracy.answered, 0)).toBe(3);

    const shown = await certpace(folder.dir, ['progress']);
    expect(shown.stdout).toContain('Readiness (an estimate)');
    expect(shown.stdout).toMatch(/^plan-manage +█*[▏▎▍▌▋▊▉]?[░│ ]+ +\d+% · weight 25–30%$/m);
    expect(shown.stdout).toContain('Quiz history: 1 quiz');
  });

  it('takes a timed mock to the end with a flag and a changed answer', async () => {
    const mock = await certpace(folder.dir, ['mock', '--count', '3'], {
      // Q1 a; flag Q2 and answer it; back to Q1 and change to b; submit with Q3 unanswered.
      input: ['a', 'f', 'a', 'g 1', 'b', 's', 'y'],
    });
    expect(mock.stderr).toBe('');
    expect(mock.code).toBe(0);
    expect(mock.stdout).toContain(
      'Mock exam: 3 questions on AI-103@2026-04 in 7 min. The clock is running.',
    );
    expect(mock.stdout).toMatch(
      /⏱ \d+:\d\d left · 0\/3 answered · on pace \(2 min 24 s a question\)/,
    );
    expect(mock.stdout).toMatch(/ahead of pace|behind pace|on pace/);
    expect(mock.stdout).toContain('Question 2 flagged for review.');
    expect(mock.stdout).toContain('Changed your answer to question 1.');
    expect(mock.stdout).toContain('Review: 2 of 3 answered · 1 unanswered · 1 flagged');
    expect(mock.stdout).toContain('Submit the exam with 1 unanswered, 1 flagged?');
    expect(mock.stdout).toContain('Mock exam submitted.');
    expect(mock.stdout).toMatch(
      /Estimated score: \d+ of 1000 \(80% interval \d+–\d+\); pass mark 700; pass probability \d+%/,
    );
    expect(mock.stdout).toContain('This is an estimate');
    expect(mock.stdout).toMatch(/Questions missed \(\d\):/);
    expect(mock.stdout).toMatch(/^3\. .* · not answered$/m);

    const after = await progress();
    expect(after.history.filter((h) => h.mode === 'mock')).toEqual([
      expect.objectContaining({ answered: 2 }),
    ]);
  });

  it('keeps a mock running when the learner leaves, and submits it at time-up when they come back late', async () => {
    const left = await certpace(folder.dir, ['mock', '--count', '1'], { input: ['q'] });
    expect(left.code).toBe(0);
    expect(left.stdout).toMatch(/Your mock exam is still running \(2:2\d left, 0 of 1 answered\)/);

    const late = await certpace(folder.dir, ['mock'], {
      env: { CERTPACE_NOW: '2027-02-01T09:00:00Z' },
    });
    expect(late.code).toBe(0);
    expect(late.stdout).toContain(
      'The time ran out meanwhile: the exam was submitted as it stood.',
    );
    expect(late.stdout).toContain('0 of 1 correct');
  });

  it('records a score report from options and one from prompts', async () => {
    const fromOptions = await certpace(folder.dir, [
      'score',
      'add',
      '--total',
      '712',
      '--domain',
      'plan-manage=70',
      '--domain',
      'generative-agentic=58',
    ]);
    expect(fromOptions.stderr).toBe('');
    expect(fromOptions.code).toBe(0);
    expect(fromOptions.stdout).toContain(
      'Score report recorded: 712 of 1000 on AI-103@2026-04, Mon 1 Feb 2027 (passed; pass mark 700).',
    );
    expect(fromOptions.stdout).toMatch(
      /^ {2}Plan and manage an Azure AI solution +70% +\d+% +\d+%$/m,
    );

    const prompted = await certpace(folder.dir, ['score', 'add'], {
      input: ['six hundred', '640', '75', '', '101', '55', '', ''],
    });
    expect(prompted.code).toBe(0);
    expect(prompted.stdout).toContain('Total score (0–1000): six hundred');
    expect(prompted.stdout).toContain('Total: type a whole number from 0 to 1000.');
    expect(prompted.stdout).toContain('computer-vision: type a whole number from 0 to 100.');
    expect(prompted.stdout).toContain('Score report recorded: 640 of 1000');
    expect(prompted.stdout).toContain('below the pass mark');

    const after = await progress();
    expect(after.scoreReports.map((r) => r.total).sort()).toEqual([640, 712]);
  });
});
