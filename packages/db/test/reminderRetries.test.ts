import { expect, it } from 'vitest';
import {
  claimDueReminders,
  claimReminderRetries,
  disableReminder,
  listReminderDeliveries,
  markReminderFailed,
  markReminderSent,
  pruneReminderDeliveries,
  type ReminderClaim,
  reclaimExpiredLeases,
} from '../src/index.js';
import { describeEachDriver } from '../src/testing/index.js';
import { learnerWithReminder } from './support/fixtures.js';

const at = (iso: string) => new Date(iso);
const SECOND = 1000;
const due = at('2026-06-10T08:00:00Z');
const after = (ms: number) => new Date(due.getTime() + ms);

describeEachDriver('reminder outcomes, leases and retries', (ctx) => {
  async function claimOne(): Promise<ReminderClaim> {
    await learnerWithReminder(ctx.db, '08:00', 'UTC', at('2026-06-10T00:00:00Z'));
    const [claim] = await claimDueReminders(ctx.db, { now: due, leaseMs: 60 * SECOND });
    if (!claim) throw new Error('nothing claimed');
    return claim;
  }

  it('records a sent reminder once, with its message', async () => {
    const claim = await claimOne();
    expect(
      await markReminderSent(ctx.db, {
        deliveryId: claim.deliveryId,
        now: after(2 * SECOND),
        messageId: 'm-1',
        channelId: 'dm-1',
      }),
    ).toBe(true);
    expect(
      await markReminderSent(ctx.db, { deliveryId: claim.deliveryId, now: after(3 * SECOND) }),
    ).toBe(false);
    expect(await listReminderDeliveries(ctx.db, claim.learnerId)).toMatchObject([
      {
        status: 'sent',
        sentAt: after(2 * SECOND),
        messageId: 'm-1',
        channelId: 'dm-1',
        leaseUntil: null,
      },
    ]);
    // A sent reminder is never handed out again.
    expect(await reclaimExpiredLeases(ctx.db, { now: after(3_600 * SECOND) })).toEqual([]);
  });

  it('retries a failed send with growing waits, then gives up', async () => {
    const claim = await claimOne();
    expect(
      await markReminderFailed(ctx.db, {
        deliveryId: claim.deliveryId,
        attempt: 1,
        now: after(0),
        error: '500',
        maxAttempts: 3,
      }),
    ).toBe('failed');
    expect((await listReminderDeliveries(ctx.db, claim.learnerId))[0]).toMatchObject({
      status: 'failed',
      nextAttemptAt: after(60 * SECOND),
      error: '500',
    });
    expect(await claimReminderRetries(ctx.db, { now: after(59 * SECOND) })).toEqual([]);
    const [second] = await claimReminderRetries(ctx.db, {
      now: after(60 * SECOND),
      maxAttempts: 3,
    });
    expect(second).toMatchObject({
      deliveryId: claim.deliveryId,
      attempt: 2,
      localDate: '2026-06-10',
    });
    expect(
      await markReminderFailed(ctx.db, {
        deliveryId: claim.deliveryId,
        attempt: 2,
        now: after(61 * SECOND),
        error: '502',
        maxAttempts: 3,
      }),
    ).toBe('failed');
    expect((await listReminderDeliveries(ctx.db, claim.learnerId))[0]?.nextAttemptAt).toEqual(
      after(181 * SECOND),
    );
    const [third] = await claimReminderRetries(ctx.db, {
      now: after(181 * SECOND),
      maxAttempts: 3,
    });
    expect(third?.attempt).toBe(3);
    expect(
      await markReminderFailed(ctx.db, {
        deliveryId: claim.deliveryId,
        attempt: 3,
        now: after(182 * SECOND),
        error: '503',
        maxAttempts: 3,
      }),
    ).toBe('gave-up');
    expect(await claimReminderRetries(ctx.db, { now: after(86_400 * SECOND) })).toEqual([]);
    expect((await listReminderDeliveries(ctx.db, claim.learnerId))[0]).toMatchObject({
      status: 'gave-up',
      attempts: 3,
      error: '503',
    });
  });

  it('gives up at once on a failure a retry cannot fix', async () => {
    const claim = await claimOne();
    expect(
      await markReminderFailed(ctx.db, {
        deliveryId: claim.deliveryId,
        attempt: 1,
        now: after(0),
        error: 'DMs closed, no channel',
        retryable: false,
      }),
    ).toBe('gave-up');
  });

  it('ignores a failure reported by an attempt that was superseded', async () => {
    const claim = await claimOne();
    const [retry] = await reclaimExpiredLeases(ctx.db, { now: after(61 * SECOND) });
    expect(retry?.attempt).toBe(2);
    expect(
      await markReminderFailed(ctx.db, {
        deliveryId: claim.deliveryId,
        attempt: 1,
        now: after(62 * SECOND),
        error: 'late',
      }),
    ).toBeNull();
    expect((await listReminderDeliveries(ctx.db, claim.learnerId))[0]).toMatchObject({
      status: 'claimed',
      attempts: 2,
    });
    // But a late success is true whoever reports it, and then the retry has nothing to record.
    expect(
      await markReminderSent(ctx.db, { deliveryId: claim.deliveryId, now: after(63 * SECOND) }),
    ).toBe(true);
    expect(
      await markReminderFailed(ctx.db, {
        deliveryId: claim.deliveryId,
        attempt: 2,
        now: after(64 * SECOND),
        error: 'x',
      }),
    ).toBeNull();
  });

  it('hands an expired lease back once, with the same delivery id for the nonce', async () => {
    const claim = await claimOne();
    expect(await reclaimExpiredLeases(ctx.db, { now: after(59 * SECOND) })).toEqual([]);
    const reclaimers = await Promise.all([
      reclaimExpiredLeases(ctx.db, { now: after(61 * SECOND), leaseMs: 60 * SECOND }),
      reclaimExpiredLeases(ctx.db, { now: after(61 * SECOND), leaseMs: 60 * SECOND }),
      reclaimExpiredLeases(ctx.db, { now: after(62 * SECOND), leaseMs: 60 * SECOND }),
    ]);
    const handedBack = reclaimers.flat();
    expect(handedBack).toHaveLength(1);
    expect(handedBack[0]).toMatchObject({
      deliveryId: claim.deliveryId,
      learnerId: claim.learnerId,
      localDate: claim.localDate,
      attempt: 2,
    });
    // The new lease holds until it too runs out.
    expect(await reclaimExpiredLeases(ctx.db, { now: after(120 * SECOND) })).toEqual([]);
    expect(await reclaimExpiredLeases(ctx.db, { now: after(122 * SECOND) })).toHaveLength(1);
  });

  it('gives up on a lease that keeps expiring, and on learners who turned reminders off', async () => {
    const claim = await claimOne();
    expect(
      await reclaimExpiredLeases(ctx.db, { now: after(61 * SECOND), maxAttempts: 2 }),
    ).toHaveLength(1);
    expect(
      await reclaimExpiredLeases(ctx.db, { now: after(200 * SECOND), maxAttempts: 2 }),
    ).toEqual([]);
    expect((await listReminderDeliveries(ctx.db, claim.learnerId))[0]).toMatchObject({
      status: 'gave-up',
      error: 'lease expired without an outcome, attempts spent',
    });

    const other = await learnerWithReminder(ctx.db, '08:00', 'UTC', at('2026-06-10T00:00:00Z'));
    const [otherClaim] = await claimDueReminders(ctx.db, { now: due });
    expect(otherClaim?.learnerId).toBe(other.id);
    await disableReminder(ctx.db, other.id);
    expect(await reclaimExpiredLeases(ctx.db, { now: after(61 * SECOND) })).toEqual([]);
    expect((await listReminderDeliveries(ctx.db, other.id))[0]).toMatchObject({
      status: 'gave-up',
      error: 'reminders turned off',
    });
  });

  it('prunes settled deliveries of past days and keeps the rest', async () => {
    const sent = await claimOne();
    await markReminderSent(ctx.db, { deliveryId: sent.deliveryId, now: after(SECOND) });
    const pending = await learnerWithReminder(ctx.db, '08:00', 'UTC', at('2026-06-10T00:00:00Z'));
    await claimDueReminders(ctx.db, { now: due });
    expect(await pruneReminderDeliveries(ctx.db, { before: '2026-06-10' })).toBe(0);
    expect(await pruneReminderDeliveries(ctx.db, { before: '2026-06-11' })).toBe(1);
    expect(await listReminderDeliveries(ctx.db, sent.learnerId)).toEqual([]);
    expect(await listReminderDeliveries(ctx.db, pending.id)).toHaveLength(1);
  });
});
