import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, serialiseLines } from '../icsText.js';
import { type CalendarPlan, planToIcs, taskUid } from '../planToIcs.js';

const plan: CalendarPlan = {
  examRef: 'AI-103@2026-04',
  examTitle: 'Developing AI Apps and Agents on Azure',
  examDate: '2027-03-15',
  timezone: 'Europe/Berlin',
  revision: 3,
  tasks: [
    {
      id: '2027-03-28:learn:text-analysis',
      date: '2027-03-28',
      kind: 'learn',
      minutes: 45,
      title: 'Learn: Implement text analysis solutions; entities, PII, sentiment',
      domainId: 'text-analysis',
      resources: [
        {
          title: 'Azure Language, overview',
          url: 'https://learn.microsoft.com/en-us/azure/ai-services/language-service/overview',
        },
      ],
    },
    {
      id: '2027-03-28:quiz:text-analysis',
      date: '2027-03-28',
      kind: 'quiz',
      minutes: 15,
      title: 'Practice quiz: Text analysis',
    },
    {
      id: '2027-03-29:mock-exam',
      date: '2027-03-29',
      kind: 'mock-exam',
      minutes: 120,
      title: 'Mock exam: 50 questions in 2 h',
    },
  ],
};

const now = new Date('2027-02-01T08:00:00Z');

/** Text without control characters other than line breaks (iCalendar TEXT cannot hold them). */
function printable(text: string): boolean {
  return [...text].every((c) => {
    const code = c.charCodeAt(0);
    return code === 10 || code === 13 || (code >= 32 && code !== 127);
  });
}

function events(text: string): ICAL.Component[] {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
}

describe('planToIcs', () => {
  it('writes one event per task plus the exam day, with UIDs from the task ids', () => {
    const text = planToIcs({ plans: [plan], now });
    const vevents = events(text);
    expect(vevents).toHaveLength(4);
    const uids = vevents.map((e) => e.getFirstPropertyValue('uid'));
    expect(uids).toEqual([
      taskUid(plan.examRef, '2027-03-28:learn:text-analysis'),
      taskUid(plan.examRef, '2027-03-28:quiz:text-analysis'),
      taskUid(plan.examRef, '2027-03-29:mock-exam'),
      'exam.AI-103@certpace',
    ]);
    expect(new Set(uids).size).toBe(4);
  });

  it('makes all-day events by default and keeps escaped text intact', () => {
    const [first] = events(planToIcs({ plans: [plan], now }));
    const event = new ICAL.Event(first);
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2027-03-28');
    expect(event.endDate.toString()).toBe('2027-03-29');
    expect(event.summary).toBe(
      'AI-103: Learn: Implement text analysis solutions; entities, PII, sentiment',
    );
    expect(event.description).toContain('certpace done 2027-03-28:learn:text-analysis');
    expect(first!.getFirstPropertyValue('dtstamp')!.toString()).toBe('2027-02-01T08:00:00Z');
    expect(first!.getFirstPropertyValue('sequence')).toBe(2);
  });

  it('places timed events back to back from the start time in the plan timezone, across a DST change', () => {
    // 28 March 2027: Berlin moves from UTC+1 to UTC+2 at 02:00.
    const vevents = events(planToIcs({ plans: [plan], now, startTime: '07:30' })).map(
      (e) => new ICAL.Event(e),
    );
    expect(vevents[0]!.startDate.toString()).toBe('2027-03-28T05:30:00Z');
    expect(vevents[0]!.endDate.toString()).toBe('2027-03-28T06:15:00Z');
    expect(vevents[1]!.startDate.toString()).toBe('2027-03-28T06:15:00Z');
    expect(vevents[2]!.startDate.toString()).toBe('2027-03-29T05:30:00Z');
    expect(vevents[2]!.endDate.toString()).toBe('2027-03-29T07:30:00Z');
  });

  it('ends every line with CRLF and folds none longer than 75 octets', () => {
    const text = planToIcs({ plans: [plan], now });
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n'))
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });
});

describe('iCalendar text rules', () => {
  it('escapes backslashes, semicolons, commas and newlines', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('folds any line into ≤ 75-octet pieces that unfold to the original, never splitting a character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const line = `DESCRIPTION:${text}`;
        const pieces = foldLine(line);
        for (const piece of pieces)
          expect(Buffer.byteLength(piece, 'utf8')).toBeLessThanOrEqual(75);
        for (const piece of pieces.slice(1)) expect(piece.startsWith(' ')).toBe(true);
        expect(pieces.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
      }),
    );
  });

  it('round-trips escaped text through a real parser', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }).filter(printable), (text) => {
        const ics = serialiseLines([
          'BEGIN:VCALENDAR',
          'VERSION:2.0',
          'PRODID:-//test//EN',
          'BEGIN:VEVENT',
          'UID:x',
          'DTSTAMP:20270201T080000Z',
          `SUMMARY:${escapeText(text)}`,
          'END:VEVENT',
          'END:VCALENDAR',
        ]);
        const [event] = events(ics);
        expect(event!.getFirstPropertyValue('summary')).toBe(text.replace(/\r\n|\r/g, '\n'));
      }),
    );
  });
});
