import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { oneOf, timestamptz } from './columns.js';
import { learners } from './learners.js';
import { type JsonValue, QUIZ_MODES, QUIZ_STATUSES } from './types.js';

/**
 * A quiz session and the quiz engine's state, saved after every step so a quiz
 * survives a restart. A group quiz belongs to its channel, a practice or mock
 * quiz to its owner (deleted with them).
 */
export const quizzes = pgTable(
  'quizzes',
  {
    id: uuid().primaryKey().defaultRandom(),
    mode: text({ enum: QUIZ_MODES }).notNull(),
    examRef: text().notNull(),
    guildId: text(),
    channelId: text(),
    /** The message the quiz is currently shown in, when the front end has one. */
    messageId: text(),
    /** Who started it; kept as null when they delete their data, so a group's results stay. */
    startedBy: uuid().references(() => learners.id, { onDelete: 'set null' }),
    /** The one learner a practice or mock quiz belongs to; null for group quizzes. */
    ownerId: uuid().references(() => learners.id, { onDelete: 'cascade' }),
    state: jsonb().$type<JsonValue>().notNull(),
    status: text({ enum: QUIZ_STATUSES }).notNull().default('running'),
    /** Seed the question selection was drawn from, so a quiz can be reproduced. */
    seed: bigint({ mode: 'number' }).notNull(),
    /** Bumped by every state save; lets two writers detect that they raced. */
    revision: integer().notNull().default(1),
    startedAt: timestamptz().notNull().defaultNow(),
    updatedAt: timestamptz()
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
    finishedAt: timestamptz(),
  },
  (t) => [
    check('quizzes_mode', oneOf(t.mode, QUIZ_MODES)),
    check('quizzes_status', oneOf(t.status, QUIZ_STATUSES)),
    check('quizzes_owner_matches_mode', sql`(${t.mode} = 'group') = (${t.ownerId} is null)`),
    check('quizzes_group_has_channel', sql`${t.mode} <> 'group' or ${t.channelId} is not null`),
    check(
      'quizzes_finished_at_matches_status',
      sql`(${t.status} = 'running') = (${t.finishedAt} is null)`,
    ),
    // One group quiz at a time in a channel, however many processes race to start one.
    uniqueIndex('quizzes_one_running_group_per_channel')
      .on(t.channelId)
      .where(sql`${t.status} = 'running' and ${t.mode} = 'group'`),
    index('quizzes_guild_started_idx').on(t.guildId, t.startedAt),
    index('quizzes_owner_idx').on(t.ownerId),
    index('quizzes_started_by_idx').on(t.startedBy),
    index('quizzes_running_idx').on(t.startedAt).where(sql`${t.status} = 'running'`),
  ],
);

/** One learner's answer to one question of a quiz; the key makes a double click count once. */
export const quizAnswers = pgTable(
  'quiz_answers',
  {
    quizId: uuid()
      .notNull()
      .references(() => quizzes.id, { onDelete: 'cascade' }),
    learnerId: uuid()
      .notNull()
      .references(() => learners.id, { onDelete: 'cascade' }),
    questionId: text().notNull(),
    domainId: text().notNull(),
    chosen: text().array().notNull(),
    correct: boolean().notNull(),
    answeredAt: timestamptz().notNull(),
    latencyMs: integer(),
    points: integer().notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.quizId, t.learnerId, t.questionId] }),
    check('quiz_answers_latency_nonnegative', sql`${t.latencyMs} >= 0`),
    check('quiz_answers_points_nonnegative', sql`${t.points} >= 0`),
    check('quiz_answers_chosen_size', sql`cardinality(${t.chosen}) <= 6`),
    index('quiz_answers_learner_answered_idx').on(t.learnerId, t.answeredAt),
  ],
);

export type QuizRow = typeof quizzes.$inferSelect;
export type QuizAnswerRow = typeof quizAnswers.$inferSelect;
