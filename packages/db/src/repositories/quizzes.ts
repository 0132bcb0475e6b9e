import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { QuizAlreadyRunningError, RevisionConflictError } from '../database/errors.js';
import { repository, violatedConstraint } from '../database/mapError.js';
import { type Db, drizzleOf, type Executor, type Tx } from '../database/types.js';
import { type QuizRow, quizzes } from '../schema/quizzes.js';
import type { JsonValue, QuizMode } from '../schema/types.js';
import { equalsConstant } from './literal.js';

export type Quiz = QuizRow;

export interface NewQuiz {
  readonly mode: QuizMode;
  readonly examRef: string;
  readonly guildId?: string | null;
  readonly channelId?: string | null;
  readonly messageId?: string | null;
  readonly startedBy?: string | null;
  /** Required for practice and mock quizzes, absent for group quizzes. */
  readonly ownerId?: string | null;
  readonly state: JsonValue;
  readonly seed: number;
  readonly now: Date;
}

/**
 * Stores a new running quiz. Throws `QuizAlreadyRunningError` when a group
 * quiz is already running in the channel, even if another process started it
 * a moment ago.
 */
export const createQuiz = repository(async (executor: Executor, input: NewQuiz): Promise<Quiz> => {
  try {
    const [quiz] = await drizzleOf(executor)
      .insert(quizzes)
      .values({
        mode: input.mode,
        examRef: input.examRef,
        guildId: input.guildId ?? null,
        channelId: input.channelId ?? null,
        messageId: input.messageId ?? null,
        startedBy: input.startedBy ?? null,
        ownerId: input.mode === 'group' ? null : (input.ownerId ?? input.startedBy ?? null),
        state: input.state,
        seed: input.seed,
        startedAt: input.now,
        updatedAt: input.now,
      })
      .returning();
    if (!quiz) throw new Error('insert into quizzes returned no row');
    return quiz;
  } catch (error) {
    if (violatedConstraint(error) === 'quizzes_one_running_group_per_channel') {
      throw new QuizAlreadyRunningError(input.channelId ?? '');
    }
    throw error;
  }
});

export const getQuiz = repository(
  async (executor: Executor, quizId: string): Promise<Quiz | null> => {
    const [quiz] = await drizzleOf(executor).select().from(quizzes).where(eq(quizzes.id, quizId));
    return quiz ?? null;
  },
);

/**
 * Reads a quiz and locks its row until the transaction ends (`FOR UPDATE`):
 * every other writer of that quiz waits its turn instead of racing, so a burst
 * of answers is applied one after another. Null if there is no such quiz.
 */
export const lockQuiz = repository(async (tx: Tx, quizId: string): Promise<Quiz | null> => {
  const [quiz] = await tx.select().from(quizzes).where(eq(quizzes.id, quizId)).for('update');
  return quiz ?? null;
});

export interface QuizStateSave {
  readonly quizId: string;
  readonly state: JsonValue;
  /** Refuse the save if another writer saved since this revision was read. */
  readonly expectedRevision?: number;
  readonly messageId?: string | null;
  readonly now: Date;
}

/**
 * Saves the engine state of a running quiz and bumps its revision. Null if the
 * quiz is not running (finished, cancelled or unknown); `RevisionConflictError`
 * if `expectedRevision` is stale.
 */
export const saveQuizState = repository(
  async (executor: Executor, input: QuizStateSave): Promise<Quiz | null> => {
    const db = drizzleOf(executor);
    const [quiz] = await db
      .update(quizzes)
      .set({
        state: input.state,
        revision: sql`${quizzes.revision} + 1`,
        updatedAt: input.now,
        ...(input.messageId === undefined ? {} : { messageId: input.messageId }),
      })
      .where(
        and(
          eq(quizzes.id, input.quizId),
          equalsConstant(quizzes.status, 'running'),
          input.expectedRevision === undefined
            ? undefined
            : eq(quizzes.revision, input.expectedRevision),
        ),
      )
      .returning();
    if (quiz || input.expectedRevision === undefined) return quiz ?? null;
    const [current] = await db
      .select({ status: quizzes.status })
      .from(quizzes)
      .where(eq(quizzes.id, input.quizId));
    if (current?.status !== 'running') return null;
    throw new RevisionConflictError('quiz', input.quizId, input.expectedRevision);
  },
);

/**
 * Ends a running quiz as finished or cancelled, with its final state. Null if
 * it was not running, so two processes ending one quiz end it once.
 */
export const endQuiz = repository(
  async (
    executor: Executor,
    input: {
      quizId: string;
      status: 'finished' | 'cancelled';
      state?: JsonValue;
      now: Date;
    },
  ): Promise<Quiz | null> => {
    const [quiz] = await drizzleOf(executor)
      .update(quizzes)
      .set({
        status: input.status,
        finishedAt: input.now,
        updatedAt: input.now,
        ...(input.state === undefined ? {} : { state: input.state }),
      })
      .where(and(eq(quizzes.id, input.quizId), equalsConstant(quizzes.status, 'running')))
      .returning();
    return quiz ?? null;
  },
);

/** The group quiz running in a channel, if any. */
export const findRunningQuizInChannel = repository(
  async (executor: Executor, channelId: string): Promise<Quiz | null> => {
    const [quiz] = await runningGroupQuiz(drizzleOf(executor), channelId);
    return quiz ?? null;
  },
);

/** The query behind findRunningQuizInChannel; it rides the partial unique index. */
export function runningGroupQuiz(db: Db | Tx, channelId: string) {
  return db
    .select()
    .from(quizzes)
    .where(
      and(
        eq(quizzes.channelId, channelId),
        equalsConstant(quizzes.mode, 'group'),
        equalsConstant(quizzes.status, 'running'),
      ),
    );
}

/** A learner's running practice or mock quizzes, newest first (to resume one). */
export const findRunningQuizzesOfOwner = repository(
  async (
    executor: Executor,
    input: { ownerId: string; modes?: readonly QuizMode[] },
  ): Promise<Quiz[]> => {
    return drizzleOf(executor)
      .select()
      .from(quizzes)
      .where(
        and(
          eq(quizzes.ownerId, input.ownerId),
          equalsConstant(quizzes.status, 'running'),
          inArray(quizzes.mode, [...(input.modes ?? ['practice', 'mock'])]),
        ),
      )
      .orderBy(desc(quizzes.startedAt));
  },
);

/** Every running quiz, oldest first: what a restarted process resumes or closes. */
export const listRunningQuizzes = repository(
  async (executor: Executor, input: { modes?: readonly QuizMode[] } = {}): Promise<Quiz[]> => {
    return drizzleOf(executor)
      .select()
      .from(quizzes)
      .where(
        and(
          equalsConstant(quizzes.status, 'running'),
          input.modes === undefined ? undefined : inArray(quizzes.mode, [...input.modes]),
        ),
      )
      .orderBy(asc(quizzes.startedAt));
  },
);

/**
 * Takes a learner out of the saved state of the quizzes they took part in
 * (group quizzes outlive a participant who deletes their data): each
 * occurrence of their id becomes a fresh random id, different in every quiz,
 * so the others' results stay as they were and nothing links back to them.
 * Bumps the revision, so a process saving that quiz meanwhile reloads it.
 * Returns how many quizzes changed.
 */
export const forgetQuizParticipant = repository(
  async (executor: Executor, learnerId: string): Promise<number> => {
    // A learner id is a UUID: nothing else in a state's JSON text can contain it.
    const id = learnerId.toLowerCase();
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id)) return 0;
    const changed = await drizzleOf(executor)
      .update(quizzes)
      .set({
        state: sql`replace(${quizzes.state}::text, ${id}, gen_random_uuid()::text)::jsonb`,
        revision: sql`${quizzes.revision} + 1`,
      })
      .where(sql`strpos(${quizzes.state}::text, ${id}) > 0`)
      .returning({ id: quizzes.id });
    return changed.length;
  },
);
