import { afterAll, beforeAll, beforeEach, describe } from 'vitest';
import type { DriverName } from '../database/types.js';
import {
  createTestDatabase,
  resetDatabase,
  type TestDatabase,
  testDrivers,
} from './testDatabase.js';

export interface DriverContext {
  readonly driver: DriverName;
  /** The file's database for this driver, emptied before each test. */
  readonly db: TestDatabase;
}

export interface DescribeEachDriverOptions {
  /** Empty every table before each test (default true). */
  readonly reset?: boolean;
}

/**
 * Declares the same tests once per driver: on an in-memory PGlite always, and
 * on a database of their own on the TEST_DATABASE_URL server when it is set.
 * One database per driver serves the whole file (opening PGlite costs
 * seconds); it is emptied before each test and dropped at the end.
 */
export function describeEachDriver(
  name: string,
  body: (context: DriverContext) => void,
  options: DescribeEachDriverOptions = {},
): void {
  for (const driver of testDrivers()) {
    describe(`${name} [${driver}]`, () => {
      let handle: TestDatabase | undefined;
      beforeAll(async () => {
        handle = await createTestDatabase(driver);
      });
      afterAll(async () => {
        await handle?.close();
      });
      if (options.reset !== false) {
        beforeEach(async () => {
          if (handle) await resetDatabase(handle);
        });
      }
      body({
        driver,
        get db() {
          if (!handle)
            throw new Error('The test database is opened in beforeAll: use it inside a test.');
          return handle;
        },
      });
    });
  }
}
