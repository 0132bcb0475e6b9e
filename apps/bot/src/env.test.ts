import { describe, expect, it } from 'vitest';
import { applicationIdFromToken, DEFAULT_DISCORD_API_URL, EnvError, parseEnv } from './env.js';

// A token in Discord's shape whose first part is base64 of the id 123456789012345678.
const APP_ID = '123456789012345678';
const TOKEN = `${Buffer.from(APP_ID).toString('base64url')}.GxYzAb.${'a'.repeat(38)}`;

function linesFor(env: Record<string, string | undefined>): readonly string[] {
  try {
    parseEnv(env);
  } catch (error) {
    if (error instanceof EnvError) return error.lines;
    throw error;
  }
  throw new Error('expected parseEnv to refuse');
}

describe('parseEnv', () => {
  it('accepts just a token and fills in the defaults', () => {
    const env = parseEnv({ DISCORD_TOKEN: TOKEN });
    expect(env).toEqual({
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_GUILD_ID: undefined,
      DATABASE_URL: undefined,
      CERTPACE_DATA_DIR: undefined,
      DISCORD_API_URL: DEFAULT_DISCORD_API_URL,
      SHARD_COUNT: undefined,
      LOG_LEVEL: 'info',
      XDG_DATA_HOME: undefined,
    });
  });

  it('reads every variable when all are given', () => {
    const env = parseEnv({
      DISCORD_TOKEN: ` ${TOKEN} `,
      DISCORD_APPLICATION_ID: '987654321098765432',
      DISCORD_GUILD_ID: '111111111111111111',
      DATABASE_URL: 'postgres://bot:secret@db.example:5432/certpace',
      CERTPACE_DATA_DIR: '/srv/certpace',
      DISCORD_API_URL: 'http://127.0.0.1:4000/api/',
      SHARD_COUNT: '4',
      LOG_LEVEL: 'DEBUG',
    });
    expect(env).toMatchObject({
      DISCORD_TOKEN: TOKEN,
      DISCORD_APPLICATION_ID: '987654321098765432',
      DISCORD_GUILD_ID: '111111111111111111',
      DATABASE_URL: 'postgres://bot:secret@db.example:5432/certpace',
      CERTPACE_DATA_DIR: '/srv/certpace',
      DISCORD_API_URL: 'http://127.0.0.1:4000/api',
      SHARD_COUNT: 4,
      LOG_LEVEL: 'debug',
    });
  });

  it('treats empty values as unset, as an .env template leaves them', () => {
    const env = parseEnv({
      DISCORD_TOKEN: TOKEN,
      DISCORD_GUILD_ID: '',
      DATABASE_URL: '  ',
      SHARD_COUNT: '',
    });
    expect(env.DISCORD_GUILD_ID).toBeUndefined();
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.SHARD_COUNT).toBeUndefined();
  });

  it('derives the application id from the token, and leaves it unset when the token hides none', () => {
    expect(applicationIdFromToken(TOKEN)).toBe(APP_ID);
    const opaque = `${Buffer.from('not-an-id').toString('base64')}.abcdef.${'b'.repeat(30)}`;
    expect(parseEnv({ DISCORD_TOKEN: opaque }).DISCORD_APPLICATION_ID).toBeUndefined();
  });

  it('stops a missing token with one line naming it and how to get one', () => {
    const lines = linesFor({});
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^DISCORD_TOKEN is missing: /);
    expect(lines[0]).toContain('Developer Portal');
    expect(lines[0]).toContain('Reset Token');
    expect(lines[0]).toContain('.env');
  });

  it.each([
    ['DISCORD_TOKEN', '   ', /^DISCORD_TOKEN is empty: .*Reset Token/],
    ['DISCORD_TOKEN', `Bot ${TOKEN}`, /^DISCORD_TOKEN starts with "Bot "/],
    ['DISCORD_TOKEN', 'hunter2', /^DISCORD_TOKEN does not look like a bot token/],
    [
      'DISCORD_APPLICATION_ID',
      'my-app',
      /^DISCORD_APPLICATION_ID is not a Discord id .*General Information/,
    ],
    ['DISCORD_GUILD_ID', '12345', /^DISCORD_GUILD_ID is not a Discord id .*Copy Server ID/],
    [
      'DATABASE_URL',
      'mysql://localhost/db',
      /^DATABASE_URL is not a postgres:\/\/ URL: write it as postgres:\/\//,
    ],
    ['DISCORD_API_URL', 'localhost:4000', /^DISCORD_API_URL is not an http\(s\) URL/],
    ['SHARD_COUNT', '0', /^SHARD_COUNT is not a whole number of shards from 1/],
    ['SHARD_COUNT', 'auto', /^SHARD_COUNT is not a whole number/],
    [
      'LOG_LEVEL',
      'verbose',
      /^LOG_LEVEL is not a log level: use one of fatal, error, warn, info, debug, trace, silent/,
    ],
  ])('stops a bad %s (%j) with one line naming it and the fix', (name, value, pattern) => {
    const env: Record<string, string> = { DISCORD_TOKEN: TOKEN, [name]: value };
    const lines = linesFor(env);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(pattern);
    expect(lines[0]).not.toContain('\n');
  });

  it('gives one line per bad variable when several are wrong', () => {
    const lines = linesFor({ SHARD_COUNT: '-1', LOG_LEVEL: 'loud' });
    expect(lines.map((l) => l.split(' ')[0])).toEqual([
      'DISCORD_TOKEN',
      'SHARD_COUNT',
      'LOG_LEVEL',
    ]);
  });

  it('never puts the token into an error line', () => {
    const lines = linesFor({ DISCORD_TOKEN: `Bot ${TOKEN}` });
    expect(lines.join(' ')).not.toContain(TOKEN);
  });
});
