import { setTimeout as sleep } from 'node:timers/promises';
import { decodeCustomId } from '@certpace/bot';
import type { SimUser } from '@certpace/discord-sim';
import type { APIMessage } from 'discord.js';
import postgres from 'postgres';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildBot } from '../../src/bot/botProcess.js';
import { Cleanup } from '../../src/harness/cleanup.js';
import { prepareBotRun } from '../support/botRun.js';

// The built bot killed with SIGKILL while a group quiz runs, then started again: the quiz
// must go on or be closed, and every answer given before the kill must be stored, once.

const cleanup = new Cleanup();
afterEach(() => cleanup.run());
beforeAll(() => buildBot(), 180_000);

const SECONDS = 8;

function customIds(message: APIMessage): string[] {
  return (message.components ?? []).flatMap((row) =>
    'components' in row
      ? row.components.flatMap((c) => ('custom_id' in c ? [c.custom_id] : []))
      : [],
  );
}

const openQuestion = (n: number) => (message: APIMessage) =>
  message.embeds[0]?.title?.startsWith(`Question ${n} of 2`) === true &&
  !message.embeds[0].title.endsWith('closed') &&
  customIds(message).length > 0;

async function answer(user: SimUser, question: APIMessage): Promise<void> {
  const ids = customIds(question);
  const menu = ids.find((id) => decodeCustomId(id)?.action === 'pick');
  const button = ids.find((id) => decodeCustomId(id)?.action === 'answer');
  const handle = menu
    ? await user.selectMenu(question, menu, ['a'])
    : await user.clickButton(question, button!);
  await handle.waitForReply({ timeout: 10_000 });
}

describe('the bot killed with SIGKILL in the middle of a group quiz', () => {
  it('goes on or closes the quiz after a restart, with every answer kept once', async () => {
    const run = await prepareBotRun(cleanup);
    const sql = postgres(run.databaseUrl, { max: 1, onnotice: () => {} });
    cleanup.defer(() => sql.end({ timeout: 5 }));
    const first = await run.start();
    const [ana, bob] = ['ana', 'bob'].map((username) => {
      const user = run.sim.createUser({ username });
      run.sim.addMember(run.sim.guild.id, user);
      return user;
    }) as [SimUser, SimUser];

    await (
      await ana.runCommand('quiz start', { options: { questions: 2, seconds: SECONDS } })
    ).waitForReply({ timeout: 15_000 });
    const q1 = await run.sim.waitForMessage(run.sim.channel.id, openQuestion(1), {
      timeout: 15_000,
    });
    await answer(ana, q1);
    await answer(bob, q1);
    expect(await first.stop('SIGKILL')).toBe('SIGKILL');

    // Both answers were stored when they were given (as rows, folded into the state at the reveal).
    const [before] = await sql<{ id: string; status: string; answers: number }[]>`
      select q.id, q.status, (select count(*)::int from quiz_answers a where a.quiz_id = q.id) as answers
      from quizzes q`;
    expect(before).toMatchObject({ status: 'running', answers: 2 });

    const second = await run.start();
    const until = Date.now() + (4 * SECONDS + 30) * 1_000;
    let status = 'running';
    while (Date.now() < until && status === 'running') {
      await sleep(500);
      [{ status = 'running' } = {}] = await sql<{ status: string }[]>`
        select status from quizzes where id = ${before!.id}`;
    }
    expect(status).not.toBe('running');
    const stored = await sql<{ discord_user_id: string; n: number }[]>`
      select l.discord_user_id, count(*)::int as n
      from quiz_answers a join learners l on l.id = a.learner_id
      where a.quiz_id = ${before!.id} group by l.discord_user_id order by 1`;
    expect(stored).toEqual([ana.id, bob.id].sort().map((id) => ({ discord_user_id: id, n: 1 })));
    expect(second.child.exitCode).toBeNull();
    expect(await second.stop('SIGTERM')).toBe(0);
  });
});
