// Test tooling for every suite that needs a database: @certpace/db/testing.
export * from './describeEachDriver.js';
export * from './scratchDatabase.js';
export * from './testDatabase.js';
