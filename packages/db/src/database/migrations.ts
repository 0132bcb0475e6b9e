import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { type MigrationConfig, readMigrationFiles } from 'drizzle-orm/migrator';
import { DatabaseConfigError } from './errors.js';
import type { Db } from './types.js';

/** Where drizzle records the migrations it applied. */
export const MIGRATIONS_SCHEMA = 'drizzle';
export const MIGRATIONS_TABLE = '__drizzle_migrations';

/**
 * Both keys of the advisory lock that serialises migrations on a shared
 * Postgres: 0x63657274 spells "cert"; the second key leaves room for other locks.
 */
export const MIGRATION_LOCK = [0x63657274, 1] as const;

/**
 * The migrations folder. This file sits two levels below the package root both
 * as source (src/database) and built (dist/database). A published package
 * carries the migrations in its own drizzle/ folder (copied in at pack time);
 * in the repository they are the root drizzle/ folder.
 */
export function defaultMigrationsFolder(): string {
  const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const candidates = [join(packageRoot, 'drizzle'), join(packageRoot, '..', '..', 'drizzle')];
  const found = candidates.find((folder) => existsSync(join(folder, 'meta', '_journal.json')));
  if (!found) {
    throw new DatabaseConfigError(
      `certpace's database migrations are missing (looked in ${candidates.join(' and ')}): reinstall @certpace/db.`,
    );
  }
  return found;
}

/** The settings every migration run uses. */
export function migrationConfig(folder: string): MigrationConfig {
  return {
    migrationsFolder: folder,
    migrationsSchema: MIGRATIONS_SCHEMA,
    migrationsTable: MIGRATIONS_TABLE,
  };
}

/**
 * Applies the migrations not yet applied (drizzle runs them in one
 * transaction). `exclusive` serialises concurrent starters: on Postgres it
 * holds an advisory lock, so a second process starting at the same moment
 * waits, then finds nothing left to do. A database migrated by a newer
 * certpace is refused rather than silently used with an older schema.
 */
export async function applyMigrations(
  db: Db,
  folder: string,
  migrate: (config: MigrationConfig) => Promise<void>,
  exclusive: <T>(work: () => Promise<T>) => Promise<T> = (work) => work(),
): Promise<void> {
  const newestKnown = Math.max(
    0,
    ...readMigrationFiles(migrationConfig(folder)).map((migration) => migration.folderMillis),
  );
  await exclusive(async () => {
    await refuseNewerSchema(db, newestKnown);
    await migrate(migrationConfig(folder));
  });
}

async function refuseNewerSchema(db: Db, newestKnown: number): Promise<void> {
  const exists = await db.execute(
    sql`select to_regclass(${`${MIGRATIONS_SCHEMA}.${MIGRATIONS_TABLE}`}) is not null as present`,
  );
  if (!rowsOf<{ present: boolean }>(exists)[0]?.present) return;
  const latest = await db.execute(
    sql`select max(created_at) as latest from ${sql.identifier(MIGRATIONS_SCHEMA)}.${sql.identifier(MIGRATIONS_TABLE)}`,
  );
  const applied = Number(rowsOf<{ latest: string | number | null }>(latest)[0]?.latest ?? 0);
  if (applied > newestKnown) {
    throw new DatabaseConfigError(
      'This database was set up by a newer version of certpace than the one running: upgrade certpace.',
    );
  }
}

/** postgres.js returns the rows themselves, PGlite an object holding them. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
