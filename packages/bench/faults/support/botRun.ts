import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DiscordSim, type DiscordSimOptions, startDiscordSim } from '@certpace/discord-sim';
import { type BotProcess, registerBotCommands, startBotProcess } from '../../src/bot/botProcess.js';
import type { Cleanup } from '../../src/harness/cleanup.js';
import { createScratchDatabase } from '../../src/harness/postgres.js';
import { faultServerUrl } from './database.js';

export interface BotRun {
  readonly sim: DiscordSim;
  /** The bot's own (empty, then migrated by the bot) database on the local server. */
  readonly databaseUrl: string;
  readonly env: Record<string, string>;
  readonly cwd: string;
  /** Starts `node dist/main.js` and waits for "bot ready". */
  start(): Promise<BotProcess>;
}

/**
 * A sim, an empty Postgres database and a folder without .env for the built
 * bot, with its commands registered to the sim's server; all undone by `cleanup`.
 */
export async function prepareBotRun(
  cleanup: Cleanup,
  options: { sim?: DiscordSimOptions; logLevel?: string } = {},
): Promise<BotRun> {
  const sim = cleanup.add(await startDiscordSim({ rateLimits: false, ...options.sim }), (s) =>
    s.close(),
  );
  const scratch = cleanup.add(await createScratchDatabase(faultServerUrl(), 'botrun'), (s) =>
    s.drop(),
  );
  const cwd = cleanup.add(mkdtempSync(join(tmpdir(), 'certpace-faults-')), (dir) =>
    rmSync(dir, { recursive: true, force: true }),
  );
  const env = {
    DISCORD_TOKEN: sim.token,
    DISCORD_API_URL: sim.apiUrl,
    DISCORD_GUILD_ID: sim.guild.id,
    DATABASE_URL: scratch.url,
    LOG_LEVEL: options.logLevel ?? 'info',
  };
  await registerBotCommands(env, cwd);
  return {
    sim,
    databaseUrl: scratch.url,
    env,
    cwd,
    async start() {
      const bot = startBotProcess('main.js', env, cwd);
      cleanup.defer(() => bot.stop('SIGKILL'));
      await bot.waitForLog('bot ready');
      return bot;
    },
  };
}
