import { createLogger, createReminderDelivery } from '@certpace/bot';
import { createDatabase, learners } from '@certpace/db';
import { startDiscordSim } from '@certpace/discord-sim';
import postgres from 'postgres';
import { loggedInClient } from '../bot/inProcessClient.js';
import { simMembers } from '../bot/simMembers.js';
import type { Benchmark } from '../harness/benchmark.js';
import { createScratchDatabase } from '../harness/postgres.js';
import { perSecond, since } from '../harness/stats.js';

const REMINDERS = 2_000;
const GLOBAL_LIMIT = 50;
const DUE_AT = new Date('2027-03-01T07:00:00.000Z');
const TICK_AT = new Date(DUE_AT.getTime() + 2_000);

export const dispatchBenchmark: Benchmark = {
  name: 'dispatch',
  async run(context) {
    const sim = await startDiscordSim({ rateLimits: { globalPerSecond: GLOBAL_LIMIT } });
    context.cleanup.defer(() => sim.close());
    const scratch = await createScratchDatabase(context.serverUrl, 'dispatch');
    context.cleanup.defer(() => scratch.drop());
    const database = await createDatabase({ url: scratch.url, env: {} });
    context.cleanup.defer(() => database.close());
    const sql = postgres(scratch.url, { max: 1, onnotice: () => {} });
    context.cleanup.defer(() => sql.end({ timeout: 5 }));

    context.progress(`${REMINDERS} members, each with a reminder due at 07:00 UTC`);
    const users = simMembers(sim, REMINDERS, 'learner');
    for (let start = 0; start < users.length; start += 1_000) {
      await database.db.insert(learners).values(
        users.slice(start, start + 1_000).map((user) => ({
          discordUserId: user.id,
          displayName: user.username,
          timezone: 'UTC',
          reminderEnabled: true,
          reminderTime: '07:00',
          nextReminderAt: DUE_AT,
        })),
      );
    }

    const client = await loggedInClient(sim.apiUrl, sim.token);
    context.cleanup.defer(() => client.destroy());
    const log = createLogger({ level: 'silent', token: sim.token });
    // One pass may take as long as it needs here: the figure is the sending rate itself.
    const delivery = createReminderDelivery({
      client,
      deps: { db: database, now: () => TICK_AT, log },
      log,
      budgetMs: 600_000,
    });
    const requestsBefore = sim.requests.length;
    context.progress('reminder pass started');
    const start = performance.now();
    const report = { claimed: 0, sent: 0, failed: 0, gaveUp: 0 };
    for (let pass = 0; pass < 5 && report.sent < REMINDERS; pass++) {
      const got = await delivery.tick(TICK_AT);
      report.claimed += got.claimed;
      report.sent += got.sent;
      report.failed += got.failed;
      report.gaveUp += got.gaveUp;
      if (got.claimed === 0) break;
    }
    const elapsedMs = since(start);
    const requests = sim.requests.slice(requestsBefore);
    const rateLimited = requests.filter((r) => r.status === 429).length;
    context.progress(`${report.sent} sent in ${(elapsedMs / 1000).toFixed(1)} s`);

    const received = users.map((user) => user.dms().length);
    const [stored] = await sql<{ sent: number; other: number }[]>`
      select count(*) filter (where status = 'sent')::int as sent,
             count(*) filter (where status <> 'sent')::int as other
      from reminder_deliveries`;
    const shared = {
      reminders: REMINDERS,
      globalLimitPerSecond: GLOBAL_LIMIT,
      requests: requests.length,
      requestsPerReminder: Math.round((requests.length / Math.max(report.sent, 1)) * 100) / 100,
      answered429: rateLimited,
      seconds: Math.round(elapsedMs) / 1000,
    };
    const requestRate = perSecond(requests.length, elapsedMs);
    context.emit({
      name: 'dispatch.rate_fraction_of_limit',
      value: requestRate / GLOBAL_LIMIT,
      unit: 'fraction',
      reference: { name: "Discord's global limit", value: GLOBAL_LIMIT, unit: 'requests/s' },
      target: { min: 0.9, why: 'the limit is the ceiling; keep close to it' },
      context: { ...shared, requestsPerSecond: Math.round(requestRate * 10) / 10 },
    });
    context.emit({
      name: 'dispatch.reminders_per_second',
      value: perSecond(report.sent, elapsedMs),
      unit: 'reminders/s',
      reference: {
        name: 'the limit divided by the requests one reminder takes',
        value: GLOBAL_LIMIT / Math.max(shared.requestsPerReminder, 1),
        unit: 'reminders/s',
      },
      context: shared,
    });
    context.emit({
      name: 'dispatch.unhandled_429',
      value: report.failed + report.gaveUp + (stored?.other ?? 0),
      unit: 'reminders',
      target: { equals: 0, why: 'a 429 is waited out and retried, never a lost reminder' },
      context: { ...shared, ...report },
    });
    context.emit({
      name: 'dispatch.delivered_once',
      value: received.filter((n) => n === 1).length,
      unit: 'learners',
      target: { equals: REMINDERS, why: 'each learner exactly one reminder' },
      context: {
        ...shared,
        none: received.filter((n) => n === 0).length,
        more: received.filter((n) => n > 1).length,
        recordedSent: stored?.sent ?? 0,
      },
    });
  },
};
