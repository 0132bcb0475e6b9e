import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createScratchDatabase, testDatabaseUrl } from '@certpace/db/testing';
import { type DiscordSim, startDiscordSim } from '@certpace/discord-sim';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../src/commands/index.js';
import { buildBot, dist, type RunningScript, runScript } from './scripts.js';

// What `npm run register` puts on Discord: every command of the list, in its order.
const names = commands.commands.map((c) => c.name);

// The entry points as `npm start`, `npm run register` and `npm run start:sharded` run them:
// built JavaScript in its own process, configured only through the environment.

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'certpace-bot-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function sim(): Promise<DiscordSim> {
  const started = await startDiscordSim({ rateLimits: false });
  cleanups.push(() => started.close());
  return started;
}

function track(run: RunningScript): RunningScript {
  cleanups.push(async () => {
    if (run.child.exitCode === null && run.child.signalCode === null) {
      run.child.kill('SIGKILL');
      await run.exited;
    }
  });
  return run;
}

beforeAll(() => buildBot(), 120_000);

describe('node dist/main.js', () => {
  it('loads @napi-rs/canvas at the first chart, not at start', () => {
    // What main.js imports before the bot is ready, then a chart drawn. The native module holds
    // about 15 MiB resident once loaded, which a bot never asked for /progress does not need.
    const probe = `
      import { createRequire } from 'node:module';
      const dist = ${JSON.stringify(pathToFileURL(dist('')).href)};
      const canvasLoaded = () =>
        Object.keys(createRequire(new URL('main.js', dist)).cache).some((f) => f.includes('@napi-rs'));
      for (const file of ['env.js', 'startBot.js', 'logging/createLogger.js', 'startup/describeStartupError.js'])
        await import(new URL(file, dist));
      const atStart = canvasLoaded();
      const { renderHistoryChart } = await import(new URL('charts/historyChart.js', dist));
      const png = await renderHistoryChart({ title: 'probe', points: [] });
      console.log(JSON.stringify({ atStart, afterChart: canvasLoaded(), png: png.subarray(1, 4).toString() }));
    `;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', probe], {
      encoding: 'utf8',
    });
    expect(JSON.parse(out)).toEqual({ atStart: false, afterChart: true, png: 'PNG' });
  });

  it('stops at once without DISCORD_TOKEN, with one line saying how to get one', async () => {
    // An empty folder, so no .env is found, and an environment without the token.
    const run = track(runScript('main.js', {}, tempDir()));
    expect(await run.exited).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^DISCORD_TOKEN is missing: in the Discord Developer Portal .*Reset Token.*\.env/,
    );
    expect(run.stdout).toBe('');
  });

  it('reads the token from .env in its folder, runs on the embedded database, and stops cleanly on SIGTERM', async () => {
    const discord = await sim();
    const cwd = tempDir();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      join(cwd, '.env'),
      `DISCORD_TOKEN=${discord.token}\nDISCORD_API_URL=${discord.apiUrl}\n`,
    );
    const run = track(runScript('main.js', { CERTPACE_DATA_DIR: join(cwd, 'data') }, cwd));
    await run.waitForOutput(/"msg":"bot ready"/, 60_000);

    const runRegister = track(
      runScript('register.js', { DISCORD_GUILD_ID: discord.guild.id }, cwd),
    );
    expect(await runRegister.exited).toBe(0);
    const user = discord.createUser({ username: 'ana' });
    discord.addMember(discord.guild.id, user);
    const reply = await (await user.runCommand('help')).waitForReply();
    expect(reply.embeds[0]?.title).toBe('certpace commands');

    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(run.stdout).toContain('"msg":"stopped"');
    expect(run.stdout + run.stderr).not.toContain(discord.token);
  }, 90_000);
  it('stops with one line when Discord refuses the token', async () => {
    const discord = await sim();
    const cwd = tempDir();
    const wrong = `${discord.token.split('.')[0]}.AAAAAA.${'x'.repeat(38)}`;
    const run = track(
      runScript(
        'main.js',
        {
          DISCORD_TOKEN: wrong,
          DISCORD_API_URL: discord.apiUrl,
          CERTPACE_DATA_DIR: join(cwd, 'data'),
        },
        cwd,
      ),
    );
    expect(await run.exited).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^certpace bot could not start: DISCORD_TOKEN was refused by Discord.*Reset Token/,
      ),
    ]);
    expect(run.stdout + run.stderr).not.toContain(wrong);
  }, 60_000);
});

describe('node dist/register.js', () => {
  it('registers the commands in the server and prints one line', async () => {
    const discord = await sim();
    const run = track(
      runScript(
        'register.js',
        {
          DISCORD_TOKEN: discord.token,
          DISCORD_API_URL: discord.apiUrl,
          DISCORD_GUILD_ID: discord.guild.id,
        },
        tempDir(),
      ),
    );
    expect(await run.exited).toBe(0);
    expect(run.stdout).toBe(
      `Registered ${names.length} commands to server ${discord.guild.id}: ${names.map((n) => `/${n}`).join(', ')}\n`,
    );
    expect(discord.commands({ guildId: discord.guild.id }).map((c) => c.name)).toEqual(names);
  });

  it('registers globally without DISCORD_GUILD_ID', async () => {
    const discord = await sim();
    const run = track(
      runScript(
        'register.js',
        { DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl },
        tempDir(),
      ),
    );
    expect(await run.exited).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Registered ${names.length} commands globally`));
    expect(discord.commands().map((c) => c.name)).toEqual(names);
  });

  it('says in one line that a refused token must be reset', async () => {
    const discord = await sim();
    const wrong = `${discord.token.split('.')[0]}.AAAAAA.${'x'.repeat(38)}`;
    const run = track(
      runScript(
        'register.js',
        { DISCORD_TOKEN: wrong, DISCORD_API_URL: discord.apiUrl },
        tempDir(),
      ),
    );
    expect(await run.exited).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^Registration failed: DISCORD_TOKEN was refused by Discord \(401\): reset it/,
      ),
    ]);
    expect(run.stderr).not.toContain(wrong);
  });
});

describe('node dist/sharded.js', () => {
  it('refuses to start on the embedded database and says why in one line', async () => {
    const discord = await sim();
    const run = track(
      runScript(
        'sharded.js',
        { DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl, SHARD_COUNT: '2' },
        tempDir(),
      ),
    );
    expect(await run.exited).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^Sharded mode needs DATABASE_URL: the embedded database \(PGlite\) serves one process at a time/,
    );
  });

  const server = testDatabaseUrl();
  it.runIf(server)(
    'runs two shard processes on Postgres, each answering in the servers of its shard',
    async () => {
      const discord = await sim();
      const scratch = await createScratchDatabase(server!);
      cleanups.push(() => scratch.drop());
      // The sim's first server is on one shard; add servers until the other shard has one too.
      const { shardOfGuild } = await import('@certpace/discord-sim');
      const guilds = [{ id: discord.guild.id, channelId: discord.channel.id }];
      while (new Set(guilds.map((g) => shardOfGuild(g.id, 2))).size < 2)
        guilds.push(discord.createGuild());
      const user = discord.createUser({ username: 'ana' });
      for (const guild of guilds) discord.addMember(guild.id, user);

      const env = {
        DISCORD_TOKEN: discord.token,
        DISCORD_API_URL: discord.apiUrl,
        DATABASE_URL: scratch.url,
        SHARD_COUNT: '2',
      };
      const register = track(runScript('register.js', env, tempDir()));
      expect(await register.exited).toBe(0);
      const run = track(runScript('sharded.js', env, tempDir()));
      await run.waitForOutput(/"msg":"bot ready"[\s\S]*"msg":"bot ready"/, 120_000);
      for (const guild of guilds.slice(0, 2)) {
        const handle = await user.runCommand('help', { channelId: guild.channelId });
        expect((await handle.waitForReply({ timeout: 15_000 })).embeds[0]?.title).toBe(
          'certpace commands',
        );
      }
      run.child.kill('SIGTERM');
      expect(await run.exited).toBe(0);
    },
    180_000,
  );
});
