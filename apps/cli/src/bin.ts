#!/usr/bin/env node
import { EXIT_INTERRUPTED, runCli } from './main.js';

const controller = new AbortController();
const interrupt = () => {
  // A second Ctrl-C leaves at once; the folder lock is released on exit.
  if (controller.signal.aborted) process.exit(EXIT_INTERRUPTED);
  controller.abort();
};
// A reader that stops early (`certpace plan show | head`) closes the pipe: that
// is the end of the output, not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
process.on('SIGINT', interrupt);
process.on('SIGTERM', interrupt);

const code = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  signal: controller.signal,
  interrupt,
});
process.exitCode = code;
// Whatever still holds the event loop (a database driver's timer) does not keep a finished command alive.
setTimeout(() => process.exit(code), 1500).unref();
