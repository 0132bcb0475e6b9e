import { describeEachDriver } from '@certpace/db/testing';
import { expect, it } from 'vitest';
import {
  createPlan,
  editPlan,
  getQuiz,
  getToday,
  getWeek,
  markTask,
  reportQuestion,
  StudyError,
  setGuildSettings,
  startQuiz,
} from '../src/index.js';
import { discordLearner, failure, testDeps } from './support/fixtures.js';

const plan = { examDate: '2027-03-15', minutes: 60 };

describeEachDriver('bad input', (ctx) => {
  it('names the field and says what to do for each bad plan input', async () => {
    const deps = testDeps(ctx.db);
    const ada = await discordLearner(deps);
    const cases: [Record<string, unknown>, string, string, RegExp][] = [
      [
        { exam: 'AZ-999' },
        'unknown-exam',
        'exam',
        /not an exam certpace knows\. Known: .*AI-103@2026-04/,
      ],
      [
        { examDate: '2027-02-30' },
        'invalid-date',
        'examDate',
        /"2027-02-30" is not a date\. Write it as YYYY-MM-DD/,
      ],
      [{ examDate: '15/03/2027' }, 'invalid-date', 'examDate', /YYYY-MM-DD/],
      [
        { examDate: '2027-01-15' },
        'date-in-past',
        'examDate',
        /in the past \(today is 2027-02-01\)/,
      ],
      [{ examDate: '2031-01-15' }, 'invalid-date', 'examDate', /more than three years/],
      [
        { timezone: 'Europe/Atlantis' },
        'invalid-timezone',
        'timezone',
        /IANA name such as Europe\/Berlin/,
      ],
      [
        { minutes: 'sixty' },
        'invalid-minutes',
        'minutes',
        /"sixty" is not a whole number from 1 to 960/,
      ],
      [{ minutes: 0 }, 'invalid-minutes', 'minutes', /from 1 to 960/],
      [{ minutes: undefined }, 'invalid-minutes', 'minutes', /how long you can study/],
      [{ days: 'mon-funday' }, 'invalid-days', 'days', /"funday" .* is not a weekday/],
      [
        { selfRating: { nlp: 0.5 } },
        'unknown-domain',
        'selfRating.nlp',
        /Its domains are plan-manage/,
      ],
      [
        { selfRating: { 'plan-manage': 3 } },
        'invalid-input',
        'selfRating.plan-manage',
        /from 0 \(new to it\) to 1/,
      ],
    ];
    for (const [change, code, field, message] of cases) {
      const error = await failure(createPlan(deps, ada, { ...plan, ...change } as never));
      expect(error, JSON.stringify(change)).toBeInstanceOf(StudyError);
      expect({ code: error.code, field: error.field }, JSON.stringify(change)).toEqual({
        code,
        field,
      });
      expect(error.message).toMatch(message);
    }
  });

  it('says there is no plan yet, with the command to make one in each front end', async () => {
    const deps = testDeps(ctx.db);
    const ada = await discordLearner(deps);
    const calls = [
      () => getToday(deps, ada),
      () => getWeek(deps, ada),
      () => editPlan(deps, ada, { minutes: 30 }),
    ];
    for (const call of calls) {
      const error = (await failure(call())) as StudyError;
      expect(error.code).toBe('no-active-plan');
      expect(error.describe('discord')).toMatch(/\/plan create/);
      expect(error.describe('cli')).toMatch(/certpace plan create/);
    }
  });

  it('refuses edits that change nothing or end in the past, and bad weeks', async () => {
    const deps = testDeps(ctx.db);
    const ada = await discordLearner(deps);
    await createPlan(deps, ada, plan);
    expect((await failure(editPlan(deps, ada, {}))).code).toBe('invalid-input');
    expect((await failure(editPlan(deps, ada, { examDate: '2027-02-01' }))).code).toBe(
      'date-in-past',
    );
    const pause = await failure(
      editPlan(deps, ada, { pause: { from: '2027-02-10', to: '2027-02-05' } }),
    );
    expect(pause).toMatchObject({ code: 'invalid-date', field: 'pause' });
    expect(pause.message).toMatch(/swap the two dates/);
    expect((await failure(getWeek(deps, ada, { week: 'next' }))).code).toBe('invalid-input');
    expect((await failure(markTask(deps, ada, { taskId: 'nope', status: 'done' }))).code).toBe(
      'task-not-found',
    );
    expect(
      (await failure(markTask(deps, ada, { taskId: 'nope', status: 'maybe' as 'done' }))).code,
    ).toBe('invalid-input');
  });

  it('refuses bad quiz options and unknown quizzes', async () => {
    const deps = testDeps(ctx.db);
    const ada = await discordLearner(deps);
    const domain = await failure(startQuiz(deps, ada, { mode: 'practice', domain: 'nlp' }));
    expect(domain).toMatchObject({ code: 'unknown-domain', field: 'domain' });
    expect((await failure(startQuiz(deps, ada, { mode: 'practice', count: 'ten' }))).code).toBe(
      'invalid-input',
    );
    const seconds = await failure(
      startQuiz(deps, ada, { mode: 'group', guildId: 'g', channelId: 'c', secondsPerQuestion: 2 }),
    );
    expect(seconds).toMatchObject({ code: 'invalid-input', field: 'secondsPerQuestion' });
    expect((await failure(getQuiz(deps, { quizId: 'not-a-quiz' }))).code).toBe('quiz-not-found');
    expect(
      (await failure(getQuiz(deps, { quizId: '00000000-0000-4000-8000-000000000000' }))).code,
    ).toBe('quiz-not-found');
    expect(
      (await failure(setGuildSettings(deps, { guildId: 'g', defaultExam: 'XX-1' }))).code,
    ).toBe('unknown-exam');
    expect(
      (await failure(setGuildSettings(deps, { guildId: 'g', timezone: 'Nowhere' }))).code,
    ).toBe('invalid-timezone');
    const reason = await failure(reportQuestion(deps, ada, { questionId: 'q', reason: 'boring' }));
    expect(reason).toMatchObject({ code: 'invalid-input', field: 'reason' });
    expect(reason.message).toMatch(/wrong-answer, unclear, outdated, typo, other/);
  });
});
