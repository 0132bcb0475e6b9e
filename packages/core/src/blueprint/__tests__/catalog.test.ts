import { describe, expect, it } from 'vitest';
import { BlueprintError } from '../BlueprintError.js';
import { blueprints, findBlueprint, getBlueprint, isRetired, latestBlueprint } from '../catalog.js';
import { blueprintRef } from '../types.js';

describe('getBlueprint', () => {
  it('finds an outline by CODE@VERSION', () => {
    expect(blueprintRef(getBlueprint('AI-102@2024-06'))).toBe('AI-102@2024-06');
  });

  it('takes a bare code as the newest outline of that exam, in any case', () => {
    expect(blueprintRef(getBlueprint('AI-102'))).toBe('AI-102@2025-12');
    expect(blueprintRef(getBlueprint('ai-103'))).toBe('AI-103@2026-04');
    expect(blueprintRef(getBlueprint('ai-102@2024-06'))).toBe('AI-102@2024-06');
  });

  it('refuses an unknown reference with a BlueprintError naming the known ones', () => {
    for (const ref of ['AI-999', 'AI-102@2020-01', 'AI-102@2024-06@x', '']) {
      let error: unknown;
      try {
        getBlueprint(ref);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(BlueprintError);
      expect((error as BlueprintError).message).toContain(
        'AI-102@2024-06, AI-102@2025-12, AI-103@2026-04',
      );
      expect((error as BlueprintError).problems[0]?.path).toBe('ref');
    }
    expect(() => getBlueprint(null as unknown as string)).toThrow(BlueprintError);
  });

  it('findBlueprint answers undefined instead of throwing', () => {
    expect(findBlueprint('nope')).toBeUndefined();
    expect(findBlueprint('AI-103')).toBe(blueprints[2]);
  });
});

describe('latestBlueprint', () => {
  it('defaults new plans to the newest exam that is not retired', () => {
    expect(blueprintRef(latestBlueprint())).toBe('AI-103@2026-04');
    expect(blueprintRef(latestBlueprint({ today: '2026-07-01' }))).toBe('AI-103@2026-04');
  });

  it('judges retirement on the given day: an exam can be taken on its retirement date', () => {
    const onlyAi102 = blueprints.filter((b) => b.code === 'AI-102');
    expect(blueprintRef(latestBlueprint({ today: '2026-06-30', from: onlyAi102 }))).toBe(
      'AI-102@2025-12',
    );
    expect(isRetired(onlyAi102[0]!, '2026-06-30')).toBe(false);
    expect(isRetired(onlyAi102[0]!, '2026-07-01')).toBe(true);
  });

  it('falls back to the newest outline when every candidate has retired', () => {
    const onlyAi102 = blueprints.filter((b) => b.code === 'AI-102');
    expect(blueprintRef(latestBlueprint({ today: '2027-01-01', from: onlyAi102 }))).toBe(
      'AI-102@2025-12',
    );
  });

  it('refuses a malformed today', () => {
    expect(() => latestBlueprint({ today: '2026-02-30' })).toThrow(BlueprintError);
  });
});
