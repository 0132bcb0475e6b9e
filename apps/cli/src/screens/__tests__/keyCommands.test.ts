import { describe, expect, it } from 'vitest';
import type { Key } from '../../runtime/terminal.js';
import { keyStep } from '../keyCommands.js';

function key(name: string, sequence = name): Key {
  return { name, sequence, ctrl: false, meta: false, shift: false };
}

const start = { selected: [] as string[], cursor: 0 };
const single = { mode: 'practice', choiceCount: 4, multiple: false } as const;
const multiple = { mode: 'practice', choiceCount: 5, multiple: true } as const;
const mock = { mode: 'mock', choiceCount: 6, multiple: false } as const;

describe('keys on a question screen', () => {
  it('answers a single-answer question at once with a letter or a digit', () => {
    expect(keyStep(key('c'), start, single)).toEqual({
      kind: 'command',
      command: { kind: 'answer', choices: ['c'] },
    });
    expect(keyStep(key(undefined as unknown as string, '2'), start, single)).toEqual({
      kind: 'command',
      command: { kind: 'answer', choices: ['b'] },
    });
    expect(keyStep(key('e'), start, single)).toEqual({ kind: 'ignore' });
  });

  it('ticks and unticks choices of a multiple-answer question, and confirms with Enter', () => {
    const a = keyStep(key('a'), start, multiple);
    expect(a).toEqual({ kind: 'redraw', selection: { selected: ['a'], cursor: 0 } });
    const ad = keyStep(key('d'), { selected: ['a'], cursor: 0 }, multiple);
    expect(ad).toEqual({ kind: 'redraw', selection: { selected: ['a', 'd'], cursor: 0 } });
    expect(keyStep(key('a'), { selected: ['a', 'd'], cursor: 0 }, multiple)).toEqual({
      kind: 'redraw',
      selection: { selected: ['d'], cursor: 0 },
    });
    expect(keyStep(key('return'), { selected: ['a', 'd'], cursor: 0 }, multiple)).toEqual({
      kind: 'command',
      command: { kind: 'answer', choices: ['a', 'd'] },
    });
    expect(keyStep(key('return'), start, multiple)).toEqual({ kind: 'ignore' });
  });

  it('moves the cursor with the arrows, wrapping round, and space ticks the choice under it', () => {
    expect(keyStep(key('up'), start, multiple)).toEqual({
      kind: 'redraw',
      selection: { selected: [], cursor: 4 },
    });
    expect(keyStep(key('space', ' '), { selected: [], cursor: 2 }, multiple)).toEqual({
      kind: 'redraw',
      selection: { selected: ['c'], cursor: 2 },
    });
    expect(keyStep(key('return'), { selected: [], cursor: 3 }, single)).toEqual({
      kind: 'command',
      command: { kind: 'answer', choices: ['d'] },
    });
  });

  it('in a mock, f flags, 6 chooses F, and n, p, g, v, s move and submit', () => {
    expect(keyStep(key('f'), start, mock)).toEqual({ kind: 'command', command: { kind: 'flag' } });
    expect(keyStep(key(undefined as unknown as string, '6'), start, mock)).toEqual({
      kind: 'command',
      command: { kind: 'answer', choices: ['f'] },
    });
    expect(keyStep(key('n'), start, mock)).toEqual({ kind: 'command', command: { kind: 'next' } });
    expect(keyStep(key('p'), start, mock)).toEqual({
      kind: 'command',
      command: { kind: 'previous' },
    });
    expect(keyStep(key('g'), start, mock)).toEqual({ kind: 'ask', what: 'goto' });
    expect(keyStep(key('s'), start, mock)).toEqual({
      kind: 'command',
      command: { kind: 'submit' },
    });
    expect(keyStep(key('n'), start, single)).toEqual({ kind: 'ignore' });
  });
});
