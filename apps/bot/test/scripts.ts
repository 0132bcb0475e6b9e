import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

export const botRoot = fileURLToPath(new URL('..', import.meta.url));
export const dist = (file: string) => fileURLToPath(new URL(`../dist/${file}`, import.meta.url));

/** Compiles the bot to dist/ (incremental), as `npm run build` does, so the scripts run current code. */
export function buildBot(): void {
  const tsc = fileURLToPath(new URL('bin/tsc', import.meta.resolve('typescript/package.json')));
  execFileSync(process.execPath, [tsc, '-b', 'tsconfig.build.json'], {
    cwd: botRoot,
    stdio: 'pipe',
  });
}

export interface RunningScript {
  readonly child: ChildProcess;
  stdout: string;
  stderr: string;
  /** Resolves with the exit code (or the signal's name). */
  readonly exited: Promise<number | string>;
  /** Resolves once stdout or stderr holds text matching `pattern`. */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<void>;
}

/**
 * Runs a built entry point (`main.js`, `register.js`, `sharded.js`) with
 * exactly the given environment (plus PATH and HOME), in `cwd`.
 */
export function runScript(file: string, env: Record<string, string>, cwd: string): RunningScript {
  const { PATH = '', HOME = '' } = process.env;
  const child = spawn(process.execPath, [dist(file)], {
    cwd,
    env: { PATH, HOME, ...env },
    stdio: 'pipe',
  });
  const run: RunningScript = {
    child,
    stdout: '',
    stderr: '',
    exited: once(child, 'exit').then(([code, signal]) => (code ?? signal) as number | string),
    waitForOutput(pattern, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!pattern.test(run.stdout + run.stderr)) return;
          clearTimeout(timer);
          child.stdout?.off('data', check);
          child.stderr?.off('data', check);
          resolve();
        };
        const timer = setTimeout(() => {
          reject(
            new Error(
              `no output matching ${pattern} within ${timeoutMs} ms:\n${run.stdout}\n${run.stderr}`,
            ),
          );
        }, timeoutMs);
        child.stdout?.on('data', check);
        child.stderr?.on('data', check);
        check();
      });
    },
  };
  child.stdout?.on('data', (chunk: Buffer) => {
    run.stdout += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    run.stderr += chunk.toString();
  });
  return run;
}
