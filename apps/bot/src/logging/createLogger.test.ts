import type { DestinationStream } from 'pino';
import { describe, expect, it } from 'vitest';
import { createLogger, REDACTED } from './createLogger.js';

const TOKEN = `${Buffer.from('123456789012345678').toString('base64')}.GxYzAb.${'s3cr3t_Part-'.repeat(3)}`;

function collector(): DestinationStream & { lines: string[] } {
  const lines: string[] = [];
  return { lines, write: (line: string) => lines.push(line) };
}

describe('the bot logger', () => {
  it('writes structured JSON lines with the object first and the message', () => {
    const out = collector();
    createLogger({ level: 'info', destination: out }).info(
      { quizId: 'q1', userId: '42' },
      'answer recorded',
    );
    expect(JSON.parse(out.lines[0]!)).toMatchObject({
      level: 30,
      quizId: 'q1',
      userId: '42',
      msg: 'answer recorded',
    });
  });

  it('never writes the token, wherever it hides', () => {
    const out = collector();
    const log = createLogger({ level: 'trace', token: TOKEN, destination: out });
    log.info({ token: TOKEN }, 'a token field');
    log.info({ env: { DISCORD_TOKEN: TOKEN } }, 'the env');
    log.info({ request: { headers: { authorization: `Bot ${TOKEN}` } } }, 'a request');
    log.info({ headers: { Authorization: `Bot ${TOKEN}` } }, 'headers');
    log.error({ err: new Error(`login failed for ${TOKEN}`) }, 'an error quoting it');
    log.warn(`message text with ${TOKEN} inside`);
    log.trace(
      { detail: `Provided token: ${TOKEN.split('.').slice(0, 2).join('.')}.************` },
      'discord debug',
    );
    const text = out.lines.join('');
    expect(out.lines).toHaveLength(7);
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(TOKEN.split('.').slice(0, 2).join('.'));
    expect(text).not.toContain('s3cr3t');
    expect(text.split(REDACTED).length - 1).toBeGreaterThanOrEqual(7);
  });

  it('hides a token-shaped string even when it is not the configured one', () => {
    const out = collector();
    createLogger({ level: 'info', destination: out }).info({ note: `other ${TOKEN}` }, 'x');
    expect(out.lines[0]).not.toContain(TOKEN);
  });

  it('keeps lines below the level out', () => {
    const out = collector();
    const log = createLogger({ level: 'warn', destination: out });
    log.info('quiet');
    log.warn('loud');
    expect(out.lines).toHaveLength(1);
  });
});
