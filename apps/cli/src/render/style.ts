/** The environment variables that decide whether to colour output. */
export type ColorEnv = Readonly<Record<string, string | undefined>>;

/**
 * Colours go to a terminal only: never into a pipe or a file, never when
 * NO_COLOR is set to anything non-empty (no-color.org), never on a dumb
 * terminal. FORCE_COLOR (non-zero) turns them on anyway, as most tools do.
 */
export function colorEnabled(stream: { readonly isTTY?: boolean }, env: ColorEnv): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

type Paint = (text: string) => string;

/** Text styles; every one is the identity when colours are off. */
export interface Style {
  readonly enabled: boolean;
  readonly bold: Paint;
  readonly dim: Paint;
  readonly red: Paint;
  readonly green: Paint;
  readonly yellow: Paint;
  readonly cyan: Paint;
  readonly magenta: Paint;
}

function sgr(open: number, close: number): Paint {
  return (text) => (text === '' ? text : `\u001b[${open}m${text}\u001b[${close}m`);
}

const identity: Paint = (text) => text;

export function createStyle(enabled: boolean): Style {
  if (!enabled) {
    return {
      enabled,
      bold: identity,
      dim: identity,
      red: identity,
      green: identity,
      yellow: identity,
      cyan: identity,
      magenta: identity,
    };
  }
  return {
    enabled,
    bold: sgr(1, 22),
    dim: sgr(2, 22),
    red: sgr(31, 39),
    green: sgr(32, 39),
    yellow: sgr(33, 39),
    cyan: sgr(36, 39),
    magenta: sgr(35, 39),
  };
}

// Matches SGR colour codes and the cursor/erase sequences the screens use.
// biome-ignore lint/suspicious/noControlCharactersInRegex: terminal escape sequences begin with ESC.
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]|\u001b[78]/g;

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

/** Columns a string takes on screen: code points without escape codes (the text here is Latin and box drawing). */
export function visibleWidth(text: string): number {
  return [...stripAnsi(text)].length;
}

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - visibleWidth(text)));
}

export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - visibleWidth(text))) + text;
}
