import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { LineTerminal } from '../lineTerminal.js';

function terminal(signal = new AbortController().signal) {
  const input = new PassThrough();
  const output = new PassThrough();
  let shown = '';
  output.on('data', (chunk) => {
    shown += chunk;
  });
  return { input, term: new LineTerminal(input, output, signal, true), shown: () => shown };
}

describe('line input from a pipe', () => {
  it('keeps lines typed ahead and echoes each after its prompt', async () => {
    const { input, term, shown } = terminal();
    input.write('first\nsecond\n');
    expect(await term.readLine('1> ')).toBe('first');
    expect(await term.readLine('2> ')).toBe('second');
    expect(shown()).toBe('1> first\n2> second\n');
    term.close();
  });

  it('loses no line when a wait is given up and read again (the mock clock racing the input)', async () => {
    const { input, term, shown } = terminal();
    const first = term.readLine('> ');
    const raced = await Promise.race([
      first,
      new Promise((resolve) => setTimeout(() => resolve('tick'), 20)),
    ]);
    expect(raced).toBe('tick');
    const again = term.readLine('> ');
    expect(again).toBe(first);
    input.write('b\n');
    expect(await again).toBe('b');
    expect(shown()).toBe('> b\n');
    term.close();
  });

  it('gives null at the end of input and on Ctrl-C', async () => {
    const ended = terminal();
    ended.input.end('only\n');
    expect(await ended.term.nextLine()).toBe('only');
    expect(await ended.term.nextLine()).toBeNull();

    const controller = new AbortController();
    const interrupted = terminal(controller.signal);
    const waiting = interrupted.term.nextLine();
    controller.abort();
    expect(await waiting).toBeNull();
    interrupted.term.close();
  });
});
