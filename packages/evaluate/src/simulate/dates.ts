// ISO dates for the simulated calendar. UTC throughout: the simulation has no
// time zone, and the planner only sees the date strings.

const DAY_MS = 86_400_000;

export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Epoch ms of a moment on a date: `minutes` after midnight UTC. */
export function momentOf(iso: string, minutes = 0): number {
  return Date.parse(`${iso}T00:00:00Z`) + minutes * 60_000;
}
