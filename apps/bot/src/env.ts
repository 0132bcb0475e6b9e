import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';

/**
 * The bot's configuration, read once at start. This file is the only place in
 * the bot that touches `process.env`: everything else receives an `Env`.
 */
export interface Env {
  readonly DISCORD_TOKEN: string;
  /** Given, or derived from the token's first segment (a bot's user id is its application id). */
  readonly DISCORD_APPLICATION_ID: string | undefined;
  readonly DISCORD_GUILD_ID: string | undefined;
  readonly DATABASE_URL: string | undefined;
  readonly CERTPACE_DATA_DIR: string | undefined;
  /** The REST API base without a trailing slash, as discord.js's `rest.api` takes it. */
  readonly DISCORD_API_URL: string;
  readonly SHARD_COUNT: number | undefined;
  readonly LOG_LEVEL: LogLevel;
  /** The user's data home, which the embedded database's default folder follows. */
  readonly XDG_DATA_HOME: string | undefined;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const DEFAULT_DISCORD_API_URL = 'https://discord.com/api';

const TOKEN_HELP =
  'in the Discord Developer Portal open your application -> Bot -> Reset Token, and put it in .env as DISCORD_TOKEN=...';
const SNOWFLAKE = /^\d{17,20}$/;

/** A configuration the bot cannot start with; `lines` holds one line per bad variable. */
export class EnvError extends Error {
  override readonly name = 'EnvError';
  constructor(readonly lines: readonly string[]) {
    super(lines.join('\n'));
  }
}

// An empty value (`DISCORD_GUILD_ID=` in .env) means "not set".
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    schema.optional(),
  );

const snowflake = (fix: string) =>
  z.string().trim().regex(SNOWFLAKE, `is not a Discord id (17 to 20 digits): ${fix}`);

const schema = z.object({
  DISCORD_TOKEN: z
    .string(`is missing: ${TOKEN_HELP}`)
    .trim()
    .min(1, `is empty: ${TOKEN_HELP}`)
    .refine((t) => !/^bot\s/i.test(t), `starts with "Bot ": put only the token itself in .env`)
    .refine(
      (t) => /^[\w-]+\.[\w-]+\.[\w-]+$/.test(t),
      `does not look like a bot token (three parts separated by dots): ${TOKEN_HELP}`,
    ),
  DISCORD_APPLICATION_ID: optional(
    snowflake(
      'copy the Application ID from the Developer Portal -> your application -> General Information',
    ),
  ),
  DISCORD_GUILD_ID: optional(
    snowflake(
      'in Discord turn on Developer Mode, right-click the server and choose Copy Server ID, or leave it unset to register globally',
    ),
  ),
  DATABASE_URL: optional(
    z
      .string()
      .trim()
      .refine(
        (u) => /^postgres(ql)?:\/\/[^\s]+$/.test(u) && URL.canParse(u),
        'is not a postgres:// URL: write it as postgres://user:password@host:5432/database, or leave it unset to use the embedded database',
      ),
  ),
  CERTPACE_DATA_DIR: optional(z.string().trim()),
  DISCORD_API_URL: optional(
    z
      .string()
      .trim()
      .refine(
        (u) => /^https?:\/\//.test(u) && URL.canParse(u),
        `is not an http(s) URL: leave it unset for Discord itself (${DEFAULT_DISCORD_API_URL}) or give the API base of a Discord-compatible server`,
      ),
  ),
  SHARD_COUNT: optional(
    z
      .string()
      .trim()
      .regex(/^[1-9]\d*$/, 'is not a whole number of shards from 1: write e.g. SHARD_COUNT=2'),
  ),
  LOG_LEVEL: optional(
    z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.enum(LOG_LEVELS, `is not a log level: use one of ${LOG_LEVELS.join(', ')}`)),
  ),
  XDG_DATA_HOME: optional(z.string().trim()),
});

/** The application id a bot token carries: its first segment is the bot's user id in base64. */
export function applicationIdFromToken(token: string): string | undefined {
  const first = token.split('.')[0] ?? '';
  const decoded = Buffer.from(first, 'base64').toString('utf8');
  return SNOWFLAKE.test(decoded) ? decoded : undefined;
}

/**
 * Validates a set of variables (pure: pass `process.env` or a test's object).
 * Throws `EnvError` with one line per bad variable, each naming it and the fix.
 */
export function parseEnv(source: Readonly<Record<string, string | undefined>>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = new Map<string, string>();
    for (const issue of result.error.issues) {
      const name = String(issue.path[0] ?? 'environment');
      if (!lines.has(name)) lines.set(name, `${name} ${issue.message}`);
    }
    throw new EnvError([...lines.values()]);
  }
  const v = result.data;
  return {
    DISCORD_TOKEN: v.DISCORD_TOKEN,
    DISCORD_APPLICATION_ID: v.DISCORD_APPLICATION_ID ?? applicationIdFromToken(v.DISCORD_TOKEN),
    DISCORD_GUILD_ID: v.DISCORD_GUILD_ID,
    DATABASE_URL: v.DATABASE_URL,
    CERTPACE_DATA_DIR: v.CERTPACE_DATA_DIR,
    DISCORD_API_URL: (v.DISCORD_API_URL ?? DEFAULT_DISCORD_API_URL).replace(/\/+$/, ''),
    SHARD_COUNT: v.SHARD_COUNT === undefined ? undefined : Number(v.SHARD_COUNT),
    LOG_LEVEL: v.LOG_LEVEL ?? 'info',
    XDG_DATA_HOME: v.XDG_DATA_HOME,
  };
}

/**
 * Loads `.env` into `process.env` without overriding what is already set:
 * the one in the working directory, then the one where `npm` was started
 * (`npm start` at the repository root runs the bot inside apps/bot).
 */
export function loadDotEnv(): string[] {
  const folders = [process.cwd(), process.env.INIT_CWD].filter((f): f is string => !!f);
  const loaded: string[] = [];
  for (const file of new Set(folders.map((f) => resolve(f, '.env')))) {
    if (!existsSync(file)) continue;
    process.loadEnvFile(file);
    loaded.push(file);
  }
  return loaded;
}

/**
 * The entry points' way in: `.env`, then `process.env`, validated. A bad
 * configuration prints its lines to stderr and exits with code 1, no stack.
 */
export function readEnvOrExit(): Env {
  try {
    loadDotEnv();
    return parseEnv(process.env);
  } catch (error) {
    const lines =
      error instanceof EnvError ? error.lines : [`.env could not be read: ${String(error)}`];
    for (const line of lines) process.stderr.write(`${line}\n`);
    process.exit(1);
  }
}
