import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import {
  claimDueReminders,
  createDatabase,
  type Database,
  disableReminder,
  getLearner,
  learners,
  listReminderDeliveries,
  localDateIn,
  previousReminderAt,
  type ReminderClaim,
} from '../src/index.js';
import { describeEachDriver } from '../src/testing/index.js';
import { learnerWithReminder } from './support/fixtures.js';

const at = (iso: string) => new Date(iso);
const MINUTE = 60_000;

describeEachDriver('claiming due reminders', (ctx) => {
  it('claims learners whose time has come, records the delivery and moves them to tomorrow', async () => {
    const setAt = at('2026-06-10T00:00:00Z');
    const berlin = await learnerWithReminder(ctx.db, '08:00', 'Europe/Berlin', setAt); // 06:00Z
    const york = await learnerWithReminder(ctx.db, '07:00', 'America/New_York', setAt); // 11:00Z
    const tokyo = await learnerWithReminder(ctx.db, '20:00', 'Asia/Tokyo', setAt); // 11:00Z on 06-10

    const claims = await claimDueReminders(ctx.db, {
      now: at('2026-06-10T11:00:30Z'),
      leaseMs: 60_000,
    });
    const byLearner = new Map(claims.map((claim) => [claim.learnerId, claim]));
    expect(claims).toHaveLength(3);
    expect(byLearner.get(berlin.id)).toMatchObject({
      localDate: '2026-06-10',
      attempt: 1,
      leaseUntil: at('2026-06-10T11:01:30Z'),
      discordUserId: berlin.discordUserId,
      timezone: 'Europe/Berlin',
      reminderTime: '08:00',
      channelId: 'fallback-channel',
      guildId: 'guild-1',
    });
    expect(byLearner.get(tokyo.id)?.localDate).toBe('2026-06-10');

    expect(await getLearner(ctx.db, berlin.id)).toMatchObject({
      nextReminderAt: at('2026-06-11T06:00:00Z'),
    });
    expect(await getLearner(ctx.db, york.id)).toMatchObject({
      nextReminderAt: at('2026-06-11T11:00:00Z'),
    });
    expect(await listReminderDeliveries(ctx.db, berlin.id)).toMatchObject([
      {
        id: byLearner.get(berlin.id)?.deliveryId,
        status: 'claimed',
        localDate: '2026-06-10',
        attempts: 1,
      },
    ]);
    // Nothing more is due until tomorrow.
    expect(await claimDueReminders(ctx.db, { now: at('2026-06-10T23:59:00Z') })).toEqual([]);
  });

  it('never claims a day twice, even if the learner is due again that day', async () => {
    const ada = await learnerWithReminder(ctx.db, '08:00', 'UTC', at('2026-06-10T00:00:00Z'));
    expect(await claimDueReminders(ctx.db, { now: at('2026-06-10T08:00:00Z') })).toHaveLength(1);
    // The learner moves the reminder to later the same day: it is due again, but today is taken.
    await ctx.db.db
      .update(learners)
      .set({ nextReminderAt: at('2026-06-10T09:00:00Z') })
      .where(eq(learners.id, ada.id));
    expect(await claimDueReminders(ctx.db, { now: at('2026-06-10T09:00:00Z') })).toEqual([]);
    expect(await getLearner(ctx.db, ada.id)).toMatchObject({
      nextReminderAt: at('2026-06-11T08:00:00Z'),
    });
    expect(await listReminderDeliveries(ctx.db, ada.id)).toHaveLength(1);
  });

  it('leaves learners alone whose time has not come or whose reminder is off', async () => {
    await learnerWithReminder(ctx.db, '09:00', 'UTC', at('2026-06-10T00:00:00Z'));
    const off = await learnerWithReminder(ctx.db, '07:00', 'UTC', at('2026-06-10T00:00:00Z'));
    await disableReminder(ctx.db, off.id);
    expect(await claimDueReminders(ctx.db, { now: at('2026-06-10T08:59:59Z') })).toEqual([]);
  });

  it('turns off a reminder whose timezone is unknown instead of blocking everyone else', async () => {
    const setAt = at('2026-06-10T00:00:00Z');
    const broken = await learnerWithReminder(ctx.db, '08:00', 'UTC', setAt);
    const fine = await learnerWithReminder(ctx.db, '08:00', 'UTC', setAt);
    // As if the timezone database had dropped the name since it was stored.
    await ctx.db.db
      .update(learners)
      .set({ timezone: 'Gone/Away' })
      .where(eq(learners.id, broken.id));
    const claims = await claimDueReminders(ctx.db, { now: at('2026-06-10T08:00:00Z') });
    expect(claims.map((claim) => claim.learnerId)).toEqual([fine.id]);
    expect(await getLearner(ctx.db, broken.id)).toMatchObject({
      reminderEnabled: false,
      nextReminderAt: null,
    });
  });

  it('claims at most `limit` at a time, the longest-waiting first', async () => {
    const setAt = at('2026-06-10T00:00:00Z');
    const early = await learnerWithReminder(ctx.db, '06:00', 'UTC', setAt);
    await learnerWithReminder(ctx.db, '07:00', 'UTC', setAt);
    await learnerWithReminder(ctx.db, '07:30', 'UTC', setAt);
    const now = at('2026-06-10T08:00:00Z');
    const first = await claimDueReminders(ctx.db, { now, limit: 1 });
    expect(first.map((claim) => claim.learnerId)).toEqual([early.id]);
    expect(await claimDueReminders(ctx.db, { now, limit: 5 })).toHaveLength(2);
  });

  it('after downtime, sends today’s reminder once, not one per missed day', async () => {
    const ada = await learnerWithReminder(
      ctx.db,
      '08:00',
      'Europe/Berlin',
      at('2026-06-06T00:00:00Z'),
    );
    // Down from before 2026-06-06 08:00 until 2026-06-10 14:00 Berlin time.
    const back = at('2026-06-10T12:00:00Z');
    const claims = await claimDueReminders(ctx.db, { now: back });
    expect(claims).toMatchObject([{ learnerId: ada.id, localDate: '2026-06-10' }]);
    for (let minute = 1; minute <= 5; minute++) {
      expect(
        await claimDueReminders(ctx.db, { now: new Date(back.getTime() + minute * MINUTE) }),
      ).toEqual([]);
    }
    expect(await getLearner(ctx.db, ada.id)).toMatchObject({
      nextReminderAt: at('2026-06-11T06:00:00Z'),
    });
  });

  it('drops a reminder missed on an earlier day and sends today’s at its time', async () => {
    const ada = await learnerWithReminder(ctx.db, '08:00', 'UTC', at('2026-06-09T00:00:00Z'));
    // Down from 2026-06-09 07:00 to 2026-06-10 07:00: yesterday's 08:00 is 23 hours late.
    expect(await claimDueReminders(ctx.db, { now: at('2026-06-10T07:00:00Z') })).toEqual([]);
    expect(await getLearner(ctx.db, ada.id)).toMatchObject({
      nextReminderAt: at('2026-06-10T08:00:00Z'),
    });
    expect(await claimDueReminders(ctx.db, { now: at('2026-06-10T08:00:00Z') })).toMatchObject([
      { localDate: '2026-06-10' },
    ]);
  });

  it('still sends a late-evening reminder missed just before midnight, for its own day', async () => {
    const ada = await learnerWithReminder(ctx.db, '23:30', 'UTC', at('2026-06-09T12:00:00Z'));
    const claims = await claimDueReminders(ctx.db, { now: at('2026-06-10T00:30:00Z') });
    expect(claims).toMatchObject([{ learnerId: ada.id, localDate: '2026-06-09' }]);
    expect(await getLearner(ctx.db, ada.id)).toMatchObject({
      nextReminderAt: at('2026-06-10T23:30:00Z'),
    });
    expect(await claimDueReminders(ctx.db, { now: at('2026-06-10T23:30:00Z') })).toMatchObject([
      { localDate: '2026-06-10' },
    ]);
  });

  it('splits due learners between concurrent claimers with no overlap and none missed', async () => {
    const setAt = at('2026-06-10T00:00:00Z');
    const zones = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata'];
    const due = [];
    for (let i = 0; i < 120; i++) {
      due.push(await learnerWithReminder(ctx.db, '00:15', zones[i % zones.length] ?? 'UTC', setAt));
    }
    const now = at('2026-06-11T12:00:00Z');
    // On Postgres each claimer is its own process-like pool; PGlite serialises them in one.
    const second: Database = ctx.db.url
      ? await createDatabase({ url: ctx.db.url, env: {}, migrate: false })
      : ctx.db;
    try {
      const drain = async (database: Database) => {
        const mine: ReminderClaim[] = [];
        for (;;) {
          const batch = await claimDueReminders(database, { now, limit: 7 });
          if (batch.length === 0) return mine;
          mine.push(...batch);
        }
      };
      const [a, b] = await Promise.all([drain(ctx.db), drain(second)]);
      const ids = [...a, ...b].map((claim) => claim.learnerId);
      expect(new Set(ids).size).toBe(ids.length);
      expect(new Set(ids)).toEqual(new Set(due.map((learner) => learner.id)));
      if (ctx.db.url) {
        expect(a.length).toBeGreaterThan(0);
        expect(b.length).toBeGreaterThan(0);
      }
    } finally {
      if (second !== ctx.db) await second.close();
    }
  });

  it('delivers exactly once per local day across daylight-saving changes in two timezones', async () => {
    const windows = [
      { zone: 'Europe/Berlin', from: '2026-03-27T00:00:00Z', days: 4 },
      { zone: 'Europe/Berlin', from: '2026-10-23T00:00:00Z', days: 4 },
      { zone: 'America/New_York', from: '2026-03-06T05:00:00Z', days: 4 },
      { zone: 'America/New_York', from: '2026-10-30T04:00:00Z', days: 4 },
    ];
    for (const window of windows) {
      const start = at(window.from);
      const times = ['01:30', '02:30', '08:00'];
      const learnersByTime = new Map<string, string>();
      for (const time of times) {
        learnersByTime.set((await learnerWithReminder(ctx.db, time, window.zone, start)).id, time);
      }
      const claimedAt = new Map<string, { localDate: string; tick: Date }[]>();
      const tickMs = 20 * MINUTE;
      for (
        let tick = start.getTime();
        tick < start.getTime() + window.days * 24 * 60 * MINUTE;
        tick += tickMs
      ) {
        for (const claim of await claimDueReminders(ctx.db, { now: new Date(tick) })) {
          const list = claimedAt.get(claim.learnerId) ?? [];
          list.push({ localDate: claim.localDate, tick: new Date(tick) });
          claimedAt.set(claim.learnerId, list);
        }
      }
      for (const [learnerId, time] of learnersByTime) {
        const claims = claimedAt.get(learnerId) ?? [];
        const dates = claims.map((claim) => claim.localDate);
        // One claim per local day, on consecutive days, none doubled or skipped.
        expect(new Set(dates).size, `${window.zone} ${time}`).toBe(dates.length);
        expect(dates.length, `${window.zone} ${time}`).toBeGreaterThanOrEqual(window.days - 1);
        for (let i = 1; i < dates.length; i++) {
          const gap = Date.parse(dates[i] ?? '') - Date.parse(dates[i - 1] ?? '');
          expect(gap, `${window.zone} ${time}`).toBe(24 * 60 * MINUTE);
        }
        // Each went out on its own local day, within one tick of its local time.
        for (const claim of claims) {
          expect(localDateIn(window.zone, claim.tick)).toBe(claim.localDate);
          const due = previousReminderAt(time, window.zone, claim.tick);
          expect(claim.tick.getTime() - due.getTime()).toBeLessThan(tickMs);
        }
      }
    }
  });
});
