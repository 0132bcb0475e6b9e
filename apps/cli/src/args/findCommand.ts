import type { Command } from '../commands/types.js';
import { UsageError } from '../errors/CliError.js';

/** Edit distance, for "did you mean" on a mistyped command. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

export interface Found {
  readonly command: Command;
  /** The arguments after the command's words, options first given before them included. */
  readonly args: string[];
}

/**
 * The command named by the leading words of argv (`plan create --exam ...`).
 * Options may come before the command (`--user ana today`); they are handed
 * on with the rest.
 */
export function findCommand(argv: readonly string[], commands: readonly Command[]): Found {
  const before: string[] = [];
  let i = 0;
  // Leading options; --user takes the next word as its value.
  while (i < argv.length && argv[i]!.startsWith('-')) {
    before.push(argv[i]!);
    if (argv[i] === '--user' && i + 1 < argv.length) before.push(argv[++i]!);
    i++;
  }
  const words: string[] = [];
  for (let j = i; j < argv.length && !argv[j]!.startsWith('-') && words.length < 2; j++) {
    words.push(argv[j]!);
  }
  for (const take of [2, 1]) {
    const name = words.slice(0, take).join(' ');
    const command = words.length >= take ? commands.find((c) => c.name === name) : undefined;
    if (command) return { command, args: [...before, ...argv.slice(i + take)] };
  }
  const first = words[0] ?? '';
  const group = commands.filter((c) => c.name.startsWith(`${first} `));
  if (group.length > 0) {
    const subcommands = group.map((c) => c.name.split(' ')[1]).join(', ');
    const given = words[1]
      ? `"${first} ${words[1]}" is not a command`
      : `"${first}" needs a subcommand`;
    throw new UsageError(
      `${given}: use one of ${subcommands} (certpace ${first} <subcommand> --help).`,
    );
  }
  const names = [...new Set(commands.map((c) => c.name.split(' ')[0]!))];
  const closest = names
    .map((name) => ({ name, d: distance(first, name) }))
    .sort((a, b) => a.d - b.d)[0];
  const hint = closest && closest.d <= 2 ? ` Did you mean "${closest.name}"?` : '';
  throw new UsageError(`Unknown command "${first}".${hint} Run "certpace --help" for the list.`);
}
