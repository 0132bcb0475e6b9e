import { once } from 'node:events';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database, getLearner, upsertDiscordLearner } from '../src/index.js';
import {
  createScratchDatabase,
  type ScratchDatabase,
  testDatabaseUrl,
} from '../src/testing/index.js';

/** The ErrorResponse Postgres sends a backend that `pg_terminate_backend` ends. */
function terminatedMessage(): Buffer {
  const fields = Buffer.concat([
    ...[
      ['S', 'FATAL'],
      ['V', 'FATAL'],
      ['C', '57P01'],
      ['M', 'terminating connection due to administrator command'],
    ].map(([code, text]) => Buffer.from(`${code}${text}\0`)),
    Buffer.from('\0'),
  ]);
  const head = Buffer.alloc(5);
  head.write('E', 0);
  head.writeInt32BE(fields.length + 4, 1);
  return Buffer.concat([head, fields]);
}

/**
 * A TCP proxy to the test server that ends the first connection sending
 * `pattern`, the way Postgres ends a backend it is told to terminate.
 */
async function killingProxy(target: URL, pattern: string) {
  let kills = 0;
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end);
    upstream.on('error', end);
    client.on('close', end);
    upstream.on('close', end);
    upstream.on('data', (chunk) => client.write(chunk));
    client.on('data', (chunk: Buffer) => {
      if (kills === 0 && chunk.includes(pattern)) {
        kills += 1;
        client.end(terminatedMessage(), end);
        return;
      }
      upstream.write(chunk);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as net.AddressInfo;
  return {
    port,
    kills: () => kills,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// Only Postgres has connections to lose.
describe.runIf(testDatabaseUrl())('a Postgres connection killed while it starts', () => {
  let scratch: ScratchDatabase;
  let proxy: Awaited<ReturnType<typeof killingProxy>>;
  let database: Database | undefined;
  const escaped: unknown[] = [];
  const onEscaped = (reason: unknown) => escaped.push(reason);

  beforeAll(async () => {
    scratch = await createScratchDatabase(testDatabaseUrl() ?? '');
    // Migrated directly, so that the proxied pool's first statements are the test's own.
    await (await createDatabase({ url: scratch.url, env: {} })).close();
    process.on('unhandledRejection', onEscaped);
  });

  afterAll(async () => {
    process.off('unhandledRejection', onEscaped);
    await database?.close();
    await proxy?.close();
    await scratch?.drop();
  });

  it('does not end the process, and the next query goes through', async () => {
    // postgres.js 3.4.9 would first ask the catalog for array types on every new
    // connection; a kill at that moment escaped as an unhandled rejection
    // (porsager/postgres#1192, #1223), which ends a Node process.
    proxy = await killingProxy(new URL(scratch.url), 'pg_catalog.pg_type');
    const url = new URL(scratch.url);
    url.host = `127.0.0.1:${proxy.port}`;
    database = await createDatabase({ url: url.toString(), env: {}, migrate: false });
    const ada = await upsertDiscordLearner(database, { discordUserId: 'ada', displayName: 'Ada' });
    expect(await getLearner(database, ada.id)).toMatchObject({ displayName: 'Ada' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(escaped).toEqual([]);
  });
});
