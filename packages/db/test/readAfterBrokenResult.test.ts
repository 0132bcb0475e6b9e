import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeLeadingHoles } from '../src/database/denseResults.js';
import { createDatabase, type Database, getLearner, upsertDiscordLearner } from '../src/index.js';
import { testDatabaseUrl } from '../src/testing/index.js';
import { createScratchDatabase, type ScratchDatabase } from '../src/testing/scratchDatabase.js';

describe('closeLeadingHoles', () => {
  it('moves the rows after leading holes to the front, keeping the array', () => {
    const rows: (string | undefined)[] & { count?: number } = [];
    rows[2] = 'a';
    rows[3] = 'b';
    rows.count = 2;
    const result = closeLeadingHoles(rows);
    expect(result).toBe(rows);
    expect([...result]).toEqual(['a', 'b']);
    expect(result.count).toBe(2);
  });

  it('leaves whole and empty results alone', () => {
    expect(closeLeadingHoles(['a', 'b'])).toEqual(['a', 'b']);
    expect(closeLeadingHoles([])).toEqual([]);
    expect(closeLeadingHoles({ count: 0 })).toEqual({ count: 0 });
  });
});

// postgres.js keeps a row count per connection that a statement failing
// mid-result leaves behind: one connection, so the next read lands on it.
describe.runIf(testDatabaseUrl())('a read after a statement broke off mid-result', () => {
  let scratch: ScratchDatabase;
  let handle: Database;
  let admin: postgres.Sql;

  beforeAll(async () => {
    scratch = await createScratchDatabase(testDatabaseUrl() ?? '');
    // Migrating holds one connection for its lock and works on another: done first, apart.
    await (await createDatabase({ url: scratch.url, env: {}, maxConnections: 2 })).close();
    handle = await createDatabase({ url: scratch.url, env: {}, maxConnections: 1, migrate: false });
    admin = postgres(scratch.url, { max: 1, onnotice: () => {} });
  });

  afterAll(async () => {
    await admin?.end({ timeout: 5 });
    await handle?.close();
    await scratch?.drop();
  });

  it('finds the learner after a query failed on its fourth row', async () => {
    const ada = await upsertDiscordLearner(handle, { discordUserId: 'ada', displayName: 'Ada' });
    const broken = handle.db.execute(sql`select i, 1 / (4 - i) from generate_series(1, 10) i`);
    await expect(broken).rejects.toMatchObject({ cause: { code: '22012' } });
    expect(await getLearner(handle, ada.id)).toMatchObject({ id: ada.id, displayName: 'Ada' });
  });

  it('finds the learner after its connection was killed in the middle of a result', async () => {
    const bo = await upsertDiscordLearner(handle, { discordUserId: 'bo', displayName: 'Bo' });
    // Enough rows to be flushed to the client before the last one sleeps.
    const streaming = handle.db
      .execute(
        sql`select g, pg_sleep(case when g = 3000 then 10 else 0 end) from generate_series(1, 3000) g`,
      )
      .catch((error: unknown) => error);
    let killed = 0;
    for (let tries = 0; tries < 100 && killed === 0; tries++) {
      await sleep(50);
      killed = (
        await admin`select pg_terminate_backend(pid) from pg_stat_activity
          where datname = current_database() and application_name = 'certpace'
            and wait_event = 'PgSleep'`
      ).length;
    }
    expect(killed).toBe(1);
    await streaming;
    // The first statement on the reconnected connection may still be told "unavailable".
    const found = await getLearner(handle, bo.id).catch(() => getLearner(handle, bo.id));
    expect(found).toMatchObject({ id: bo.id, displayName: 'Bo' });
  });
});
