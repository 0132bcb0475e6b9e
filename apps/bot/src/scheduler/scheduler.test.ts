import type { DestinationStream } from 'pino';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logging/createLogger.js';
import { startReminderScheduler } from './reminderScheduler.js';
import { createTickRunner } from './tickRunner.js';

function logs() {
  const lines: string[] = [];
  const destination: DestinationStream = { write: (line: string) => lines.push(line) };
  return { lines, log: createLogger({ level: 'debug', destination }) };
}

const fixedNow = () => new Date('2026-05-01T07:00:00Z');

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('the reminder tick runner', () => {
  it('passes the clock to the tick', async () => {
    const seen: Date[] = [];
    const runner = createTickRunner({
      tick: async (now) => void seen.push(now),
      now: fixedNow,
      log: logs().log,
    });
    await expect(runner.run()).resolves.toBe('ran');
    expect(seen).toEqual([fixedNow()]);
  });

  it('skips a tick while the previous one still runs, never overlapping', async () => {
    const gate = deferred();
    let running = 0;
    let maxRunning = 0;
    let calls = 0;
    const { log, lines } = logs();
    const runner = createTickRunner({
      tick: async () => {
        calls += 1;
        running += 1;
        maxRunning = Math.max(maxRunning, running);
        await gate.promise;
        running -= 1;
      },
      now: fixedNow,
      log,
    });
    const first = runner.run();
    expect(runner.busy).toBe(true);
    await expect(runner.run()).resolves.toBe('skipped');
    await expect(runner.run()).resolves.toBe('skipped');
    gate.resolve();
    await expect(first).resolves.toBe('ran');
    await expect(runner.run()).resolves.toBe('ran');
    expect(calls).toBe(2);
    expect(maxRunning).toBe(1);
    expect(lines.filter((l) => l.includes('still running'))).toHaveLength(2);
  });

  it('logs a failing tick and keeps ticking after it', async () => {
    let calls = 0;
    const { log, lines } = logs();
    const runner = createTickRunner({
      tick: async () => {
        calls += 1;
        if (calls === 1) throw new Error('database went away');
      },
      now: fixedNow,
      log,
    });
    await expect(runner.run()).resolves.toBe('failed');
    await expect(runner.run()).resolves.toBe('ran');
    const failure = JSON.parse(lines.find((l) => l.includes('reminder tick failed'))!);
    expect(failure.err.message).toBe('database went away');
  });
});

describe('the reminder scheduler', () => {
  it('ticks on its cron schedule and stop() waits for the tick in progress', async () => {
    const ticks: number[] = [];
    const gate = deferred();
    let finished = false;
    const scheduler = startReminderScheduler({
      // Every second, so the test does not wait a minute.
      expression: '* * * * * *',
      now: () => new Date(),
      log: logs().log,
      tick: async () => {
        ticks.push(Date.now());
        if (ticks.length === 2) {
          await gate.promise;
          finished = true;
        }
      },
    });
    while (ticks.length < 2) await new Promise((r) => setTimeout(r, 50));
    const stopped = scheduler.stop();
    let stoppedYet = false;
    void stopped.then(() => {
      stoppedYet = true;
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(stoppedYet).toBe(false);
    gate.resolve();
    await stopped;
    expect(finished).toBe(true);
    const count = ticks.length;
    await new Promise((r) => setTimeout(r, 1_200));
    expect(ticks.length).toBe(count);
  }, 10_000);
});
