import { is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { createDatabase } from '../database/createDatabase.js';
import { withTransaction } from '../database/transaction.js';
import type { Database, DriverName } from '../database/types.js';
import * as schema from '../schema/index.js';
import { createScratchDatabase, testDatabaseUrl } from './scratchDatabase.js';

export interface TestDatabase extends Database {
  /** For Postgres, the connection string of this test's own database. */
  readonly url: string | undefined;
}

/** The drivers tests run on here: PGlite always, Postgres when TEST_DATABASE_URL is set. */
export function testDrivers(
  env: Readonly<Record<string, string | undefined>> = process.env,
): DriverName[] {
  return testDatabaseUrl(env) ? ['pglite', 'postgres'] : ['pglite'];
}

/**
 * A migrated database of its own: an in-memory PGlite, or a fresh database
 * on the TEST_DATABASE_URL server. `close()` also drops the Postgres database.
 */
export async function createTestDatabase(
  driver: DriverName,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<TestDatabase> {
  if (driver === 'pglite') {
    const handle = await createDatabase({ memory: true, env: {} });
    return { ...handle, url: undefined };
  }
  const server = testDatabaseUrl(env);
  if (!server) throw new Error('TEST_DATABASE_URL is not set: Postgres tests cannot run.');
  const scratch = await createScratchDatabase(server);
  try {
    const handle = await createDatabase({ url: scratch.url, env: {}, maxConnections: 5 });
    return {
      ...handle,
      url: scratch.url,
      async close() {
        try {
          await handle.close();
        } finally {
          await scratch.drop();
        }
      },
    };
  } catch (error) {
    await scratch.drop();
    throw error;
  }
}

const TABLES = (Object.values(schema) as unknown[]).flatMap((value) =>
  is(value, PgTable) ? [value] : [],
);

/** Every table, those that reference others before the ones they reference. */
function childrenFirst(tables: readonly PgTable[]): PgTable[] {
  const ordered: PgTable[] = [];
  const visit = (table: PgTable) => {
    if (ordered.includes(table)) return;
    for (const child of tables) {
      const references = getTableConfig(child).foreignKeys.some(
        (key) => key.reference().foreignTable === table,
      );
      if (child !== table && references) visit(child);
    }
    ordered.push(table);
  };
  for (const table of tables) visit(table);
  return ordered;
}

const DELETE_ORDER = childrenFirst(TABLES);

/**
 * Empties every certpace table, so each test starts from nothing without
 * reopening the database. DELETE rather than TRUNCATE: on the few rows a test
 * leaves it is some twenty times faster on Postgres.
 */
export async function resetDatabase(handle: Database): Promise<void> {
  await withTransaction(handle, async (tx) => {
    for (const table of DELETE_ORDER) await tx.delete(table);
  });
}
