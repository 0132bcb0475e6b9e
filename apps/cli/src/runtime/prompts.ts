import { InterruptedError } from '../errors/CliError.js';
import type { CliContext } from './context.js';

/**
 * A yes/no question. Undefined when there is no one to ask (input ended
 * before an answer); a Ctrl-C is an interruption.
 */
export async function confirm(ctx: CliContext, question: string): Promise<boolean | undefined> {
  const line = await ctx.terminal.readLine(question);
  if (ctx.signal.aborted) throw new InterruptedError();
  if (line === null) return undefined;
  return /^(y|yes)$/i.test(line.trim());
}

/** Asks until `parse` accepts the answer (it returns an error message to repeat the question). */
export async function ask<T>(
  ctx: CliContext,
  question: string,
  parse: (text: string) => { value: T } | { error: string },
): Promise<T | undefined> {
  for (;;) {
    const line = await ctx.terminal.readLine(question);
    if (ctx.signal.aborted) throw new InterruptedError();
    if (line === null) return undefined;
    const result = parse(line.trim());
    if ('value' in result) return result.value;
    ctx.print(ctx.style.yellow(result.error));
  }
}
