import { parseArgs } from 'node:util';
import type { CommandInput, OptionSpecs } from '../commands/types.js';
import { UsageError } from '../errors/CliError.js';

interface NodeParseError {
  readonly code?: string;
  readonly message: string;
}

function quoted(message: string): string | undefined {
  return /'(-{1,2}[^' ]+)/.exec(message)?.[1];
}

/** Node's parseArgs messages, reworded to say what to type instead. */
function usageErrorFrom(error: NodeParseError, specs: OptionSpecs, command: string): UsageError {
  const flag = quoted(error.message) ?? '';
  const name = flag.replace(/^-+/, '');
  const spec = Object.entries(specs).find(([key, s]) => key === name || s.short === name)?.[1];
  const help = `Run "certpace ${command} --help" to see its options.`;
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UsageError(`Unknown option ${flag} for "certpace ${command}". ${help}`);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (spec?.type === 'boolean') return new UsageError(`${flag} takes no value. ${help}`);
      return new UsageError(`${flag} needs a value: ${flag} ${spec?.value ?? '<value>'}.`);
    default:
      return new UsageError(`${error.message.split('\n')[0]} ${help}`);
  }
}

/**
 * Parses a command's arguments against its option specs (node:util
 * parseArgs, strict): unknown options, missing values and extra arguments
 * are usage errors with a line saying what to type.
 */
export function parseOptions<O extends OptionSpecs>(
  args: readonly string[],
  specs: O,
  command: string,
  maxPositionals: number,
): CommandInput<O> {
  const options = Object.fromEntries(
    Object.entries(specs).map(([key, spec]) => [
      key,
      {
        type: spec.type,
        ...(spec.short ? { short: spec.short } : {}),
        ...(spec.multiple ? { multiple: true } : {}),
      },
    ]),
  );
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...args], options, strict: true, allowPositionals: true });
  } catch (error) {
    throw usageErrorFrom(error as NodeParseError, specs, command);
  }
  if (parsed.positionals.length > maxPositionals) {
    const extra = parsed.positionals[maxPositionals];
    throw new UsageError(
      `Unexpected argument "${extra}" for "certpace ${command}". Run "certpace ${command} --help".`,
    );
  }
  const values: Record<string, unknown> = { ...parsed.values };
  for (const [key, spec] of Object.entries(specs)) {
    if (spec.multiple && values[key] === undefined) values[key] = [];
  }
  return { options: values as CommandInput<O>['options'], positionals: parsed.positionals };
}
