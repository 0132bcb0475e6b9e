// Run as its own process by the tests: opens certpace's embedded database in
// the folder given as argument, writes a row, reports on stdout, and closes
// when anything arrives on stdin.
import { createDatabase, setGuildSettings } from '../../src/index.js';

const report = (message: object) => process.stdout.write(`${JSON.stringify(message)}\n`);

const dataDir = process.argv[2] ?? '';
try {
  const handle = await createDatabase({ dataDir, env: {} });
  await setGuildSettings(handle, `written-by-${process.pid}`, { secondsPerQuestion: 30 });
  report({ status: 'open', pid: process.pid });
  process.stdin.once('data', async () => {
    await handle.close();
    report({ status: 'closed' });
    process.exit(0);
  });
} catch (error) {
  const { name, message } = error as Error;
  report({ status: 'error', name, message });
  process.exit(2);
}
