import type { CreateDatabaseOptions } from '@certpace/db';
import type { Env } from '../env.js';

/**
 * How the bot opens its database: Postgres when DATABASE_URL is set, else the
 * embedded one in CERTPACE_DATA_DIR or the user's data folder. The env is
 * passed explicitly so the db package reads nothing from process.env.
 */
export function databaseOptions(env: Env): CreateDatabaseOptions {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, env: {} };
  if (env.CERTPACE_DATA_DIR) return { dataDir: env.CERTPACE_DATA_DIR, env: {} };
  return { env: env.XDG_DATA_HOME ? { XDG_DATA_HOME: env.XDG_DATA_HOME } : {} };
}
