import { setTimeout as sleep } from 'node:timers/promises';
import { createDatabase, type Database } from '@certpace/db';
import postgres from 'postgres';
import { assertLoopback, createScratchDatabase } from '../../src/harness/postgres.js';

/** The server fault tests use: TEST_DATABASE_URL (as CI sets it), else the local one. Loopback only. */
export function faultServerUrl(env: Readonly<Record<string, string | undefined>> = process.env) {
  return assertLoopback(env.TEST_DATABASE_URL?.trim() || 'postgres://postgres@127.0.0.1:5432/test');
}

export interface FaultDatabase {
  /** certpace's handle, as the bot opens it (application_name "certpace"). */
  readonly database: Database;
  readonly url: string;
  readonly name: string;
  /** A separate connection for the test itself: locks, kills, checks. */
  readonly admin: postgres.Sql;
  close(): Promise<void>;
}

/** A migrated database of its own on the local server, dropped by `close()`. */
export async function openFaultDatabase(label: string, maxConnections = 4): Promise<FaultDatabase> {
  const scratch = await createScratchDatabase(faultServerUrl(), label);
  try {
    const database = await createDatabase({ url: scratch.url, env: {}, maxConnections });
    const admin = postgres(scratch.url, { max: 3, onnotice: () => {} });
    return {
      database,
      url: scratch.url,
      name: scratch.name,
      admin,
      async close() {
        try {
          await admin.end({ timeout: 5 });
          await database.close();
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

/**
 * Kills every certpace connection to this database that is in the middle of
 * something. The victims are chosen first and killed by pid in a second
 * statement: in one statement Postgres may call pg_terminate_backend before
 * it applies the other conditions, and kill every busy backend on the server.
 */
export async function killBusyBackends(admin: postgres.Sql): Promise<number> {
  const victims = await admin<{ pid: number }[]>`
    select pid from pg_stat_activity
    where datname = current_database() and application_name = 'certpace'
      and state in ('active', 'idle in transaction') and pid <> pg_backend_pid()`;
  if (victims.length === 0) return 0;
  // OFFSET 0 keeps the subquery's checks from being merged into the outer filter.
  const killed = await admin<{ pid: number }[]>`
    select pid from (
      select pid from pg_stat_activity
      where pid = any(${victims.map((v) => v.pid)}::int[])
        and datname = current_database() and application_name = 'certpace'
      offset 0
    ) as chosen
    where pg_terminate_backend(pid)`;
  return killed.length;
}

/** Waits for a certpace statement stuck on a lock and returns its backend pid. */
async function blockedBackend(admin: postgres.Sql, timeoutMs = 10_000): Promise<number> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const [row] = await admin<{ pid: number }[]>`
      select pid from pg_stat_activity
      where datname = current_database() and application_name = 'certpace'
        and wait_event_type = 'Lock'`;
    if (row) return row.pid;
    await sleep(20);
  }
  throw new Error('no certpace statement ever waited for the lock');
}

/**
 * Runs `action` while writes to `table` are locked out (EXCLUSIVE mode: reads
 * still pass), waits until the action's write there is stuck behind the lock,
 * and kills that connection: a connection lost in the middle of the
 * operation, after whatever it wrote before in its transaction. Returns what
 * the action threw (or its result, if it somehow finished).
 */
export async function killMidOperation<T>(
  admin: postgres.Sql,
  table: string,
  action: () => Promise<T>,
): Promise<{ error: unknown; result?: T }> {
  const blocker = await admin.reserve();
  try {
    await blocker`begin`;
    await blocker.unsafe(`lock table ${table} in exclusive mode`);
    const outcome = action().then(
      (result) => ({ error: undefined, result }),
      (error: unknown) => ({ error }),
    );
    await admin`select pg_terminate_backend(${await blockedBackend(admin)})`;
    const settled = await outcome;
    await blocker`rollback`;
    return settled;
  } finally {
    blocker.release();
  }
}
