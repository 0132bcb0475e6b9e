import {
  answerQuestion,
  claimReminders,
  createPlan,
  ensureLearner,
  finishQuiz,
  getQuiz,
  isStudyError,
  type LearnerView,
  listLearnerPlans,
  type StudyDeps,
  StudyError,
  setReminder,
  startQuiz,
} from '@certpace/study';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FaultDatabase, killMidOperation, openFaultDatabase } from '../support/database.js';
import {
  type ManualClock,
  manualClock,
  retryUnavailable,
  studyDeps,
} from '../support/studyDeps.js';

// pg_terminate_backend at a known point inside each use case: the write is
// stuck behind a lock when its connection dies. The user must get a clear
// "try again", nothing half-written may remain, and the retry must count once.

let db: FaultDatabase;
let clock: ManualClock;
let deps: StudyDeps;

// A database of its own per test, so a connection pool one test leaves broken cannot fail the next.
beforeEach(async () => {
  db = await openFaultDatabase('killmid');
  clock = manualClock('2027-02-01T06:59:00Z');
  deps = studyDeps(db.database, clock);
});

afterEach(async () => {
  await db?.close();
});

let learners = 0;
function newLearner(): Promise<LearnerView> {
  learners += 1;
  return ensureLearner(deps, {
    discordUserId: `kill-${learners}`,
    displayName: `Kill ${learners}`,
  });
}

/** What a user is shown when the database went away: a StudyError saying to try again. */
function expectTryAgain(error: unknown): void {
  expect(error).toBeInstanceOf(StudyError);
  expect(isStudyError(error, 'database-unavailable')).toBe(true);
  expect((error as StudyError).message).toMatch(/try again/i);
}

async function answerRows(quizId: string): Promise<number> {
  const [row] = await db.admin<{ n: number }[]>`
    select count(*)::int as n from quiz_answers where quiz_id = ${quizId}`;
  return row?.n ?? -1;
}

describe('a Postgres connection killed in the middle of a use case', () => {
  it('createPlan: the user is told to try again, no half plan is left, and the retry makes one plan', async () => {
    const ada = await newLearner();
    const input = { exam: 'AI-103', examDate: '2027-04-15', minutes: 60, timezone: 'UTC' };
    const { error } = await killMidOperation(db.admin, 'plan_tasks', () =>
      createPlan(deps, ada, input),
    );
    expectTryAgain(error);
    expect(await retryUnavailable(() => listLearnerPlans(deps, ada))).toEqual([]);

    const created = await retryUnavailable(() => createPlan(deps, ada, input));
    expect(created.plan.examRef).toBe('AI-103@2026-04');
    const plans = await listLearnerPlans(deps, ada);
    expect(plans).toHaveLength(1);
    const [tasks] = await db.admin<{ n: number }[]>`
      select count(*)::int as n from plan_tasks where plan_id = ${plans[0]!.id}`;
    expect(tasks?.n).toBeGreaterThan(0);
  });

  it('answerQuestion: the answer is not half-recorded, and the retry records it once', async () => {
    const ada = await newLearner();
    const { quiz } = await startQuiz(deps, ada, { mode: 'practice', exam: 'AI-103', count: 3 });
    const before = await getQuiz(deps, { quizId: quiz.quizId });
    const { error } = await killMidOperation(db.admin, 'quizzes', () =>
      answerQuestion(deps, ada, { quizId: quiz.quizId, choices: 'a' }),
    );
    expectTryAgain(error);
    expect(await retryUnavailable(() => getQuiz(deps, { quizId: quiz.quizId }))).toMatchObject({
      answered: before.answered,
      currentAnswered: false,
    });

    const retried = await retryUnavailable(() =>
      answerQuestion(deps, ada, { quizId: quiz.quizId, choices: 'a' }),
    );
    expect(retried.accepted).toBe(true);
    const again = await answerQuestion(deps, ada, { quizId: quiz.quizId, choices: 'b' });
    expect(again).toMatchObject({ accepted: false });
    expect((await getQuiz(deps, { quizId: quiz.quizId })).answered).toBe(1);
  });

  it('finishQuiz: nothing half-stored, the answers kept, and the retry stores them exactly once', async () => {
    // Whether the server's FATAL or the socket's close reaches postgres.js first varies from
    // run to run, and the two take different paths out of the transaction: try both.
    for (let round = 0; round < 6; round++) {
      const ada = await retryUnavailable(newLearner);
      const { quiz } = await startQuiz(deps, ada, { mode: 'mock', exam: 'AI-103', count: 4 });
      const ids = (quiz.sheet ?? []).map((entry) => entry.questionId);
      for (const questionId of ids) {
        await answerQuestion(deps, ada, { quizId: quiz.quizId, questionId, choices: 'a' });
      }
      const { error } = await killMidOperation(db.admin, 'quiz_answers', () =>
        finishQuiz(deps, ada, { quizId: quiz.quizId }),
      );
      expectTryAgain(error);
      // The submission itself was saved before the connection died; the stored results were not.
      const [row] = await db.admin<{ status: string }[]>`
        select status from quizzes where id = ${quiz.quizId}`;
      expect(row?.status).toBe('running');
      expect((await retryUnavailable(() => getQuiz(deps, { quizId: quiz.quizId }))).answered).toBe(
        ids.length,
      );
      expect(await answerRows(quiz.quizId)).toBe(0);

      const finished = await retryUnavailable(() => finishQuiz(deps, ada, { quizId: quiz.quizId }));
      expect(finished.alreadyFinished).toBe(false);
      expect(await answerRows(quiz.quizId)).toBe(ids.length);
      expect((await finishQuiz(deps, ada, { quizId: quiz.quizId })).alreadyFinished).toBe(true);
      expect(await answerRows(quiz.quizId)).toBe(ids.length);
    }
  });

  it('a reminder claim: nothing is claimed, the learner stays due, and the next tick claims once', async () => {
    const ada = await newLearner();
    clock.set('2027-02-01T06:59:00Z');
    await setReminder(deps, ada, { time: '07:00', timezone: 'UTC' });
    clock.set('2027-02-01T07:00:02Z');
    const { error } = await killMidOperation(db.admin, 'reminder_deliveries', () =>
      claimReminders(deps),
    );
    expectTryAgain(error);
    const [due] = await db.admin<{ next: Date; deliveries: number }[]>`
      select next_reminder_at as next,
        (select count(*)::int from reminder_deliveries where learner_id = ${ada.id}) as deliveries
      from learners where id = ${ada.id}`;
    expect(due).toEqual({ next: new Date('2027-02-01T07:00:00Z'), deliveries: 0 });

    const claimed = await retryUnavailable(() => claimReminders(deps));
    expect(claimed.map((c) => c.learnerId)).toEqual([ada.id]);
    expect(await claimReminders(deps)).toEqual([]);
    clock.advance(30 * 60_000);
    // Even once the first claim's lease is long over, a claim with no failure recorded is
    // retried with the same delivery id, never as a second delivery.
    const retried = await claimReminders(deps);
    expect(retried.map((c) => c.deliveryId)).toEqual([claimed[0]!.deliveryId]);
  });
});
