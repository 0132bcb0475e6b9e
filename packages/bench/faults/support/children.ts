import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const BENCH_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface Child {
  readonly process: ChildProcess;
  /** Every JSON line it printed so far. */
  readonly lines: Record<string, unknown>[];
  /** Resolves with the first line for which `match` holds. */
  waitForLine(
    match: (line: Record<string, unknown>) => boolean,
    timeoutMs?: number,
  ): Promise<Record<string, unknown>>;
  /** SIGKILL, as a crash: no cleanup runs in the child. */
  kill(): Promise<void>;
  readonly stderr: () => string;
}

/**
 * Runs a TypeScript file of the fault tests in its own Node process (through
 * tsx, resolving the workspaces' sources as vitest does), with exactly `env`
 * added to PATH and HOME.
 */
export function spawnTs(file: string, env: Record<string, string>): Child {
  const { PATH = '', HOME = '' } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', file], {
    cwd: BENCH_ROOT,
    env: { PATH, HOME, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Record<string, unknown>[] = [];
  const waiters = new Set<() => void>();
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  createInterface({ input: child.stdout! }).on('line', (text) => {
    if (!text.startsWith('{')) return;
    lines.push(JSON.parse(text) as Record<string, unknown>);
    for (const wake of waiters) wake();
  });
  const exited = once(child, 'exit');
  return {
    process: child,
    lines,
    stderr: () => errors,
    waitForLine(match, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = lines.find(match);
          if (!found) return;
          cleanup();
          resolve(found);
        };
        const onExit = () => {
          cleanup();
          reject(new Error(`${file} exited before the line came:\n${errors}`));
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`no matching line from ${file} within ${timeoutMs} ms:\n${errors}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
          child.off('exit', onExit);
        };
        waiters.add(check);
        child.once('exit', onExit);
        check();
      });
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await exited;
      }
    },
  };
}

export const REMINDER_CHILD = fileURLToPath(new URL('./reminderChild.ts', import.meta.url));
