import { DatabaseConfigError } from './errors.js';

export interface ParsedDatabaseUrl {
  readonly url: string;
  /** The URL with its password replaced by `***`, safe to show and log. */
  readonly redacted: string;
  readonly host: string;
  readonly port: number;
  readonly database: string;
  readonly user: string;
}

/** Hides whatever sits between `user:` and `@` in anything that looks like a URL. */
export function redactUrl(text: string): string {
  return text.replace(/(\/\/[^:/@\s]*:)[^@\s]*@/g, '$1***@');
}

/**
 * Checks a Postgres connection string before any connection is tried, so a
 * typo gets a message about the string rather than a network error.
 */
export function parseDatabaseUrl(url: string): ParsedDatabaseUrl {
  const shown = redactUrl(url);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // The URL error carries the input, password included: it is not kept as the cause.
    throw new DatabaseConfigError(
      `DATABASE_URL is not a valid connection string (${shown}): ` +
        'use postgres://user:password@host:5432/database, with special characters in the password percent-encoded.',
    );
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new DatabaseConfigError(
      `DATABASE_URL must start with postgres:// or postgresql:// (got ${shown}).`,
    );
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  return {
    url,
    redacted: shown,
    host: parsed.hostname || 'localhost',
    port: parsed.port ? Number(parsed.port) : 5432,
    database: database || decodeURIComponent(parsed.username) || 'postgres',
    user: decodeURIComponent(parsed.username),
  };
}
