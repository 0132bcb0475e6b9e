import { loadQuestionBank } from '@certpace/content';
import { seededRandom } from '@certpace/core';
import type { Database } from '@certpace/db';
import { ensureLearner, type LearnerView, type StudyDeps } from '../../src/index.js';

/** A clock the test moves by hand. */
export interface TestClock {
  (): Date;
  set(iso: string): void;
  advance(ms: number): void;
}

export function testClock(iso: string): TestClock {
  let now = new Date(iso);
  const clock = (() => new Date(now.getTime())) as TestClock;
  clock.set = (value) => {
    now = new Date(value);
  };
  clock.advance = (ms) => {
    now = new Date(now.getTime() + ms);
  };
  return clock;
}

/** Study dependencies on a test database with a fixed clock and a seeded random source. */
export function testDeps(
  db: Database,
  iso = '2027-02-01T08:00:00Z',
): StudyDeps & { clock: TestClock } {
  return { db, clock: testClock(iso), random: seededRandom('study-tests') };
}

let counter = 0;

/** A Discord learner with a fresh user id. */
export function discordLearner(deps: StudyDeps, displayName = 'Ada'): Promise<LearnerView> {
  counter += 1;
  return ensureLearner(deps, { discordUserId: `discord-${counter}-${displayName}`, displayName });
}

/** What a rejected promise was, for asserting on typed errors. */
export async function failure(
  promise: Promise<unknown>,
): Promise<Error & { code?: string; field?: string }> {
  try {
    await promise;
  } catch (error) {
    return error as Error & { code?: string; field?: string };
  }
  throw new Error('expected the call to fail, but it succeeded');
}

/** The correct and a wrong answer to a question of the shipped banks, for driving quizzes. */
export function answerKey(examRef: string) {
  const bank = loadQuestionBank(examRef);
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  const question = (id: string) => {
    const found = byId.get(id);
    if (!found) throw new Error(`no question ${id} in ${examRef}`);
    return found;
  };
  return {
    right: (id: string) => [...question(id).answer],
    wrong: (id: string) => {
      const q = question(id);
      const other = q.choices.find((c) => !q.answer.includes(c.id));
      return [other!.id];
    },
  };
}
