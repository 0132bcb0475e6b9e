import { defineProject, mergeConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.js';

export default mergeConfig(
  sharedConfig,
  defineProject({
    test: {
      name: 'cli',
      // Each command the tests run is a new process opening the embedded database (2 to 5 s on a busy machine).
      testTimeout: 180_000,
      // The end-to-end tests spawn the built program; build it once before any test file runs.
      globalSetup: ['test/support/buildCli.ts'],
    },
  }),
);
