import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runningGroupQuiz } from '../src/repositories/quizzes.js';
import { dueLearners } from '../src/repositories/reminders.js';
import { createTestDatabase, type TestDatabase, testDatabaseUrl } from '../src/testing/index.js';

/**
 * The queries that run for every learner or every click must be able to use
 * their index even in a generic plan (postgres.js prepares statements, and
 * Postgres switches to a generic plan after a few runs). Sequential scans are
 * priced out so that a plan without the index shows up as one.
 */
describe.runIf(testDatabaseUrl())('query plans on Postgres', () => {
  let handle: TestDatabase;
  let admin: postgres.Sql;

  beforeAll(async () => {
    handle = await createTestDatabase('postgres');
    admin = postgres(handle.url ?? '', { max: 1, onnotice: () => {} });
  });

  afterAll(async () => {
    await admin?.end({ timeout: 5 });
    await handle?.close();
  });

  async function genericPlan(query: { toSQL(): { sql: string; params: unknown[] } }, args: string) {
    const { sql: text } = query.toSQL();
    const session = await admin.reserve();
    try {
      await session.unsafe('set enable_seqscan = off');
      await session.unsafe('set plan_cache_mode = force_generic_plan');
      await session.unsafe(`prepare planned as ${text}`);
      const rows = await session.unsafe(`explain execute planned(${args})`);
      await session.unsafe('deallocate planned');
      return rows.map((row) => String(row['QUERY PLAN'])).join('\n');
    } finally {
      session.release();
    }
  }

  it('finds who is due for a reminder through the partial index on next_reminder_at', async () => {
    const plan = await genericPlan(
      dueLearners(handle.db, new Date(), 100),
      `'2026-06-10T08:00:00Z', 100`,
    );
    expect(plan).toContain('learners_due_reminders_idx');
  });

  it('finds the running group quiz of a channel through its partial unique index', async () => {
    const query = runningGroupQuiz(handle.db, 'c');
    expect(await genericPlan(query, `'channel-1'`)).toContain(
      'quizzes_one_running_group_per_channel',
    );
  });
});
