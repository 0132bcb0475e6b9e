import { SimUsageError } from '@certpace/discord-sim';
import postgres from 'postgres';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildBot } from '../../src/bot/botProcess.js';
import { Cleanup } from '../../src/harness/cleanup.js';
import { prepareBotRun } from '../support/botRun.js';

// The bot's token must never reach a log line or anything a user sees, whatever happens:
// ordinary commands, refused input, a database that goes away under a command, Discord
// answering 500. The built bot runs as `npm start` runs it, logging everything (trace).

const cleanup = new Cleanup();
afterEach(() => cleanup.run());
beforeAll(() => buildBot(), 180_000);

const COMMANDS: [string, Record<string, string | number>][] = [
  ['help', {}],
  ['exam list', {}],
  ['exam info', { exam: 'AI-999' }],
  ['plan create', { exam: 'AI-103', 'exam-date': 'someday', minutes: 60 }],
  ['plan create', { exam: 'AI-103', 'exam-date': '2099-01-01', minutes: 99999 }],
  ['today', {}],
  ['remind set', { time: '25:99', timezone: 'Mars/Olympus' }],
  ['practice', { questions: 3 }],
  ['quiz start', { questions: 2, seconds: 10 }],
];

describe('the bot token', () => {
  it('appears in no log line and no reply, through errors of every kind', async () => {
    const run = await prepareBotRun(cleanup, { logLevel: 'trace' });
    const bot = await run.start();
    const ana = run.sim.createUser({ username: 'ana' });
    run.sim.addMember(run.sim.guild.id, ana);
    const seen: string[] = [];
    const use = async (name: string, options: Record<string, string | number>) => {
      try {
        const handle = await ana.runCommand(name, { options });
        seen.push(JSON.stringify(await handle.waitForReply({ timeout: 15_000 })));
      } catch (error) {
        // Input Discord's own client would refuse never reaches the bot: nothing to check.
        if (!(error instanceof SimUsageError)) throw error;
      }
    };
    for (const [name, options] of COMMANDS) await use(name, options);

    // The database goes away under a command: every certpace connection is killed.
    const admin = postgres(run.databaseUrl, { max: 1, onnotice: () => {} });
    cleanup.defer(() => admin.end({ timeout: 5 }));
    await admin`
      select pg_terminate_backend(pid) from (
        select pid from pg_stat_activity
        where datname = current_database() and application_name = 'certpace' offset 0
      ) as certpace`;
    await use('today', {});
    // Discord answers 500 to the bot's next replies.
    const fault = run.sim.injectFaults({ route: /\/interactions\//, status: 500, count: 2 });
    await use('help', {}).catch(() => undefined);
    fault.remove();
    await use('exam list', {});

    expect(await bot.stop('SIGTERM')).toBe(0);
    const secret = run.sim.token.split('.').at(-1) ?? run.sim.token;
    const output = bot.stdout() + bot.stderr();
    expect(bot.logs().length).toBeGreaterThan(20);
    expect(output).not.toContain(run.sim.token);
    expect(output).not.toContain(secret);
    const shown = [
      ...seen,
      ...run.sim.messages(run.sim.channel.id, { as: ana.id }).map((m) => JSON.stringify(m)),
      ...ana.dms().map((m) => JSON.stringify(m)),
    ].join('\n');
    expect(seen.length).toBeGreaterThan(5);
    expect(shown).not.toContain(secret);
  });
});
