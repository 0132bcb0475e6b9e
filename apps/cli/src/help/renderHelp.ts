import { GLOBAL_OPTIONS } from '../args/globalOptions.js';
import type { Command, OptionSpec } from '../commands/types.js';
import type { Style } from '../render/style.js';

function optionLabel(name: string, spec: OptionSpec): string {
  const short = spec.short ? `-${spec.short}, ` : '';
  const value = spec.type === 'string' ? ` ${spec.value ?? '<value>'}` : '';
  const repeat = spec.multiple ? ' ...' : '';
  return `${short}--${name}${value}${repeat}`;
}

function twoColumns(rows: readonly (readonly [string, string])[], indent = 2): string[] {
  const width = Math.max(0, ...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `${' '.repeat(indent)}${left.padEnd(width)}  ${right}`);
}

function usageLine(command: Command): string {
  const positionals = (command.positionals ?? [])
    .map((p) => (p.required ? `<${p.name}>` : `[${p.name}]`))
    .join(' ');
  const hasOptions = Object.keys(command.options).length > 0;
  return ['certpace', command.name, positionals, hasOptions ? '[options]' : '']
    .filter(Boolean)
    .join(' ');
}

/** `certpace <command> --help`. */
export function renderCommandHelp(command: Command, style: Style): string[] {
  const options = [
    ...Object.entries(command.options).map(
      ([name, spec]) => [optionLabel(name, spec), spec.description] as const,
    ),
    ...Object.entries(GLOBAL_OPTIONS).map(
      ([name, spec]) => [optionLabel(name, spec), spec.description] as const,
    ),
  ];
  return [
    `${style.bold('Usage:')} ${usageLine(command)}`,
    '',
    command.summary,
    ...(command.description ? ['', command.description] : []),
    ...(command.positionals?.length
      ? [
          '',
          style.bold('Arguments:'),
          ...twoColumns(command.positionals.map((p) => [`<${p.name}>`, p.description])),
        ]
      : []),
    '',
    style.bold('Options:'),
    ...twoColumns(options),
    ...(command.examples.length
      ? ['', style.bold('Examples:'), ...command.examples.map((e) => `  ${e}`)]
      : []),
  ];
}

/** `certpace --help`: every command in one list. */
export function renderOverview(commands: readonly Command[], style: Style): string[] {
  return [
    `${style.bold('certpace')}: a study planner for certification exams, in your terminal.`,
    '',
    `${style.bold('Usage:')} certpace <command> [options]`,
    '',
    style.bold('Commands:'),
    ...twoColumns(commands.map((c) => [c.name, c.summary])),
    '',
    style.bold('Options for every command:'),
    ...twoColumns([
      ...Object.entries(GLOBAL_OPTIONS).map(
        ([name, spec]) => [optionLabel(name, spec), spec.description] as const,
      ),
      ['-V, --version', 'Show the version.'],
    ]),
    '',
    style.bold('Environment:'),
    ...twoColumns([
      ['CERTPACE_DATA_DIR', 'Folder of the embedded database (default: the one the bot uses).'],
      ['DATABASE_URL', 'Use this Postgres database instead of the embedded one.'],
      ['CERTPACE_USER', 'The local user to act as (like --user).'],
      ['NO_COLOR', 'Set to anything to turn colours off.'],
      ['CERTPACE_DEBUG', 'Set to 1 to see the details of unexpected errors.'],
    ]),
    '',
    'Quick start: certpace plan create --exam AI-103 --exam-date 2027-03-15 --minutes 60 && certpace today',
    'Run "certpace <command> --help" for the options of a command.',
  ];
}
