import { describeEachDriver } from '@certpace/db/testing';
import { expect, it } from 'vitest';
import {
  claimReminders,
  clearReminder,
  createPlan,
  markReminderFailed,
  markReminderSent,
  setReminder,
} from '../src/index.js';
import { discordLearner, failure, testDeps } from './support/fixtures.js';

const ZONES = ['Europe/Berlin', 'America/New_York', 'Asia/Tokyo'] as const;

describeEachDriver('daily reminders', (ctx) => {
  it('claims each learner’s reminder once across two claimers, in three timezones, with today’s tasks', async () => {
    const deps = testDeps(ctx.db, '2027-02-01T00:00:00Z');
    const learners = [];
    for (const zone of ZONES) {
      const learner = await discordLearner(deps, zone.split('/')[1]!);
      await createPlan(deps, learner, { examDate: '2027-03-15', minutes: 60, timezone: zone });
      const reminder = await setReminder(deps, learner, { time: '7:00', channelId: 'fallback' });
      expect(reminder).toMatchObject({ enabled: true, time: '07:00', timezone: zone });
      learners.push(learner);
    }
    // 22:30 UTC: 23:30 in Berlin and 17:30 in New York on 1 February, 07:30 in Tokyo on the 2nd.
    deps.clock.set('2027-02-01T22:30:00Z');
    const [first, second] = await Promise.all([claimReminders(deps), claimReminders(deps)]);
    const claims = [...first, ...second];
    expect(claims.map((c) => c.learnerId).sort()).toEqual(learners.map((l) => l.id).sort());
    const byZone = Object.fromEntries(claims.map((c) => [c.timezone, c]));
    expect(byZone['Europe/Berlin']?.localDate).toBe('2027-02-01');
    expect(byZone['America/New_York']?.localDate).toBe('2027-02-01');
    expect(byZone['Asia/Tokyo']?.localDate).toBe('2027-02-02');
    for (const claim of claims) {
      expect(claim.day.date).toBe(claim.localDate);
      expect(claim.day.tasks.length).toBeGreaterThan(0);
      expect(claim.day.tasks.every((t) => t.date === claim.localDate)).toBe(true);
      expect(claim.lines.join('\n')).toContain(claim.day.tasks[0]!.title);
      expect(claim.channelId).toBe('fallback');
    }

    // Berlin and New York are sent; Tokyo's DM fails and is retried after the backoff, same delivery id.
    await markReminderSent(deps, {
      deliveryId: byZone['Europe/Berlin']!.deliveryId,
      messageId: 'm1',
    });
    await markReminderSent(deps, {
      deliveryId: byZone['America/New_York']!.deliveryId,
      messageId: 'm2',
    });
    const tokyo = byZone['Asia/Tokyo']!;
    expect(
      await markReminderFailed(deps, {
        deliveryId: tokyo.deliveryId,
        attempt: tokyo.attempt,
        error: 'DMs closed',
      }),
    ).toBe('failed');
    expect(await claimReminders(deps)).toEqual([]);
    deps.clock.advance(61_000);
    const retry = await claimReminders(deps);
    expect(retry.map((c) => [c.deliveryId, c.attempt])).toEqual([[tokyo.deliveryId, 2]]);
    await markReminderSent(deps, { deliveryId: tokyo.deliveryId });

    // Later the same local day nothing more; the next morning each is due again.
    deps.clock.set('2027-02-01T23:59:00Z');
    expect(await claimReminders(deps)).toEqual([]);
    deps.clock.set('2027-02-02T06:05:00Z');
    expect((await claimReminders(deps)).map((c) => [c.timezone, c.localDate])).toEqual([
      ['Europe/Berlin', '2027-02-02'],
    ]);
  });

  it('stops reminding when cleared and validates time and timezone', async () => {
    const deps = testDeps(ctx.db, '2027-02-01T00:00:00Z');
    const ada = await discordLearner(deps);
    expect((await failure(setReminder(deps, ada, { time: '07:00' }))).code).toBe(
      'invalid-timezone',
    );
    const zone = await failure(setReminder(deps, ada, { time: '07:00', timezone: 'Mars/Olympus' }));
    expect(zone).toMatchObject({ code: 'invalid-timezone', field: 'timezone' });
    expect(zone.message).toMatch(/IANA name such as Europe\/Berlin/);
    expect((await failure(setReminder(deps, ada, { time: '25:00', timezone: 'UTC' }))).code).toBe(
      'invalid-time',
    );
    await setReminder(deps, ada, { time: '06:00', timezone: 'UTC' });
    const off = await clearReminder(deps, ada);
    expect(off).toMatchObject({ enabled: false, time: '06:00' });
    deps.clock.set('2027-02-01T06:30:00Z');
    expect(await claimReminders(deps)).toEqual([]);
  });
});
