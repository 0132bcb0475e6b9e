import { getTableName, is, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import postgres from 'postgres';
import { expect, it } from 'vitest';
import { rowsOf } from '../src/database/migrations.js';
import { createPlan, createQuiz, recordAnswer, setGuildSettings } from '../src/index.js';
import * as schema from '../src/schema/index.js';
import {
  createTestDatabase,
  resetDatabase,
  testDatabaseUrl,
  testDrivers,
} from '../src/testing/index.js';
import { discordLearner, planInput, task } from './support/fixtures.js';

const tables = (Object.values(schema) as unknown[]).flatMap((value) =>
  is(value, PgTable) ? [getTableName(value)] : [],
);

for (const driver of testDrivers()) {
  it(`gives each suite its own ${driver} database, emptied on reset and removed on close`, async () => {
    const db = await createTestDatabase(driver);
    const ada = await discordLearner(db);
    await createPlan(db, planInput(ada.id, [task('t', '2027-02-01')]));
    const quiz = await createQuiz(db, {
      mode: 'group',
      examRef: 'AI-103@2026-04',
      channelId: 'c',
      state: {},
      seed: 1,
      now: new Date(),
    });
    await recordAnswer(db, {
      quizId: quiz.id,
      learnerId: ada.id,
      questionId: 'q',
      domainId: 'nlp',
      chosen: ['a'],
      correct: true,
      answeredAt: new Date(),
    });
    await setGuildSettings(db, 'g', { timezone: 'UTC' });

    await resetDatabase(db);
    for (const table of tables) {
      const result = await db.db.execute(
        sql`select count(*)::int as n from ${sql.identifier(table)}`,
      );
      expect(rowsOf<{ n: number }>(result)[0]?.n, table).toBe(0);
    }
    await db.close();

    if (driver === 'postgres') {
      const name = new URL(db.url ?? '').pathname.slice(1);
      const admin = postgres(testDatabaseUrl() ?? '', { max: 1 });
      const left = await admin`select 1 from pg_database where datname = ${name}`;
      await admin.end();
      expect(left).toHaveLength(0);
    }
  });
}
