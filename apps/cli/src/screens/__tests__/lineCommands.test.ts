import { describe, expect, it } from 'vitest';
import { parseChoices, parseLine } from '../lineCommands.js';

const practice = { mode: 'practice', choiceCount: 4, multiple: false } as const;
const mock = { mode: 'mock', choiceCount: 6, multiple: true } as const;

describe('typed quiz commands', () => {
  it('reads choices as letters or digits, in any case and separated or not', () => {
    expect(parseChoices('b', 4)).toEqual(['b']);
    expect(parseChoices('B', 4)).toEqual(['b']);
    expect(parseChoices('2', 4)).toEqual(['b']);
    expect(parseChoices('c, a', 4)).toEqual(['a', 'c']);
    expect(parseChoices('13', 4)).toEqual(['a', 'c']);
    expect(parseChoices('e', 4)).toBeUndefined();
    expect(parseChoices('hello', 4)).toBeUndefined();
  });

  it('refuses several answers to a single-answer question', () => {
    expect(parseLine('a c', practice)).toMatchObject({ kind: 'invalid' });
    expect(parseLine('d', practice)).toEqual({ kind: 'answer', choices: ['d'] });
  });

  it('keeps the report reason as typed', () => {
    expect(parseLine('r The key says B but the docs say C', practice)).toEqual({
      kind: 'report',
      reason: 'The key says B but the docs say C',
    });
    expect(parseLine('r', practice)).toEqual({ kind: 'report', reason: undefined });
  });

  it('in a mock, f flags and 6 chooses the sixth answer', () => {
    expect(parseLine('f', mock)).toEqual({ kind: 'flag' });
    expect(parseLine('6', mock)).toEqual({ kind: 'answer', choices: ['f'] });
    expect(parseLine('a f', mock)).toMatchObject({ kind: 'invalid' });
  });

  it('in a mock, moves with n, p and g <n>', () => {
    expect(parseLine('n', mock)).toEqual({ kind: 'next' });
    expect(parseLine('p', mock)).toEqual({ kind: 'previous' });
    expect(parseLine('g 12', mock)).toEqual({ kind: 'goto', number: 12 });
    expect(parseLine('g12', mock)).toEqual({ kind: 'goto', number: 12 });
    expect(parseLine('g', mock)).toMatchObject({ kind: 'invalid' });
    expect(parseLine('s', mock)).toEqual({ kind: 'submit' });
  });

  it('in practice, f is the sixth answer and n is not a command', () => {
    const six = { mode: 'practice', choiceCount: 6, multiple: false } as const;
    expect(parseLine('f', six)).toEqual({ kind: 'answer', choices: ['f'] });
    expect(parseLine('n', six)).toMatchObject({ kind: 'invalid' });
  });
});
