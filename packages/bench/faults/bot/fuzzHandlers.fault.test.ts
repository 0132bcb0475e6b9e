import { APOLOGY } from '@certpace/bot';
import { SimUsageError } from '@certpace/discord-sim';
import { createPlan, ensureLearner, startQuiz } from '@certpace/study';
import { type APIMessage, Routes } from 'discord.js';
import fc from 'fast-check';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cleanup } from '../../src/harness/cleanup.js';
import { nastyCommand, tamperedCustomId } from '../support/fuzzInputs.js';
import { type InProcessBot, startInProcessBot } from '../support/inProcessBot.js';

// Hostile input through the real command handlers: random strings, huge numbers, odd
// Unicode and SQL-looking text in every option, and custom ids tampered with (other
// owners, another learner's quiz and task ids, garbage). Every interaction must be
// answered inside Discord's 3 seconds, nothing may crash (an uncaught error fails the
// file), and Bob's data must stay exactly as it was while Ana does all of this.

const cleanup = new Cleanup();
let t: InProcessBot;
let sql: postgres.Sql;
let bob: { learnerId: string; args: string[] };

/** Everything stored about Bob that Ana's clicks could reach. */
async function bobsData(): Promise<unknown> {
  const [row] = await sql`
    select
      (select row_to_json(l) from learners l where l.id = ${bob.learnerId}) as learner,
      (select json_agg(row_to_json(p) order by p.id) from plans p
        where p.learner_id = ${bob.learnerId}) as plans,
      (select json_agg(json_build_object('task', t.task_id, 'status', t.status, 'date', t.date)
        order by t.task_id) from plan_tasks t join plans p on p.id = t.plan_id
        where p.learner_id = ${bob.learnerId}) as tasks,
      (select json_agg(row_to_json(q) order by q.id) from quizzes q
        where q.owner_id = ${bob.learnerId} or q.started_by = ${bob.learnerId}) as quizzes,
      (select count(*)::int from quiz_answers a where a.learner_id = ${bob.learnerId}) as answers,
      (select count(*)::int from score_reports s where s.learner_id = ${bob.learnerId}) as scores`;
  return row;
}

const compactUuid = (id: string) =>
  Buffer.from(id.replaceAll('-', ''), 'hex').toString('base64url');

beforeAll(async () => {
  t = await startInProcessBot(cleanup);
  sql = postgres(t.databaseUrl, { max: 2, onnotice: () => {} });
  cleanup.defer(() => sql.end({ timeout: 5 }));
  const deps = { db: t.database, clock: () => new Date() };
  const me = await ensureLearner(deps, { discordUserId: t.bob.id, displayName: 'bob' });
  const plan = await createPlan(deps, me, {
    exam: 'AI-103',
    examDate: '2027-12-01',
    minutes: 60,
    timezone: 'UTC',
  });
  const quiz = await startQuiz(deps, me, { mode: 'practice', exam: 'AI-103', count: 5 });
  bob = {
    learnerId: me.id,
    args: [
      me.id,
      plan.plan.id,
      compactUuid(plan.plan.id),
      quiz.quiz.quizId,
      compactUuid(quiz.quiz.quizId),
      ...plan.todayTasks.map((task) => task.taskId),
      quiz.quiz.question?.id ?? 'q',
      'a',
    ],
  };
}, 120_000);

afterAll(() => cleanup.run());

/** Waits for the bot's answer; fails past Discord's deadline; true when it was the apology. */
async function answered(handle: Awaited<ReturnType<InProcessBot['ana']['runCommand']>>) {
  const response = await handle.waitForResponse({ timeout: 5_000 });
  expect(response.latencyMs).toBeLessThan(3_000);
  // Every interaction ends in something the user can read (a deferral is filled in later).
  const reply = await handle.waitForReply({ timeout: 15_000 });
  const text = `${reply.content} ${reply.embeds.map((e) => `${e.title} ${e.description}`).join(' ')}`;
  expect(text.trim().length).toBeGreaterThan(0);
  return text.includes(APOLOGY);
}

describe('hostile input through the real handlers', () => {
  it('answers every command in time, whatever its options hold', async () => {
    const before = await bobsData();
    let ran = 0;
    let apologies = 0;
    await fc.assert(
      fc.asyncProperty(nastyCommand, async ({ name, options }) => {
        let handle: Awaited<ReturnType<InProcessBot['ana']['runCommand']>>;
        try {
          handle = await t.ana.runCommand(name, {
            options: options as Record<string, string | number>,
          });
        } catch (error) {
          // Values Discord's own client refuses (length, range) never reach the bot.
          if (error instanceof SimUsageError) return;
          throw error;
        }
        ran += 1;
        if (await answered(handle)) apologies += 1;
      }),
      { numRuns: 150 },
    );
    expect(ran).toBeGreaterThan(20);
    expect(apologies).toBe(0);
    expect(await bobsData()).toEqual(before);
  });

  it('answers every tampered button in time and never touches another learner', async () => {
    const before = await bobsData();
    let apologies = 0;
    const ids = tamperedCustomId({ owners: [t.ana.id, t.bob.id], args: bob.args });
    await fc.assert(
      fc.asyncProperty(ids, async (customId) => {
        const message = (await t.bot.client.rest.post(Routes.channelMessages(t.sim.channel.id), {
          body: {
            content: 'fuzz',
            components: [
              { type: 1, components: [{ type: 2, style: 1, label: 'Go', custom_id: customId }] },
            ],
          },
        })) as APIMessage;
        if (await answered(await t.ana.clickButton(message, customId))) apologies += 1;
      }),
      { numRuns: 200 },
    );
    expect(apologies).toBe(0);
    expect(await bobsData()).toEqual(before);
  });
});
