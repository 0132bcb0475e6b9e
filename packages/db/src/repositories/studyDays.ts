import { and, count, desc, eq, gt, gte, inArray, lte, or, sql } from 'drizzle-orm';
import { repository } from '../database/mapError.js';
import { drizzleOf, type Executor } from '../database/types.js';
import { type StudyDayRow, studyDays } from '../schema/studyDays.js';

export type StudyDay = StudyDayRow;

export interface StudyActivity {
  readonly learnerId: string;
  /** The learner's local date the activity happened on. */
  readonly localDate: string;
  readonly minutes?: number;
  readonly tasksDone?: number;
  readonly questionsAnswered?: number;
}

/** Adds activity to a learner's local day, creating the day on its first activity. */
export const recordStudyActivity = repository(
  async (executor: Executor, activity: StudyActivity): Promise<StudyDay> => {
    const minutes = activity.minutes ?? 0;
    const tasksDone = activity.tasksDone ?? 0;
    const questionsAnswered = activity.questionsAnswered ?? 0;
    const [row] = await drizzleOf(executor)
      .insert(studyDays)
      .values({
        learnerId: activity.learnerId,
        localDate: activity.localDate,
        minutes,
        tasksDone,
        questionsAnswered,
      })
      .onConflictDoUpdate({
        target: [studyDays.learnerId, studyDays.localDate],
        set: {
          minutes: sql`${studyDays.minutes} + ${minutes}`,
          tasksDone: sql`${studyDays.tasksDone} + ${tasksDone}`,
          questionsAnswered: sql`${studyDays.questionsAnswered} + ${questionsAnswered}`,
          updatedAt: sql`now()`,
        },
      })
      .returning();
    if (!row) throw new Error('upsert into study_days returned no row');
    return row;
  },
);

/** A learner's study days, latest first, optionally between two local dates (inclusive). */
export const listStudyDays = repository(
  async (
    executor: Executor,
    input: { learnerId: string; from?: string; to?: string },
  ): Promise<StudyDay[]> => {
    return drizzleOf(executor)
      .select()
      .from(studyDays)
      .where(
        and(
          eq(studyDays.learnerId, input.learnerId),
          input.from === undefined ? undefined : gte(studyDays.localDate, input.from),
          input.to === undefined ? undefined : lte(studyDays.localDate, input.to),
        ),
      )
      .orderBy(desc(studyDays.localDate));
  },
);

/** A run of consecutive study days of one learner, both ends included. */
export interface StudyDayRun {
  readonly learnerId: string;
  readonly first: string;
  readonly last: string;
  readonly days: number;
}

/**
 * The runs of consecutive study days of several learners at once (what
 * streaks are made of), each learner's oldest run first. Only days with a
 * done task or an answered question count: a day holding minutes alone is
 * not a study day. `to` leaves out later days.
 */
export const studyDayRuns = repository(
  async (
    executor: Executor,
    input: { learnerIds: readonly string[]; to?: string },
  ): Promise<StudyDayRun[]> => {
    if (input.learnerIds.length === 0) return [];
    const db = drizzleOf(executor);
    // Gaps and islands: consecutive dates minus their rank within the learner share one value.
    const active = db
      .select({
        learnerId: studyDays.learnerId,
        localDate: studyDays.localDate,
        island:
          sql<string>`${studyDays.localDate} - (row_number() over (partition by ${studyDays.learnerId} order by ${studyDays.localDate}))::int`.as(
            'island',
          ),
      })
      .from(studyDays)
      .where(
        and(
          inArray(studyDays.learnerId, [...input.learnerIds]),
          or(gt(studyDays.tasksDone, 0), gt(studyDays.questionsAnswered, 0)),
          input.to === undefined ? undefined : lte(studyDays.localDate, input.to),
        ),
      )
      .as('active');
    const last = sql<string>`max(${active.localDate})::text`;
    return db
      .select({
        learnerId: active.learnerId,
        first: sql<string>`min(${active.localDate})::text`,
        last,
        days: count(),
      })
      .from(active)
      .groupBy(active.learnerId, active.island)
      .orderBy(active.learnerId, last);
  },
);
