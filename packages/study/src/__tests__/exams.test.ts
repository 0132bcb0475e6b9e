import { describe, expect, it } from 'vitest';
import { getExam, listExams } from '../exams/listExams.js';

const deps = { clock: () => new Date('2027-02-01T08:00:00Z') };

describe('exams', () => {
  it('lists the shipped exams newest first, retired ones marked, the default flagged', () => {
    const exams = listExams(deps);
    expect(exams.map((e) => [e.ref, e.retired, e.isDefault])).toEqual([
      ['AI-103@2026-04', false, true],
      ['AI-102@2025-12', true, false],
      ['AI-102@2024-06', true, false],
    ]);
    expect(exams[1]).toMatchObject({ retiresOn: '2026-06-30', successor: 'AI-103' });
  });

  it('marks nothing retired before the retirement date', () => {
    const before = listExams({ clock: () => new Date('2026-05-01T00:00:00Z') });
    expect(before.every((e) => !e.retired)).toBe(true);
  });

  it('describes one exam by ref or bare code, with shares that add up to 1', () => {
    const exam = getExam(deps, { exam: 'ai-102' });
    expect(exam.ref).toBe('AI-102@2025-12');
    expect(exam.domains.map((d) => d.id)).toContain('agentic');
    expect(exam.domains.reduce((s, d) => s + d.share, 0)).toBeCloseTo(1);
  });

  it('refuses an unknown exam or timezone with the way out', () => {
    expect(() => getExam(deps, { exam: 'AZ-900' })).toThrow(/Known: .*AI-103@2026-04/);
    expect(() => listExams(deps, { timezone: 'Moon/Base' })).toThrow(/not a known timezone/);
  });
});
