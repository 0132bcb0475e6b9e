// End-to-end harness for the study-backed commands: the real bot on a sim,
// on each test driver (PGlite always, Postgres when TEST_DATABASE_URL is set),
// with a clock the test moves.
import { createDatabase, type Database } from '@certpace/db';
import { type DriverContext, describeEachDriver } from '@certpace/db/testing';
import {
  type DiscordSim,
  type DiscordSimOptions,
  type SimUser,
  startDiscordSim,
} from '@certpace/discord-sim';
import type { APIMessage } from 'discord.js';
import { afterEach, expect } from 'vitest';
import { commands } from '../src/commands/index.js';
import { type Env, parseEnv } from '../src/env.js';
import { createLogger, type Logger } from '../src/logging/createLogger.js';
import { registerCommands } from '../src/registration/registerCommands.js';
import {
  createReminderDelivery,
  type ReminderDelivery,
} from '../src/reminders/reminderDelivery.js';
import { type RunningBot, type StartBotOptions, startBot } from '../src/startBot.js';

export const EPHEMERAL = 1 << 6;

/** A clock tests set and move; the bot reads it for "today" and reminders. */
export interface TestClock {
  (): Date;
  set(iso: string): void;
  advance(ms: number): void;
}

export function testClock(iso: string): TestClock {
  let now = new Date(iso).getTime();
  const clock = (() => new Date(now)) as TestClock;
  clock.set = (to) => {
    now = new Date(to).getTime();
  };
  clock.advance = (ms) => {
    now += ms;
  };
  return clock;
}

/** One bot process: its client, its reminder pass and its log. */
export interface BotProcess {
  readonly bot: RunningBot;
  readonly delivery: ReminderDelivery;
  readonly logLines: string[];
  readonly log: Logger;
  /** Stops it (idempotent); a test may stop it early to play a restart. */
  stop(): Promise<void>;
}

export interface StudyBot extends BotProcess {
  readonly sim: DiscordSim;
  readonly env: Env;
  readonly clock: TestClock;
  /** The database the bot uses. */
  readonly db: Database;
  /** Members of the sim's server. */
  readonly ana: SimUser;
  readonly bob: SimUser;
}

export interface StartOptions {
  /** Default Monday 2026-05-04, 08:00 UTC. */
  readonly now?: string;
  readonly clock?: TestClock;
  readonly sim?: DiscordSimOptions;
  /** A database other than the suite's (e.g. one the test will break). */
  readonly database?: Database;
  /** Run the reminder job on a schedule, as `npm start` does. */
  readonly reminders?: Pick<StartBotOptions, 'deliverReminders' | 'reminderSchedule'>;
}

export interface BotSuite {
  readonly driver: DriverContext['driver'];
  /** The suite's database for this driver, emptied before each test. */
  readonly db: Database;
  /** A sim with the bot's commands registered in its server, and the bot running on it. */
  start(options?: StartOptions): Promise<StudyBot>;
  /**
   * Another bot process on the same sim: on Postgres with a connection pool
   * of its own, as a second process would have; on PGlite (one process only)
   * on the same handle.
   */
  startProcess(first: StudyBot, options?: { database?: Database }): Promise<BotProcess>;
  /** A database handle of its own on the suite's database (Postgres) or a fresh in-memory one (PGlite). */
  openSeparateDatabase(): Promise<Database>;
}

/** Declares the tests once per driver, with a bot harness that stops everything after each test. */
export function describeBot(name: string, body: (suite: BotSuite) => void): void {
  describeEachDriver(name, (ctx) => {
    const cleanups: (() => Promise<void>)[] = [];
    afterEach(async () => {
      while (cleanups.length > 0) await cleanups.pop()!();
    });

    async function runBot(
      env: Env,
      clock: TestClock,
      database: Database,
      reminders: StartOptions['reminders'] = {},
    ): Promise<BotProcess> {
      const logLines: string[] = [];
      const log = createLogger({
        level: 'debug',
        token: env.DISCORD_TOKEN,
        destination: { write: (line: string) => logLines.push(line) },
      });
      const bot = await startBot({ env, database, log, clock, commands, ...reminders });
      let stopped: Promise<void> | undefined;
      const stop = () => {
        stopped ??= bot.stop();
        return stopped;
      };
      cleanups.push(stop);
      const delivery = createReminderDelivery({ client: bot.client, deps: bot.deps, log });
      return { bot, delivery, logLines, log, stop };
    }

    async function openSeparateDatabase(): Promise<Database> {
      const database =
        ctx.driver === 'postgres'
          ? await createDatabase({ url: ctx.db.url ?? '', env: {}, maxConnections: 3 })
          : await createDatabase({ memory: true, env: {} });
      cleanups.push(() => database.close().catch(() => undefined));
      return database;
    }

    body({
      get driver() {
        return ctx.driver;
      },
      get db() {
        return ctx.db;
      },
      async start(options = {}) {
        const clock = options.clock ?? testClock(options.now ?? '2026-05-04T08:00:00Z');
        const sim = await startDiscordSim({ rateLimits: false, ...options.sim });
        cleanups.push(() => sim.close());
        const env = parseEnv({
          DISCORD_TOKEN: sim.token,
          DISCORD_API_URL: sim.apiUrl,
          DISCORD_GUILD_ID: sim.guild.id,
          LOG_LEVEL: 'debug',
        });
        await registerCommands({ env, commands });
        const db = options.database ?? ctx.db;
        const process = await runBot(env, clock, db, options.reminders);
        const ana = sim.createUser({ username: 'ana' });
        const bob = sim.createUser({ username: 'bob' });
        sim.addMember(sim.guild.id, ana);
        sim.addMember(sim.guild.id, bob);
        return { ...process, sim, env, clock, db, ana, bob };
      },
      async startProcess(first, options = {}) {
        const database =
          options.database ?? (ctx.driver === 'postgres' ? await openSeparateDatabase() : first.db);
        return runBot(first.env, first.clock, database);
      },
      openSeparateDatabase,
    });
  });
}

/** Runs a command and returns the bot's answer, checking it is private. */
export async function privateReply(
  user: SimUser,
  command: string,
  options: Record<string, string | number | boolean | { id: string }> = {},
): Promise<APIMessage> {
  const reply = await (await user.runCommand(command, { options })).waitForReply();
  expect((reply.flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
  return reply;
}

/** The custom ids of a message's buttons, row by row. */
export function buttonIds(message: APIMessage): string[][] {
  return (message.components ?? []).map((row) =>
    'components' in row ? row.components.map((c) => ('custom_id' in c ? c.custom_id : '')) : [],
  );
}

/** The labels of a message's buttons, row by row. */
export function buttonLabels(message: APIMessage): string[][] {
  return (message.components ?? []).map((row) =>
    'components' in row ? row.components.map((c) => ('label' in c ? (c.label ?? '') : '')) : [],
  );
}

/** The first button whose label is `label` in row `row` (or anywhere). */
export function buttonId(message: APIMessage, label: string, row?: number): string {
  const rows = buttonIds(message);
  const labels = buttonLabels(message);
  for (const [r, ids] of rows.entries()) {
    if (row !== undefined && r !== row) continue;
    const index = labels[r]!.indexOf(label);
    if (index >= 0) return ids[index]!;
  }
  throw new Error(`no button "${label}" in ${JSON.stringify(labels)}`);
}

/** Ana's standard plan: AI-103, exam 2026-07-15, 60 minutes on weekdays, Berlin time. */
export async function createStandardPlan(
  user: SimUser,
  overrides: Record<string, string | number> = {},
): Promise<APIMessage> {
  return privateReply(user, 'plan create', {
    'exam-date': '2026-07-15',
    minutes: 60,
    days: 'mon-fri',
    timezone: 'Europe/Berlin',
    exam: 'AI-103',
    ...overrides,
  });
}
