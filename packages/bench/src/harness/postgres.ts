import { randomUUID } from 'node:crypto';
import postgres from 'postgres';

/** The server benchmarks use when nothing is configured: the local one, as in CI. */
export const DEFAULT_SERVER_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/** Refused: a benchmark or fault test pointed at anything but this machine. */
export class NotLoopbackError extends Error {
  readonly code = 'NOT_LOOPBACK';
  constructor(readonly host: string) {
    super(
      `Benchmarks and fault tests create, load and drop databases: they only run against a server on this machine, not ${host}.`,
    );
    this.name = 'NotLoopbackError';
  }
}

/** Throws NotLoopbackError unless the URL's host is this machine. */
export function assertLoopback(url: string): string {
  const { hostname } = new URL(url);
  if (!LOOPBACK.has(hostname)) throw new NotLoopbackError(hostname);
  return url;
}

/**
 * The Postgres server to create scratch databases on: BENCH_DATABASE_URL,
 * else TEST_DATABASE_URL, else the local default. Loopback only.
 */
export function benchServerUrl(env: Readonly<Record<string, string | undefined>> = process.env) {
  const url = env.BENCH_DATABASE_URL?.trim() || env.TEST_DATABASE_URL?.trim() || DEFAULT_SERVER_URL;
  return assertLoopback(url);
}

/** The same server, another database. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export interface ScratchDatabase {
  readonly name: string;
  /** Connection string of the new, empty database. */
  readonly url: string;
  /** Drops it, disconnecting whoever is still on it. Safe to call twice. */
  drop(): Promise<void>;
}

async function onServer<T>(serverUrl: string, work: (sql: postgres.Sql) => Promise<T>) {
  const sql = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    return await work(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** Creates an empty database with a unique name (`certpace_bench_<label>_…`) on a loopback server. */
export async function createScratchDatabase(
  serverUrl: string,
  label: string,
): Promise<ScratchDatabase> {
  assertLoopback(serverUrl);
  const tag = label
    .replace(/[^a-z0-9]/gi, '')
    .toLowerCase()
    .slice(0, 16);
  const name = `certpace_bench_${tag}_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  await onServer(serverUrl, (sql) => sql.unsafe(`create database "${name}"`));
  let dropped: Promise<void> | undefined;
  return {
    name,
    url: databaseUrl(serverUrl, name),
    drop() {
      dropped ??= onServer(serverUrl, async (sql) => {
        await sql.unsafe(`drop database if exists "${name}" with (force)`);
      });
      return dropped;
    },
  };
}

/** The server's version line (`PostgreSQL 15.20 …`), for reports. */
export function serverVersion(serverUrl: string): Promise<string> {
  return onServer(serverUrl, async (sql) => {
    const [row] = await sql<{ version: string }[]>`select version()`;
    return row?.version.split(' on ')[0] ?? 'unknown';
  });
}
