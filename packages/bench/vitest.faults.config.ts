import { fileURLToPath } from 'node:url';
import { defineProject, mergeConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.js';

/**
 * The fault tests: kill connections, processes and requests under the real
 * code. Kept out of `npm test` (the root picks up vitest.config.ts only) and
 * run with `npm run test:faults`. They need the Postgres of TEST_DATABASE_URL
 * (default: the local server CI starts). One file at a time: they kill
 * backends and processes, and the machine has two cores.
 */
const config = mergeConfig(
  sharedConfig,
  defineProject({
    root: fileURLToPath(new URL('.', import.meta.url)),
    test: {
      name: 'faults',
      fileParallelism: false,
      testTimeout: 120_000,
      hookTimeout: 120_000,
    },
  }),
);
// mergeConfig concatenates arrays: the shared unit-test globs must not come along.
config.test = { ...config.test, include: ['faults/**/*.fault.test.ts'] };

export default config;
