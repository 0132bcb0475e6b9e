import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { lockFilePath, pgliteDir } from './dataDir.js';
import { CertpaceDbError, DatabaseConfigError } from './errors.js';
import { acquireFolderLock, type FolderLock } from './folderLock.js';
import { applyMigrations } from './migrations.js';
import type { Database } from './types.js';

export interface PgliteOptions {
  /** certpace's data folder, or undefined for a database that lives in memory only. */
  readonly dataDir: string | undefined;
  readonly migrationsFolder: string | undefined;
}

/**
 * Opens the embedded database. A folder is taken with a lock file first, so a
 * second process is refused before it could touch the data files.
 */
export async function openPglite(options: PgliteOptions): Promise<Database> {
  const { dataDir } = options;
  const lock: FolderLock | undefined =
    dataDir === undefined ? undefined : acquireFolderLock(dataDir, lockFilePath(dataDir));
  let client: PGlite | undefined;
  try {
    client = await PGlite.create(dataDir === undefined ? {} : { dataDir: pgliteDir(dataDir) });
    const db = drizzle({ client, casing: 'snake_case' });
    if (options.migrationsFolder !== undefined) {
      await applyMigrations(db, options.migrationsFolder, (config) => migrate(db, config));
    }
    const opened = client;
    let closing: Promise<void> | undefined;
    const close = () => {
      closing ??= (async () => {
        try {
          if (!opened.closed) await opened.close();
        } finally {
          lock?.release();
        }
      })();
      return closing;
    };
    return { db, driver: 'pglite', location: dataDir ?? 'memory', close };
  } catch (error) {
    await client?.close().catch(() => undefined);
    lock?.release();
    if (error instanceof CertpaceDbError) throw error;
    throw new DatabaseConfigError(
      `The embedded database in ${dataDir ?? 'memory'} could not be opened: ${(error as Error).message}. ` +
        'If the folder was made by another program or version, point CERTPACE_DATA_DIR at a new folder.',
      { cause: error },
    );
  }
}
