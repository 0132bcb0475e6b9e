import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certpace, json, type Result, scratchFolder } from './support/certpace.js';

const folder = scratchFolder();
afterAll(() => folder.remove());

const create = [
  'plan',
  'create',
  '--exam',
  'AI-103',
  '--exam-date',
  '2027-03-15',
  '--minutes',
  '60',
];

/** One line on stderr, no stack trace, nothing on stdout, and the exit code a script can test. */
function refused(result: Result, code: number, text: string | RegExp): void {
  expect(result.stdout).toBe('');
  expect(result.stderr.endsWith('\n')).toBe(true);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.stderr).toMatch(
    typeof text === 'string' ? new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : text,
  );
  expect(result.code).toBe(code);
}

let anaTask = '';
let anaTasksToday = 0;

beforeAll(async () => {
  expect((await certpace(folder.dir, create)).code).toBe(0);
  const today = json<{ tasks: { taskId: string }[] }>(
    await certpace(folder.dir, ['today', '--json']),
  );
  anaTask = today.tasks[0]!.taskId;
  anaTasksToday = today.tasks.length;
});

describe('bad input gets one clear line and a non-zero exit', () => {
  it('refuses an unknown exam, naming the known ones', async () => {
    refused(
      await certpace(folder.dir, [
        'plan',
        'create',
        '--exam',
        'AZ-999',
        '--exam-date',
        '2027-03-15',
        '--minutes',
        '60',
      ]),
      2,
      /Exam: "AZ-999" is not an exam certpace knows\. Known: .*AI-103@2026-04.* See `certpace exams`\./,
    );
  });

  it('refuses a malformed date, a date in the past and an unknown timezone', async () => {
    refused(
      await certpace(folder.dir, [
        'plan',
        'create',
        '--exam-date',
        '2027-02-30',
        '--minutes',
        '60',
      ]),
      2,
      'Exam date: "2027-02-30" is not a date. Write it as YYYY-MM-DD, e.g. 2027-03-15.',
    );
    refused(
      await certpace(
        folder.dir,
        ['plan', 'create', '--exam-date', '2026-12-01', '--minutes', '60'],
        { env: { CERTPACE_USER: 'zoe' } },
      ),
      2,
      'Exam date: 2026-12-01 is in the past (today is 2027-02-01). Choose a later date.',
    );
    refused(
      await certpace(folder.dir, [...create, '--timezone', 'Mars/Olympus_Mons']),
      2,
      'Timezone: "Mars/Olympus_Mons" is not a known timezone.',
    );
  });

  it('refuses non-numeric minutes and study days that are not weekdays', async () => {
    refused(
      await certpace(folder.dir, [
        'plan',
        'create',
        '--exam-date',
        '2027-03-15',
        '--minutes',
        'an hour',
      ]),
      2,
      'Minutes per study day: "an hour" is not a whole number from 1 to 960 minutes (e.g. 60).',
    );
    refused(
      await certpace(folder.dir, [...create.slice(0, -2), '--minutes', '60', '--days', 'mon-fry']),
      2,
      'Study days: "fry"',
    );
  });

  it('refuses an unknown domain, listing the exam’s domains', async () => {
    refused(
      await certpace(folder.dir, ['quiz', '--domain', 'astrology']),
      2,
      /Domain: "astrology" is not a domain of AI-103@2026-04\. Its domains are plan-manage, generative-agentic/,
    );
    refused(
      await certpace(
        folder.dir,
        [
          'plan',
          'create',
          '--exam-date',
          '2027-03-15',
          '--minutes',
          '60',
          '--rate',
          'astrology=0.2',
        ],
        { env: { CERTPACE_USER: 'zoe' } },
      ),
      2,
      'is not a domain of AI-103@2026-04',
    );
  });

  it('refuses a task id that does not exist, and one that is someone else’s, the same way', async () => {
    refused(
      await certpace(folder.dir, ['done', '2027-02-01:learn:astrology']),
      1,
      'There is no task 2027-02-01:learn:astrology in your plans. See `certpace today`.',
    );
    refused(
      await certpace(folder.dir, ['done', anaTask], { env: { CERTPACE_USER: 'bob' } }),
      1,
      `There is no task ${anaTask} in your plans.`,
    );
    refused(
      await certpace(folder.dir, ['done', '9']),
      2,
      `Today has ${anaTasksToday} tasks: give a number from 1 to ${anaTasksToday}, or a task id.`,
    );
    // And ana's task is still to do.
    const day = json<{ tasks: { taskId: string; status: string }[] }>(
      await certpace(folder.dir, ['today', '--json']),
    );
    expect(day.tasks.find((t) => t.taskId === anaTask)?.status).toBe('pending');
  });

  it('refuses a second plan for the same exam', async () => {
    refused(
      await certpace(folder.dir, create),
      1,
      'There is already a plan for AI-103: edit it, or archive or delete it before making a new one.',
    );
  });

  it('says what is wrong with the command line itself', async () => {
    refused(
      await certpace(folder.dir, ['tody']),
      2,
      'Unknown command "tody". Did you mean "today"?',
    );
    refused(
      await certpace(folder.dir, ['plan']),
      2,
      '"plan" needs a subcommand: use one of create, show, edit, delete',
    );
    refused(
      await certpace(folder.dir, ['today', '--weekk', '1']),
      2,
      'Unknown option --weekk for "certpace today".',
    );
    refused(
      await certpace(folder.dir, ['plan', 'create', '--minutes', '60']),
      2,
      '--exam-date is required, such as --exam-date 2027-03-15.',
    );
    refused(
      await certpace(folder.dir, ['export', '--ics']),
      2,
      '--ics needs a value: --ics <file>.',
    );
    refused(
      await certpace(folder.dir, ['today'], { env: { CERTPACE_NOW: 'yesterday' } }),
      2,
      'CERTPACE_NOW must be an ISO instant',
    );
  });
});
