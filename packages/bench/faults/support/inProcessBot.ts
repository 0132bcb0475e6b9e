import { createLogger, parseEnv, type RunningBot, registerCommands, startBot } from '@certpace/bot';
import { createDatabase, type Database } from '@certpace/db';
import {
  type DiscordSim,
  type DiscordSimOptions,
  type SimUser,
  startDiscordSim,
} from '@certpace/discord-sim';
import type { Cleanup } from '../../src/harness/cleanup.js';
import { createScratchDatabase } from '../../src/harness/postgres.js';
import { faultServerUrl } from './database.js';

export interface InProcessBot {
  readonly sim: DiscordSim;
  readonly bot: RunningBot;
  readonly database: Database;
  readonly databaseUrl: string;
  /** Every log line, parsed. */
  readonly logs: Record<string, unknown>[];
  readonly ana: SimUser;
  readonly bob: SimUser;
}

export interface InProcessBotOptions {
  readonly sim?: DiscordSimOptions;
  readonly clock?: () => Date;
  readonly deliverReminders?: boolean;
  readonly reminderSchedule?: string;
}

/**
 * The real bot (shipped commands, dispatcher, reminder job) in this process,
 * logged in to a fresh sim, on a Postgres database of its own; commands
 * registered to the sim's server. Everything is undone by `cleanup`.
 */
export async function startInProcessBot(
  cleanup: Cleanup,
  options: InProcessBotOptions = {},
): Promise<InProcessBot> {
  const sim = cleanup.add(await startDiscordSim({ rateLimits: false, ...options.sim }), (s) =>
    s.close(),
  );
  const scratch = cleanup.add(await createScratchDatabase(faultServerUrl(), 'inbot'), (s) =>
    s.drop(),
  );
  const database = cleanup.add(
    await createDatabase({ url: scratch.url, env: {}, maxConnections: 6 }),
    (d) => d.close(),
  );
  const env = parseEnv({
    DISCORD_TOKEN: sim.token,
    DISCORD_API_URL: sim.apiUrl,
    DISCORD_GUILD_ID: sim.guild.id,
    LOG_LEVEL: 'debug',
  });
  const logs: Record<string, unknown>[] = [];
  const log = createLogger({
    level: env.LOG_LEVEL,
    token: env.DISCORD_TOKEN,
    destination: { write: (line: string) => void logs.push(JSON.parse(line)) },
  });
  await registerCommands({ env });
  const bot = cleanup.add(
    await startBot({
      env,
      database,
      log,
      ...(options.clock ? { clock: options.clock } : {}),
      ...(options.deliverReminders ? { deliverReminders: true } : {}),
      ...(options.reminderSchedule ? { reminderSchedule: options.reminderSchedule } : {}),
    }),
    (b) => b.stop(),
  );
  const [ana, bob] = ['ana', 'bob'].map((username) => {
    const user = sim.createUser({ username });
    sim.addMember(sim.guild.id, user);
    return user;
  }) as [SimUser, SimUser];
  return { sim, bot, database, databaseUrl: scratch.url, logs, ana, bob };
}
