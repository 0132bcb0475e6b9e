import {
  CertpaceDbError,
  type ConstraintKind,
  DatabaseConfigError,
  DatabaseConstraintError,
  DatabaseUnavailableError,
} from './errors.js';

/** Error codes of postgres.js and Node sockets that mean "the server went away or is not there". */
const CONNECTION_CODES = new Set([
  'CONNECTION_CLOSED',
  'CONNECTION_DESTROYED',
  'CONNECTION_ENDED',
  'CONNECT_TIMEOUT',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'ENOTFOUND',
]);

/** SQLSTATEs meaning the session ended or the server cannot serve now. */
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300']);

const CONSTRAINT_STATES: Readonly<Record<string, ConstraintKind>> = {
  '23505': 'unique',
  '23514': 'check',
  '23503': 'foreign-key',
  '23502': 'not-null',
};

interface DriverErrorFields {
  readonly code?: unknown;
  readonly constraint?: unknown;
  readonly constraint_name?: unknown;
  readonly message?: unknown;
  readonly cause?: unknown;
}

/** The innermost error that carries a driver code (drizzle wraps driver errors in its own). */
export function driverError(error: unknown): DriverErrorFields | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const fields = current as DriverErrorFields;
    if (typeof fields.code === 'string') return fields;
    current = fields.cause;
  }
  return undefined;
}

/** The SQLSTATE or connection code behind an error, if any. */
export function errorCode(error: unknown): string | undefined {
  const code = driverError(error)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The name of the constraint a write broke, if the error is a constraint violation. */
export function violatedConstraint(error: unknown): string | undefined {
  const fields = driverError(error);
  const name = fields?.constraint_name ?? fields?.constraint;
  return typeof name === 'string' ? name : undefined;
}

/** Codes after which the connection is gone: its socket has closed or is closing. */
const SESSION_ENDED = new Set([
  'CONNECTION_CLOSED',
  'CONNECTION_DESTROYED',
  'CONNECTION_ENDED',
  'ECONNRESET',
  'EPIPE',
  '57P01',
  '57P02',
]);

/**
 * Whether the error means the connection it ran on is gone for good. The
 * whole cause chain is read: a repository call inside a transaction has
 * already wrapped the driver's error in a `DatabaseUnavailableError`, whose own
 * code says nothing about the session.
 */
export function isSessionEnded(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && current && typeof current === 'object'; depth++) {
    const { code, cause } = current as DriverErrorFields;
    if (typeof code === 'string' && SESSION_ENDED.has(code)) return true;
    current = cause;
  }
  return false;
}

/**
 * PGlite refuses work once `close()` has begun with a plain Error and no code
 * (as of 0.5: "PGlite is closing" / "PGlite is closed"), which drizzle wraps.
 * For a caller it is the same as a lost connection: the database went away,
 * typically because the process is shutting down.
 */
const PGLITE_CLOSED = /^PGlite is clos(ed|ing)$/;

function isPgliteClosed(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    if (PGLITE_CLOSED.test(current.message)) return true;
    current = current.cause;
  }
  return false;
}

/**
 * Turns a driver error into one of the typed errors callers handle. Typed
 * errors pass through unchanged; anything unrecognised is returned as is (a
 * bug, not an expected failure).
 */
export function toDatabaseError(error: unknown): unknown {
  if (error instanceof CertpaceDbError) return error;
  if (isPgliteClosed(error)) {
    return new DatabaseUnavailableError(
      'The database is closed (certpace is shutting down or restarting); try again in a moment.',
      { cause: error },
    );
  }
  const code = errorCode(error);
  if (code === undefined) return error;
  if (CONNECTION_CODES.has(code) || UNAVAILABLE_STATES.has(code) || code.startsWith('08')) {
    return new DatabaseUnavailableError(
      `The database connection was lost (${code}); try again in a moment.`,
      { cause: error },
    );
  }
  if (code === '28P01' || code === '28000' || code === '3D000') {
    return new DatabaseConfigError(`The database refused the login or database name (${code}).`, {
      cause: error,
    });
  }
  const kind = CONSTRAINT_STATES[code];
  if (kind) {
    const constraint = violatedConstraint(error);
    return new DatabaseConstraintError(
      kind,
      constraint,
      `The change breaks the ${kind} rule ${constraint ?? '(unnamed)'}.`,
      { cause: error },
    );
  }
  return error;
}

/** Runs a database operation and rethrows its failure as a typed error where one fits. */
export async function mapDatabaseErrors<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toDatabaseError(error);
  }
}

/** Wraps a repository function so that every failure it surfaces is typed where one fits. */
export function repository<A extends unknown[], R>(
  fn: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  return (...args: A) => mapDatabaseErrors(() => fn(...args));
}
