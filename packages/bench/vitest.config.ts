import { defineProject, mergeConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.js';

// The default project: unit tests of the benchmark harness. The benchmarks
// themselves run with `npm run bench`, the fault tests with `npm run test:faults`.
export default mergeConfig(sharedConfig, defineProject({ test: { name: 'bench' } }));
