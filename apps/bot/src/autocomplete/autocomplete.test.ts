import { describe, expect, it } from 'vitest';
import { examChoices } from './examChoices.js';
import { timezoneChoices } from './timezoneChoices.js';

describe('timezoneChoices', () => {
  it('offers common zones before anything is typed', () => {
    const names = timezoneChoices('').map((c) => c.value);
    expect(names).toContain('UTC');
    expect(names).toContain('Europe/Berlin');
    expect(names.length).toBeLessThanOrEqual(25);
  });

  it('finds a zone by its city prefix, with spaces for underscores', () => {
    expect(timezoneChoices('berl')[0]).toEqual({ name: 'Europe/Berlin', value: 'Europe/Berlin' });
    expect(timezoneChoices('new y')[0]?.value).toBe('America/New_York');
    expect(timezoneChoices('los ang')[0]?.value).toBe('America/Los_Angeles');
  });

  it('puts an exact match first, then prefixes, then substrings', () => {
    const values = timezoneChoices('europe/london').map((c) => c.value);
    expect(values[0]).toBe('Europe/London');
    const york = timezoneChoices('york').map((c) => c.value);
    expect(york[0]).toBe('America/New_York');
  });

  it('never offers more than 25, and every offer is a zone the runtime accepts', () => {
    const choices = timezoneChoices('a');
    expect(choices).toHaveLength(25);
    for (const c of choices)
      expect(() => new Intl.DateTimeFormat('en', { timeZone: String(c.value) })).not.toThrow();
  });

  it('offers nothing for text no zone contains', () => {
    expect(timezoneChoices('qqqq')).toEqual([]);
  });
});

describe('examChoices', () => {
  it('lists exams newest outline first, the default marked', () => {
    const choices = examChoices('', '2026-05-01');
    expect(choices.map((c) => c.value)).toEqual([
      'AI-103@2026-04',
      'AI-102@2025-12',
      'AI-102@2024-06',
    ]);
    expect(choices[0]!.name).toContain('(default)');
    expect(choices[1]!.name).toContain('(retires 2026-06-30)');
  });

  it('marks retired exams once their date has passed', () => {
    const names = examChoices('ai-102', '2026-07-01').map((c) => c.name);
    expect(names).toHaveLength(2);
    expect(names.every((n) => n.endsWith('(retired)'))).toBe(true);
  });

  it('matches the code, the version or words of the title', () => {
    expect(examChoices('2024', '2026-05-01').map((c) => c.value)).toEqual(['AI-102@2024-06']);
    expect(examChoices('agents', '2026-05-01').map((c) => c.value)).toEqual(['AI-103@2026-04']);
  });
});
