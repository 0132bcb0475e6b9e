import type { CliContext } from '../runtime/context.js';

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** May be given several times (`--rate nlp=0.4 --rate ...`); the values arrive as an array. */
  readonly multiple?: boolean;
  /** The value's placeholder in help, e.g. `<YYYY-MM-DD>`. */
  readonly value?: string;
  readonly description: string;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** The parsed value of one option, typed from its spec. */
export type OptionValue<S extends OptionSpec> = S['type'] extends 'boolean'
  ? boolean | undefined
  : S['multiple'] extends true
    ? string[]
    : string | undefined;

export type OptionValues<O extends OptionSpecs> = { -readonly [K in keyof O]: OptionValue<O[K]> };

export interface PositionalSpec {
  readonly name: string;
  readonly description: string;
  readonly required: boolean;
}

export interface CommandInput<O extends OptionSpecs> {
  readonly options: OptionValues<O>;
  readonly positionals: readonly string[];
}

/** One command of the program: its help and its handler side by side. */
export interface Command<O extends OptionSpecs = OptionSpecs> {
  /** The words that call it: `today`, `plan create`. */
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** A few sentences for its own --help. */
  readonly description?: string;
  readonly options: O;
  readonly positionals?: readonly PositionalSpec[];
  /** Lines shown under "Examples" in --help. */
  readonly examples: readonly string[];
  /** Returns the exit code; undefined means 0. */
  run(ctx: CliContext, input: CommandInput<O>): Promise<number | undefined>;
}

/** Keeps a command's option types exact while listing it with the others. */
export function defineCommand<const O extends OptionSpecs>(command: Command<O>): Command {
  return command as unknown as Command;
}
