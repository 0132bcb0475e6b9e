import { tzOffset } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assertTimeZone,
  InvalidLocalTimeError,
  InvalidTimeZoneError,
  isTimeZone,
  localDateIn,
  nextReminderAt,
  parseLocalTime,
  previousReminderAt,
} from '../src/index.js';

const at = (iso: string) => new Date(iso);

function localWallTime(timeZone: string, instant: Date): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

describe('nextReminderAt', () => {
  it('fires later the same day when the time has not come yet', () => {
    expect(nextReminderAt('08:00', 'Europe/Berlin', at('2026-06-10T05:00:00Z'))).toEqual(
      at('2026-06-10T06:00:00Z'),
    );
  });

  it('fires the next day when today’s time has passed, or is exactly now', () => {
    expect(nextReminderAt('08:00', 'Europe/Berlin', at('2026-06-10T06:00:00Z'))).toEqual(
      at('2026-06-11T06:00:00Z'),
    );
  });

  describe('Europe/Berlin', () => {
    it('fires a time skipped by the spring-forward gap at the first valid minute after it', () => {
      // 2026-03-29: clocks jump from 02:00 CET to 03:00 CEST (01:00 UTC).
      const fired = nextReminderAt('02:30', 'Europe/Berlin', at('2026-03-28T23:00:00Z'));
      expect(fired).toEqual(at('2026-03-29T01:00:00Z'));
      expect(localWallTime('Europe/Berlin', fired)).toBe('03:00');
      // And the day after, back at 02:30 as asked.
      expect(nextReminderAt('02:30', 'Europe/Berlin', fired)).toEqual(at('2026-03-30T00:30:00Z'));
    });

    it('keeps a morning reminder at the same local time across spring forward (a 23-hour day)', () => {
      const before = nextReminderAt('08:00', 'Europe/Berlin', at('2026-03-28T00:00:00Z'));
      const after = nextReminderAt('08:00', 'Europe/Berlin', before);
      expect(before).toEqual(at('2026-03-28T07:00:00Z'));
      expect(after).toEqual(at('2026-03-29T06:00:00Z'));
    });

    it('fires a time repeated by the fall-back hour once, at its first occurrence', () => {
      // 2026-10-25: 02:30 happens at 00:30 UTC (CEST) and again at 01:30 UTC (CET).
      const first = nextReminderAt('02:30', 'Europe/Berlin', at('2026-10-24T12:00:00Z'));
      expect(first).toEqual(at('2026-10-25T00:30:00Z'));
      const following = nextReminderAt('02:30', 'Europe/Berlin', first);
      expect(following).toEqual(at('2026-10-26T01:30:00Z'));
      // Asked between the two occurrences, the second is not a new day's reminder.
      expect(nextReminderAt('02:30', 'Europe/Berlin', at('2026-10-25T01:00:00Z'))).toEqual(
        at('2026-10-26T01:30:00Z'),
      );
    });
  });

  describe('America/New_York', () => {
    it('fires a time skipped by the spring-forward gap at 03:00 EDT', () => {
      // 2026-03-08: clocks jump from 02:00 EST to 03:00 EDT (07:00 UTC).
      const fired = nextReminderAt('02:15', 'America/New_York', at('2026-03-08T05:00:00Z'));
      expect(fired).toEqual(at('2026-03-08T07:00:00Z'));
      expect(localWallTime('America/New_York', fired)).toBe('03:00');
    });

    it('fires a time repeated by the fall-back hour once', () => {
      // 2026-11-01: 01:30 happens at 05:30 UTC (EDT) and at 06:30 UTC (EST).
      const first = nextReminderAt('01:30', 'America/New_York', at('2026-11-01T04:00:00Z'));
      expect(first).toEqual(at('2026-11-01T05:30:00Z'));
      expect(nextReminderAt('01:30', 'America/New_York', first)).toEqual(
        at('2026-11-02T06:30:00Z'),
      );
    });

    it('keeps an evening reminder at the same local time across fall back (a 25-hour day)', () => {
      const saturday = nextReminderAt('19:00', 'America/New_York', at('2026-10-31T12:00:00Z'));
      const sunday = nextReminderAt('19:00', 'America/New_York', saturday);
      expect(saturday).toEqual(at('2026-10-31T23:00:00Z'));
      expect(sunday).toEqual(at('2026-11-02T00:00:00Z'));
    });
  });

  it('refuses a timezone that is not an IANA name, saying what to use', () => {
    for (const bad of ['Mars/Olympus', 'CEST', '+02:00', '', 'Europe/Berlin; drop table']) {
      expect(() => nextReminderAt('08:00', bad, new Date())).toThrow(InvalidTimeZoneError);
    }
    expect(() => nextReminderAt('08:00', 'Mars/Olympus', new Date())).toThrow(/IANA name/);
    expect(isTimeZone('UTC')).toBe(true);
    expect(assertTimeZone('Europe/Berlin')).toBe('Europe/Berlin');
    expect(() => assertTimeZone('Europe/Atlantis')).toThrow(InvalidTimeZoneError);
    expect(isTimeZone('America/Argentina/Buenos_Aires')).toBe(true);
  });

  it('refuses a time of day that is not 24-hour HH:MM', () => {
    for (const bad of ['24:00', '7:30', '07:60', '0730', '07:30:00', 'noon']) {
      expect(() => nextReminderAt(bad, 'UTC', new Date())).toThrow(InvalidLocalTimeError);
    }
    expect(parseLocalTime('07:05')).toEqual({ hours: 7, minutes: 5 });
    expect(parseLocalTime('23:59')).toEqual({ hours: 23, minutes: 59 });
  });

  const zones = [
    'Europe/Berlin',
    'America/New_York',
    'Australia/Lord_Howe', // a 30-minute DST shift
    'Asia/Kolkata',
    'America/Santiago', // DST at midnight
    'Pacific/Chatham',
    'UTC',
  ];
  const times = fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
  const starts = fc.date({
    min: at('2024-01-01T00:00:00Z'),
    max: at('2030-01-01T00:00:00Z'),
    noInvalidDate: true,
  });

  it('fires exactly once on every local day, at the asked time or just after a gap', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), times, starts, (zone, time, start) => {
        let previous = nextReminderAt(time, zone, start);
        expect(previous.getTime()).toBeGreaterThan(start.getTime());
        for (let day = 0; day < 400; day++) {
          const next = nextReminderAt(time, zone, previous);
          expect(localDateIn(zone, next)).toBe(addDays(localDateIn(zone, previous), 1));
          const wall = localWallTime(zone, next);
          if (wall !== time) {
            // Only a skipped wall time moves, and then to the instant the clocks jumped.
            const jumped =
              tzOffset(zone, new Date(next.getTime() - 60_000)) !== tzOffset(zone, next);
            expect(jumped).toBe(true);
            expect(wall > time).toBe(true);
          }
          previous = next;
        }
      }),
      { numRuns: 25 },
    );
  });

  it('previousReminderAt finds the latest time at or before an instant, with none in between', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), times, starts, (zone, time, instant) => {
        const previous = previousReminderAt(time, zone, instant);
        expect(previous.getTime()).toBeLessThanOrEqual(instant.getTime());
        expect(nextReminderAt(time, zone, previous).getTime()).toBeGreaterThan(instant.getTime());
      }),
      { numRuns: 300 },
    );
  });
});
