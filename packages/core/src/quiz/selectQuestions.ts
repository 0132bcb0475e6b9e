import type { Blueprint } from '../blueprint/types.js';
import type { Question } from '../questions/types.js';
import { domainPriorities } from '../weighting/domainPriorities.js';
import { allocate, systematic } from './allocate.js';
import type { LearnerHistory, QuestionPool } from './candidates.js';
import { QuizInputError } from './QuizInputError.js';
import { type Seed, seededRandom, shuffle } from './random.js';
import { prepareCandidates, type Selection, summarise } from './selection.js';

export interface SelectQuestionsOptions extends LearnerHistory {
  readonly blueprint: Blueprint;
  /** How many questions the quiz should have. */
  readonly count: number;
  /** The same seed and inputs give the same questions in the same order. */
  readonly seed: Seed;
  /** The current time, epoch ms: decides which reviews are due. */
  readonly now: number;
  /** domain id -> estimated accuracy 0..1 (missing = 0.5), as for the plan. */
  readonly mastery?: Readonly<Record<string, number>>;
  readonly lambda?: number;
  /** Only these domains (default: all of the outline's). */
  readonly domains?: readonly string[];
  /** The part of the quiz kept for questions the learner has never seen. Default 0.2. */
  readonly unseenShare?: number;
}

/**
 * Chooses questions for a practice or group quiz: domains weighted by
 * priority like the plan (share × (λ + 1 − mastery)), questions due for
 * review taken first, about a fifth never seen, no question twice. When the
 * pool has fewer questions than asked, returns all it can and says so in
 * `shortfall`.
 */
export function selectQuestions(pool: QuestionPool, options: SelectQuestionsOptions): Selection {
  const { blueprint, count, now } = options;
  const unseenShare = options.unseenShare ?? 0.2;
  if (!(unseenShare >= 0 && unseenShare <= 1)) {
    throw new QuizInputError('unseenShare', `${unseenShare}: give a fraction from 0 to 1`);
  }
  const known = blueprint.domains.map((d) => d.id);
  for (const [domain, value] of Object.entries(options.mastery ?? {})) {
    if (!known.includes(domain)) {
      throw new QuizInputError(
        'mastery',
        `unknown domain '${domain}': use one of ${known.join(', ')}`,
      );
    }
    if (!(value >= 0 && value <= 1)) {
      throw new QuizInputError('mastery', `${domain} is ${value}: give a number from 0 to 1`);
    }
  }
  const random = seededRandom(options.seed);
  const { classes, cards } = prepareCandidates(
    pool,
    blueprint,
    count,
    options.domains,
    options,
    now,
    random,
  );
  const capacity = new Map(
    [...classes].map(([d, c]) => [d, c.due.length + c.unseen.length + c.rested.length]),
  );
  const n = Math.min(
    count,
    [...capacity.values()].reduce((s, a) => s + a, 0),
  );
  const unseenAvailable = [...classes.values()].reduce((s, c) => s + c.unseen.length, 0);
  const unseenTarget = Math.min(Math.round(n * unseenShare), unseenAvailable);

  // Due reviews first, most overdue first, whatever their domain.
  const allDue = [...classes.values()].flatMap((c) => c.due);
  allDue.sort((a, b) => cards.get(a.id)!.due - cards.get(b.id)!.due);
  const reviews = allDue.slice(0, Math.max(0, n - unseenTarget));

  const priorities = domainPriorities(blueprint, options.mastery ?? {}, options.lambda);
  const weights = new Map([...classes.keys()].map((d) => [d, priorities[d] ?? 0]));
  const alloc = allocate(n, weights, capacity, systematic(random())).counts;
  const slots = slotsAfterReviews(alloc, reviews, weights);

  const unseenCapacity = new Map(
    [...classes].map(([d, c]) => [d, Math.min(slots.get(d)!, c.unseen.length)]),
  );
  const unseenSlots = allocate(unseenTarget, slots, unseenCapacity, systematic(random())).counts;

  const reviewIds = new Set(reviews.map((q) => q.id));
  const chosen: Question[] = [...reviews];
  for (const [domain, c] of classes) {
    const want = slots.get(domain)!;
    const u = unseenSlots.get(domain)!;
    const rest = c.due.filter((q) => !reviewIds.has(q.id));
    const order = [...c.unseen.slice(0, u), ...c.rested, ...c.unseen.slice(u), ...rest];
    chosen.push(...order.slice(0, want));
  }
  return summarise(shuffle(chosen, random), count, classes);
}

/**
 * The slots each domain still has after the reviews: a domain whose reviews
 * exceed its allocation takes the surplus from the domains with the most
 * slots left (the lowest priority first on ties).
 */
function slotsAfterReviews(
  alloc: ReadonlyMap<string, number>,
  reviews: readonly Question[],
  weights: ReadonlyMap<string, number>,
): Map<string, number> {
  const slots = new Map(alloc);
  let surplus = 0;
  for (const q of reviews) {
    const left = slots.get(q.domain)!;
    if (left > 0) slots.set(q.domain, left - 1);
    else surplus++;
  }
  while (surplus > 0) {
    const [domain] = [...slots]
      .filter(([, s]) => s > 0)
      .sort(([a, sa], [b, sb]) => sb - sa || weights.get(a)! - weights.get(b)!)[0]!;
    slots.set(domain, slots.get(domain)! - 1);
    surplus--;
  }
  return slots;
}
