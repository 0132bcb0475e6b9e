/**
 * The text rules of RFC 5545: TEXT values escaped (section 3.3.11), content
 * lines folded at 75 octets (section 3.1), every line ended by CRLF.
 */

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** Escapes a TEXT value: backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds one content line into physical lines of at most 75 octets (UTF-8),
 * each continuation starting with a space. A multi-byte character is never
 * split across lines.
 */
export function foldLine(line: string): string[] {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out;
}

/** Serialises content lines: folded, CRLF after every line (the last one included). */
export function serialiseLines(lines: readonly string[]): string {
  return lines.flatMap(foldLine).join(CRLF) + CRLF;
}

/** `20270201` for an ISO date. */
export function icsDate(isoDate: string): string {
  return isoDate.replace(/-/g, '');
}

/** `20270201T063000Z`: an instant in UTC, as DTSTAMP requires. */
export function icsUtc(instant: Date): string {
  return instant
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}
