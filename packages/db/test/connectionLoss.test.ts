import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DatabaseUnavailableError,
  getGuildSettings,
  getLearner,
  setPrivacyChoices,
  upsertDiscordLearner,
  withTransaction,
} from '../src/index.js';
import { createTestDatabase, type TestDatabase, testDatabaseUrl } from '../src/testing/index.js';

// Only Postgres has connections to lose; the embedded database lives in-process.
describe.runIf(testDatabaseUrl())('a lost Postgres connection', () => {
  let handle: TestDatabase;
  let admin: postgres.Sql;

  beforeAll(async () => {
    handle = await createTestDatabase('postgres');
    admin = postgres(handle.url ?? '', { max: 2, onnotice: () => {} });
  });

  afterAll(async () => {
    await admin?.end({ timeout: 5 });
    await handle?.close();
  });

  /** Waits until a certpace query is stuck waiting for a lock, and returns its backend pid. */
  async function blockedBackend(): Promise<number> {
    for (let tries = 0; tries < 100; tries++) {
      const rows = await admin<{ pid: number }[]>`
        select pid from pg_stat_activity
        where datname = current_database() and application_name = 'certpace' and wait_event_type = 'Lock'`;
      if (rows[0]) return rows[0].pid;
      await sleep(50);
    }
    throw new Error('no certpace query ever waited for the lock');
  }

  it('surfaces as DatabaseUnavailableError mid-operation, and the next call succeeds', async () => {
    const ada = await upsertDiscordLearner(handle, { discordUserId: 'ada', displayName: 'Ada' });
    const blocker = await admin.reserve();
    try {
      await blocker`begin`;
      await blocker`select id from learners where id = ${ada.id} for update`;
      const stuck = setPrivacyChoices(handle, { learnerId: ada.id, shareProgress: true });
      const outcome = stuck.catch((error: unknown) => error);
      await admin`select pg_terminate_backend(${await blockedBackend()})`;
      const error = await outcome;
      expect(error).toBeInstanceOf(DatabaseUnavailableError);
      expect((error as Error).message).toContain('try again');
      await blocker`rollback`;
    } finally {
      blocker.release();
    }
    expect(
      await setPrivacyChoices(handle, { learnerId: ada.id, shareProgress: true }),
    ).toMatchObject({
      shareProgress: true,
    });
  });

  it('leaves nothing half-written when the connection drops inside a transaction', async () => {
    const ada = await upsertDiscordLearner(handle, { discordUserId: 'ada-2', displayName: 'Ada' });
    const blocker = await admin.reserve();
    try {
      await blocker`begin`;
      await blocker`select id from learners where id = ${ada.id} for update`;
      const outcome = withTransaction(handle, async (tx) => {
        await tx.execute(sql`insert into guild_settings (guild_id) values ('half-written')`);
        await tx.execute(sql`update learners set share_progress = true where id = ${ada.id}`);
      }).catch((error: unknown) => error);
      await admin`select pg_terminate_backend(${await blockedBackend()})`;
      expect(await outcome).toBeInstanceOf(DatabaseUnavailableError);
      await blocker`rollback`;
    } finally {
      blocker.release();
    }
    expect(await getGuildSettings(handle, 'half-written')).toBeNull();
    expect(await getLearner(handle, ada.id)).toMatchObject({ shareProgress: false });
  });

  it('recovers by itself after every connection of the pool was killed', async () => {
    await upsertDiscordLearner(handle, { discordUserId: 'warm', displayName: 'Warm' });
    await admin`
      select pg_terminate_backend(pid) from pg_stat_activity
      where datname = current_database() and application_name = 'certpace'`;
    let learner: unknown;
    // The first call may still hit a dying socket; within a few tries the pool has reconnected.
    for (let tries = 0; tries < 5 && !learner; tries++) {
      learner = await upsertDiscordLearner(handle, {
        discordUserId: 'after',
        displayName: 'After',
      }).catch((error: unknown) => {
        expect(error).toBeInstanceOf(DatabaseUnavailableError);
        return undefined;
      });
    }
    expect(learner).toMatchObject({ discordUserId: 'after' });
  });
});
