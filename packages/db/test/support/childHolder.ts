import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export interface ChildMessage {
  readonly status: 'open' | 'closed' | 'error';
  readonly pid?: number;
  readonly name?: string;
  readonly message?: string;
}

export interface ChildHolder {
  readonly process: ChildProcess;
  /** The next line the child reports. */
  next(): Promise<ChildMessage>;
  /** Asks the child to close its database and waits until it has exited. */
  close(): Promise<void>;
  /** SIGKILL: the child dies without closing anything. */
  kill(): Promise<void>;
}

/** Starts a real second process that opens the embedded database in `dataDir`. */
export function spawnHolder(dataDir: string): ChildHolder {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(here, 'holdDatabase.ts'), dataDir],
    {
      cwd: join(here, '..', '..'),
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const exited = once(child, 'exit');
  return {
    process: child,
    async next() {
      const line = await lines.next();
      if (line.done) throw new Error('the child process ended without a report');
      return JSON.parse(line.value) as ChildMessage;
    },
    async close() {
      if (child.exitCode !== null) return;
      child.stdin.write('close\n');
      await exited;
    },
    async kill() {
      if (child.exitCode !== null) return;
      child.kill('SIGKILL');
      await exited;
    },
  };
}
