import type { Blueprint } from '../blueprint/types.js';
import { mapQuestionsTo } from '../questions/mapQuestionsTo.js';
import type { Question, QuestionBank } from '../questions/types.js';
import type { ReviewCard } from '../review/types.js';
import { QuizInputError } from './QuizInputError.js';
import { type Random, shuffle } from './random.js';

/** Questions to choose from: a bank, several banks, or a list of questions. */
export type QuestionPool = QuestionBank | readonly QuestionBank[] | readonly Question[];

/** What selection knows about the learner. */
export interface LearnerHistory {
  /** The learner's review cards: due ones come first, and any card means "seen". */
  readonly reviewCards?: readonly ReviewCard[];
  /** Ids of questions the learner has answered before, beyond those with a card. */
  readonly seen?: Iterable<string>;
  /** Ids never to pick (e.g. questions reported as wrong). */
  readonly exclude?: Iterable<string>;
}

/** The questions of `pool` that serve `blueprint`, grouped by domain, without duplicates. */
export function candidatesByDomain(
  pool: QuestionPool,
  blueprint: Blueprint,
  domains: readonly string[] | undefined,
  history: LearnerHistory,
): Map<string, Question[]> {
  const known = blueprint.domains.map((d) => d.id);
  for (const d of domains ?? []) {
    if (!known.includes(d)) {
      throw new QuizInputError('domains', `unknown domain '${d}': use one of ${known.join(', ')}`);
    }
  }
  const wanted = domains && domains.length > 0 ? known.filter((d) => domains.includes(d)) : known;
  const exclude = new Set(history.exclude ?? []);
  const byDomain = new Map<string, Question[]>(wanted.map((d) => [d, []]));
  const ids = new Set<string>();
  for (const q of mapQuestionsTo(pool, blueprint)) {
    if (ids.has(q.id) || exclude.has(q.id)) continue;
    ids.add(q.id);
    byDomain.get(q.domain)?.push(q);
  }
  return byDomain;
}

/**
 * One domain's questions in the order selection should prefer them, each list
 * shuffled first so equal candidates are drawn at random:
 * due reviews (most overdue first), unseen, and seen-but-not-due (closest to due first).
 */
export function classify(
  questions: readonly Question[],
  cards: ReadonlyMap<string, ReviewCard>,
  seen: ReadonlySet<string>,
  now: number,
  random: Random,
): { due: Question[]; unseen: Question[]; rested: Question[] } {
  const due: Question[] = [];
  const unseen: Question[] = [];
  const rested: Question[] = [];
  for (const q of shuffle(questions, random)) {
    const card = cards.get(q.id);
    if (card && card.due <= now) due.push(q);
    else if (card || seen.has(q.id)) rested.push(q);
    else unseen.push(q);
  }
  const dueAt = (q: Question) => cards.get(q.id)?.due ?? Number.POSITIVE_INFINITY;
  due.sort((a, b) => dueAt(a) - dueAt(b));
  rested.sort((a, b) => dueAt(a) - dueAt(b));
  return { due, unseen, rested };
}
