import { readdirSync } from 'node:fs';
import { createScratchDatabase, type ScratchDatabase, testDatabaseUrl } from '@certpace/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certpace, scratchFolder, startCertpace } from './support/certpace.js';

const serverUrl = testDatabaseUrl();

describe.skipIf(!serverUrl)('on Postgres (DATABASE_URL)', () => {
  let database: ScratchDatabase;
  // Given to prove the embedded database is not used: nothing may appear in it.
  let folder: ReturnType<typeof scratchFolder>;
  let env: Record<string, string>;

  beforeAll(async () => {
    folder = scratchFolder();
    database = await createScratchDatabase(serverUrl!);
    env = { DATABASE_URL: database.url };
  });
  afterAll(async () => {
    await database?.drop();
    folder?.remove();
  });

  it('creates a plan and shows today, with two processes at once', async () => {
    const created = await certpace(
      folder.dir,
      ['plan', 'create', '--exam', 'AI-103', '--exam-date', '2027-03-15', '--minutes', '60'],
      { env },
    );
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);

    const quiz = startCertpace(folder.dir, ['quiz', '--count', '2'], { env });
    await quiz.waitFor('Answer (');
    // The quiz holds its connection; Postgres serves a second process all the same.
    const today = await certpace(folder.dir, ['today'], { env });
    expect(today.code).toBe(0);
    expect(today.stdout).toContain('Today, Mon 1 Feb 2027 · AI-103');
    quiz.type('q');
    expect((await quiz.result).code).toBe(0);
    expect(readdirSync(folder.dir)).toEqual([]);
  });
});
