import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quizIdFromKey, quizKey } from './quizKey.js';

describe('quiz keys', () => {
  it('writes a quiz id in 22 characters and reads it back (property)', () => {
    fc.assert(
      fc.property(fc.uuid(), (id) => {
        const key = quizKey(id);
        expect(key).toMatch(/^[A-Za-z0-9_-]{22}$/);
        expect(quizIdFromKey(key)).toBe(id.toLowerCase());
      }),
    );
  });

  it.each([
    ['nothing', undefined],
    ['a short string', 'abc'],
    ['a uuid itself', '0f8fad5b-d9cb-469f-a165-70867728950e'],
    ['characters outside base64url', '++++++++++++++++++++++'],
  ])('reads %s as no quiz', (_what, key) => {
    expect(quizIdFromKey(key)).toBeUndefined();
  });

  it('refuses to make a key of something that is not a quiz id', () => {
    expect(() => quizKey('quiz-1')).toThrow(RangeError);
  });
});
