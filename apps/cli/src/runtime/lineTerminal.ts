import { createInterface, type Interface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Key, Terminal } from './terminal.js';

type Waiter = (line: string | null) => void;

/**
 * Line input from a pipe or a file. One readline interface reads the whole
 * stream, so lines a script sends ahead are queued, never lost. What was read
 * is echoed after the prompt, so a transcript reads like a session.
 */
export class LineTerminal implements Terminal {
  readonly interactive = false;
  readonly columns: number;
  private reader: Interface | undefined;
  private readonly queue: string[] = [];
  private waiter: Waiter | undefined;
  private pending: Promise<string | null> | undefined;
  private ended = false;
  /** A prompt is on screen waiting for its answer: the end of input must still end its line. */
  private promptOpen = false;

  constructor(
    private readonly input: Readable,
    private readonly output: Writable & { columns?: number },
    private readonly signal: AbortSignal,
    private readonly echo: boolean,
  ) {
    this.columns = output.columns || 80;
    signal.addEventListener('abort', () => this.settle(null), { once: true });
  }

  write(text: string): void {
    this.output.write(text);
  }

  private start(): void {
    if (this.reader) return;
    this.reader = createInterface({ input: this.input, terminal: false, crlfDelay: Infinity });
    this.reader.on('line', (line) => {
      if (this.waiter) this.settle(line);
      else this.queue.push(line);
    });
    this.reader.on('close', () => {
      this.ended = true;
      if (this.waiter) this.settle(null);
    });
  }

  private settle(line: string | null): void {
    const waiter = this.waiter;
    this.waiter = undefined;
    this.pending = undefined;
    this.finishLine(line);
    waiter?.(line);
  }

  private finishLine(line: string | null): void {
    if (line !== null && this.echo) this.output.write(`${line}\n`);
    else if (line === null && this.promptOpen) this.output.write('\n');
    this.promptOpen = false;
  }

  nextLine(): Promise<string | null> {
    if (this.pending) return this.pending;
    if (this.signal.aborted) return Promise.resolve(null);
    this.start();
    const queued = this.queue.shift();
    if (queued !== undefined) {
      this.finishLine(queued);
      return Promise.resolve(queued);
    }
    if (this.ended) {
      this.finishLine(null);
      return Promise.resolve(null);
    }
    this.pending = new Promise((resolve) => {
      this.waiter = resolve;
    });
    return this.pending;
  }

  readLine(prompt: string): Promise<string | null> {
    if (this.pending) return this.pending;
    this.output.write(prompt);
    this.promptOpen = prompt !== '';
    return this.nextLine();
  }

  readKey(): Promise<Key | null> {
    return Promise.reject(new Error('readKey needs an interactive terminal'));
  }

  close(): void {
    this.reader?.close();
    this.reader = undefined;
    // Stops a piped stdin from keeping the process alive.
    this.input.pause();
  }
}
