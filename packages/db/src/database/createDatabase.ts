import { resolve } from 'node:path';
import { defaultDataDir, type Env } from './dataDir.js';
import { DatabaseConfigError } from './errors.js';
import { defaultMigrationsFolder } from './migrations.js';
import { openPglite } from './openPglite.js';
import { openPostgres } from './openPostgres.js';
import type { Database } from './types.js';

export interface CreateDatabaseOptions {
  /** A Postgres connection string; selects postgres.js. */
  readonly url?: string;
  /** certpace's data folder for the embedded database (its files go in `pglite/` inside it). */
  readonly dataDir?: string;
  /** An embedded database in memory only, gone on close: for tests. */
  readonly memory?: boolean;
  /** Apply pending migrations at start (default true). */
  readonly migrate?: boolean;
  /** Where the migrations are; by default the folder shipped with this package. */
  readonly migrationsFolder?: string;
  /** Environment to read DATABASE_URL, CERTPACE_DATA_DIR and XDG_DATA_HOME from (default process.env). */
  readonly env?: Env;
  /** Postgres pool size (default 10). */
  readonly maxConnections?: number;
  /** Seconds to wait for a Postgres connection (default 10). */
  readonly connectTimeoutSeconds?: number;
}

/**
 * Opens certpace's database and applies pending migrations.
 *
 * Explicit options win over the environment: `url` selects Postgres, `memory`
 * or `dataDir` the embedded PGlite. Without them, DATABASE_URL selects
 * Postgres; otherwise PGlite opens in CERTPACE_DATA_DIR or the user's data
 * folder ($XDG_DATA_HOME/certpace, else ~/.local/share/certpace).
 */
export async function createDatabase(options: CreateDatabaseOptions = {}): Promise<Database> {
  const env = options.env ?? process.env;
  const chosen = [
    options.url !== undefined,
    options.memory === true,
    options.dataDir !== undefined,
  ].filter(Boolean).length;
  if (chosen > 1) {
    throw new DatabaseConfigError(
      'Give createDatabase one of url, dataDir or memory, not several.',
    );
  }
  const migrationsFolder =
    options.migrate === false ? undefined : (options.migrationsFolder ?? defaultMigrationsFolder());
  const url = options.url ?? (chosen === 0 ? env.DATABASE_URL?.trim() || undefined : undefined);
  if (url !== undefined) {
    return openPostgres({
      url,
      migrationsFolder,
      maxConnections: options.maxConnections ?? 10,
      connectTimeoutSeconds: options.connectTimeoutSeconds ?? 10,
    });
  }
  if (options.memory) return openPglite({ dataDir: undefined, migrationsFolder });
  const dataDir = options.dataDir === undefined ? defaultDataDir(env) : resolve(options.dataDir);
  return openPglite({ dataDir, migrationsFolder });
}
