import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createDatabase,
  DatabaseConfigError,
  DatabaseUnavailableError,
  defaultDataDir,
} from '../src/index.js';
import { testDatabaseUrl } from '../src/testing/index.js';

const scratch = mkdtempSync(join(tmpdir(), 'certpace-db-config-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected createDatabase to fail');
}

describe('createDatabase configuration', () => {
  it('refuses a connection string that does not parse, without showing the password', async () => {
    const error = await failure(
      createDatabase({ url: 'postgres://ada:s3cret-pw@db.example:notaport/certpace' }),
    );
    expect(error).toBeInstanceOf(DatabaseConfigError);
    expect(error.message).toContain('DATABASE_URL is not a valid connection string');
    expect(error.message).toContain('ada:***@');
    expect(error.message).not.toContain('s3cret-pw');
    expect(JSON.stringify(error, Object.getOwnPropertyNames(error))).not.toContain('s3cret-pw');
  });

  it('refuses a URL that is not a Postgres one', async () => {
    const error = await failure(createDatabase({ url: 'mysql://root@localhost/certpace' }));
    expect(error).toBeInstanceOf(DatabaseConfigError);
    expect(error.message).toContain('postgres://');
  });

  it('names the server that refused the connection, never the password', async () => {
    const error = await failure(
      createDatabase({ url: 'postgres://ada:s3cret-pw@127.0.0.1:1/certpace' }),
    );
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect(error.message).toContain('127.0.0.1:1 refused the connection');
    expect(error.message).toContain('start the server');
    expect(error.message).not.toContain('s3cret-pw');
  });

  it('uses DATABASE_URL from the environment when no option chooses', async () => {
    const error = await failure(
      createDatabase({ env: { DATABASE_URL: 'postgres://ada:pw@127.0.0.1:1/from-env' } }),
    );
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect(error.message).toContain('from-env');
  });

  it('lets an explicit option win over DATABASE_URL', async () => {
    const handle = await createDatabase({
      memory: true,
      env: { DATABASE_URL: 'postgres://ada:pw@127.0.0.1:1/unused' },
    });
    try {
      expect(handle.driver).toBe('pglite');
      expect(handle.location).toBe('memory');
    } finally {
      await handle.close();
    }
  });

  it('refuses several conflicting choices', async () => {
    const error = await failure(
      createDatabase({ memory: true, url: 'postgres://localhost/certpace' }),
    );
    expect(error).toBeInstanceOf(DatabaseConfigError);
  });

  it('names a data folder it cannot write and how to choose another', async () => {
    const file = join(scratch, 'a-file');
    writeFileSync(file, 'not a folder');
    const dataDir = join(file, 'certpace');
    const error = await failure(createDatabase({ dataDir, env: {} }));
    expect(error).toBeInstanceOf(DatabaseConfigError);
    expect(error.message).toContain(dataDir);
    expect(error.message).toContain('CERTPACE_DATA_DIR');
  });

  it('finds the data folder in CERTPACE_DATA_DIR, then XDG_DATA_HOME, then ~/.local/share', () => {
    expect(defaultDataDir({ CERTPACE_DATA_DIR: '/srv/certpace' }, '/home/ada')).toBe(
      '/srv/certpace',
    );
    expect(defaultDataDir({ XDG_DATA_HOME: '/home/ada/data' }, '/home/ada')).toBe(
      '/home/ada/data/certpace',
    );
    // The XDG spec says to ignore a relative XDG_DATA_HOME.
    expect(defaultDataDir({ XDG_DATA_HOME: 'data' }, '/home/ada')).toBe(
      '/home/ada/.local/share/certpace',
    );
    expect(defaultDataDir({}, '/home/ada')).toBe('/home/ada/.local/share/certpace');
  });

  describe.runIf(testDatabaseUrl())('against the Postgres server', () => {
    const server = new URL(testDatabaseUrl() ?? 'postgres://localhost/test');

    it('says how to create a database that does not exist', async () => {
      const url = new URL(server);
      url.pathname = '/certpace_no_such_database';
      const error = await failure(createDatabase({ url: url.toString() }));
      expect(error).toBeInstanceOf(DatabaseConfigError);
      expect(error.message).toContain('createdb certpace_no_such_database');
    });

    it('names the user the server refused', async () => {
      const url = new URL(server);
      url.username = 'certpace_no_such_user';
      url.password = 's3cret-pw';
      const error = await failure(createDatabase({ url: url.toString() }));
      expect(error).toBeInstanceOf(DatabaseConfigError);
      expect(error.message).toContain('"certpace_no_such_user"');
      expect(error.message).not.toContain('s3cret-pw');
    });
  });
});
