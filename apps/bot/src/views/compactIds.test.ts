import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactUuid, expandUuid, taskIdFromKey, taskKey } from './compactIds.js';

describe('compact ids', () => {
  it('writes a UUID in 22 base64url characters and reads it back (property)', () => {
    fc.assert(
      fc.property(fc.uuid(), (uuid) => {
        const compact = compactUuid(uuid);
        expect(compact).toMatch(/^[A-Za-z0-9_-]{22}$/);
        expect(expandUuid(compact)).toBe(uuid.toLowerCase());
      }),
    );
  });

  it('refuses what is not a UUID, and reads a forged short id as nothing', () => {
    expect(() => compactUuid('not-a-uuid')).toThrow(RangeError);
    expect(expandUuid('short')).toBeUndefined();
    expect(expandUuid('a'.repeat(23))).toBeUndefined();
  });

  it('shortens a planner task id without colons and reads it back, whatever the id (property)', () => {
    expect(taskKey('2026-05-04:learn:information-extraction')).toBe(
      '2026-05-04.learn.information-extraction',
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (id) => {
        expect(taskIdFromKey(taskKey(id))).toBe(id);
      }),
    );
  });
});
