import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { type ParsedDatabaseUrl, parseDatabaseUrl } from './connectionUrl.js';
import { withDenseResults } from './denseResults.js';
import { DatabaseConfigError, DatabaseUnavailableError } from './errors.js';
import { errorCode, isSessionEnded } from './mapError.js';
import { applyMigrations, MIGRATION_LOCK } from './migrations.js';
import type { Database } from './types.js';

export interface PostgresOptions {
  readonly url: string;
  readonly migrationsFolder: string | undefined;
  readonly maxConnections: number;
  readonly connectTimeoutSeconds: number;
}

/** Opens a postgres.js pool, checks it can reach the server, and applies migrations. */
export async function openPostgres(options: PostgresOptions): Promise<Database> {
  const target = parseDatabaseUrl(options.url);
  const client = postgres(options.url, {
    max: options.maxConnections,
    connect_timeout: options.connectTimeoutSeconds,
    // Libraries do not log: postgres.js would print server notices to the console.
    onnotice: () => {},
    connection: { application_name: 'certpace' },
    // No catalog query on each new connection: in postgres.js 3.4.9 a failure of
    // that query (its backend killed while the pool reconnects) escapes as an
    // unhandled rejection that ends the process (porsager/postgres#1192, #1223).
    // drizzle sends and reads arrays as Postgres array literals, so nothing
    // here needs the array types it would fetch.
    fetch_types: false,
    // Back on its feet within two seconds of Postgres being reachable again:
    // postgres.js's own backoff grows to 20 s between attempts after a run of
    // lost connections, and every command waits that long.
    backoff: (attempts: number) => Math.min(0.05 * 2 ** attempts, 2),
  });
  // Results of a connection that lost a statement mid-result can start with holes: see denseResults.ts.
  const db = drizzle({ client: withDenseResults(client), casing: 'snake_case' });
  const close = () => client.end({ timeout: 5 });
  try {
    await client`select 1`;
  } catch (error) {
    await client.end({ timeout: 0 });
    throw connectError(error, target);
  }
  if (options.migrationsFolder !== undefined) {
    try {
      await applyMigrations(
        db,
        options.migrationsFolder,
        (config) => migrate(db, config),
        async (work) => {
          // A session-level advisory lock on one reserved connection; the server
          // releases it by itself if this process dies half-way.
          const session = await client.reserve();
          let sessionEnded = false;
          try {
            await session`select pg_advisory_lock(${MIGRATION_LOCK[0]}, ${MIGRATION_LOCK[1]})`;
            return await work();
          } catch (error) {
            sessionEnded = isSessionEnded(error);
            throw error;
          } finally {
            // Writing to a connection that just died crashes postgres.js 3.4
            // (see transaction.ts); a dead session's lock is gone anyway.
            if (!sessionEnded) {
              await session`select pg_advisory_unlock(${MIGRATION_LOCK[0]}, ${MIGRATION_LOCK[1]})`.catch(
                () => undefined,
              );
            }
            session.release();
          }
        },
      );
    } catch (error) {
      await client.end({ timeout: 0 });
      throw error instanceof DatabaseConfigError ? error : connectError(error, target);
    }
  }
  return { db, driver: 'postgres', location: target.redacted, close };
}

/** One clear line per way a first connection fails, naming what to fix and never the password. */
function connectError(error: unknown, target: ParsedDatabaseUrl): Error {
  const code = errorCode(error);
  const where = `${target.host}:${target.port}`;
  const options = { cause: error };
  switch (code) {
    case 'ECONNREFUSED':
      return new DatabaseUnavailableError(
        `Postgres at ${where} refused the connection: start the server, or fix DATABASE_URL (${target.redacted}).`,
        options,
      );
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new DatabaseConfigError(
        `The database host ${target.host} was not found: fix the host in DATABASE_URL (${target.redacted}).`,
        options,
      );
    case 'CONNECT_TIMEOUT':
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return new DatabaseUnavailableError(
        `Postgres at ${where} did not answer: check that it is running and reachable (${target.redacted}).`,
        options,
      );
    case '28P01':
    case '28000':
      return new DatabaseConfigError(
        `Postgres at ${where} refused user "${target.user}": fix the user or password in DATABASE_URL (${target.redacted}).`,
        options,
      );
    case '3D000':
      return new DatabaseConfigError(
        `The database "${target.database}" does not exist on ${where}: create it (createdb ${target.database}) or fix DATABASE_URL (${target.redacted}).`,
        options,
      );
    default:
      return new DatabaseUnavailableError(
        `Could not use the Postgres database at ${where} (${code ?? 'unknown error'}): check DATABASE_URL (${target.redacted}).`,
        options,
      );
  }
}
