import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { scratchFolder, startInTerminal } from './support/certpace.js';

const ESC = '\u001b';
const hasScript = spawnSync('script', ['--version']).status === 0;
const folder = scratchFolder();
afterAll(() => folder.remove());

describe.skipIf(!hasScript)('in a real terminal', () => {
  it('answers with a single key, redraws in colour, and moves on with Enter', async () => {
    const quiz = startInTerminal(folder.dir, ['quiz', '--count', '1']);
    await quiz.waitFor('Question 1 of 1');
    // A single-answer question takes b at once; a multiple-answer one ticks it ([x]) and waits for Enter.
    const answered = quiz.waitFor('Enter next');
    const ticked = quiz.waitFor('[x] ');
    answered.catch(() => undefined);
    ticked.catch(() => undefined);
    quiz.press('b');
    if (
      (await Promise.race([answered.then(() => 'answered'), ticked.then(() => 'ticked')])) ===
      'ticked'
    ) {
      quiz.press('\r');
      await answered;
    }
    quiz.press('\r');
    await quiz.waitFor('Quiz finished');
    quiz.child.stdin.end();
    const result = await quiz.result;
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${ESC}[2J`);
    expect(result.stdout).toContain(`${ESC}[1mQuiz finished: `);
    expect(result.stdout).toMatch(/Correct\.|you chose B\./);
  });

  it('leaves colours out when NO_COLOR is set', async () => {
    const exams = startInTerminal(folder.dir, ['exams'], { env: { NO_COLOR: '1' } });
    exams.child.stdin.end();
    const result = await exams.result;
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('AI-103@2026-04');
    expect(result.stdout).not.toContain('\u001b[');
  });
});
