import { LIMITS } from './limits.js';
import { truncate } from './truncate.js';

/**
 * Joins lines into pages of at most `max` characters, breaking only between
 * lines; a single line longer than a page is truncated to fit. An empty list
 * gives no pages.
 */
export function paginateLines(lines: readonly string[], max: number): string[] {
  const pages: string[] = [];
  let current = '';
  for (const raw of lines) {
    const line = truncate(raw, max);
    if (current === '') {
      current = line;
    } else if (current.length + 1 + line.length <= max) {
      current = `${current}\n${line}`;
    } else {
      pages.push(current);
      current = line;
    }
  }
  if (current !== '' || (pages.length === 0 && lines.length > 0)) pages.push(current);
  return pages;
}

/** Message content split into messages of at most 2,000 characters, at line breaks. */
export function splitContent(text: string, max: number = LIMITS.content): string[] {
  return paginateLines(text.split('\n'), max);
}
