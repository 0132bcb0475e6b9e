// `npm start`: runs the bot until SIGINT/SIGTERM. Under `start:sharded` this is each shard's process.
import { readEnvOrExit } from './env.js';

// The configuration is checked before anything heavy loads, so a missing token fails at once.
const env = readEnvOrExit();
const { startBot } = await import('./startBot.js');
const { createLogger } = await import('./logging/createLogger.js');
const { describeStartupError } = await import('./startup/describeStartupError.js');

const log = createLogger({ level: env.LOG_LEVEL, token: env.DISCORD_TOKEN });
let bot: Awaited<ReturnType<typeof startBot>>;
try {
  bot = await startBot({ env, log, deliverReminders: true });
} catch (error) {
  log.fatal({ err: error }, 'could not start');
  process.stderr.write(`certpace bot could not start: ${describeStartupError(error)}\n`);
  process.exit(1);
}

let signals = 0;
const shutdown = (signal: NodeJS.Signals) => {
  signals += 1;
  if (signals > 1) {
    log.warn({ signal }, 'second signal: exiting without waiting');
    process.exit(1);
  }
  log.info({ signal }, 'shutting down');
  bot.stop().then(
    () => process.exit(0),
    (error: unknown) => {
      log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    },
  );
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
