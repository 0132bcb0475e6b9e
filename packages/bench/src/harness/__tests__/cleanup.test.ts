import { describe, expect, it } from 'vitest';
import { Cleanup } from '../cleanup.js';

describe('Cleanup', () => {
  it('undoes in reverse order, runs every step past a failure, then throws the first failure', async () => {
    const cleanup = new Cleanup();
    const done: string[] = [];
    cleanup.defer(() => done.push('database'));
    cleanup.defer(() => {
      throw new Error('sim would not close');
    });
    cleanup.add('folder', (name) => done.push(name));
    await expect(cleanup.run()).rejects.toThrow('sim would not close');
    expect(done).toEqual(['folder', 'database']);
    expect(cleanup.size).toBe(0);
  });
});
