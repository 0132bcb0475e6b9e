import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { argBudget, CustomIdError, decodeCustomId, encodeCustomId } from './customId.js';

const owner = '123456789012345678';

describe('custom id codec', () => {
  it('writes feature, action, owner and args in order', () => {
    expect(encodeCustomId({ feature: 'today', action: 'done', owner, args: ['task-1'] })).toBe(
      `today:done:${owner}:task-1`,
    );
    expect(encodeCustomId({ feature: 'quiz', action: 'answer', args: ['q1', 'b'] })).toBe(
      'quiz:answer:*:q1:b',
    );
  });

  it('reads back what it wrote, whatever the args hold (property)', () => {
    const name = fc.stringMatching(/^[a-z][a-z0-9-]{0,9}$/);
    // Sized so that even fully escaped (each character tripled) the id stays within 100.
    const args = fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 });
    fc.assert(
      fc.property(
        name,
        name,
        fc.option(fc.constant(owner), { nil: undefined }),
        args,
        (feature, action, who, list) => {
          const id = { feature, action, ...(who === undefined ? {} : { owner: who }), args: list };
          const encoded = encodeCustomId(id);
          expect(encoded.length).toBeLessThanOrEqual(100);
          expect(decodeCustomId(encoded)).toEqual(id);
        },
      ),
    );
  });

  it('keeps colons and percent signs inside args', () => {
    const encoded = encodeCustomId({
      feature: 'exam',
      action: 'info',
      args: ['AI-103@2026-04', 'a:b%3A'],
    });
    expect(decodeCustomId(encoded)?.args).toEqual(['AI-103@2026-04', 'a:b%3A']);
  });

  it('refuses to build an id over 100 characters', () => {
    const args = ['x'.repeat(argBudget('plan', 'delete', owner) + 1)];
    expect(() => encodeCustomId({ feature: 'plan', action: 'delete', owner, args })).toThrow(
      CustomIdError,
    );
    const fits = ['x'.repeat(argBudget('plan', 'delete', owner))];
    expect(encodeCustomId({ feature: 'plan', action: 'delete', owner, args: fits })).toHaveLength(
      100,
    );
  });

  it('refuses malformed parts when building', () => {
    expect(() => encodeCustomId({ feature: 'Today', action: 'done', args: [] })).toThrow(
      CustomIdError,
    );
    expect(() =>
      encodeCustomId({ feature: 'today', action: 'done', owner: 'ana', args: [] }),
    ).toThrow(/user id/);
  });

  it.each([
    ['an id of another bot', 'confirm_delete'],
    ['a missing owner segment', 'today:done'],
    ['an owner that is not a user id', 'today:done:ana:task-1'],
    ['an upper-case feature', 'Today:done:*:x'],
    ['an over-long id', `today:done:*:${'x'.repeat(100)}`],
  ])('reads %s as nothing of ours', (_what, value) => {
    expect(decodeCustomId(value)).toBeUndefined();
  });

  it('reads an id without owner as usable by anyone', () => {
    expect(decodeCustomId('quiz:answer:*:q1:a')).toEqual({
      feature: 'quiz',
      action: 'answer',
      args: ['q1', 'a'],
    });
  });
});
