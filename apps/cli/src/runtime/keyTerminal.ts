import { createInterface, emitKeypressEvents } from 'node:readline';
import type { ReadStream, WriteStream } from 'node:tty';
import type { Key, Terminal } from './terminal.js';

/**
 * A real terminal: single keys in raw mode for the quiz screens, and
 * readline's own line editing for prompts. Keys are queued from the first
 * read on, so a key pressed while the program is busy (saving an answer) is
 * not lost. Ctrl-C in raw mode does not raise SIGINT, so it is passed to
 * `interrupt` here.
 */
export class KeyTerminal implements Terminal {
  readonly interactive = true;
  private readonly keys: Key[] = [];
  private keyWaiter: ((key: Key | null) => void) | undefined;
  private pendingKey: Promise<Key | null> | undefined;
  private pendingLine: Promise<string | null> | undefined;
  private listening = false;
  private lineActive = false;
  private ended = false;

  constructor(
    private readonly input: ReadStream,
    private readonly output: WriteStream,
    private readonly signal: AbortSignal,
    private readonly interrupt: () => void,
  ) {
    emitKeypressEvents(input);
    signal.addEventListener('abort', () => this.deliver(null), { once: true });
  }

  get columns(): number {
    return this.output.columns || 80;
  }

  write(text: string): void {
    this.output.write(text);
  }

  private readonly onKey = (text: string | undefined, key: Key | undefined): void => {
    // While readline edits a line it owns the keys.
    if (this.lineActive) return;
    const pressed: Key = key ?? {
      name: text,
      sequence: text ?? '',
      ctrl: false,
      meta: false,
      shift: false,
    };
    if (pressed.ctrl && pressed.name === 'c') {
      this.interrupt();
      return;
    }
    if (pressed.ctrl && pressed.name === 'd') {
      this.ended = true;
      this.deliver(null);
      return;
    }
    if (this.keyWaiter) this.deliver(pressed);
    else this.keys.push(pressed);
  };

  private deliver(key: Key | null): void {
    const waiter = this.keyWaiter;
    this.keyWaiter = undefined;
    this.pendingKey = undefined;
    waiter?.(key);
  }

  private listen(): void {
    if (!this.listening) {
      this.listening = true;
      this.input.on('keypress', this.onKey);
    }
    this.input.setRawMode(true);
    this.input.resume();
  }

  readKey(): Promise<Key | null> {
    if (this.pendingKey) return this.pendingKey;
    if (this.signal.aborted || this.ended) return Promise.resolve(null);
    this.listen();
    const queued = this.keys.shift();
    if (queued) return Promise.resolve(queued);
    this.pendingKey = new Promise((resolve) => {
      this.keyWaiter = resolve;
    });
    return this.pendingKey;
  }

  nextLine(): Promise<string | null> {
    return this.readLine('');
  }

  readLine(prompt: string): Promise<string | null> {
    if (this.pendingLine) return this.pendingLine;
    if (this.signal.aborted) return Promise.resolve(null);
    // Keys typed ahead belong to the screen that asked for them, not to this line.
    this.keys.length = 0;
    this.lineActive = true;
    const reader = createInterface({ input: this.input, output: this.output, terminal: true });
    this.pendingLine = new Promise<string | null>((resolve) => {
      let answered = false;
      const done = (line: string | null) => {
        if (answered) return;
        answered = true;
        this.pendingLine = undefined;
        this.lineActive = false;
        reader.close();
        if (this.listening) this.listen();
        resolve(line);
      };
      reader.on('SIGINT', () => {
        done(null);
        this.interrupt();
      });
      reader.on('close', () => done(null));
      this.signal.addEventListener('abort', () => done(null), { once: true });
      reader.question(prompt, (line) => done(line));
    });
    return this.pendingLine;
  }

  close(): void {
    this.deliver(null);
    if (this.listening) this.input.off('keypress', this.onKey);
    this.listening = false;
    if (this.input.isRaw) this.input.setRawMode(false);
    this.input.pause();
  }
}
