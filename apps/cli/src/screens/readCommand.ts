import type { CliContext } from '../runtime/context.js';
import { type KeyContext, type KeySelection, keyStep } from './keyCommands.js';
import { parseLine, type QuizCommand } from './lineCommands.js';

export interface ReadCommandOptions {
  readonly context: KeyContext;
  /** Line mode: the prompt shown before reading. */
  readonly prompt: string;
  /** Terminal mode: the live selection, updated in place as keys tick choices. */
  readonly selection: { current: KeySelection };
  /** Terminal mode: redraws the screen after the selection changed. */
  readonly redraw: () => void;
  /** Give up waiting after this long (the mock's clock); undefined waits for input. */
  readonly waitMs?: number;
}

/** What came of waiting for the learner: a command, the wait ran out, or no more input (end or Ctrl-C). */
export type ReadResult = QuizCommand | { readonly kind: 'timeout' } | null;

const TIMEOUT = Symbol('timeout');

function race<T>(read: Promise<T>, waitMs: number | undefined): Promise<T | typeof TIMEOUT> {
  if (waitMs === undefined) return read;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TIMEOUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMEOUT), Math.max(0, waitMs));
  });
  // The terminal keeps an unanswered read pending, so the next call gets the same input.
  return Promise.race([read, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Reads one command on a question screen: a typed line when input is a pipe,
 * single keys in a terminal (with a short line for `g` and `r`).
 */
export async function readCommand(
  ctx: CliContext,
  options: ReadCommandOptions,
): Promise<ReadResult> {
  const { terminal } = ctx;
  if (!terminal.interactive) {
    const line = await race(
      options.prompt === '' ? terminal.nextLine() : terminal.readLine(options.prompt),
      options.waitMs,
    );
    if (line === TIMEOUT) return { kind: 'timeout' };
    if (line === null) return null;
    return parseLine(line, options.context);
  }
  const started = Date.now();
  for (;;) {
    const waitMs =
      options.waitMs === undefined ? undefined : options.waitMs - (Date.now() - started);
    const key = await race(terminal.readKey(), waitMs);
    if (key === TIMEOUT) return { kind: 'timeout' };
    if (key === null) return null;
    const step = keyStep(key, options.selection.current, options.context);
    switch (step.kind) {
      case 'command':
        return step.command;
      case 'redraw':
        options.selection.current = step.selection;
        options.redraw();
        break;
      case 'ask': {
        if (step.what === 'report') return { kind: 'report', reason: undefined };
        const line = await terminal.readLine('Go to question number: ');
        if (line === null) return null;
        const number = Number(line.trim());
        if (Number.isInteger(number) && number > 0) return { kind: 'goto', number };
        options.redraw();
        break;
      }
      case 'ignore':
        break;
    }
  }
}
