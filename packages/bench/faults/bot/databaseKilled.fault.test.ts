import { setTimeout as sleep } from 'node:timers/promises';
import { ensureLearner, setReminder } from '@certpace/study';
import postgres from 'postgres';
import { afterEach, describe, expect, it } from 'vitest';
import { Cleanup } from '../../src/harness/cleanup.js';
import { killMidOperation } from '../support/database.js';
import { startInProcessBot } from '../support/inProcessBot.js';
import { studyDeps } from '../support/studyDeps.js';

// pg_terminate_backend under the running bot: in the middle of a command and in the
// middle of a reminder tick. The user gets a clear private reply, the bot keeps running
// (an uncaught error anywhere fails this file), the next tick delivers, nobody gets two.

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

const EPHEMERAL = 1 << 6;

function admin(url: string): postgres.Sql {
  const sql = postgres(url, { max: 3, onnotice: () => {} });
  cleanup.defer(() => sql.end({ timeout: 5 }));
  return sql;
}

describe('the database connection killed under the bot', () => {
  it('in the middle of /plan create: a private "try again", then the retry makes one plan', async () => {
    const t = await startInProcessBot(cleanup);
    const sql = admin(t.databaseUrl);
    const options = { exam: 'AI-103', 'exam-date': '2027-09-01', minutes: 60, timezone: 'UTC' };
    const { result: handle } = await killMidOperation(sql, 'plan_tasks', async () => {
      const run = await t.ana.runCommand('plan create', { options });
      return run;
    });
    const reply = await handle!.waitForReply({ timeout: 15_000 });
    expect(handle!.response?.latencyMs).toBeLessThan(3_000);
    expect(reply.flags ?? 0).toBe(EPHEMERAL);
    expect(`${reply.content} ${reply.embeds.map((e) => e.description).join(' ')}`).toMatch(
      /try again/i,
    );

    let created = false;
    for (let attempt = 0; attempt < 3 && !created; attempt++) {
      const again = await (await t.ana.runCommand('plan create', { options })).waitForReply({
        timeout: 15_000,
      });
      created = !/try again/i.test(`${again.content} ${again.embeds.map((e) => e.description)}`);
    }
    expect(created).toBe(true);
    const plans = await sql<{ n: number }[]>`
      select count(*)::int as n from plans p join learners l on l.id = p.learner_id
      where l.discord_user_id = ${t.ana.id}`;
    expect(plans[0]?.n).toBe(1);
  });

  it('in the middle of a reminder tick: the failed tick is logged, the next one delivers once', async () => {
    const dueAt = new Date('2027-02-01T07:00:00Z');
    const t = await startInProcessBot(cleanup, {
      clock: () => new Date(dueAt.getTime() + 2_000),
      deliverReminders: true,
      reminderSchedule: '* * * * * *',
    });
    const sql = admin(t.databaseUrl);
    const deps = studyDeps(t.database, () => new Date(dueAt.getTime() - 60_000));
    const ana = await ensureLearner(deps, { discordUserId: t.ana.id, displayName: 'ana' });
    // The reminder falls due while claims are locked out; the tick's claim is then killed.
    await killMidOperation(sql, 'reminder_deliveries', () =>
      setReminder(deps, ana, { time: '07:00', timezone: 'UTC' }),
    );
    const until = Date.now() + 20_000;
    while (Date.now() < until && t.ana.dms().length === 0) await sleep(200);
    await sleep(3_000);
    expect(t.ana.dms()).toHaveLength(1);
    expect(t.logs.some((line) => line.msg === 'reminder tick failed')).toBe(true);
    const [delivery] = await sql<{ status: string; n: number }[]>`
      select min(status) as status, count(*)::int as n from reminder_deliveries`;
    expect(delivery).toEqual({ status: 'sent', n: 1 });
  });
});
