import { setTimeout as sleep } from 'node:timers/promises';
import { ensureLearner, setReminder } from '@certpace/study';
import postgres from 'postgres';
import { afterEach, describe, expect, it } from 'vitest';
import { Cleanup } from '../../src/harness/cleanup.js';
import { startInProcessBot } from '../support/inProcessBot.js';
import { studyDeps } from '../support/studyDeps.js';

// Discord answering 429 and 500 under the bot: discord.js must wait and retry, and the
// bot must neither drop nor double anything, in reminders and in replies alike.

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

const DUE_AT = new Date('2027-02-01T07:00:00Z');
const NOW = new Date('2027-02-01T07:00:02Z');

describe('Discord answering 429 and 500', () => {
  it('delivers every reminder exactly once through rate limits and server errors', async () => {
    const t = await startInProcessBot(cleanup, {
      clock: () => NOW,
      deliverReminders: true,
      reminderSchedule: '* * * * * *',
      sim: { seed: 3 },
    });
    const limited = t.sim.injectFaults({
      method: 'POST',
      route: '/channels/:channel_id/messages',
      status: 429,
      fraction: 0.3,
      retryAfterMs: 150,
    });
    const broken = t.sim.injectFaults({
      method: 'POST',
      route: '/channels/:channel_id/messages',
      status: 500,
      count: 4,
    });
    const users = Array.from({ length: 20 }, (_, i) => {
      const user = t.sim.createUser({ username: `r${i}` });
      t.sim.addMember(t.sim.guild.id, user);
      return user;
    });
    const deps = studyDeps(t.database, () => new Date(DUE_AT.getTime() - 60_000));
    for (const user of users) {
      const me = await ensureLearner(deps, { discordUserId: user.id, displayName: user.username });
      await setReminder(deps, me, { time: '07:00', timezone: 'UTC' });
    }

    const until = Date.now() + 60_000;
    while (Date.now() < until && users.some((u) => u.dms().length === 0)) await sleep(250);
    await sleep(3_000); // a few more ticks: nothing more may arrive
    expect(limited.hits + broken.hits).toBeGreaterThan(0);
    expect(broken.hits).toBe(4);
    expect(users.map((u) => u.dms().length)).toEqual(users.map(() => 1));
    const admin = postgres(t.databaseUrl, { max: 1, onnotice: () => {} });
    cleanup.defer(() => admin.end({ timeout: 5 }));
    const statuses = await admin<{ status: string; n: number }[]>`
      select status, count(*)::int as n from reminder_deliveries group by status`;
    expect(statuses).toEqual([{ status: 'sent', n: 20 }]);
  });

  it('answers each command exactly once when its reply first meets a 500 or a 429', async () => {
    const t = await startInProcessBot(cleanup);
    for (const status of [500, 429] as const) {
      const fault = t.sim.injectFaults({
        route: /\/interactions\/\d+\/[^/]+\/callback/,
        status,
        count: 1,
        retryAfterMs: 100,
      });
      const run = await t.ana.runCommand('help');
      const reply = await run.waitForReply({ timeout: 10_000 });
      expect(fault.hits).toBe(1);
      expect(reply.embeds[0]?.title).toBe('certpace commands');
      expect(run.followups).toHaveLength(0);
    }
    expect(t.sim.internalErrors).toEqual([]);
  });
});
