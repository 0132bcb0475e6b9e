import { describe, expect, it } from 'vitest';
import { defineCommand } from '../../commands/types.js';
import { UsageError } from '../../errors/CliError.js';
import { findCommand } from '../findCommand.js';
import { parseOptions } from '../parseOptions.js';
import { parsePairs } from '../values.js';

const specs = {
  exam: { type: 'string', value: '<code>', description: '' },
  yes: { type: 'boolean', short: 'y', description: '' },
  rate: { type: 'string', multiple: true, description: '' },
} as const;

const noop = async () => 0;
const commands = [
  defineCommand({ name: 'today', summary: '', options: {}, examples: [], run: noop }),
  defineCommand({ name: 'plan create', summary: '', options: {}, examples: [], run: noop }),
  defineCommand({ name: 'plan show', summary: '', options: {}, examples: [], run: noop }),
];

function usage(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('expected a usage error');
}

describe('option parsing', () => {
  it('reads values, flags and repeated options', () => {
    const parsed = parseOptions(
      ['--exam', 'AI-103', '-y', '--rate', 'nlp=0.4', '--rate', 'cv=1'],
      specs,
      'x',
      0,
    );
    expect(parsed.options).toEqual({ exam: 'AI-103', yes: true, rate: ['nlp=0.4', 'cv=1'] });
  });

  it('says which option is unknown and where to look', () => {
    expect(usage(() => parseOptions(['--exma', 'AI-103'], specs, 'plan create', 0))).toBe(
      'Unknown option --exma for "certpace plan create". Run "certpace plan create --help" to see its options.',
    );
  });

  it('says what value a bare option needs', () => {
    expect(usage(() => parseOptions(['--exam'], specs, 'x', 0))).toBe(
      '--exam needs a value: --exam <code>.',
    );
    expect(usage(() => parseOptions(['--exam', '--yes'], specs, 'x', 0))).toBe(
      '--exam needs a value: --exam <code>.',
    );
  });

  it('refuses extra arguments', () => {
    expect(usage(() => parseOptions(['extra'], specs, 'today', 0))).toContain(
      'Unexpected argument "extra"',
    );
  });

  it('refuses a domain pair without a value and a domain given twice', () => {
    expect(usage(() => parsePairs(['nlp'], '--rate', 'nlp=0.4'))).toContain(
      '--rate takes domain=value',
    );
    expect(usage(() => parsePairs(['nlp=1', 'nlp=0'], '--rate', 'nlp=0.4'))).toContain('twice');
  });
});

describe('finding the command', () => {
  it('takes one or two words and keeps options given before them', () => {
    const found = findCommand(['--user', 'ana', 'plan', 'show', '--week', '1'], commands);
    expect(found.command.name).toBe('plan show');
    expect(found.args).toEqual(['--user', 'ana', '--week', '1']);
  });

  it('suggests the closest command for a typo', () => {
    expect(usage(() => findCommand(['tody'], commands))).toBe(
      'Unknown command "tody". Did you mean "today"? Run "certpace --help" for the list.',
    );
  });

  it('lists the subcommands of a group', () => {
    expect(usage(() => findCommand(['plan'], commands))).toContain('use one of create, show');
    expect(usage(() => findCommand(['plan', 'make'], commands))).toContain(
      '"plan make" is not a command',
    );
  });
});
