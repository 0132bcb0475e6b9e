// End-to-end harness for the quiz commands: the real bot on a sim, on each
// test driver (PGlite always, Postgres when TEST_DATABASE_URL is set), with a
// clock the test moves and quiz timers that run only when the test says so.
import { loadQuestionBank } from '@certpace/content';
import { blueprintRef, blueprints, type Question } from '@certpace/core';
import type { Database } from '@certpace/db';
import { type DriverContext, describeEachDriver } from '@certpace/db/testing';
import {
  type DiscordSim,
  type DiscordSimOptions,
  type SimUser,
  startDiscordSim,
} from '@certpace/discord-sim';
import { type APIMessage, Events } from 'discord.js';
import { afterEach, expect } from 'vitest';
// The bot's public API (the quiz timers included), as another host would use it.
import {
  commands,
  createLogger,
  decodeCustomId,
  type Env,
  ManualTimers,
  parseEnv,
  type RunningBot,
  registerCommands,
  startBot,
} from '../src/index.js';
import { quizIdFromKey } from '../src/quizzes/quizKey.js';

export const EPHEMERAL = 1 << 6;

/** A clock the test sets and moves: deadlines and time limits follow it. */
export interface TestClock {
  (): Date;
  advance(ms: number): void;
}

export function testClock(iso: string): TestClock {
  let now = new Date(iso).getTime();
  const clock = (() => new Date(now)) as TestClock;
  clock.advance = (ms) => {
    now += ms;
  };
  return clock;
}

export interface QuizBot {
  readonly sim: DiscordSim;
  readonly env: Env;
  readonly db: Database;
  readonly clock: TestClock;
  /** The running bot's quiz timers: `await timers.runDue()` closes what is due by the clock. */
  timers: ManualTimers;
  bot: RunningBot;
  readonly logLines: string[];
  /** Members of the sim's server. */
  readonly ana: SimUser;
  readonly bob: SimUser;
  readonly cat: SimUser;
  /** Stops the bot and starts a new one on the same sim and database, as a restart does. */
  restart(): Promise<void>;
  /** Another bot process on the same sim and database, beside the first. */
  startSecond(): Promise<{ bot: RunningBot; timers: ManualTimers }>;
}

export interface QuizSuite {
  readonly driver: DriverContext['driver'];
  readonly db: Database;
  start(options?: { now?: string; sim?: DiscordSimOptions }): Promise<QuizBot>;
}

const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

/**
 * Declares the suite once per driver, with one database per driver for the
 * whole file (emptied before each test) and a fresh sim and bot per test.
 */
export function describeQuizSuite(name: string, body: (suite: QuizSuite) => void): void {
  describeEachDriver(name, (context) => {
    body({
      get driver() {
        return context.driver;
      },
      get db() {
        return context.db;
      },
      start: (options = {}) => startQuizBot(context.db, options),
    });
  });
}

async function startQuizBot(
  db: Database,
  options: { now?: string; sim?: DiscordSimOptions },
): Promise<QuizBot> {
  const sim = await startDiscordSim({ rateLimits: false, ...options.sim });
  cleanups.push(() => sim.close());
  const env = parseEnv({
    DISCORD_TOKEN: sim.token,
    DISCORD_API_URL: sim.apiUrl,
    DISCORD_GUILD_ID: sim.guild.id,
    LOG_LEVEL: 'debug',
  });
  await registerCommands({ env, commands });
  const clock = testClock(options.now ?? '2026-08-03T09:00:00Z');
  const logLines: string[] = [];
  const log = createLogger({
    level: env.LOG_LEVEL,
    token: env.DISCORD_TOKEN,
    destination: { write: (line: string) => logLines.push(line) },
  });
  const launch = async () => {
    const timers = new ManualTimers(clock);
    const bot = await startBot({ env, database: db, log, clock, quizTimers: timers });
    cleanups.push(() => bot.stop());
    return { bot, timers };
  };
  const first = await launch();
  const [ana, bob, cat] = ['ana', 'bob', 'cat'].map((username) => {
    const user = sim.createUser({ username });
    sim.addMember(sim.guild.id, user);
    return user;
  }) as [SimUser, SimUser, SimUser];
  const handle: QuizBot = {
    sim,
    env,
    db,
    clock,
    logLines,
    ana,
    bob,
    cat,
    ...first,
    async restart() {
      await handle.bot.stop();
      Object.assign(handle, await launch());
    },
    startSecond: launch,
  };
  return handle;
}

/**
 * Makes a running bot process ignore interactions (Discord sends them to
 * another process) while its timers and REST calls go on; the returned
 * function makes it listen again.
 */
export function deafen(bot: RunningBot): () => void {
  const handlers = bot.client.listeners(Events.InteractionCreate);
  bot.client.removeAllListeners(Events.InteractionCreate);
  return () => {
    for (const handler of handlers) {
      bot.client.on(Events.InteractionCreate, handler as (...args: unknown[]) => void);
    }
  };
}

/** A new message in a channel from the bot, matching the predicate. */
export function botMessage(
  sim: DiscordSim,
  channelId: string,
  predicate: (message: APIMessage) => boolean,
): Promise<APIMessage> {
  return sim.waitForMessage(channelId, (m) => m.author.id === sim.botUser.id && predicate(m));
}

/** The custom ids of a message's components, in order. */
export function customIds(message: APIMessage): string[] {
  const ids: string[] = [];
  for (const row of message.components ?? []) {
    for (const component of 'components' in row ? row.components : []) {
      if ('custom_id' in component) ids.push(component.custom_id);
    }
  }
  return ids;
}

/** The labels of a message's buttons, in order. */
export function buttonLabels(message: APIMessage): string[] {
  const rows = (message.components ?? []) as { components?: { type: number; label?: string }[] }[];
  return rows
    .flatMap((row) => row.components ?? [])
    .filter((c) => c.type === 2)
    .map((c) => c.label ?? '');
}

/** The one custom id of a message that starts with `prefix` (e.g. `quiz:answer:`) and ends with `suffix`. */
export function customIdOf(message: APIMessage, prefix: string, suffix = ''): string {
  const found = customIds(message).filter((id) => id.startsWith(prefix) && id.endsWith(suffix));
  expect(
    found,
    `custom ids of message ${message.id}: ${customIds(message).join(', ')}`,
  ).toHaveLength(1);
  return found[0]!;
}

/** The private text a click or command got back (its reply or first followup). */
export async function privateAnswer(
  handle: Awaited<ReturnType<SimUser['clickButton']>>,
): Promise<string> {
  const reply = await handle.waitForReply();
  expect(reply.flags! & EPHEMERAL).toBe(EPHEMERAL);
  return reply.content;
}

/** Every message the bot left in a channel keeps Discord's limits (the sim refused the rest). */
export function expectNoRefusedRequests(sim: DiscordSim): void {
  const refused = sim.requests.filter((r) => r.status >= 400 && !r.injected);
  expect(refused.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([]);
}

let questions: ReadonlyMap<string, Question> | undefined;

/** A shipped question by id (ids are unique across the shipped banks). */
export function bankQuestion(questionId: string): Question {
  questions ??= new Map(
    blueprints.flatMap((b) => loadQuestionBank(blueprintRef(b)).questions.map((q) => [q.id, q])),
  );
  const question = questions.get(questionId);
  if (!question) throw new Error(`no shipped question ${questionId}`);
  return question;
}

/** The quiz a message's buttons belong to (the key in their custom ids). */
export function quizIdOf(message: APIMessage): string {
  for (const id of customIds(message)) {
    const quizId = quizIdFromKey(decodeCustomId(id)?.args[0]);
    if (quizId) return quizId;
  }
  throw new Error(`message ${message.id} belongs to no quiz`);
}

/** The question a message's answer buttons (or menu) answer. */
export function questionIdOf(message: APIMessage): string {
  const id = customIds(message)
    .map((c) => decodeCustomId(c))
    .find((c) => c?.action === 'answer' || c?.action === 'pick');
  const questionId = id?.args[1];
  if (!questionId) throw new Error(`message ${message.id} answers no question`);
  return questionId;
}

/** Choices that answer a question right, or (with `'wrong'`) one choice that does not. */
export function choicesFor(questionId: string, how: 'right' | 'wrong'): string[] {
  const question = bankQuestion(questionId);
  if (how === 'right') return [...question.answer];
  const wrong = question.choices.find((c) => !question.answer.includes(c.id));
  return [wrong!.id];
}

/** Answers the question a message shows, with its buttons or its menu ("choose all that apply"). */
export function answerOn(
  user: SimUser,
  message: APIMessage,
  choices: readonly string[],
): ReturnType<SimUser['clickButton']> {
  const ids = customIds(message);
  const menu = ids.find((id) => decodeCustomId(id)?.action === 'pick');
  if (menu) return user.selectMenu(message, menu, [...choices]);
  const button = ids.find((id) => {
    const decoded = decodeCustomId(id);
    return decoded?.action === 'answer' && decoded.args.at(-1) === choices[0];
  });
  if (!button) throw new Error(`message ${message.id} has no button for ${choices[0]}`);
  return user.clickButton(message, button);
}
