import { randomUUID } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { DatabaseConfigError, DatabaseLockedError } from './errors.js';

interface LockOwner {
  readonly pid: number;
  readonly host: string;
  readonly token: string;
  readonly since: string;
}

export interface FolderLock {
  readonly path: string;
  /** Removes the lock file if it is still ours. Safe to call twice. */
  release(): void;
}

const MAX_TRIES = 5;

function errnoOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

function readOwner(path: string): LockOwner | 'missing' | 'unreadable' {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return errnoOf(error) === 'ENOENT' ? 'missing' : 'unreadable';
  }
  try {
    const owner = JSON.parse(text) as Partial<LockOwner>;
    if (typeof owner.pid === 'number' && typeof owner.token === 'string') {
      return {
        pid: owner.pid,
        host: String(owner.host ?? ''),
        token: owner.token,
        since: String(owner.since ?? ''),
      };
    }
  } catch {
    // Not ours or damaged: treated as unreadable below.
  }
  return 'unreadable';
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return errnoOf(error) === 'EPERM';
  }
}

/**
 * Creates the lock file with its content in one step: the content is written
 * to a private file first and then hard-linked into place, which fails if a
 * lock already exists. A reader therefore never sees a half-written lock.
 */
function tryCreate(path: string, owner: LockOwner): boolean {
  const content = `${JSON.stringify(owner)}\n`;
  const scratch = `${path}.${owner.token}.tmp`;
  writeFileSync(scratch, content, { flag: 'wx', mode: 0o644 });
  try {
    linkSync(scratch, path);
    return true;
  } catch (error) {
    const code = errnoOf(error);
    if (code === 'EEXIST') return false;
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP') {
      // File systems without hard links: exclusive create is the next best thing.
      try {
        writeFileSync(path, content, { flag: 'wx', mode: 0o644 });
        return true;
      } catch (fallbackError) {
        if (errnoOf(fallbackError) === 'EEXIST') return false;
        throw fallbackError;
      }
    }
    throw error;
  } finally {
    try {
      unlinkSync(scratch);
    } catch {
      // Already gone.
    }
  }
}

/**
 * Moves a dead process's lock out of the way. The lock is renamed rather than
 * deleted so that, if another process replaced it in the meantime, the
 * replacement can be put back instead of being lost.
 */
function breakStaleLock(path: string, stale: LockOwner, ours: LockOwner): void {
  const aside = `${path}.${ours.token}.stale`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return;
    throw error;
  }
  const moved = readOwner(aside);
  if (typeof moved === 'object' && moved.token !== stale.token) {
    try {
      linkSync(aside, path);
    } catch {
      // Someone else holds it now; they keep it.
    }
  }
  unlinkSync(aside);
}

function lockedError(dataDir: string, path: string, owner: LockOwner | undefined) {
  return new DatabaseLockedError(dataDir, path, owner?.pid, owner?.pid === process.pid);
}

/**
 * Takes the data folder for this process, or throws `DatabaseLockedError`
 * naming the folder and the way out. A lock left by a process that no longer
 * runs (on this host) is taken over.
 */
export function acquireFolderLock(dataDir: string, path: string): FolderLock {
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw unwritable(dataDir, error);
  }
  const ours: LockOwner = {
    pid: process.pid,
    host: hostname(),
    token: randomUUID(),
    since: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < MAX_TRIES; attempt++) {
    let created: boolean;
    try {
      created = tryCreate(path, ours);
    } catch (error) {
      throw unwritable(dataDir, error);
    }
    if (created) return ownedLock(path, ours);
    const owner = readOwner(path);
    if (owner === 'missing') continue;
    if (owner === 'unreadable') throw lockedError(dataDir, path, undefined);
    // A lock from another machine (a shared folder) cannot be checked: it is respected.
    if (owner.host !== ours.host || isAlive(owner.pid)) throw lockedError(dataDir, path, owner);
    breakStaleLock(path, owner, ours);
  }
  throw lockedError(dataDir, path, undefined);
}

function ownedLock(path: string, ours: LockOwner): FolderLock {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    const owner = readOwner(path);
    if (typeof owner === 'object' && owner.token === ours.token) {
      try {
        unlinkSync(path);
      } catch {
        // Already removed.
      }
    }
  };
  // A process that exits without closing still leaves a clean folder.
  process.on('exit', release);
  return { path, release };
}

function unwritable(dataDir: string, error: unknown): DatabaseConfigError {
  const code = errnoOf(error) ?? 'unknown error';
  return new DatabaseConfigError(
    `certpace cannot write its data folder ${dataDir} (${code}): ` +
      'make it writable, point CERTPACE_DATA_DIR at a writable folder, or set DATABASE_URL to use Postgres.',
    { cause: error },
  );
}
