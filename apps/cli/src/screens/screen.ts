import type { CliContext } from '../runtime/context.js';

const CLEAR = '\u001b[2J\u001b[H';

/**
 * Draws a whole screen: in a terminal it replaces what was there; in a pipe
 * it is printed after a blank line, so a transcript reads top to bottom.
 */
export function drawScreen(ctx: CliContext, lines: readonly string[]): void {
  if (ctx.terminal.interactive) ctx.terminal.write(`${CLEAR}${lines.join('\n')}\n`);
  else ctx.terminal.write(`\n${lines.join('\n')}\n`);
}

/** Rewrites the first line of the screen in place (the mock's clock), leaving the cursor where it was. */
export function redrawTopLine(ctx: CliContext, line: string): void {
  ctx.terminal.write(`\u001b7\u001b[1;1H\u001b[2K${line}\u001b8`);
}
