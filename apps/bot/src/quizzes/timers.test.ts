import { describe, expect, it } from 'vitest';
import { clockTimers, ManualTimers } from './timers.js';

function movableClock(start: number) {
  let now = start;
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) };
}

describe('ManualTimers', () => {
  it('runs only what is due by the clock, soonest first, and what those arm when due', async () => {
    const clock = movableClock(0);
    const timers = new ManualTimers(clock.now);
    const ran: string[] = [];
    timers.at(new Date(2_000), async () => {
      ran.push('b');
      timers.at(new Date(1_500), async () => void ran.push('c'));
    });
    timers.at(new Date(1_000), async () => void ran.push('a'));
    timers.at(new Date(9_000), async () => void ran.push('late'));
    expect(await timers.runDue()).toBe(0);
    clock.advance(2_000);
    expect(await timers.runDue()).toBe(3);
    expect(ran).toEqual(['a', 'b', 'c']);
    expect(timers.pending).toEqual([new Date(9_000)]);
  });

  it('forgets a cancelled task and every task on clear', async () => {
    const clock = movableClock(5_000);
    const timers = new ManualTimers(clock.now);
    const ran: string[] = [];
    const cancel = timers.at(new Date(0), async () => void ran.push('cancelled'));
    timers.at(new Date(1), async () => void ran.push('kept'));
    cancel();
    expect(await timers.runDue()).toBe(1);
    timers.at(new Date(2), async () => void ran.push('cleared'));
    timers.clear();
    expect(await timers.runDue()).toBe(0);
    expect(ran).toEqual(['kept']);
  });
});

describe('clockTimers', () => {
  it('fires once the clock reaches the instant, even when the clock jumps ahead', async () => {
    const clock = movableClock(0);
    const timers = clockTimers(clock.now, { maxSleepMs: 5 });
    let fired = 0;
    timers.at(new Date(60 * 60_000), async () => {
      fired += 1;
    });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(fired).toBe(0);
    clock.advance(60 * 60_000);
    await expect.poll(() => fired, { timeout: 1_000 }).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(fired).toBe(1);
  });

  it('runs a task whose instant has passed at once, and never a cancelled or cleared one', async () => {
    const clock = movableClock(1_000);
    const timers = clockTimers(clock.now, { maxSleepMs: 5 });
    const ran: string[] = [];
    timers.at(new Date(0), async () => void ran.push('overdue'));
    const cancel = timers.at(new Date(1_010), async () => void ran.push('cancelled'));
    timers.at(new Date(1_010), async () => void ran.push('cleared'));
    cancel();
    timers.clear();
    clock.advance(100);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(ran).toEqual(['overdue']);
  });
});
