import type { Database } from '@certpace/db';
import { createTestDatabase, resetDatabase } from '@certpace/db/testing';
import {
  type DiscordSim,
  type DiscordSimOptions,
  type SimUser,
  startDiscordSim,
} from '@certpace/discord-sim';
import { afterAll, afterEach } from 'vitest';
import { commands as shippedCommands } from '../src/commands/index.js';
import { type Env, parseEnv } from '../src/env.js';
import type { CommandList } from '../src/framework/commandList.js';
import { createLogger } from '../src/logging/createLogger.js';
import { type RegistrationResult, registerCommands } from '../src/registration/registerCommands.js';
import { type RunningBot, startBot } from '../src/startBot.js';

const cleanups: (() => Promise<void>)[] = [];

// Opening and migrating an in-memory PGlite takes seconds on a busy machine,
// so each test file opens one and every test starts from emptied tables.
let database: Promise<Database> | undefined;

/** Stops every bot and closes its sim, then empties the database: nothing carries over between tests. */
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
  if (database) await resetDatabase(await database);
});

afterAll(async () => {
  if (database) await (await database).close();
  database = undefined;
});

export interface TestBot {
  readonly sim: DiscordSim;
  readonly bot: RunningBot;
  readonly env: Env;
  readonly database: Database;
  readonly registration: RegistrationResult;
  /** Every log line the bot wrote, as JSON text. */
  readonly logLines: string[];
  /** Two members of the sim's server. */
  readonly ana: SimUser;
  readonly bob: SimUser;
}

export interface TestBotOptions {
  readonly commands?: CommandList;
  /** What to register, when it should differ from what the bot runs (a stale registration). */
  readonly registered?: CommandList;
  readonly clock?: () => Date;
  readonly autoDeferMs?: number;
  readonly sim?: DiscordSimOptions;
  /** Register globally (usable in DMs too) instead of in the sim's server. */
  readonly global?: boolean;
}

/**
 * The real bot, in-process, against a fresh sim on an in-memory database:
 * commands registered to the sim's server as `npm run register` would.
 */
export async function startTestBot(options: TestBotOptions = {}): Promise<TestBot> {
  const sim = await startDiscordSim({ rateLimits: false, ...options.sim });
  cleanups.push(() => sim.close());
  database ??= createTestDatabase('pglite');
  const db = await database;
  const env = parseEnv({
    DISCORD_TOKEN: sim.token,
    DISCORD_API_URL: sim.apiUrl,
    ...(options.global ? {} : { DISCORD_GUILD_ID: sim.guild.id }),
    LOG_LEVEL: 'debug',
  });
  const logLines: string[] = [];
  const log = createLogger({
    level: env.LOG_LEVEL,
    token: env.DISCORD_TOKEN,
    destination: { write: (line: string) => logLines.push(line) },
  });
  const commands = options.commands ?? shippedCommands;
  const registration = await registerCommands({ env, commands: options.registered ?? commands });
  const bot = await startBot({
    env,
    database: db,
    log,
    commands,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.autoDeferMs === undefined ? {} : { autoDeferMs: options.autoDeferMs }),
  });
  cleanups.push(() => bot.stop());
  const ana = sim.createUser({ username: 'ana' });
  const bob = sim.createUser({ username: 'bob' });
  sim.addMember(sim.guild.id, ana);
  sim.addMember(sim.guild.id, bob);
  return { sim, bot, env, database: db, registration, logLines, ana, bob };
}

export const EPHEMERAL = 1 << 6;

/** Log lines parsed, for checking fields. */
export function parsedLogs(lines: readonly string[]): Record<string, unknown>[] {
  return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
}
