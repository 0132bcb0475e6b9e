import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../src/database/migrations.js';
import {
  createDatabase,
  type Database,
  DatabaseConfigError,
  MIGRATIONS_SCHEMA,
  MIGRATIONS_TABLE,
  upsertLocalLearner,
} from '../src/index.js';
import { createScratchDatabase, testDatabaseUrl } from '../src/testing/index.js';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

async function publicTables(handle: Database): Promise<string[]> {
  const result = await handle.db.execute(
    sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`,
  );
  return rowsOf<{ table_name: string }>(result).map((row) => row.table_name);
}

async function appliedMigrations(handle: Database): Promise<number> {
  const result = await handle.db.execute(
    sql`select count(*)::int as applied from ${sql.identifier(MIGRATIONS_SCHEMA)}.${sql.identifier(MIGRATIONS_TABLE)}`,
  );
  return rowsOf<{ applied: number }>(result)[0]?.applied ?? -1;
}

const EXPECTED_TABLES = [
  'guild_settings',
  'learners',
  'plan_tasks',
  'plans',
  'question_reports',
  'quiz_answers',
  'quizzes',
  'reminder_deliveries',
  'review_cards',
  'score_report_domains',
  'score_reports',
  'study_days',
];

describe('migrations on embedded PGlite', () => {
  it('apply to an empty database, then are a no-op that keeps the data', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'certpace-db-migrate-'));
    folders.push(dataDir);

    const bare = await createDatabase({ dataDir, env: {}, migrate: false });
    expect(await publicTables(bare)).toEqual([]);
    await bare.close();

    const first = await createDatabase({ dataDir, env: {} });
    expect(await publicTables(first)).toEqual(EXPECTED_TABLES);
    const applied = await appliedMigrations(first);
    expect(applied).toBeGreaterThan(0);
    const learner = await upsertLocalLearner(first, { localUserKey: 'ada', displayName: 'Ada' });
    await first.close();

    const second = await createDatabase({ dataDir, env: {} });
    try {
      expect(await appliedMigrations(second)).toBe(applied);
      const again = await upsertLocalLearner(second, { localUserKey: 'ada', displayName: 'Ada' });
      expect(again.id).toBe(learner.id);
    } finally {
      await second.close();
    }
  });
});

describe.runIf(testDatabaseUrl())('migrations on Postgres', () => {
  const server = testDatabaseUrl() ?? '';

  it('apply to an empty database and are a no-op on a current one', async () => {
    const scratch = await createScratchDatabase(server);
    try {
      const first = await createDatabase({ url: scratch.url, env: {} });
      expect(await publicTables(first)).toEqual(EXPECTED_TABLES);
      const applied = await appliedMigrations(first);
      await first.close();
      const second = await createDatabase({ url: scratch.url, env: {} });
      expect(await appliedMigrations(second)).toBe(applied);
      await second.close();
    } finally {
      await scratch.drop();
    }
  });

  it('are applied once when two processes start on one empty database at the same moment', async () => {
    const scratch = await createScratchDatabase(server);
    const handles: Database[] = [];
    try {
      const started = await Promise.allSettled([
        createDatabase({ url: scratch.url, env: {} }),
        createDatabase({ url: scratch.url, env: {} }),
        createDatabase({ url: scratch.url, env: {} }),
      ]);
      for (const result of started) {
        expect(result.status).toBe('fulfilled');
        if (result.status === 'fulfilled') handles.push(result.value);
      }
      const [one] = handles;
      if (!one) throw new Error('no handle');
      expect(await publicTables(one)).toEqual(EXPECTED_TABLES);
      const journal = await createDatabase({ url: scratch.url, env: {}, migrate: false });
      handles.push(journal);
      const applied = await appliedMigrations(journal);
      const files = rowsOf<{ n: number }>(
        await journal.db.execute(
          sql`select count(distinct hash)::int as n from ${sql.identifier(MIGRATIONS_SCHEMA)}.${sql.identifier(MIGRATIONS_TABLE)}`,
        ),
      )[0]?.n;
      expect(applied).toBe(files);
    } finally {
      for (const handle of handles) await handle.close();
      await scratch.drop();
    }
  });

  it('refuses a database that a newer certpace has migrated', async () => {
    const scratch = await createScratchDatabase(server);
    try {
      const current = await createDatabase({ url: scratch.url, env: {} });
      await current.db.execute(
        sql`insert into ${sql.identifier(MIGRATIONS_SCHEMA)}.${sql.identifier(MIGRATIONS_TABLE)} (hash, created_at) values ('future', ${Date.now() + 10 ** 12})`,
      );
      await current.close();
      const error = await createDatabase({ url: scratch.url, env: {} }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DatabaseConfigError);
      expect((error as Error).message).toContain('newer version of certpace');
    } finally {
      await scratch.drop();
    }
  });
});
