/**
 * What a benchmark or fault test must undo (databases, processes, sims, temp
 * folders), run last-in first-out even when the work failed. A failing step
 * does not stop the others; the first failure is rethrown at the end.
 */
export class Cleanup {
  readonly #steps: (() => unknown)[] = [];

  /** Registers a step; returns the value it was given, for one-line use. */
  add<T>(value: T, step: (value: T) => unknown): T {
    this.#steps.push(() => step(value));
    return value;
  }

  defer(step: () => unknown): void {
    this.#steps.push(step);
  }

  get size(): number {
    return this.#steps.length;
  }

  async run(): Promise<void> {
    let first: unknown;
    while (this.#steps.length > 0) {
      const step = this.#steps.pop()!;
      try {
        await step();
      } catch (error) {
        first ??= error;
      }
    }
    if (first !== undefined) throw first;
  }
}
