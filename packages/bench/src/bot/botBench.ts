import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createDatabase, listQuizAnswers, quizzes } from '@certpace/db';
import { type DiscordSim, startDiscordSim } from '@certpace/discord-sim';
import type { BenchContext, Benchmark } from '../harness/benchmark.js';
import { createScratchDatabase } from '../harness/postgres.js';
import { percentile } from '../harness/stats.js';
import { type BotProcess, registerBotCommands, startBotProcess } from './botProcess.js';
import { groupQuizBurst } from './groupBurst.js';
import { simMembers } from './simMembers.js';

const PARTICIPANTS = 300;
const WINDOW_MS = 1_000;
const DEADLINE_MS = 3_000;
const QUESTION_SECONDS = 15;

type Driver = 'postgres' | 'pglite';

interface DriverRun {
  readonly sim: DiscordSim;
  readonly env: Record<string, string>;
  readonly cwd: string;
  readonly open: () => ReturnType<typeof createDatabase>;
}

async function prepare(context: BenchContext, driver: Driver): Promise<DriverRun> {
  const sim = await startDiscordSim();
  context.cleanup.defer(() => sim.close());
  const cwd = mkdtempSync(join(tmpdir(), 'certpace-bench-bot-'));
  context.cleanup.defer(() => rmSync(cwd, { recursive: true, force: true }));
  const base = {
    DISCORD_TOKEN: sim.token,
    DISCORD_API_URL: sim.apiUrl,
    DISCORD_GUILD_ID: sim.guild.id,
    LOG_LEVEL: 'info',
  };
  if (driver === 'postgres') {
    const scratch = await createScratchDatabase(context.serverUrl, 'bot');
    context.cleanup.defer(() => scratch.drop());
    return {
      sim,
      cwd,
      env: { ...base, DATABASE_URL: scratch.url },
      open: () => createDatabase({ url: scratch.url, env: {}, migrate: false, maxConnections: 2 }),
    };
  }
  const dataDir = join(cwd, 'data');
  return {
    sim,
    cwd,
    env: { ...base, CERTPACE_DATA_DIR: dataDir },
    open: () => createDatabase({ dataDir, env: {}, migrate: false }),
  };
}

/** Starts the built bot and times it from spawn to its "bot ready" line, s. */
async function startTimed(
  context: BenchContext,
  run: DriverRun,
): Promise<{ bot: BotProcess; seconds: number }> {
  const started = performance.now();
  const bot = startBotProcess('main.js', run.env, run.cwd);
  context.cleanup.defer(() => bot.stop('SIGKILL'));
  await bot.waitForLog('bot ready', 120_000);
  return { bot, seconds: (performance.now() - started) / 1000 };
}

/** Peak resident set while `work` runs, sampled every 100 ms, MiB. */
async function peakRss<T>(bot: BotProcess, work: () => Promise<T>): Promise<[T, number]> {
  let peak = bot.rssMiB();
  const timer = setInterval(() => {
    peak = Math.max(peak, bot.rssMiB());
  }, 100);
  try {
    return [await work(), peak];
  } finally {
    clearInterval(timer);
  }
}

async function storedAnswers(run: DriverRun) {
  const database = await run.open();
  try {
    const [quiz] = await database.db.select().from(quizzes);
    if (!quiz) return { status: 'none', rows: 0, learners: 0 };
    const rows = await listQuizAnswers(database, { quizId: quiz.id });
    return {
      status: quiz.status,
      rows: rows.length,
      learners: new Set(rows.map((r) => r.learnerId)).size,
    };
  } finally {
    await database.close();
  }
}

async function measure(context: BenchContext, driver: Driver): Promise<void> {
  const run = await prepare(context, driver);
  await registerBotCommands(run.env, run.cwd);
  context.progress(`${driver}: first start on an empty database`);
  const fresh = await startTimed(context, run);
  await fresh.bot.stop('SIGTERM');
  context.progress(`${driver}: restart`);
  const { bot, seconds } = await startTimed(context, run);
  await sleep(1_000);
  const rssReady = bot.rssMiB();

  const starter = run.sim.createUser({ username: 'host' });
  run.sim.addMember(run.sim.guild.id, starter);
  const members = simMembers(run.sim, PARTICIPANTS, 'member');
  context.progress(`${driver}: ${PARTICIPANTS} members answer one question within ${WINDOW_MS} ms`);
  const [burst, peak] = await peakRss(bot, async () => {
    const result = await groupQuizBurst(run.sim, starter, members, {
      seconds: QUESTION_SECONDS,
      windowMs: WINDOW_MS,
    });
    // The question closes at its deadline; the quiz (one question) then finishes and stores.
    const closes = Date.now() + QUESTION_SECONDS * 1_000 + 30_000;
    while (Date.now() < closes) {
      const title = run.sim.message(result.question.id)?.embeds[0]?.title ?? '';
      if (title.endsWith('closed')) break;
      await sleep(250);
    }
    await sleep(2_000);
    return result;
  });
  const rssAfter = bot.rssMiB();
  const exit = await bot.stop('SIGTERM');
  const stored = await storedAnswers(run);

  const suffix = driver === 'postgres' ? '' : '_pglite';
  const shared = { driver, participants: PARTICIPANTS, windowMs: Math.round(burst.spreadMs) };
  const deadline = { name: "Discord's interaction deadline", value: DEADLINE_MS, unit: 'ms' };
  context.emit({
    name: `burst.ack_p50${suffix}`,
    value: percentile(burst.latenciesMs, 50) / DEADLINE_MS,
    unit: 'fraction of deadline',
    reference: deadline,
    context: { ...shared, ms: Math.round(percentile(burst.latenciesMs, 50)) },
  });
  context.emit({
    name: `burst.ack_p99${suffix}`,
    value: percentile(burst.latenciesMs, 99) / DEADLINE_MS,
    unit: 'fraction of deadline',
    reference: deadline,
    ...(driver === 'postgres' ? { target: { max: 0.1, why: 'p99 under a tenth of 3 s' } } : {}),
    context: {
      ...shared,
      ms: Math.round(percentile(burst.latenciesMs, 99)),
      maxMs: Math.round(Math.max(...burst.latenciesMs)),
      deferred: burst.deferred,
      unanswered: burst.unanswered,
    },
  });
  context.emit({
    name: `burst.answers_stored_once${suffix}`,
    value: stored.learners === stored.rows ? stored.rows : -(stored.rows - stored.learners),
    unit: 'answers',
    target: { equals: PARTICIPANTS, why: 'every answer stored, none twice' },
    context: { ...shared, quizStatus: stored.status, rows: stored.rows, learners: stored.learners },
  });
  const memory = { driver, botExit: String(exit) };
  context.emit({
    name: `footprint.rss_after_ready${suffix}`,
    value: rssReady,
    unit: 'MiB',
    ...(driver === 'postgres' ? { target: { max: 150 } } : {}),
    context: memory,
  });
  context.emit({
    name: `footprint.rss_after_burst${suffix}`,
    value: rssAfter,
    unit: 'MiB',
    ...(driver === 'postgres' ? { target: { max: 250 } } : {}),
    context: { ...memory, peakDuringBurst: Math.round(peak) },
  });
  context.emit({
    name: `footprint.time_to_ready${suffix}`,
    value: seconds,
    unit: 's',
    reference: {
      name: 'first start, empty database, migrations applied',
      value: fresh.seconds,
      unit: 's',
    },
    context: memory,
  });
}

export const botBenchmark: Benchmark = {
  name: 'bot',
  async run(context) {
    await measure(context, 'postgres');
    await measure(context, 'pglite');
  },
};
