const ELLIPSIS = '…';

/**
 * `text` cut to at most `max` characters (UTF-16 units, the stricter count),
 * ending in an ellipsis when cut. It prefers a word boundary near the end and
 * never splits a surrogate pair.
 */
export function truncate(text: string, max: number): string {
  if (max < 1) return '';
  if (text.length <= max) return text;
  let end = max - ELLIPSIS.length;
  const space = text.lastIndexOf(' ', end);
  if (space > 0 && space >= end - Math.ceil(max * 0.15)) end = space;
  if (isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
  return `${text.slice(0, end).trimEnd()}${ELLIPSIS}`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Splits a list into consecutive pieces of at most `size` items. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!(size >= 1)) throw new RangeError(`chunk size must be at least 1, not ${size}`);
  const pieces: T[][] = [];
  for (let i = 0; i < items.length; i += size) pieces.push(items.slice(i, i + size));
  return pieces;
}
