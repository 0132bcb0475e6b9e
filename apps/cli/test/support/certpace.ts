import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../dist/bin.js', import.meta.url));

/** A Monday morning in February 2027: dates in these tests follow from it. */
export const NOW = '2027-02-01T08:00:00Z';

export interface Result {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  /** Lines typed on stdin (each ends with a newline); stdin is closed after them. */
  readonly input?: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
}

/** A data folder of its own for a test file, removed by `remove()`. */
export function scratchFolder(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'certpace-cli-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

function environment(
  dataDir: string,
  extra: Readonly<Record<string, string>> = {},
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CERTPACE_DATA_DIR: dataDir,
    CERTPACE_NOW: NOW,
    CERTPACE_USER: 'ana',
    TZ: 'UTC',
    ...extra,
  };
  return env;
}

/** Runs `certpace <args>` to the end, typing `input` on stdin. */
export function certpace(
  dataDir: string,
  args: readonly string[],
  options: RunOptions = {},
): Promise<Result> {
  const child = spawn(process.execPath, [BIN, ...args], { env: environment(dataDir, options.env) });
  const done = collect(child);
  child.stdin.end(options.input ? `${options.input.join('\n')}\n` : '');
  return done;
}

function collect(child: ChildProcessWithoutNullStreams): Promise<Result> {
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A running `certpace` to talk to: wait for text, type a line, send Ctrl-C. */
export interface Session {
  readonly child: ChildProcessWithoutNullStreams;
  /** Resolves once stdout has shown `text` `times` times in all. */
  waitFor(text: string, times?: number): Promise<void>;
  type(line: string): void;
  /** Sends keys as they are, with no newline (a terminal in raw mode reads them one by one). */
  press(keys: string): void;
  readonly result: Promise<Result>;
}

export function startCertpace(
  dataDir: string,
  args: readonly string[],
  options: RunOptions = {},
): Session {
  return talkTo(
    spawn(process.execPath, [BIN, ...args], { env: environment(dataDir, options.env) }),
  );
}

/**
 * `certpace <args>` in a pseudo-terminal, through util-linux `script`, so
 * stdin and stdout are TTYs: raw keys, colours, screen redraws.
 */
export function startInTerminal(
  dataDir: string,
  args: readonly string[],
  options: RunOptions = {},
): Session {
  const command = [process.execPath, BIN, ...args].join(' ');
  return talkTo(
    spawn('script', ['-qfec', command, '/dev/null'], {
      env: { ...environment(dataDir, options.env), TERM: 'xterm-256color' },
    }),
  );
}

function talkTo(child: ChildProcessWithoutNullStreams): Session {
  let seen = '';
  const waiters: Array<{ text: string; times: number; resolve: () => void }> = [];
  const check = () => {
    for (const waiter of [...waiters]) {
      if (seen.split(waiter.text).length - 1 >= waiter.times) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  };
  child.stdout.on('data', (chunk) => {
    seen += chunk;
    check();
  });
  const result = collect(child);
  return {
    child,
    result,
    waitFor: (text, times = 1) =>
      new Promise<void>((resolve, reject) => {
        waiters.push({ text, times, resolve });
        result.then(() => reject(new Error(`certpace ended before showing "${text}"`)), reject);
        check();
      }),
    type: (line) => child.stdin.write(`${line}\n`),
    press: (keys) => child.stdin.write(keys),
  };
}

/** The first JSON document on stdout. */
export function json<T>(result: Result): T {
  return JSON.parse(result.stdout) as T;
}
