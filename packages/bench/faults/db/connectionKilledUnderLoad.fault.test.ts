import { setTimeout as sleep } from 'node:timers/promises';
import {
  advanceQuiz,
  answerQuestion,
  createPlan,
  ensureLearner,
  getToday,
  isStudyError,
  type LearnerView,
  markTask,
  type StudyDeps,
  setReminder,
  startQuiz,
} from '@certpace/study';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FaultDatabase, killBusyBackends, openFaultDatabase } from '../support/database.js';
import { studyDeps } from '../support/studyDeps.js';

// A storm: while a dozen learners go through their day (plan, tasks, a practice
// quiz, a reminder), every certpace connection caught in the middle of a
// statement is killed, over and over. Each step a user takes is retried as a
// person told "try again" would. Nothing may crash, every failure must be that
// clear "try again", and afterwards the data must be whole.

const LEARNERS = 12;
const STORM_MS = 4_000;

let db: FaultDatabase;
let deps: StudyDeps;

beforeAll(async () => {
  db = await openFaultDatabase('storm', 6);
  deps = studyDeps(db.database, () => new Date('2027-02-01T09:00:00Z'));
});

afterAll(async () => {
  await db?.close();
});

interface Tally {
  ok: number;
  tryAgain: number;
  other: unknown[];
}

/** One user step: retried while the answer is "try again", up to 8 times. */
async function step<T>(tally: Tally, action: () => Promise<T>): Promise<T | undefined> {
  for (let attempt = 0; attempt < 8; attempt++) {
    try {
      const result = await action();
      tally.ok += 1;
      return result;
    } catch (error) {
      if (isStudyError(error, 'database-unavailable')) {
        expect((error as Error).message).toMatch(/try again/i);
        tally.tryAgain += 1;
        continue;
      }
      tally.other.push(error);
      return undefined;
    }
  }
  return undefined;
}

async function makePlan(tally: Tally, me: LearnerView): Promise<boolean> {
  const made = await step(tally, async () => {
    try {
      await createPlan(deps, me, {
        exam: 'AI-103',
        examDate: '2027-05-01',
        minutes: 60,
        timezone: 'UTC',
      });
    } catch (error) {
      // A try that committed before its connection died leaves the plan made: the retry says so.
      if (!isStudyError(error, 'plan-exists')) throw error;
    }
    return true;
  });
  return made === true;
}

/** A learner's round: today's first task done, a practice quiz of three, the reminder set. */
async function round(tally: Tally, me: LearnerView): Promise<void> {
  const today = await step(tally, () => getToday(deps, me));
  const task = today?.tasks.find((t) => t.status === 'pending');
  if (task) {
    await step(tally, () =>
      markTask(deps, me, { taskId: task.taskId, planId: task.planId, status: 'done' }),
    );
  }
  const started = await step(tally, () =>
    startQuiz(deps, me, { mode: 'practice', exam: 'AI-103', count: 3 }),
  );
  if (started) {
    const quizId = started.quiz.quizId;
    for (let q = 0; q < 3; q++) {
      await step(tally, () => answerQuestion(deps, me, { quizId, choices: 'a' }));
      await step(tally, () => advanceQuiz(deps, me, { quizId, index: q }));
    }
  }
  await step(tally, () => setReminder(deps, me, { time: '07:30', timezone: 'UTC' }));
}

/** Rounds while the storm lasts, then one round in calm weather, which must go through. */
async function learnerDay(i: number, tally: Tally, stormOver: () => boolean): Promise<void> {
  let me: LearnerView | undefined;
  let planned = false;
  let calm = false;
  while (!calm) {
    calm = stormOver();
    me ??= await step(tally, () =>
      ensureLearner(deps, { discordUserId: `storm-${i}`, displayName: `Storm ${i}` }),
    );
    if (me && !planned) planned = await makePlan(tally, me);
    if (me && planned) await round(tally, me);
    await sleep(5);
  }
}

// Its record: it failed about one run in four until postgres.js's stale row
// count after a connection died mid-result was repaired (denseResults.ts),
// then passed 35 runs in a row over two sessions, with one failure on the way
// that was a real defect (a kill during postgres.js's type fetch ended the
// process: fixed by not fetching them, see openPostgres.ts). After the kills
// stop, a step may wait out the reconnect backoff, which certpace caps at 2 s
// (postgres.js's own grew to 20 s: the slowest step took 19.7 s, now 3.8 s).
describe('Postgres connections killed again and again under load', () => {
  it('answers every step or says "try again", never crashes, and leaves whole data', async () => {
    const tally: Tally = { ok: 0, tryAgain: 0, other: [] };
    let over = false;
    let kills = 0;
    const storm = (async () => {
      const until = Date.now() + STORM_MS;
      while (Date.now() < until) {
        kills += await killBusyBackends(db.admin);
        await sleep(25);
      }
      over = true;
    })();
    await Promise.all([
      storm,
      ...Array.from({ length: LEARNERS }, (_, i) => learnerDay(i, tally, () => over)),
    ]);

    expect(kills).toBeGreaterThan(0);
    expect(tally.tryAgain).toBeGreaterThan(0);
    expect(tally.other).toEqual([]);

    // Whole data: one live plan per learner, tasks with every plan, each finished quiz's
    // answers stored exactly as its final state holds them, none for a quiz still running.
    const plans = await db.admin<{ learner_id: string; n: number; tasks: number }[]>`
      select p.learner_id, count(*)::int as n, min(t.tasks)::int as tasks
      from plans p
      join lateral (select count(*) as tasks from plan_tasks where plan_id = p.id) t on true
      where p.status in ('active', 'paused') group by p.learner_id`;
    expect(plans).toHaveLength(LEARNERS);
    for (const plan of plans) {
      expect(plan.n).toBe(1);
      expect(plan.tasks).toBeGreaterThan(0);
    }
    const quizzes = await db.admin<{ status: string; stored: number; in_state: number }[]>`
      select q.status, (select count(*)::int from quiz_answers a where a.quiz_id = q.id) as stored,
        jsonb_array_length(q.state -> 'answers') as in_state
      from quizzes q`;
    expect(quizzes.some((q) => q.status === 'finished')).toBe(true);
    for (const quiz of quizzes) {
      expect(quiz.stored).toBe(quiz.status === 'running' ? 0 : quiz.in_state);
    }
  });
});
