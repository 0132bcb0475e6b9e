import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import { certpace, json, scratchFolder } from './support/certpace.js';

// One data folder for the file: the tests follow one learner through their plan, in order.
const folder = scratchFolder();
afterAll(() => folder.remove());

interface DayJson {
  date: string;
  tasks: { taskId: string; title: string; status: string; minutes: number }[];
  streak: { current: number };
}

describe('the quick start: a plan and today’s tasks', () => {
  it('creates a plan and shows today’s tasks with weekday names and readable times', async () => {
    const created = await certpace(folder.dir, [
      'plan',
      'create',
      '--exam',
      'AI-103',
      '--exam-date',
      '2027-03-15',
      '--minutes',
      '60',
      '--days',
      'mon-fri',
      '--timezone',
      'Europe/Berlin',
    ]);
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('Plan created for AI-103.');
    expect(created.stdout).toContain('Exam on Mon 15 Mar 2027');
    expect(created.stdout).toContain('1 h on Mon–Fri');
    expect(created.stdout).toMatch(/Today, Mon 1 Feb 2027 · 1 h/);

    const today = await certpace(folder.dir, ['today']);
    expect(today.code).toBe(0);
    expect(today.stdout).toContain('Today, Mon 1 Feb 2027 · AI-103 · Europe/Berlin');
    expect(today.stdout).toMatch(/^1 {2}\S.*15 min {2}○ to do$/m);
    expect(today.stdout).toContain('1 h planned · 0 min done');
    expect(today.stdout).not.toContain('\u001b[');
  });

  it('shows next week, Monday to Sunday, with the weekend as rest days', async () => {
    const week = await certpace(folder.dir, ['plan', 'show', '--week', '1']);
    expect(week.code).toBe(0);
    expect(week.stdout).toContain('Next week: Mon 8 Feb – Sun 14 Feb');
    expect(week.stdout).toMatch(/^Sat 13 Feb +rest day$/m);
    expect(week.stdout).toMatch(/^Sun 14 Feb +rest day$/m);
    const days = week.stdout.match(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d+ Feb/gm);
    expect(days).toEqual([
      'Mon 8 Feb',
      'Tue 9 Feb',
      'Wed 10 Feb',
      'Thu 11 Feb',
      'Fri 12 Feb',
      'Sat 13 Feb',
      'Sun 14 Feb',
    ]);

    const asJson = json<{ week: { from: string; to: string; days: unknown[] } }>(
      await certpace(folder.dir, ['plan', 'show', '--week', '1', '--json']),
    );
    expect(asJson.week).toMatchObject({ from: '2027-02-08', to: '2027-02-14' });
    expect(asJson.week.days).toHaveLength(7);
  });

  it('marks tasks done by number and by id, and skips one; the streak starts', async () => {
    const before = json<DayJson>(await certpace(folder.dir, ['today', '--json']));
    expect(before.tasks.length).toBeGreaterThanOrEqual(3);
    const [first, second, third] = before.tasks;

    const byNumber = await certpace(folder.dir, ['done', '1']);
    expect(byNumber.code).toBe(0);
    expect(byNumber.stdout).toContain(`✓ Done: ${first!.title} (Mon 1 Feb 2027).`);
    expect(byNumber.stdout).toContain('Streak: 1 day');

    const byId = await certpace(folder.dir, ['done', second!.taskId]);
    expect(byId.code).toBe(0);
    expect(byId.stdout).toContain(`✓ Done: ${second!.title}`);

    const again = await certpace(folder.dir, ['done', second!.taskId]);
    expect(again.stdout).toContain('Already done');

    const skipped = await certpace(folder.dir, ['skip', third!.taskId]);
    expect(skipped.code).toBe(0);
    expect(skipped.stdout).toContain('Skipped:');

    const after = json<DayJson>(await certpace(folder.dir, ['today', '--json']));
    expect(after.tasks.slice(0, 3).map((t) => t.status)).toEqual(['done', 'done', 'skipped']);
    expect(after.streak.current).toBe(1);
  });

  it('exports the plan as an iCalendar file that a real parser reads, one event per task and UIDs from task ids', async () => {
    const plan = json<[{ tasks: { taskId: string }[] }]>(
      await certpace(folder.dir, ['export', '--json']),
    );
    const file = join(folder.dir, 'plan.ics');
    const exported = await certpace(folder.dir, ['export', '--ics', file]);
    expect(exported.code).toBe(0);
    const tasks = plan[0].tasks;
    expect(exported.stdout).toContain(`Wrote ${tasks.length + 1} events to ${file}.`);

    const text = readFileSync(file, 'utf8');
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(tasks.length + 1);
    const uids = events.map((e) => String(e.getFirstPropertyValue('uid')));
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids).toContain(`${tasks[0]!.taskId}.AI-103@certpace`);
    expect(uids).toContain('exam.AI-103@certpace');
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/Berlin');
  });

  it('exports timed events at the local start time of each study day', async () => {
    const file = join(folder.dir, 'timed.ics');
    expect((await certpace(folder.dir, ['export', '--ics', file, '--at', '07:30'])).code).toBe(0);
    const events = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8'))).getAllSubcomponents(
      'vevent',
    );
    const first = new ICAL.Event(events[0]);
    // 07:30 in Berlin in February is 06:30 UTC.
    expect(first.startDate.toString()).toBe('2027-02-01T06:30:00Z');
  });

  it('edits the exam date and says what the re-plan changed', async () => {
    const edited = await certpace(folder.dir, [
      'plan',
      'edit',
      '--exam-date',
      '2027-03-29',
      '--pause-from',
      '2027-02-15',
      '--pause-to',
      '2027-02-19',
    ]);
    expect(edited.stderr).toBe('');
    expect(edited.code).toBe(0);
    expect(edited.stdout).toContain('Exam on Mon 29 Mar 2027');
    expect(edited.stdout).toContain('Paused from Mon 15 Feb 2027 to Fri 19 Feb 2027');
    expect(edited.stdout).toContain('AI-103 plan re-planned (revision 2)');

    const paused = await certpace(folder.dir, ['plan', 'show', '--week', '2']);
    expect(paused.stdout).toMatch(/^Wed 17 Feb +rest day$/m);
  });

  it('deletes the plan only after a yes', async () => {
    const kept = await certpace(folder.dir, ['plan', 'delete'], { input: ['n'] });
    expect(kept.code).toBe(1);
    expect(kept.stderr).toBe('Error: Kept your plan: nothing was deleted.\n');

    const deleted = await certpace(folder.dir, ['plan', 'delete'], { input: ['y'] });
    expect(deleted.code).toBe(0);
    expect(deleted.stdout).toContain('Deleted your AI-103 plan.');

    const none = await certpace(folder.dir, ['today']);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('You have no active plan yet.');
    expect(none.stderr).toContain('certpace plan create');
  });
});
