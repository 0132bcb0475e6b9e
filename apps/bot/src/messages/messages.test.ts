import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { button, buttonPages, buttonRows, selectMenuRow } from './components.js';
import { embedLength, embedsFromLines, fitEmbed, packEmbeds } from './embeds.js';
import { LIMITS } from './limits.js';
import { paginateLines, splitContent } from './paginate.js';
import { splitPayload } from './payload.js';
import { truncate } from './truncate.js';

describe('truncate', () => {
  it('leaves text that fits alone', () => {
    expect(truncate('Plan and manage', 15)).toBe('Plan and manage');
  });

  it('cuts at a word near the end and marks the cut', () => {
    expect(truncate('Implement generative AI and agentic solutions', 30)).toBe(
      'Implement generative AI and…',
    );
  });

  it('never exceeds the limit, keeps a prefix and never splits an emoji (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.integer({ min: 1, max: 200 }),
        (text, max) => {
          const out = truncate(text, max);
          expect(out.length).toBeLessThanOrEqual(max);
          if (text.length <= max) expect(out).toBe(text);
          else {
            expect(out.endsWith('…')).toBe(true);
            expect(text.startsWith(out.slice(0, -1))).toBe(true);
            expect(/[\uD800-\uDBFF]$/.test(out.slice(0, -1))).toBe(false);
          }
        },
      ),
    );
  });
});

describe('paginateLines', () => {
  it('keeps every line, in order, in pages within the limit (property)', () => {
    const line = fc.string({ minLength: 1, maxLength: 80 }).filter((l) => !l.includes('\n'));
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 60 }),
        fc.integer({ min: 80, max: 500 }),
        (lines, max) => {
          const pages = paginateLines(lines, max);
          for (const page of pages) expect(page.length).toBeLessThanOrEqual(max);
          expect(pages.join('\n')).toBe(lines.join('\n'));
        },
      ),
    );
  });

  it('splits long content into messages of at most 2,000 characters at line breaks', () => {
    const text = Array.from({ length: 100 }, (_, i) => `${i}. ${'task '.repeat(8)}`).join('\n');
    const parts = splitContent(text);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(LIMITS.content);
    expect(parts.join('\n')).toBe(text);
  });
});

describe('embeds', () => {
  it('cuts every part of an embed to its limit', () => {
    const embed = fitEmbed({
      title: 't'.repeat(300),
      description: 'd'.repeat(5000),
      fields: Array.from({ length: 30 }, (_, i) => ({
        name: `n${i}`.repeat(200),
        value: 'v'.repeat(2000),
      })),
      footer: 'f'.repeat(3000),
    });
    expect(embed.title!.length).toBe(LIMITS.embedTitle);
    expect(embed.description!.length).toBe(LIMITS.embedDescription);
    expect(embed.fields).toHaveLength(LIMITS.embedFields);
    for (const field of embed.fields!) {
      expect(field.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
      expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    }
    expect(embed.footer!.text.length).toBe(LIMITS.footer);
  });

  it('pages a long list into embeds, numbered, title first and footer last', () => {
    const lines = Array.from(
      { length: 400 },
      (_, i) => `Question ${i + 1}: ${'answer text '.repeat(3)}`,
    );
    const embeds = embedsFromLines({
      title: 'Missed questions',
      lines,
      footer: 'Review them with /practice',
    });
    expect(embeds.length).toBeGreaterThan(1);
    expect(embeds[0]!.title).toBe(`Missed questions (1/${embeds.length})`);
    expect(embeds.at(-1)!.footer?.text).toBe('Review them with /practice');
    expect(embeds.slice(0, -1).every((e) => e.footer === undefined)).toBe(true);
  });

  it('packs embeds into messages of at most 10 embeds and 6,000 characters (property)', () => {
    const embed = fc
      .record({ title: fc.string({ maxLength: 256 }), description: fc.string({ maxLength: 4096 }) })
      .map((spec) => fitEmbed(spec));
    fc.assert(
      fc.property(fc.array(embed, { maxLength: 30 }), (embeds) => {
        const messages = packEmbeds(embeds);
        for (const group of messages) {
          expect(group.length).toBeGreaterThan(0);
          expect(group.length).toBeLessThanOrEqual(LIMITS.embedsPerMessage);
          expect(group.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(
            LIMITS.embedTotal,
          );
        }
        expect(messages.flat()).toEqual(embeds);
      }),
    );
  });

  it('trims an embed that alone is over 6,000 characters by dropping its last fields', () => {
    const big = fitEmbed({
      description: 'd'.repeat(4000),
      fields: Array.from({ length: 10 }, (_, i) => ({ name: `f${i}`, value: 'v'.repeat(1000) })),
    });
    const [[trimmed]] = packEmbeds([big]) as [[typeof big]];
    expect(embedLength(trimmed)).toBeLessThanOrEqual(LIMITS.embedTotal);
    expect(trimmed.fields!.length).toBe(1);
  });
});

describe('splitPayload', () => {
  it('sends what does not fit one message as several, components on the last', () => {
    const embeds = Array.from({ length: 12 }, (_, i) => fitEmbed({ title: `Day ${i + 1}` }));
    const row = buttonRows([button({ customId: 'plan:next:*', label: 'Next week' })]);
    const parts = splitPayload({
      content: 'x\n'.repeat(1500),
      embeds,
      components: row,
      ephemeral: true,
    });
    expect(parts).toHaveLength(2);
    expect(parts[0]!.embeds).toHaveLength(10);
    expect(parts[1]!.embeds).toHaveLength(2);
    expect(parts[0]!.components).toBeUndefined();
    expect(parts[1]!.components).toEqual(row);
    expect(parts.every((p) => p.ephemeral === true && (p.content ?? '').length <= 2000)).toBe(true);
  });
});

describe('components', () => {
  const buttons = (n: number) =>
    Array.from({ length: n }, (_, i) => button({ customId: `b:x:*:${i}`, label: `${i}` }));

  it('lays out buttons five to a row and five rows to a page', () => {
    const pages = buttonPages(buttons(27));
    expect(pages).toHaveLength(2);
    expect(pages[0]).toHaveLength(5);
    expect(pages[0]!.every((row) => row.components.length === 5)).toBe(true);
    expect(pages[1]).toHaveLength(1);
    expect(pages[1]![0]!.components).toHaveLength(2);
  });

  it('leaves rows for other components when asked', () => {
    expect(buttonPages(buttons(20), 3).map((page) => page.length)).toEqual([3, 1]);
  });

  it('refuses more than 25 buttons in one message', () => {
    expect(() => buttonRows(buttons(26))).toThrow(/paginate/);
  });

  it('cuts button labels to 80 characters', () => {
    expect(button({ customId: 'a:b:*', label: 'L'.repeat(100) }).label).toHaveLength(80);
  });

  it('cuts select labels and refuses more than 25 options', () => {
    const options = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ label: 'o'.repeat(150), value: `v${i}` }));
    const row = selectMenuRow({ customId: 'quiz:pick:*', options: options(25), maxValues: 30 });
    const menu = row.components[0] as { options: { label: string }[]; max_values: number };
    expect(menu.options.every((o) => o.label.length === 100)).toBe(true);
    expect(menu.max_values).toBe(25);
    expect(() => selectMenuRow({ customId: 'quiz:pick:*', options: options(26) })).toThrow(/25/);
  });
});
