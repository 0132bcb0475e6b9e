import { createDatabase } from '@certpace/db';
import postgres from 'postgres';
import type { BenchContext, Benchmark } from '../harness/benchmark.js';
import { createScratchDatabase } from '../harness/postgres.js';
import { perSecond } from '../harness/stats.js';
import { type RaceResult, raceClaimers } from './claimersRace.js';
import { countClaims } from './countClaims.js';
import { learnerRows, seedLearners } from './seedLearners.js';

const LEARNERS = 100_000;
const DUE = 10_000;
/** claimDueReminders' default batch, as the bot's tick uses it. */
const LIMIT = 100;
const DUE_AT = new Date('2027-03-01T07:00:00.000Z');
/** The tick runs a moment into the minute. */
const TICK_AT = new Date(DUE_AT.getTime() + 2_000);

/** Puts the due learners back as they were before a run: due, and no deliveries. */
async function resetDue(sql: postgres.Sql, due: ReadonlySet<string>): Promise<void> {
  await sql`delete from reminder_deliveries`;
  await sql`update learners set next_reminder_at = ${DUE_AT} where id = any(${[...due]}::uuid[])`;
  await sql`vacuum analyze learners`;
  await sql`vacuum analyze reminder_deliveries`;
}

function race(context: BenchContext, url: string, claimers: number): Promise<RaceResult> {
  context.progress(`${claimers} claimer(s) racing for ${DUE} due reminders`);
  return raceClaimers(claimers, { url, now: TICK_AT.toISOString(), limit: LIMIT });
}

export const claimsBenchmark: Benchmark = {
  name: 'claims',
  async run(context) {
    const scratch = await createScratchDatabase(context.serverUrl, 'claims');
    context.cleanup.defer(() => scratch.drop());
    const database = await createDatabase({ url: scratch.url, env: {}, maxConnections: 2 });
    context.cleanup.defer(() => database.close());
    const sql = postgres(scratch.url, { max: 1, onnotice: () => {} });
    context.cleanup.defer(() => sql.end({ timeout: 5 }));

    context.progress(`seeding ${LEARNERS} learners`);
    const rows = learnerRows({ total: LEARNERS, due: DUE, dueAt: DUE_AT, offFraction: 0.3 });
    const due = await seedLearners(database, rows, DUE_AT, (n) => {
      if (n % 20_000 === 0) context.progress(`${n} learners in`);
    });
    if (due.size !== DUE) throw new Error(`seeded ${due.size} due learners, expected ${DUE}`);
    await sql`vacuum analyze learners`;

    const alone = await race(context, scratch.url, 1);
    await resetDue(sql, due);
    const pair = await race(context, scratch.url, 2);

    const counted = countClaims(
      due,
      pair.claimers.map((c) => c.claims),
    );
    const [stored] = await sql<{ n: number }[]>`select count(*)::int as n from reminder_deliveries`;
    const [stillDue] = await sql<{ n: number }[]>`
      select count(*)::int as n from learners where reminder_enabled and next_reminder_at <= ${TICK_AT}`;
    const shared = {
      learners: LEARNERS,
      due: DUE,
      claimers: 2,
      batch: LIMIT,
      deliveriesStored: stored?.n ?? -1,
      stillDueAfter: stillDue?.n ?? -1,
    };
    context.emit({
      name: 'claims.time_to_claim_all',
      value: pair.elapsedMs / 1000,
      unit: 's',
      reference: { name: 'one claimer alone', value: alone.elapsedMs / 1000, unit: 's' },
      target: { max: 6, why: 'well inside the 60-second tick: a tenth of it' },
      context: {
        ...shared,
        claimsPerClaimer: pair.claimers.map((c) => c.claims.length).join('/'),
      },
    });
    context.emit({
      name: 'claims.rate',
      value: perSecond(counted.claimed, pair.elapsedMs),
      unit: 'claims/s',
      reference: {
        name: 'one claimer alone',
        value: perSecond(DUE, alone.elapsedMs),
        unit: 'claims/s',
      },
      context: shared,
    });
    context.emit({
      name: 'claims.duplicates',
      value: counted.duplicates,
      unit: 'claims',
      target: { equals: 0, why: 'a second claim is a second reminder' },
      context: shared,
    });
    context.emit({
      name: 'claims.misses',
      value: counted.misses + counted.unexpected,
      unit: 'learners',
      target: { equals: 0, why: 'every due learner claimed once, nobody else' },
      context: { ...shared, notClaimed: counted.misses, claimedButNotDue: counted.unexpected },
    });
  },
};
