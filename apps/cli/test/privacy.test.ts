import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certpace, json, scratchFolder } from './support/certpace.js';

const folder = scratchFolder();
afterAll(() => folder.remove());

interface Export {
  format: string;
  learner: { localUserKey: string };
  plans: unknown[];
  planTasks: unknown[];
  quizzes: unknown[];
  quizAnswers: unknown[];
  scoreReports: unknown[];
  questionReports: unknown[];
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
  expect(
    (
      await certpace(folder.dir, ['quiz', '--count', '1'], {
        input: ['a', 'r typo in the prompt', ''],
      })
    ).code,
  ).toBe(0);
  expect(
    (await certpace(folder.dir, ['score', 'add', '--total', '650', '--domain', 'text-analysis=60']))
      .code,
  ).toBe(0);
  // Someone else on the same computer, whose data must survive ana's deletion.
  expect(
    (
      await certpace(
        folder.dir,
        ['plan', 'create', '--exam-date', '2027-04-01', '--minutes', '30'],
        { env: { CERTPACE_USER: 'bob' } },
      )
    ).code,
  ).toBe(0);
});

describe('privacy', () => {
  it('exports everything stored about the learner as JSON, readable only by them', async () => {
    const file = join(folder.dir, 'ana.json');
    const result = await certpace(folder.dir, ['privacy', 'export', '--out', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`Wrote everything stored about ana to ${file}.\n`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const data = JSON.parse(readFileSync(file, 'utf8')) as Export;
    expect(data.format).toBe('certpace-export');
    expect(data.learner.localUserKey).toBe('ana');
    expect(data.plans).toHaveLength(1);
    expect(data.planTasks.length).toBeGreaterThan(10);
    expect(data.quizzes).toHaveLength(1);
    expect(data.quizAnswers).toHaveLength(1);
    expect(data.scoreReports).toHaveLength(1);
    expect(data.questionReports).toEqual([
      expect.objectContaining({ reason: 'typo', note: 'in the prompt' }),
    ]);

    const printed = json<Export>(await certpace(folder.dir, ['privacy', 'export']));
    expect(printed.plans).toHaveLength(1);
  });

  it('deletes everything about the learner after confirmation, and nobody else’s data', async () => {
    const declined = await certpace(folder.dir, ['privacy', 'delete'], { input: ['no'] });
    expect(declined.code).toBe(1);
    expect(declined.stderr).toBe('Error: Nothing was deleted.\n');

    const unattended = await certpace(folder.dir, ['privacy', 'delete']);
    expect(unattended.code).toBe(2);
    expect(unattended.stderr).toContain('run certpace privacy delete --yes');

    const deleted = await certpace(folder.dir, ['privacy', 'delete', '--yes']);
    expect(deleted.code).toBe(0);
    expect(deleted.stdout).toBe('Deleted everything certpace stored about ana.\n');

    const after = json<Export>(await certpace(folder.dir, ['privacy', 'export']));
    expect(after.plans).toEqual([]);
    expect(after.quizzes).toEqual([]);
    expect(after.quizAnswers).toEqual([]);
    expect(after.scoreReports).toEqual([]);
    expect(after.questionReports).toEqual([]);

    const bob = await certpace(folder.dir, ['today'], { env: { CERTPACE_USER: 'bob' } });
    expect(bob.code).toBe(0);
  });
});
