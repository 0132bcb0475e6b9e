// `npm run register`: puts the bot's slash commands on Discord, then exits.
import { readEnvOrExit } from './env.js';

const env = readEnvOrExit();
const { describeRegistration, registerCommands } = await import(
  './registration/registerCommands.js'
);
const { describeStartupError } = await import('./startup/describeStartupError.js');
try {
  const result = await registerCommands({ env });
  process.stdout.write(`${describeRegistration(result)}\n`);
  process.exit(0);
} catch (error) {
  process.stderr.write(`Registration failed: ${describeStartupError(error)}\n`);
  process.exit(1);
}
