import { and, count, desc, eq, gte, sql, sum } from 'drizzle-orm';
import { repository } from '../database/mapError.js';
import { drizzleOf, type Executor } from '../database/types.js';
import { learners } from '../schema/learners.js';
import { quizAnswers, quizzes } from '../schema/quizzes.js';
import type { QuizMode } from '../schema/types.js';

export interface LearnerScore {
  readonly learnerId: string;
  readonly displayName: string;
  readonly discordUserId: string | null;
  readonly points: number;
  readonly answered: number;
  readonly correct: number;
}

const correctCount = sql<number>`count(*) filter (where ${quizAnswers.correct})`.mapWith(Number);
const pointsSum = sql<number>`coalesce(${sum(quizAnswers.points)}, 0)`.mapWith(Number);

/** Each participant's points, answers and correct answers in one quiz, best first. */
export const quizResults = repository(
  async (executor: Executor, quizId: string): Promise<LearnerScore[]> => {
    return drizzleOf(executor)
      .select({
        learnerId: learners.id,
        displayName: learners.displayName,
        discordUserId: learners.discordUserId,
        points: pointsSum,
        answered: count(),
        correct: correctCount,
      })
      .from(quizAnswers)
      .innerJoin(learners, eq(learners.id, quizAnswers.learnerId))
      .where(eq(quizAnswers.quizId, quizId))
      .groupBy(learners.id)
      .orderBy(desc(pointsSum), desc(correctCount), learners.displayName);
  },
);

export interface AnswerFilter {
  readonly learnerId: string;
  /** Only quizzes on this exam outline. */
  readonly examRef?: string;
  /** Only answers given at or after this instant. */
  readonly since?: Date;
}

function answerFilter(input: AnswerFilter) {
  return and(
    eq(quizAnswers.learnerId, input.learnerId),
    input.examRef === undefined ? undefined : eq(quizzes.examRef, input.examRef),
    input.since === undefined ? undefined : gte(quizAnswers.answeredAt, input.since),
  );
}

export interface DomainResult {
  readonly domainId: string;
  readonly answered: number;
  readonly correct: number;
}

/** Answers and correct answers per domain: the accuracy a progress view shows. */
export const domainResults = repository(
  async (executor: Executor, input: AnswerFilter): Promise<DomainResult[]> => {
    return drizzleOf(executor)
      .select({ domainId: quizAnswers.domainId, answered: count(), correct: correctCount })
      .from(quizAnswers)
      .innerJoin(quizzes, eq(quizzes.id, quizAnswers.quizId))
      .where(answerFilter(input))
      .groupBy(quizAnswers.domainId)
      .orderBy(quizAnswers.domainId);
  },
);

export interface AnsweredQuestion {
  readonly quizId: string;
  readonly mode: QuizMode;
  readonly questionId: string;
  readonly domainId: string;
  readonly correct: boolean;
  readonly answeredAt: Date;
}

/** A learner's answers, oldest first: what mastery estimates and review scheduling read. */
export const answerHistory = repository(
  async (
    executor: Executor,
    input: AnswerFilter & { limit?: number },
  ): Promise<AnsweredQuestion[]> => {
    const query = drizzleOf(executor)
      .select({
        quizId: quizAnswers.quizId,
        mode: quizzes.mode,
        questionId: quizAnswers.questionId,
        domainId: quizAnswers.domainId,
        correct: quizAnswers.correct,
        answeredAt: quizAnswers.answeredAt,
      })
      .from(quizAnswers)
      .innerJoin(quizzes, eq(quizzes.id, quizAnswers.quizId))
      .where(answerFilter(input))
      .orderBy(quizAnswers.answeredAt, quizAnswers.questionId);
    return input.limit === undefined ? query : query.limit(input.limit);
  },
);

export interface QuizAccuracy {
  readonly quizId: string;
  readonly mode: QuizMode;
  readonly examRef: string;
  readonly startedAt: Date;
  readonly finishedAt: Date | null;
  readonly answered: number;
  readonly correct: number;
  readonly points: number;
}

/** Accuracy quiz by quiz, oldest first: the history a progress chart draws. */
export const accuracyHistory = repository(
  async (executor: Executor, input: AnswerFilter): Promise<QuizAccuracy[]> => {
    return drizzleOf(executor)
      .select({
        quizId: quizzes.id,
        mode: quizzes.mode,
        examRef: quizzes.examRef,
        startedAt: quizzes.startedAt,
        finishedAt: quizzes.finishedAt,
        answered: count(),
        correct: correctCount,
        points: pointsSum,
      })
      .from(quizAnswers)
      .innerJoin(quizzes, eq(quizzes.id, quizAnswers.quizId))
      .where(answerFilter(input))
      .groupBy(quizzes.id)
      .orderBy(quizzes.startedAt);
  },
);

/** A leaderboard row: the learner's score, and the timezone their days (and streaks) follow. */
export interface GuildScore extends LearnerScore {
  /** The learner's own IANA timezone; null when they set none. */
  readonly timezone: string | null;
}

/**
 * Group-quiz points in one guild since an instant (the start of the week or
 * month in the guild's timezone, or undefined for all time), best first.
 * Learners who chose not to appear on leaderboards are left out.
 */
export const guildLeaderboard = repository(
  async (
    executor: Executor,
    input: { guildId: string; since?: Date; limit?: number },
  ): Promise<GuildScore[]> => {
    return drizzleOf(executor)
      .select({
        learnerId: learners.id,
        displayName: learners.displayName,
        discordUserId: learners.discordUserId,
        timezone: learners.timezone,
        points: pointsSum,
        answered: count(),
        correct: correctCount,
      })
      .from(quizAnswers)
      .innerJoin(quizzes, eq(quizzes.id, quizAnswers.quizId))
      .innerJoin(learners, eq(learners.id, quizAnswers.learnerId))
      .where(
        and(
          eq(quizzes.guildId, input.guildId),
          eq(quizzes.mode, 'group'),
          eq(learners.showOnLeaderboard, true),
          input.since === undefined ? undefined : gte(quizAnswers.answeredAt, input.since),
        ),
      )
      .groupBy(learners.id)
      .orderBy(desc(pointsSum), desc(correctCount), learners.displayName)
      .limit(input.limit ?? 10);
  },
);
