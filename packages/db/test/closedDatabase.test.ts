import { describe, expect, it } from 'vitest';
import {
  DatabaseUnavailableError,
  getLearner,
  upsertDiscordLearner,
  withTransaction,
} from '../src/index.js';
import { createTestDatabase, testDrivers } from '../src/testing/index.js';

// A query that races a shutdown must reach the front ends as "unavailable, try
// again", not as an unknown error answered with a generic apology.
describe('a database that was closed', () => {
  it.each(testDrivers())(
    'refuses reads, writes and transactions with DatabaseUnavailableError [%s]',
    async (driver) => {
      const handle = await createTestDatabase(driver);
      const ada = await upsertDiscordLearner(handle, { discordUserId: 'ada', displayName: 'Ada' });
      await handle.close();

      const read = await getLearner(handle, ada.id).catch((error: unknown) => error);
      expect(read).toBeInstanceOf(DatabaseUnavailableError);
      expect((read as Error).message).toMatch(/try again/);

      const write = await upsertDiscordLearner(handle, {
        discordUserId: 'bob',
        displayName: 'Bob',
      }).catch((error: unknown) => error);
      expect(write).toBeInstanceOf(DatabaseUnavailableError);

      const transaction = await withTransaction(handle, (tx) => getLearner(tx, ada.id)).catch(
        (error: unknown) => error,
      );
      expect(transaction).toBeInstanceOf(DatabaseUnavailableError);
    },
  );

  it('tells a closing embedded database from an ordinary failure', async () => {
    const handle = await createTestDatabase('pglite');
    try {
      // An unrelated error whose text merely mentions PGlite stays what it is.
      const other = await withTransaction(handle, async () => {
        throw new Error('PGlite is closed for lunch');
      }).catch((error: unknown) => error);
      expect(other).not.toBeInstanceOf(DatabaseUnavailableError);
      expect((other as Error).message).toBe('PGlite is closed for lunch');
    } finally {
      await handle.close();
    }
  });
});
