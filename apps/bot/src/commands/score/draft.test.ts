import { getBlueprint } from '@certpace/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCustomId } from '../../framework/customId.js';
import { UserError } from '../../framework/UserError.js';
import { domainIndexes, draftCustomId, readDraft, type ScoreDraft, tidyPercent } from './draft.js';

const owner = '12345678901234567890';
const sixDomains = getBlueprint('AI-102@2025-12');

describe('a score report draft in custom ids', () => {
  it('splits six domains into a form of five and a form of one', () => {
    expect(domainIndexes(sixDomains, 1)).toEqual([0, 1, 2, 3, 4]);
    expect(domainIndexes(sixDomains, 2)).toEqual([5]);
    expect(domainIndexes(getBlueprint('AI-103@2026-04'), 2)).toEqual([]);
  });

  it('always fits 100 characters and keeps every number typed (property)', () => {
    const typed = fc.oneof(
      fc.integer({ min: 0, max: 100 }).map(String),
      fc.string({ maxLength: 4 }),
      fc.constant(''),
    );
    fc.assert(
      fc.property(
        fc.array(typed, { minLength: 6, maxLength: 6 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.constantFrom('1', '1f', '2') as fc.Arbitrary<ScoreDraft['step']>,
        (values, total, step) => {
          const draft: ScoreDraft = {
            step,
            examRef: 'AI-102@2025-12',
            total,
            takenOn: '2026-05-01',
            values,
          };
          for (const action of ['form', 'open', 'retry'] as const) {
            const id = draftCustomId(action, owner, draft);
            expect(id.length).toBeLessThanOrEqual(100);
            const back = readDraft(decodeCustomId(id)!.args).draft;
            expect(back.total).toBe(total);
            expect(back.step).toBe(step);
            values.forEach((value, i) => {
              if (/^\d+$/.test(value)) expect(back.values[i]).toBe(value);
            });
          }
        },
      ),
    );
  });

  it('keeps text typed where numbers belong when it fits, so the fix form shows it', () => {
    const draft: ScoreDraft = {
      step: '1f',
      examRef: 'AI-102@2025-12',
      total: 650,
      takenOn: '',
      values: ['60', 'abc', '7O', '', '72', '58'],
    };
    const back = readDraft(decodeCustomId(draftCustomId('open', owner, draft))!.args).draft;
    expect(back).toEqual(draft);
  });

  it('refuses a stale or forged draft', () => {
    expect(() => readDraft(['1', 'AZ-900@2020-01', '700', ''])).toThrow(UserError);
    expect(() => readDraft(['9', 'AI-103@2026-04', '700', ''])).toThrow(UserError);
    expect(() => readDraft(['1', 'AI-103@2026-04', 'lots', ''])).toThrow(UserError);
  });

  it('reads "85 %" as the 85 a percentage field asks for', () => {
    expect(tidyPercent(' 85 % ')).toBe('85');
    expect(tidyPercent('abc')).toBe('abc');
  });
});
