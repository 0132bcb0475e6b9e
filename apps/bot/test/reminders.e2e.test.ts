import { claimReminders } from '@certpace/study';
import { expect, it } from 'vitest';
import { sendReminder } from '../src/reminders/sendReminder.js';
import { botMessages, deliveriesOf, dmsTo, learner, sentNonces } from './reminderHelpers.js';
import { buttonId, buttonLabels, describeBot, EPHEMERAL, privateReply } from './studyHarness.js';

const MINUTE = 60_000;

describeBot('reminders', (suite) => {
  it('reaches learners in three timezones at 07:00 their time, once each, with today’s tasks and buttons', async () => {
    const bot = await suite.start({ now: '2026-05-03T20:00:00Z' });
    const { sim, ana, bob, clock, delivery } = bot;
    const cy = sim.createUser({ username: 'cy' });
    sim.addMember(sim.guild.id, cy);
    await learner(ana, 'Europe/Berlin', { time: '07:00' });
    await learner(bob, 'America/New_York', { time: '07:00' });
    await learner(cy, 'Asia/Tokyo', { time: '07:00' });

    const at = async (iso: string) => {
      clock.set(iso);
      return delivery.tick(clock());
    };
    expect(await at('2026-05-03T21:59:00Z')).toEqual({ claimed: 0, sent: 0, failed: 0, gaveUp: 0 });
    expect((await at('2026-05-03T22:00:00Z')).sent).toBe(1); // 07:00 in Tokyo
    expect(dmsTo(sim, cy)).toHaveLength(1);
    expect((await at('2026-05-04T05:00:00Z')).sent).toBe(1); // 07:00 in Berlin (CEST)
    expect(dmsTo(sim, ana)).toHaveLength(1);
    expect((await at('2026-05-04T10:59:00Z')).claimed).toBe(0);
    expect((await at('2026-05-04T11:00:00Z')).sent).toBe(1); // 07:00 in New York (EDT)
    expect((await at('2026-05-04T11:05:00Z')).claimed).toBe(0);
    for (const user of [ana, bob, cy]) expect(dmsTo(sim, user)).toHaveLength(1);

    const [dm] = dmsTo(sim, cy);
    expect(dm?.content).toBe('Good morning, cy! Your study plan for 2026-05-04:');
    expect(dm?.embeds[0]?.title).toBe('Today · Mon 4 May');
    expect(dm?.embeds[0]?.footer?.text).toBe('Your day in Asia/Tokyo · AI-103@2026-04');
    for (const row of buttonLabels(dm!)) expect(row.slice(1)).toEqual(['Done', 'Skip']);

    const nonces = sentNonces(sim);
    expect(nonces).toHaveLength(3);
    for (const sent of nonces) {
      expect(sent.nonce).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(sent.enforce).toBe(true);
    }
    const [delivered] = await deliveriesOf(bot, cy);
    expect(delivered).toMatchObject({ status: 'sent', localDate: '2026-05-04', messageId: dm?.id });

    // The reminder's Done button works like /today's, in the DM.
    const done = await (await cy.clickButton(dm!, buttonId(dm!, 'Done', 0))).waitForReply();
    expect(done.id).toBe(dm?.id);
    expect(done.embeds[0]?.description).toMatch(/^1\. ✅ /);
  });

  it('sends each reminder once when two bot processes tick at the same moment', async () => {
    const first = await suite.start({ now: '2026-05-04T04:00:00Z' });
    const { sim, ana, bob, clock } = first;
    const users = [ana, bob];
    for (let i = 0; i < 4; i++) {
      const user = sim.createUser({ username: `member${i}` });
      sim.addMember(sim.guild.id, user);
      users.push(user);
    }
    for (const user of users) await learner(user, 'Europe/Berlin', { time: '07:00' });
    const second = await suite.startProcess(first);

    clock.set('2026-05-04T05:00:00Z');
    const reports = await Promise.all([
      first.delivery.tick(clock()),
      second.delivery.tick(clock()),
    ]);
    expect(reports[0].claimed + reports[1].claimed).toBe(users.length);
    expect(reports[0].sent + reports[1].sent).toBe(users.length);
    for (const user of users) expect(dmsTo(sim, user)).toHaveLength(1);

    clock.advance(2 * MINUTE);
    const later = await Promise.all([first.delivery.tick(clock()), second.delivery.tick(clock())]);
    expect(later[0].claimed + later[1].claimed).toBe(0);
    for (const user of users) expect(dmsTo(sim, user)).toHaveLength(1);
  });

  it('after a restart sends a claim whose process died before sending, once the lease is over', async () => {
    const first = await suite.start({ now: '2026-05-04T04:00:00Z' });
    const { sim, ana, clock } = first;
    await learner(ana, 'Europe/Berlin', { time: '07:00' });
    clock.set('2026-05-04T05:00:00Z');
    // A process claims (the claim is committed) and dies before it sends anything.
    const claims = await claimReminders({ db: first.db, clock });
    expect(claims.map((c) => c.localDate)).toEqual(['2026-05-04']);
    await first.stop();

    const restarted = await suite.startProcess(first);
    clock.advance(30_000);
    expect((await restarted.delivery.tick(clock())).claimed).toBe(0); // the lease still holds
    clock.advance(31_000);
    expect(await restarted.delivery.tick(clock())).toMatchObject({ claimed: 1, sent: 1 });
    expect(dmsTo(sim, ana)).toHaveLength(1);
    const [delivery] = await deliveriesOf(first, ana);
    expect(delivery).toMatchObject({ id: claims[0]?.deliveryId, status: 'sent', attempts: 2 });
    clock.advance(5 * MINUTE);
    expect((await restarted.delivery.tick(clock())).claimed).toBe(0);
  });

  it('after a restart, a reminder sent but never recorded is not posted twice: the nonce stops the copy', async () => {
    const first = await suite.start({ now: '2026-05-04T04:00:00Z' });
    const { sim, ana, clock } = first;
    await learner(ana, 'Europe/Berlin', { time: '07:00' });
    clock.set('2026-05-04T05:00:00Z');
    const [claim] = await claimReminders({ db: first.db, clock });
    // The process sends, then dies before it records the outcome.
    const outcome = await sendReminder(first.bot.client, claim!);
    expect(outcome.sent).toBe(true);
    await first.stop();
    expect(dmsTo(sim, ana)).toHaveLength(1);

    const restarted = await suite.startProcess(first);
    clock.advance(61_000);
    expect(await restarted.delivery.tick(clock())).toMatchObject({ claimed: 1, sent: 1 });
    const dms = dmsTo(sim, ana);
    expect(dms).toHaveLength(1);
    const nonces = sentNonces(sim).map((s) => s.nonce);
    expect(nonces).toHaveLength(2);
    expect(nonces[0]).toBe(nonces[1]);
    const [delivery] = await deliveriesOf(first, ana);
    expect(delivery).toMatchObject({ status: 'sent', messageId: dms[0]?.id, attempts: 2 });
  });

  it('posts in the learner’s channel when their DMs are closed, and only they can use its buttons', async () => {
    const bot = await suite.start({ now: '2026-05-04T04:00:00Z' });
    const { sim, ana, bob, clock, delivery } = bot;
    ana.setDmsOpen(false);
    await learner(ana, 'Europe/Berlin', { time: '07:00', channel: sim.channel.id });
    clock.set('2026-05-04T05:00:00Z');
    expect(await delivery.tick(clock())).toMatchObject({ claimed: 1, sent: 1 });
    expect(dmsTo(sim, ana)).toHaveLength(0);
    const [posted] = botMessages(sim, sim.channel.id);
    expect(posted?.content).toBe(
      `<@${ana.id}> Good morning, ana! Your study plan for 2026-05-04:\n-# Posted here because your DMs are closed; /remind changes this.`,
    );
    expect(posted?.mentions?.map((m) => m.id)).toEqual([ana.id]);

    const refused = await (
      await bob.clickButton(posted!, buttonId(posted!, 'Done', 0))
    ).waitForReply();
    expect((refused.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expect(refused.content).toBe(
      `This button belongs to <@${ana.id}>: run the command yourself to get your own.`,
    );
    expect(sim.message(posted!.id)?.embeds[0]?.description).toMatch(/^1\. ⬜ /);
    const done = await (
      await ana.clickButton(posted!, buttonId(posted!, 'Done', 0))
    ).waitForReply();
    expect(done.id).toBe(posted?.id);
    expect(done.embeds[0]?.description).toMatch(/^1\. ✅ /);
  });

  it('records a reminder it cannot deliver (DMs closed, no channel) and does not retry it', async () => {
    const bot = await suite.start({ now: '2026-05-04T04:00:00Z' });
    const { sim, bob, clock, delivery } = bot;
    bob.setDmsOpen(false);
    await learner(bob, 'Europe/Berlin', { time: '07:00' });
    clock.set('2026-05-04T05:00:00Z');
    expect(await delivery.tick(clock())).toMatchObject({ claimed: 1, sent: 0, gaveUp: 1 });
    const [recorded] = await deliveriesOf(bot, bob);
    expect(recorded).toMatchObject({
      status: 'gave-up',
      error: 'DMs are closed and no reminder channel is set',
    });
    clock.advance(60 * MINUTE);
    expect((await delivery.tick(clock())).claimed).toBe(0);
    expect(botMessages(sim, sim.channel.id)).toHaveLength(0);
  });

  it('records a send Discord failed as failed, and retries it after the wait with the same nonce', async () => {
    const bot = await suite.start({ now: '2026-05-04T04:00:00Z' });
    const { sim, ana, clock, delivery } = bot;
    await learner(ana, 'Europe/Berlin', { time: '07:00' });
    const fault = sim.injectFaults({
      method: 'POST',
      route: '/channels/:channel_id/messages',
      status: 503,
    });
    clock.set('2026-05-04T05:00:00Z');
    expect(await delivery.tick(clock())).toMatchObject({ claimed: 1, sent: 0, failed: 1 });
    const [failed] = await deliveriesOf(bot, ana);
    expect(failed).toMatchObject({ status: 'failed', attempts: 1 });
    expect(failed?.error).toMatch(/503/);
    fault.remove();

    clock.advance(30_000);
    expect((await delivery.tick(clock())).claimed).toBe(0); // still waiting
    clock.advance(31_000);
    expect(await delivery.tick(clock())).toMatchObject({ claimed: 1, sent: 1 });
    expect(dmsTo(sim, ana)).toHaveLength(1);
    const nonces = new Set(sentNonces(sim).map((n) => n.nonce));
    expect(nonces.size).toBe(1);
    const [sent] = await deliveriesOf(bot, ana);
    expect(sent).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('catches up after downtime: a reminder that fell due while the bot was down goes out once', async () => {
    const bot = await suite.start({ now: '2026-05-04T04:00:00Z' });
    const { sim, ana, clock, delivery } = bot;
    await learner(ana, 'Europe/Berlin', { time: '07:00' });
    // No tick ran at 07:00; the bot is back at 09:30 local time.
    clock.set('2026-05-04T07:30:00Z');
    expect(await delivery.tick(clock())).toMatchObject({ claimed: 1, sent: 1 });
    clock.advance(MINUTE);
    expect((await delivery.tick(clock())).claimed).toBe(0);
    expect(dmsTo(sim, ana)).toHaveLength(1);
  });

  it('runs the reminder job on its schedule when started as `npm start` starts it', async () => {
    const bot = await suite.start({
      now: '2026-05-04T04:00:00Z',
      reminders: { deliverReminders: true, reminderSchedule: '* * * * * *' },
    });
    await learner(bot.ana, 'Europe/Berlin', { time: '07:00' });
    bot.clock.set('2026-05-04T05:00:00Z');
    const dm = await bot.sim.waitForDM(bot.ana, undefined, { timeout: 10_000 });
    expect(dm.content).toBe('Good morning, ana! Your study plan for 2026-05-04:');
  });

  it('answers /remind set and /remind off, and refuses bad times and timezones privately', async () => {
    const bot = await suite.start({ now: '2026-05-04T04:00:00Z' });
    const { ana, clock, delivery, sim } = bot;
    expect((await privateReply(ana, 'remind set', { time: '07:30' })).content).toMatch(
      /^Which timezone is that time in\?/,
    );
    expect(
      (await privateReply(ana, 'remind set', { time: '25:00', timezone: 'Europe/Berlin' })).content,
    ).toBe('Time: "25:00" is not a time of day. Use 24-hour HH:MM, such as 07:30 or 18:00.');
    expect(
      (await privateReply(ana, 'remind set', { time: '07:30', timezone: 'Berlin' })).content,
    ).toMatch(/^Timezone: "Berlin" is not a known timezone/);

    const set = await privateReply(ana, 'remind set', { time: '7:30', timezone: 'Europe/Berlin' });
    const next = Date.parse('2026-05-04T05:30:00Z') / 1000;
    expect(set.content).toBe(
      `Daily reminder set for **07:30** (Europe/Berlin). The next one: <t:${next}:F> (<t:${next}:R>).\nI send it as a DM; keep DMs from this server open, or add channel: for a place to post it when they are closed.`,
    );
    const off = await privateReply(ana, 'remind off');
    expect(off.content).toBe('Daily reminders are off. Turn them on again with /remind set.');
    clock.set('2026-05-04T05:30:00Z');
    expect((await delivery.tick(clock())).claimed).toBe(0);
    expect(dmsTo(sim, ana)).toHaveLength(0);
  });
});
