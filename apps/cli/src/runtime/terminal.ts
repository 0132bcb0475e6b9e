/** A key press as node:readline reports it. */
export interface Key {
  /** `a`, `return`, `space`, `up`, `backspace`, ...; undefined for some symbols (then see `sequence`). */
  readonly name: string | undefined;
  readonly sequence: string;
  readonly ctrl: boolean;
  readonly meta: boolean;
  readonly shift: boolean;
}

/**
 * The learner's side of a conversation. In a terminal (stdin and stdout both
 * TTYs) screens read single keys; otherwise (a pipe, a script, a test) they
 * read lines, and the same commands are typed one per line.
 */
export interface Terminal {
  readonly interactive: boolean;
  /** Screen width in columns (80 when unknown). */
  readonly columns: number;
  write(text: string): void;
  /** Shows the prompt and waits for a line; null at the end of input or on Ctrl-C. */
  readLine(prompt: string): Promise<string | null>;
  /**
   * The next line without a prompt. A call while an earlier one still waits
   * returns that same wait, so racing it against a timer loses no input.
   */
  nextLine(): Promise<string | null>;
  /** Interactive only: the next key (same waiting rule as nextLine); null on Ctrl-C or Ctrl-D. */
  readKey(): Promise<Key | null>;
  /** Gives the terminal back (raw mode off, input released) so the process can exit. */
  close(): void;
}
