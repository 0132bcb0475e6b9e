import { readFileSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import type { ReadStream, WriteStream } from 'node:tty';
import { createDatabase, type Database } from '@certpace/db';
import { ensureLearner } from '@certpace/study';
import { findCommand } from './args/findCommand.js';
import { GLOBAL_OPTIONS } from './args/globalOptions.js';
import { parseOptions } from './args/parseOptions.js';
import { COMMANDS } from './commands/index.js';
import { EXIT_INTERRUPTED, EXIT_OK, InterruptedError } from './errors/CliError.js';
import { describeError } from './errors/describeError.js';
import { renderCommandHelp, renderOverview } from './help/renderHelp.js';
import { colorEnabled, createStyle } from './render/style.js';
import { createClock } from './runtime/clock.js';
import type { CliContext, Session } from './runtime/context.js';
import { type Env, readCliEnv } from './runtime/env.js';
import { KeyTerminal } from './runtime/keyTerminal.js';
import { LineTerminal } from './runtime/lineTerminal.js';
import { resolveLocalUser } from './runtime/localUser.js';
import type { Terminal } from './runtime/terminal.js';

/** The process around the program, passed in so tests can run it in-process too. */
export interface CliIo {
  readonly stdin: Readable & { isTTY?: boolean };
  readonly stdout: Writable & { isTTY?: boolean; columns?: number };
  readonly stderr: Writable & { isTTY?: boolean };
  readonly env: Env;
  /** Aborted on Ctrl-C (SIGINT). */
  readonly signal: AbortSignal;
  /** Called when the program itself sees Ctrl-C (a raw-mode terminal swallows SIGINT). */
  readonly interrupt: () => void;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

function createTerminal(io: CliIo): Terminal {
  if (io.stdin.isTTY && io.stdout.isTTY) {
    return new KeyTerminal(
      io.stdin as ReadStream,
      io.stdout as WriteStream,
      io.signal,
      io.interrupt,
    );
  }
  return new LineTerminal(io.stdin, io.stdout, io.signal, io.stdin.isTTY !== true);
}

function firstWord(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--user') i++;
    else if (!argv[i]!.startsWith('-')) return argv[i];
  }
  return undefined;
}

/**
 * Runs one certpace command and returns its exit code. Every failure ends
 * here as one line on stderr; the database and the terminal are released on
 * every path.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const errStyle = createStyle(colorEnabled(io.stderr, io.env));
  const fail = (error: unknown, debug: boolean): number => {
    const described = describeError(error);
    const label = error instanceof InterruptedError ? '' : `${errStyle.red('Error:')} `;
    io.stderr.write(`${label}${described.message}\n`);
    if (!described.expected && debug && error instanceof Error && error.stack) {
      io.stderr.write(`${error.stack}\n`);
    }
    return described.exitCode;
  };
  let debug = false;
  let database: Promise<Database> | undefined;
  let terminal: Terminal | undefined;
  try {
    const env = readCliEnv(io.env);
    debug = env.debug;
    const style = createStyle(colorEnabled(io.stdout, io.env));
    const print = (...lines: string[]) => {
      for (const line of lines) io.stdout.write(`${line}\n`);
    };
    if (firstWord(argv) === undefined) {
      if (argv.includes('--version') || argv.includes('-V')) print(version());
      else print(...renderOverview(COMMANDS, style));
      return EXIT_OK;
    }
    const { command, args } = findCommand(argv, COMMANDS);
    const maxPositionals = command.positionals?.length ?? 0;
    const input = parseOptions(
      args,
      { ...command.options, ...GLOBAL_OPTIONS },
      command.name,
      maxPositionals,
    );
    const options = input.options as Record<string, unknown>;
    if (options.help === true) {
      print(...renderCommandHelp(command, style));
      return EXIT_OK;
    }
    const user = resolveLocalUser(options.user as string | undefined, env.user, env.vars);
    const clock = createClock(env.now);
    const activeTerminal = createTerminal(io);
    terminal = activeTerminal;
    const openDatabase = () => {
      database ??= createDatabase({ env: env.vars });
      return database;
    };
    let session: Promise<Session> | undefined;
    const ctx: CliContext = {
      env,
      style,
      terminal: activeTerminal,
      clock,
      signal: io.signal,
      user,
      print,
      note: (line) => io.stderr.write(`${line}\n`),
      database: openDatabase,
      session: () => {
        session ??= openDatabase().then(async (db) => {
          const deps = { db, clock };
          const learner = await ensureLearner(deps, {
            localUserKey: user.key,
            displayName: user.displayName,
          });
          return { deps, learner };
        });
        return session;
      },
    };
    const code = (await command.run(ctx, input)) ?? EXIT_OK;
    if (io.signal.aborted) throw new InterruptedError();
    return code;
  } catch (error) {
    if (io.signal.aborted && !(error instanceof InterruptedError)) {
      return fail(new InterruptedError(), debug);
    }
    return fail(error, debug);
  } finally {
    terminal?.close();
    if (database) {
      await database.then(
        (db) => db.close(),
        () => undefined,
      );
    }
  }
}

export { EXIT_INTERRUPTED };
