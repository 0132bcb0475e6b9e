import { once } from 'node:events';
import { createLogger, createReminderDelivery, type ReminderDelivery } from '@certpace/bot';
import { type DiscordSim, type SimUser, startDiscordSim } from '@certpace/discord-sim';
import { ensureLearner, setReminder } from '@certpace/study';
import { Client, Events, GatewayIntentBits } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Cleanup } from '../../src/harness/cleanup.js';
import { REMINDER_CHILD, spawnTs } from '../support/children.js';
import { type FaultDatabase, openFaultDatabase } from '../support/database.js';
import { manualClock, studyDeps } from '../support/studyDeps.js';

// A process that dies between claiming a reminder and recording how the send went, killed
// with SIGKILL at two points: before it sent, and after it sent. A restarted process must
// leave each learner exactly one reminder: the claim is retried once its lease is over,
// with the same delivery id as the nonce, so the copy of a message that did go out is
// dropped by Discord (here, the sim).

const DUE_AT = '2027-02-01T07:00:00Z';
const CLAIMED_AT = new Date('2027-02-01T07:00:02Z');
const LEASE_MS = 60_000;

let cleanup: Cleanup;
let sim: DiscordSim;
let db: FaultDatabase;
let learners: SimUser[];

beforeEach(async () => {
  cleanup = new Cleanup();
  sim = cleanup.add(await startDiscordSim({ rateLimits: false }), (s) => s.close());
  db = cleanup.add(await openFaultDatabase('crashsend'), (d) => d.close());
  const clock = manualClock('2027-02-01T06:59:00Z');
  const deps = studyDeps(db.database, clock);
  learners = ['ana', 'bob', 'cai'].map((username) => {
    const user = sim.createUser({ username });
    sim.addMember(sim.guild.id, user);
    return user;
  });
  for (const user of learners) {
    const me = await ensureLearner(deps, { discordUserId: user.id, displayName: user.username });
    await setReminder(deps, me, { time: '07:00', timezone: 'UTC' });
  }
  expect(new Date(DUE_AT).getTime()).toBeLessThan(CLAIMED_AT.getTime());
});

afterEach(async () => {
  await cleanup.run();
});

/** The bot's reminder pass after a restart, in this process, on the same database and sim. */
async function restartedDelivery(): Promise<ReminderDelivery> {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: sim.apiUrl } });
  cleanup.defer(() => client.destroy());
  const ready = once(client, Events.ClientReady);
  await client.login(sim.token);
  await ready;
  const log = createLogger({ level: 'silent', token: sim.token });
  return createReminderDelivery({
    client,
    deps: { db: db.database, now: () => CLAIMED_AT, log },
    log,
  });
}

async function crashAt(mode: 'claim' | 'send'): Promise<string[]> {
  const child = spawnTs(REMINDER_CHILD, {
    DATABASE_URL: db.url,
    DISCORD_API_URL: sim.apiUrl,
    DISCORD_TOKEN: sim.token,
    NOW: CLAIMED_AT.toISOString(),
    MODE: mode,
  });
  cleanup.defer(() => child.kill());
  const claimed = await child.waitForLine((line) => line.step === 'claimed');
  await child.waitForLine((line) => line.step === 'waiting');
  await child.kill();
  return claimed.deliveryIds as string[];
}

async function deliveries() {
  return db.admin<{ id: string; status: string; attempts: number }[]>`
    select id, status, attempts from reminder_deliveries order by id`;
}

function remindersReceived(): number[] {
  return learners.map((user) => user.dms().length);
}

describe('a crash between claiming a reminder and recording the send', () => {
  it('before sending: nothing goes out until the lease ends, then each learner gets exactly one', async () => {
    const claimed = await crashAt('claim');
    expect(claimed).toHaveLength(learners.length);
    expect(remindersReceived()).toEqual([0, 0, 0]);

    const delivery = await restartedDelivery();
    // Within the lease the dead process may still be sending: nobody else takes its claims.
    expect((await delivery.tick(new Date(CLAIMED_AT.getTime() + 10_000))).claimed).toBe(0);
    const afterLease = new Date(CLAIMED_AT.getTime() + LEASE_MS + 1_000);
    expect(await delivery.tick(afterLease)).toMatchObject({ claimed: 3, sent: 3 });
    expect(await delivery.tick(new Date(afterLease.getTime() + 60_000))).toMatchObject({
      claimed: 0,
    });

    expect(remindersReceived()).toEqual([1, 1, 1]);
    expect((await deliveries()).map((d) => d.id).sort()).toEqual([...claimed].sort());
    expect((await deliveries()).every((d) => d.status === 'sent' && d.attempts === 2)).toBe(true);
  });

  it('after sending, before recording: the retry reuses the nonce and the copy is dropped', async () => {
    const claimed = await crashAt('send');
    expect(claimed).toHaveLength(learners.length);
    expect(remindersReceived()).toEqual([1, 1, 1]);
    expect((await deliveries()).every((d) => d.status === 'claimed')).toBe(true);

    const delivery = await restartedDelivery();
    const afterLease = new Date(CLAIMED_AT.getTime() + LEASE_MS + 1_000);
    expect(await delivery.tick(afterLease)).toMatchObject({ claimed: 3, sent: 3 });

    // The retry did reach Discord, and Discord answered with the first message.
    const posts = sim.requestsMatching({ method: 'POST', route: '/channels/:channel_id/messages' });
    expect(posts.length).toBe(6);
    expect(remindersReceived()).toEqual([1, 1, 1]);
    expect((await deliveries()).every((d) => d.status === 'sent')).toBe(true);
  });
});
