import { type DestinationStream, type Logger, pino } from 'pino';
import type { LogLevel } from '../env.js';

export type { Logger } from 'pino';

export interface CreateLoggerOptions {
  readonly level: LogLevel;
  /** The bot token: every occurrence of it in any log line is replaced. */
  readonly token?: string;
  /** Where lines go; default stdout. Tests pass a collector. */
  readonly destination?: DestinationStream;
  /** Fields on every line, e.g. `{ shard: 0 }`. */
  readonly base?: Record<string, unknown>;
}

export const REDACTED = '[redacted]';

/** Fields that hold credentials wherever they appear in a logged object. */
const REDACT_PATHS = [
  'token',
  '*.token',
  'DISCORD_TOKEN',
  '*.DISCORD_TOKEN',
  'env.DISCORD_TOKEN',
  'authorization',
  'Authorization',
  'headers.authorization',
  'headers.Authorization',
  '*.headers.authorization',
  '*.headers.Authorization',
  'DATABASE_URL',
  '*.DATABASE_URL',
];

// A bot token's shape (base64 user id . timestamp . HMAC): caught even when it is not ours.
const TOKEN_SHAPE = /[\w-]{23,}\.[\w-]{6,7}\.[\w-]{27,}/g;

/** Removes the token from a serialised line, whatever field or message it hid in. */
export function scrubSecrets(line: string, token?: string): string {
  let out = line;
  if (token) {
    out = out.split(token).join(REDACTED);
    // discord.js's debug output shows the token with only its last part masked.
    const head = token.split('.').slice(0, 2).join('.');
    if (head.length >= 20) out = out.split(head).join(REDACTED);
  }
  return out.replace(TOKEN_SHAPE, REDACTED);
}

/**
 * The bot's pino logger: JSON lines, structured object first
 * (`log.info({ interactionId }, 'answered')`). Known credential fields are
 * redacted by path, and as a last guard every line is scrubbed of the token
 * text itself, so an error message that quotes it cannot leak it either.
 */
export function createLogger(options: CreateLoggerOptions): Logger {
  const target = options.destination ?? pino.destination({ dest: 1, sync: true });
  const scrubbed: DestinationStream = {
    write: (line: string) => target.write(scrubSecrets(line, options.token)),
  };
  return pino(
    {
      level: options.level,
      base: { app: 'certpace-bot', pid: process.pid, ...options.base },
      redact: { paths: REDACT_PATHS, censor: REDACTED },
    },
    scrubbed,
  );
}
