import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldText } from './planViews.js';

describe('fieldText', () => {
  it('keeps lines within the limit, in order, saying how many were left out (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ minLength: 1, maxLength: 200 }).filter((l) => !l.includes('\n')),
          {
            maxLength: 60,
          },
        ),
        fc.integer({ min: 60, max: 1024 }),
        (lines, max) => {
          const text = fieldText(lines, max);
          expect(text.length).toBeLessThanOrEqual(max);
          if (lines.join('\n').length <= max) {
            expect(text).toBe(lines.join('\n') || '—');
            return;
          }
          const shown = text.split('\n');
          const tail = shown.at(-1)!;
          const match = /^… and (\d+) more$/.exec(tail);
          if (match) {
            const kept = shown.slice(0, -1);
            expect(kept).toEqual(lines.slice(0, kept.length));
            expect(Number(match[1])).toBe(lines.length - kept.length);
          }
        },
      ),
    );
  });
});

describe('the week view', () => {
  it('stays within the 6,000 characters of a message however full the days are', async () => {
    const { weekEmbed } = await import('./weekView.js');
    const { embedLength } = await import('../messages/embeds.js');
    const dates = [
      '2026-05-04',
      '2026-05-05',
      '2026-05-06',
      '2026-05-07',
      '2026-05-08',
      '2026-05-09',
      '2026-05-10',
    ];
    const days = dates.map((date, i) => {
      const tasks = Array.from({ length: 30 }, (_, n) => ({
        planId: 'p',
        examRef: n % 2 ? 'AI-103@2026-04' : 'AI-102@2025-12',
        taskId: `${date}:learn:x:${n}`,
        date,
        kind: 'learn' as const,
        domainId: 'x',
        domainName: 'X',
        minutes: 15,
        title: `Learn: ${'a very long domain name '.repeat(3)}${n}`,
        resources: [],
        status: 'pending' as const,
        doneAt: null,
      }));
      return { date, weekday: 'mon' as const, isToday: i === 0, tasks, minutes: 450 };
    });
    const embed = weekEmbed({
      week: 0,
      from: dates[0]!,
      to: dates[6]!,
      today: dates[0]!,
      timezone: 'Europe/Berlin',
      days,
      totalMinutes: 3150,
      doneMinutes: 0,
      exams: ['AI-102@2025-12', 'AI-103@2026-04'],
    });
    expect(embed.fields).toHaveLength(7);
    expect(embedLength(embed)).toBeLessThanOrEqual(6000);
    expect(embed.fields?.[0]?.value).toMatch(/… and \d+ more$/);
  });
});
