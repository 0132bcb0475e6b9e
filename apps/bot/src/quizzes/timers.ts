/**
 * What the quiz runtime waits on: run a task once the clock reads a given
 * instant. Deadlines are instants of the bot's clock (not delays), so a test
 * that moves its clock moves the deadlines with it.
 */
export interface QuizTimers {
  /** Runs `task` once the clock reads `when` or later; the returned function cancels it. */
  at(when: Date, task: () => Promise<void>): () => void;
  /** Cancels every pending task (tasks already running finish). */
  clear(): void;
}

/** Longest real sleep between looks at the clock, so a clock moved forward is noticed soon. */
const DEFAULT_MAX_SLEEP_MS = 500;

/**
 * Timers on the bot's clock: each sleeps until its instant, waking at least
 * every `maxSleepMs` to read the clock again (which is what lets a test
 * clock jump ahead). Their handles do not keep the process alive.
 */
export function clockTimers(
  now: () => Date,
  options: { readonly maxSleepMs?: number } = {},
): QuizTimers {
  const maxSleepMs = options.maxSleepMs ?? DEFAULT_MAX_SLEEP_MS;
  const pending = new Map<number, NodeJS.Timeout>();
  let nextId = 0;
  return {
    at(when, task) {
      const id = nextId++;
      const check = () => {
        const left = when.getTime() - now().getTime();
        if (left <= 0) {
          pending.delete(id);
          void task();
          return;
        }
        const handle = setTimeout(check, Math.min(left, maxSleepMs));
        handle.unref();
        pending.set(id, handle);
      };
      check();
      return () => {
        clearTimeout(pending.get(id));
        pending.delete(id);
      };
    },
    clear() {
      for (const handle of pending.values()) clearTimeout(handle);
      pending.clear();
    },
  };
}

interface ManualTask {
  readonly id: number;
  readonly when: Date;
  readonly task: () => Promise<void>;
}

/**
 * Timers that run only when asked (`runDue`), for tests that must act at an
 * exact point: a click after the deadline but before the question closes.
 */
export class ManualTimers implements QuizTimers {
  #tasks: ManualTask[] = [];
  #nextId = 0;

  constructor(private readonly now: () => Date) {}

  at(when: Date, task: () => Promise<void>): () => void {
    const entry = { id: this.#nextId++, when, task };
    this.#tasks.push(entry);
    return () => {
      this.#tasks = this.#tasks.filter((t) => t !== entry);
    };
  }

  clear(): void {
    this.#tasks = [];
  }

  /** The instants tasks wait for, soonest first. */
  get pending(): Date[] {
    return this.#tasks.map((t) => t.when).sort((a, b) => a.getTime() - b.getTime());
  }

  /**
   * Runs every task due by the clock, soonest first, one after another, and
   * those they arm that are due too; resolves with how many ran.
   */
  async runDue(): Promise<number> {
    let ran = 0;
    for (;;) {
      const due = this.#tasks
        .filter((t) => t.when.getTime() <= this.now().getTime())
        .sort((a, b) => a.when.getTime() - b.when.getTime() || a.id - b.id)[0];
      if (!due) return ran;
      this.#tasks = this.#tasks.filter((t) => t !== due);
      await due.task();
      ran += 1;
      if (ran > 1_000) throw new Error('timers keep arming due tasks: a loop?');
    }
  }
}
