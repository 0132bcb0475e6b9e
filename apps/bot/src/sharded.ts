// `npm run start:sharded`: one process per shard under discord.js's ShardingManager.
import { readEnvOrExit } from './env.js';

const env = readEnvOrExit();
if (!env.DATABASE_URL) {
  process.stderr.write(
    'Sharded mode needs DATABASE_URL: the embedded database (PGlite) serves one process at a time, ' +
      'and every shard is its own process. Set DATABASE_URL=postgres://... in .env, or run `npm start` for a single process.\n',
  );
  process.exit(1);
}
const { startSharding } = await import('./sharding/startSharding.js');
const { describeStartupError } = await import('./startup/describeStartupError.js');
try {
  const manager = await startSharding({ env });
  const stop = () => {
    manager.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  process.stderr.write(`certpace could not start its shards: ${describeStartupError(error)}\n`);
  process.exit(1);
}
