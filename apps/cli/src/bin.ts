#!/usr/bin/env node
import { EXIT_INTERRUPTED, runCli } from './main.js';

const controller = new AbortController();
const interrupt = () => {
  // A second Ctrl-C leaves at once; the folder lock is released on exit.
  if (controller.signal.aborted) process.exit(EXIT_INTERRUPTED);
  controller.abort();
};
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
