import type { Choice } from '../framework/types.js';
import { LIMITS } from '../messages/limits.js';

/** Shown before anything is typed: the zones most study groups are in, west to east. */
const COMMON = [
  'UTC',
  'America/Los_Angeles',
  'America/Denver',
  'America/Chicago',
  'America/New_York',
  'America/Sao_Paulo',
  'Europe/London',
  'Europe/Berlin',
  'Europe/Paris',
  'Africa/Lagos',
  'Africa/Johannesburg',
  'Europe/Istanbul',
  'Asia/Dubai',
  'Asia/Karachi',
  'Asia/Kolkata',
  'Asia/Dhaka',
  'Asia/Bangkok',
  'Asia/Singapore',
  'Asia/Shanghai',
  'Asia/Tokyo',
  'Australia/Sydney',
  'Pacific/Auckland',
];

let zones: readonly string[] | undefined;

/** Every IANA zone the runtime knows, plus UTC (which some runtimes leave out of the list). */
export function timeZones(): readonly string[] {
  zones ??= [...new Set(['UTC', ...Intl.supportedValuesOf('timeZone')])];
  return zones;
}

const normalise = (s: string) => s.trim().toLowerCase().replace(/\s+/g, '_');

/**
 * Timezone suggestions for what was typed: exact match first, then names or
 * cities that start with it (`berl` -> Europe/Berlin, `new y` ->
 * America/New_York), then names that contain it; at most 25.
 */
export function timezoneChoices(
  query: string,
  limit: number = LIMITS.autocompleteChoices,
): Choice[] {
  const q = normalise(query);
  const all = timeZones();
  const pick = (names: readonly string[]) =>
    names.slice(0, limit).map((name) => ({ name, value: name }));
  if (q === '') return pick(COMMON.filter((z) => all.includes(z)));
  const rank = (zone: string): number => {
    const full = zone.toLowerCase();
    const parts = full.split('/');
    if (full === q) return 0;
    if (full.startsWith(q)) return 1;
    if (parts.some((p) => p.startsWith(q))) return 2;
    if (full.includes(q)) return 3;
    return -1;
  };
  const ranked = all
    .map((zone) => ({ zone, rank: rank(zone) }))
    .filter((r) => r.rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.zone.localeCompare(b.zone));
  return pick(ranked.map((r) => r.zone));
}
