import type { CliContext } from '../runtime/context.js';

/** Machine-readable output: pretty JSON on stdout, dates as ISO strings. */
export function printJson(ctx: CliContext, value: unknown): void {
  ctx.print(JSON.stringify(value, null, 2));
}

export const JSON_OPTION = {
  type: 'boolean',
  description: 'Print JSON for scripts instead of text.',
} as const;
