import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager } from 'discord.js';
import type { Env } from '../env.js';

export interface RunningShards {
  readonly manager: ShardingManager;
  readonly totalShards: number;
  /** Asks every shard process to shut down cleanly and waits for them to exit. */
  stop(timeoutMs?: number): Promise<void>;
}

/**
 * The shard count: SHARD_COUNT, else what GET /gateway/bot recommends, asked
 * of DISCORD_API_URL (discord.js's own `'auto'` always asks discord.com).
 */
export async function resolveShardCount(env: Env): Promise<number> {
  if (env.SHARD_COUNT !== undefined) return env.SHARD_COUNT;
  const rest = new REST({ api: env.DISCORD_API_URL }).setToken(env.DISCORD_TOKEN);
  const gateway = (await rest.get(Routes.gatewayBot())) as { shards: number };
  return Math.max(1, gateway.shards);
}

/** Spawns one `main.js` process per shard; each opens its own connection to DATABASE_URL. */
export async function startSharding(options: {
  readonly env: Env;
  /** The shard entry point; default the built main.js beside this file's folder. */
  readonly file?: string;
}): Promise<RunningShards> {
  const { env } = options;
  const totalShards = await resolveShardCount(env);
  const file = options.file ?? fileURLToPath(new URL('../main.js', import.meta.url));
  const manager = new ShardingManager(file, {
    totalShards,
    token: env.DISCORD_TOKEN,
    mode: 'process',
    respawn: true,
  });
  await manager.spawn({ amount: totalShards, timeout: 60_000 });
  return {
    manager,
    totalShards,
    async stop(timeoutMs = 15_000) {
      manager.respawn = false;
      await Promise.all(
        manager.shards.map(async (shard) => {
          const child = shard.process;
          if (!child || child.exitCode !== null) return;
          const exited = once(child, 'exit');
          child.kill('SIGTERM');
          const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
          await exited;
          clearTimeout(timer);
        }),
      );
    },
  };
}
