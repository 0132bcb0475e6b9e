import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createDatabase, DatabaseLockedError, getGuildSettings } from '../src/index.js';
import { type ChildHolder, spawnHolder } from './support/childHolder.js';

const folders: string[] = [];
const children: ChildHolder[] = [];

function scratchFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'certpace-db-test-'));
  folders.push(folder);
  return folder;
}

afterEach(async () => {
  for (const child of children.splice(0)) await child.kill();
});

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe('the embedded database folder', () => {
  it('serves one process: a second one is refused with the folder and the way out', async () => {
    const dataDir = scratchFolder();
    const holder = spawnHolder(dataDir);
    children.push(holder);
    const opened = await holder.next();
    expect(opened.status).toBe('open');

    const refused = await createDatabase({ dataDir, env: {} }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DatabaseLockedError);
    const locked = refused as DatabaseLockedError;
    expect(locked.holderPid).toBe(opened.pid);
    expect(locked.message).toContain(dataDir);
    expect(locked.message).toContain('stop the other certpace process');
    expect(locked.message).toContain('DATABASE_URL');

    // A third process is refused the same way, before it touches the data files.
    const third = spawnHolder(dataDir);
    children.push(third);
    expect(await third.next()).toMatchObject({ status: 'error', name: 'DatabaseLockedError' });

    // Once the holder closes, the folder is free and its data is all there.
    await holder.close();
    expect(existsSync(join(dataDir, 'pglite.lock'))).toBe(false);
    const reopened = await createDatabase({ dataDir, env: {} });
    try {
      expect(await getGuildSettings(reopened, `written-by-${opened.pid}`)).toMatchObject({
        secondsPerQuestion: 30,
      });
    } finally {
      await reopened.close();
    }
  });

  it('takes over the lock of a process that died, with the data it committed intact', async () => {
    const dataDir = scratchFolder();
    const holder = spawnHolder(dataDir);
    children.push(holder);
    const opened = await holder.next();
    expect(opened.status).toBe('open');
    await holder.kill();
    expect(existsSync(join(dataDir, 'pglite.lock'))).toBe(true);

    const reopened = await createDatabase({ dataDir, env: {} });
    try {
      expect(JSON.parse(readFileSync(join(dataDir, 'pglite.lock'), 'utf8'))).toMatchObject({
        pid: process.pid,
      });
      expect(await getGuildSettings(reopened, `written-by-${opened.pid}`)).toMatchObject({
        secondsPerQuestion: 30,
      });
    } finally {
      await reopened.close();
    }
    expect(existsSync(join(dataDir, 'pglite.lock'))).toBe(false);
  });

  it('refuses a second handle on the same folder inside one process', async () => {
    const dataDir = scratchFolder();
    const first = await createDatabase({ dataDir, env: {} });
    try {
      const second = await createDatabase({ dataDir, env: {} }).catch((error: unknown) => error);
      expect(second).toBeInstanceOf(DatabaseLockedError);
      expect((second as Error).message).toContain('this process already has it open');
    } finally {
      await first.close();
    }
    // close() is safe to call twice.
    await first.close();
  });

  it('respects a lock it cannot read rather than risk the data', async () => {
    const dataDir = scratchFolder();
    writeFileSync(join(dataDir, 'pglite.lock'), 'not a certpace lock');
    const refused = await createDatabase({ dataDir, env: {} }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DatabaseLockedError);
    expect((refused as Error).message).toContain(`delete ${join(dataDir, 'pglite.lock')}`);
  });
});
