import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certpace, json, scratchFolder, startCertpace } from './support/certpace.js';

const folder = scratchFolder();
afterAll(() => folder.remove());

interface ProgressJson {
  history: { mode: string; answered: number }[];
}

beforeAll(async () => {
  expect(
    (
      await certpace(folder.dir, [
        'plan',
        'create',
        '--exam',
        'AI-103',
        '--exam-date',
        '2027-03-15',
        '--minutes',
        '60',
      ])
    ).code,
  ).toBe(0);
});

describe('Ctrl-C and a busy data folder', () => {
  it('refuses a second process on the data folder, and Ctrl-C closes the quiz with its answers kept', async () => {
    const quiz = startCertpace(folder.dir, ['quiz', '--count', '5']);
    await quiz.waitFor('Answer (');
    quiz.type('a');
    await quiz.waitFor('Enter next');

    const second = await certpace(folder.dir, ['today']);
    expect(second.code).toBe(1);
    expect(second.stdout).toBe('');
    expect(second.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(second.stderr).toMatch(
      /The certpace data folder .* is in use: another certpace process \(pid \d+\) is using it\./,
    );

    quiz.child.kill('SIGINT');
    const ended = await quiz.result;
    expect(ended.code).toBe(130);
    expect(ended.stderr).toBe(
      'Quiz stopped by Ctrl-C: your 1 answer is kept and counted (certpace progress shows them).\n',
    );

    const progress = json<ProgressJson>(await certpace(folder.dir, ['progress', '--json']));
    expect(progress.history).toEqual([expect.objectContaining({ mode: 'practice', answered: 1 })]);
  });

  it('leaves a mock running on Ctrl-C, to be resumed with its clock still going', async () => {
    const mock = startCertpace(folder.dir, ['mock', '--count', '2']);
    await mock.waitFor('> ');
    mock.type('b');
    await mock.waitFor('1/2 answered');
    mock.child.kill('SIGINT');
    const ended = await mock.result;
    expect(ended.code).toBe(130);
    expect(ended.stderr).toMatch(
      /^Left the mock exam with Ctrl-C\. Your mock exam is still running \(\d+:\d\d left, 1 of 2 answered\): run certpace mock to go on before the time runs out\.\n$/,
    );

    const resumed = await certpace(folder.dir, ['mock'], { input: ['s', 'y'] });
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toMatch(
      /Resuming your AI-103@2026-04 mock exam: \d+:\d\d left, 1 of 2 answered\./,
    );
    expect(resumed.stdout).toContain('Mock exam submitted.');
    expect(resumed.stdout).toContain('1 answered · 1 unanswered');
  });
});
