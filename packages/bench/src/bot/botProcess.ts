import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The bot workspace's folder, found through its package name. */
export function botRoot(): string {
  return dirname(require.resolve('@certpace/bot/package.json'));
}

/** A built entry point of the bot (`main.js`, `register.js`); throws if the bot is not built. */
export function botScript(file: 'main.js' | 'register.js' | 'sharded.js'): string {
  const path = join(botRoot(), 'dist', file);
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: build the bot first (npm run build).`);
  }
  return path;
}

/** Compiles the bot to dist/ (incremental), as `npm run build` does, so a process runs current code. */
export function buildBot(): void {
  const tsc = join(dirname(require.resolve('typescript/package.json')), 'bin', 'tsc');
  execFileSync(process.execPath, [tsc, '-b', 'tsconfig.build.json'], {
    cwd: botRoot(),
    stdio: 'pipe',
  });
}

export interface BotProcess {
  readonly child: ChildProcess;
  readonly pid: number;
  /** Everything written so far. */
  stdout(): string;
  stderr(): string;
  /** The JSON log lines written so far. */
  logs(): Record<string, unknown>[];
  /** Resolves once a log line with this `msg` appears (or rejects at the timeout, or when the process exits). */
  waitForLog(msg: string, timeoutMs?: number): Promise<Record<string, unknown>>;
  /** Resident set size now, MiB (Linux /proc). */
  rssMiB(): number;
  /** Resolves with the exit code or signal name. */
  readonly exited: Promise<number | string>;
  /** Sends a signal and waits for the exit (SIGKILL if it is still there after `graceMs`). */
  stop(signal?: NodeJS.Signals, graceMs?: number): Promise<number | string>;
}

/**
 * Starts a built bot entry point in its own process, configured only through
 * `env` (plus PATH and HOME), in `cwd` (a folder with no .env of its own).
 */
export function startBotProcess(
  file: 'main.js' | 'register.js' | 'sharded.js',
  env: Record<string, string>,
  cwd: string,
): BotProcess {
  const { PATH = '', HOME = '' } = process.env;
  const child = spawn(process.execPath, [botScript(file)], {
    cwd,
    env: { PATH, HOME, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const parsed: Record<string, unknown>[] = [];
  let partial = '';
  const waiters = new Set<() => void>();
  child.stdout?.on('data', (chunk: Buffer) => {
    const text = chunk.toString();
    out += text;
    partial += text;
    const lines = partial.split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.startsWith('{')) continue;
      try {
        parsed.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        // Not a log line: kept in stdout() all the same.
      }
    }
    for (const wake of waiters) wake();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  const exited = once(child, 'exit').then(([code, signal]) => (code ?? signal) as number | string);
  const pid = child.pid ?? -1;
  return {
    child,
    pid,
    stdout: () => out,
    stderr: () => err,
    logs: () => parsed,
    exited,
    waitForLog(msg, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = parsed.find((line) => line.msg === msg);
          if (!found) return;
          done();
          resolve(found);
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`no "${msg}" log within ${timeoutMs} ms:\n${out.slice(-2000)}\n${err}`));
        }, timeoutMs);
        const onExit = () => {
          done();
          reject(new Error(`the bot exited before "${msg}":\n${out.slice(-2000)}\n${err}`));
        };
        const done = () => {
          clearTimeout(timer);
          waiters.delete(check);
          child.off('exit', onExit);
        };
        waiters.add(check);
        child.once('exit', onExit);
        check();
      });
    },
    rssMiB() {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kib = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
      if (!kib) throw new Error(`no VmRSS for process ${pid}`);
      return Number(kib) / 1024;
    },
    async stop(signal = 'SIGTERM', graceMs = 15_000) {
      if (child.exitCode !== null || child.signalCode !== null) return exited;
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      try {
        return await exited;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/** Runs `register.js` to put the commands on the sim's server, as `npm run register` would. */
export async function registerBotCommands(env: Record<string, string>, cwd: string): Promise<void> {
  const run = startBotProcess('register.js', env, cwd);
  const code = await run.exited;
  if (code !== 0) throw new Error(`register.js exited with ${code}: ${run.stderr()}`);
}
