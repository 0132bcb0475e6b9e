import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';

export type DriverName = 'pglite' | 'postgres';

/** The drizzle instance behind a handle, whichever driver it runs on. */
export type Db = PgDatabase<PgQueryResultHKT>;

/** A drizzle transaction, as handed to the callback of `withTransaction`. */
export type Tx = PgTransaction<
  PgQueryResultHKT,
  Record<string, never>,
  ExtractTablesWithRelations<Record<string, never>>
>;

/** One open certpace database, on embedded PGlite or on Postgres. */
export interface Database {
  /** The drizzle instance (snake_case casing). Prefer the repository functions. */
  readonly db: Db;
  readonly driver: DriverName;
  /**
   * Where the data is, for messages: the data folder, `memory`, or the
   * connection string with its password hidden.
   */
  readonly location: string;
  /** Releases everything: the connection pool or the embedded database, and the folder lock. */
  close(): Promise<void>;
}

/** What repository functions run on: an open handle, its drizzle instance, or a transaction. */
export type Executor = Database | Db | Tx;

export function isDatabaseHandle(executor: Executor): executor is Database {
  return 'driver' in executor && typeof (executor as Database).close === 'function';
}

/** The drizzle instance or transaction to build queries on. */
export function drizzleOf(executor: Executor): Db | Tx {
  return isDatabaseHandle(executor) ? executor.db : executor;
}
