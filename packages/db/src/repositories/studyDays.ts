import { and, desc, eq, gte, lte, sql } from 'drizzle-orm';
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
