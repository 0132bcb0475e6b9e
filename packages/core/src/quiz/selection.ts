import type { Blueprint } from '../blueprint/types.js';
import type { Question } from '../questions/types.js';
import type { ReviewCard } from '../review/types.js';
import {
  candidatesByDomain,
  classify,
  type LearnerHistory,
  type QuestionPool,
} from './candidates.js';
import { QuizInputError } from './QuizInputError.js';
import type { Random } from './random.js';

/** The questions chosen for a quiz, and how the choice went. */
export interface Selection {
  /** In quiz order. */
  readonly questions: readonly Question[];
  /** How many were asked for. */
  readonly requested: number;
  /** How many questions matched the outline, the domain filter and the exclusions. */
  readonly available: number;
  /** `requested - questions.length`: above 0 when the pool was too small. */
  readonly shortfall: number;
  /** Chosen questions per domain id. */
  readonly perDomain: Readonly<Record<string, number>>;
  /** How many of them were due for review. */
  readonly reviews: number;
  /** How many the learner had never seen. */
  readonly unseen: number;
}

export type DomainClasses = Map<string, ReturnType<typeof classify>>;

export interface Candidates {
  readonly classes: DomainClasses;
  readonly cards: ReadonlyMap<string, ReviewCard>;
}

/** Validates the common options and sorts the candidates of each domain by preference. */
export function prepareCandidates(
  pool: QuestionPool,
  blueprint: Blueprint,
  count: number,
  domains: readonly string[] | undefined,
  history: LearnerHistory,
  now: number,
  random: Random,
): Candidates {
  if (!Number.isInteger(count) || count < 1) {
    throw new QuizInputError('count', `${count} questions: ask for a whole number from 1`);
  }
  if (!Number.isFinite(now)) {
    throw new QuizInputError('now', 'pass the current time in epoch milliseconds');
  }
  const byDomain = candidatesByDomain(pool, blueprint, domains, history);
  const cards = new Map<string, ReviewCard>(
    (history.reviewCards ?? []).map((c) => [c.questionId, c]),
  );
  const seen = new Set(history.seen ?? []);
  const classes: DomainClasses = new Map();
  for (const [domain, questions] of byDomain) {
    classes.set(domain, classify(questions, cards, seen, now, random));
  }
  return { classes, cards };
}

export function summarise(
  questions: readonly Question[],
  requested: number,
  classes: DomainClasses,
): Selection {
  const perDomain: Record<string, number> = {};
  for (const domain of classes.keys()) perDomain[domain] = 0;
  let reviews = 0;
  let unseen = 0;
  const dueIds = new Set([...classes.values()].flatMap((c) => c.due.map((q) => q.id)));
  const unseenIds = new Set([...classes.values()].flatMap((c) => c.unseen.map((q) => q.id)));
  for (const q of questions) {
    perDomain[q.domain] = (perDomain[q.domain] ?? 0) + 1;
    if (dueIds.has(q.id)) reviews++;
    if (unseenIds.has(q.id)) unseen++;
  }
  const available = [...classes.values()].reduce(
    (s, c) => s + c.due.length + c.unseen.length + c.rested.length,
    0,
  );
  return {
    questions,
    requested,
    available,
    shortfall: requested - questions.length,
    perDomain,
    reviews,
    unseen,
  };
}
