import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';

export type Env = Readonly<Record<string, string | undefined>>;

/**
 * certpace's data folder: CERTPACE_DATA_DIR, else $XDG_DATA_HOME/certpace,
 * else ~/.local/share/certpace. The bot and the CLI resolve it the same way,
 * so they find the same data wherever they are started.
 */
export function defaultDataDir(env: Env, home: string = homedir()): string {
  const explicit = env.CERTPACE_DATA_DIR?.trim();
  if (explicit) return resolve(explicit);
  const xdg = env.XDG_DATA_HOME?.trim();
  // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
  if (xdg && isAbsolute(xdg)) return join(xdg, 'certpace');
  return join(home, '.local', 'share', 'certpace');
}

/** The embedded database's own folder inside the data folder. */
export function pgliteDir(dataDir: string): string {
  return join(dataDir, 'pglite');
}

/** The lock file that keeps a second process away from the embedded database. */
export function lockFilePath(dataDir: string): string {
  return join(dataDir, 'pglite.lock');
}
