import { index, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns.js';
import { learners } from './learners.js';
import type { JsonObject } from './types.js';

/** A learner's spaced-repetition card for one question (ts-fsrs card state). */
export const reviewCards = pgTable(
  'review_cards',
  {
    learnerId: uuid()
      .notNull()
      .references(() => learners.id, { onDelete: 'cascade' }),
    questionId: text().notNull(),
    /** The exam ref or bank the question comes from, to pick cards for one exam. */
    bank: text().notNull(),
    card: jsonb().$type<JsonObject>().notNull(),
    due: timestamptz().notNull(),
    updatedAt: timestamptz()
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    primaryKey({ columns: [t.learnerId, t.questionId] }),
    index('review_cards_learner_due_idx').on(t.learnerId, t.due),
  ],
);

export type ReviewCardRow = typeof reviewCards.$inferSelect;
