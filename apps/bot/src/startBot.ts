import { once } from 'node:events';
import { createDatabase, type Database } from '@certpace/db';
import { Client, Events, GatewayIntentBits, Partials } from 'discord.js';
import { commands as shippedCommands } from './commands/index.js';
import type { Env } from './env.js';
import type { CommandList } from './framework/commandList.js';
import { createDispatcher, type Dispatcher } from './framework/dispatcher.js';
import type { BotDeps } from './framework/types.js';
import { createLogger, type Logger } from './logging/createLogger.js';
import { QuizRuntime } from './quizzes/runtime/QuizRuntime.js';
import type { QuizTimers } from './quizzes/timers.js';
import { createReminderDelivery } from './reminders/reminderDelivery.js';
import { type ReminderScheduler, startReminderScheduler } from './scheduler/reminderScheduler.js';
import type { ReminderTick } from './scheduler/tickRunner.js';
import { databaseOptions } from './startup/databaseOptions.js';

export interface StartBotOptions {
  readonly env: Env;
  /** The clock handlers and reminders read. Default: the system clock. */
  readonly clock?: () => Date;
  /** An open database to use; the caller keeps it and closes it. Default: opened from env and closed by `stop()`. */
  readonly database?: Database;
  /** Default: pino at LOG_LEVEL to stdout, the token redacted. */
  readonly log?: Logger;
  /** Default: the shipped command list. */
  readonly commands?: CommandList;
  /** The reminder pass run every minute; without one no reminder job runs. */
  readonly reminderTick?: ReminderTick;
  /** Run study's reminder delivery (claim, DM or channel, record) as the reminder pass. `npm start` does. */
  readonly deliverReminders?: boolean;
  /** The reminder schedule (cron syntax). Default every minute. */
  readonly reminderSchedule?: string;
  /** When a handler still busy is deferred. Default 2,000 ms. */
  readonly autoDeferMs?: number;
  /** How long `stop()` waits for interactions in flight. Default 10 s. */
  readonly shutdownTimeoutMs?: number;
  /** Group-quiz deadlines and mock time limits. Default: timers on `clock`. */
  readonly quizTimers?: QuizTimers;
}

export interface RunningBot {
  readonly client: Client<true>;
  readonly deps: BotDeps;
  readonly dispatcher: Dispatcher;
  /** Stops taking work, finishes what is in flight (up to the timeout), logs out, closes what it opened. */
  stop(): Promise<void>;
}

/**
 * Starts the bot: opens the database (unless one is given), logs the
 * discord.js client in through DISCORD_API_URL, wires the dispatcher and the
 * reminder job, and resolves once the client is ready.
 */
export async function startBot(options: StartBotOptions): Promise<RunningBot> {
  const { env } = options;
  const log = options.log ?? createLogger({ level: env.LOG_LEVEL, token: env.DISCORD_TOKEN });
  const now = options.clock ?? (() => new Date());
  const ownsDatabase = options.database === undefined;
  const db = options.database ?? (await createDatabase(databaseOptions(env)));
  log.info({ driver: db.driver, location: db.location }, 'database open');
  // The question banks are parsed at their first use (/exam, a quiz, a recovered quiz), not here:
  // parsing them costs about 8 MiB resident and 0.2 s, which a start that serves no quiz never needs.

  const deps: BotDeps = { db, now, log };
  const dispatcher = createDispatcher({
    commands: options.commands ?? shippedCommands,
    deps,
    ...(options.autoDeferMs === undefined ? {} : { autoDeferMs: options.autoDeferMs }),
  });
  const client = new Client({
    // No privileged intents: the bot reads no member lists or message content.
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.DirectMessages],
    // DM channels arrive uncached; the partial lets their interactions and messages through.
    partials: [Partials.Channel],
    rest: { api: env.DISCORD_API_URL },
    allowedMentions: { parse: [] },
    ...(env.SHARD_COUNT === undefined ? {} : { shardCount: env.SHARD_COUNT }),
  });
  wireClientLogs(client, log);
  const quizzes = new QuizRuntime({
    client,
    deps,
    ...(options.quizTimers ? { timers: options.quizTimers } : {}),
  });
  client.on(Events.InteractionCreate, (interaction) => {
    void dispatcher.handle(interaction);
  });

  let scheduler: ReminderScheduler | undefined;
  const close = async () => {
    await client.destroy();
    if (ownsDatabase) await db.close();
  };
  try {
    const ready = once(client, Events.ClientReady);
    await client.login(env.DISCORD_TOKEN);
    await ready;
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
  const ready = client as Client<true>;
  log.info(
    { user: ready.user.tag, guilds: ready.guilds.cache.size, shards: ready.ws.shards.size },
    'bot ready',
  );
  await quizzes
    .recover()
    .catch((error: unknown) => log.error({ err: error }, 'quiz recovery failed'));

  const delivery = options.deliverReminders
    ? createReminderDelivery({ client: ready, deps, log })
    : undefined;
  const reminderTick: ReminderTick | undefined =
    options.reminderTick ?? (delivery ? async (at) => void (await delivery.tick(at)) : undefined);
  if (reminderTick) {
    scheduler = startReminderScheduler({
      tick: reminderTick,
      now,
      log,
      ...(options.reminderSchedule === undefined ? {} : { expression: options.reminderSchedule }),
    });
  } else {
    log.info('no reminder tick given: the reminder job is not running');
  }

  let stopping: Promise<void> | undefined;
  return {
    client: ready,
    deps,
    dispatcher,
    stop() {
      stopping ??= (async () => {
        log.info({ inFlight: dispatcher.inFlight }, 'stopping');
        dispatcher.close();
        await scheduler?.stop();
        const drained = await dispatcher.drain(options.shutdownTimeoutMs ?? 10_000);
        if (!drained)
          log.warn({ inFlight: dispatcher.inFlight }, 'gave up waiting for interactions in flight');
        await quizzes.stop();
        await close();
        log.info('stopped');
      })();
      return stopping;
    },
  };
}

function wireClientLogs(client: Client, log: Logger): void {
  client.on(Events.Error, (error) => log.error({ err: error }, 'discord client error'));
  client.on(Events.Warn, (message) => log.warn({ detail: message }, 'discord client warning'));
  client.on(Events.ShardDisconnect, (event, shardId) =>
    log.warn({ shardId, code: event.code }, 'shard disconnected'),
  );
  client.on(Events.ShardReconnecting, (shardId) => log.info({ shardId }, 'shard reconnecting'));
  client.on(Events.ShardResume, (shardId, replayed) =>
    log.info({ shardId, replayed }, 'shard resumed'),
  );
  client.on(Events.ShardError, (error, shardId) =>
    log.error({ err: error, shardId }, 'shard error'),
  );
  client.on(Events.Debug, (message) => log.trace({ detail: message }, 'discord debug'));
}
