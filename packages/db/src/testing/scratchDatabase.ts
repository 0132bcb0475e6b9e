import { randomUUID } from 'node:crypto';
import postgres from 'postgres';

export interface ScratchDatabase {
  /** Connection string of the new, empty database. */
  readonly url: string;
  readonly name: string;
  /** Drops the database, disconnecting whoever is still on it. */
  drop(): Promise<void>;
}

/** The connection string of the Postgres server tests may use, if any. */
export function testDatabaseUrl(env: Readonly<Record<string, string | undefined>> = process.env) {
  return env.TEST_DATABASE_URL?.trim() || undefined;
}

/**
 * Creates an empty database with a unique name on the server of `serverUrl`,
 * so that test files running in parallel never share tables.
 */
export async function createScratchDatabase(serverUrl: string): Promise<ScratchDatabase> {
  const name = `certpace_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    async drop() {
      const dropper = postgres(serverUrl, { max: 1, onnotice: () => {} });
      try {
        await dropper.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await dropper.end({ timeout: 5 });
      }
    },
  };
}
