import type { Blueprint } from '../blueprint/types.js';
import type { Question } from '../questions/types.js';
import { domainShares } from '../weighting/domainShares.js';
import { apportion } from './apportion.js';
import type { LearnerHistory, QuestionPool } from './candidates.js';
import { type Seed, seededRandom, shuffle } from './random.js';
import { prepareCandidates, type Selection, summarise } from './selection.js';

export interface ComposeMockOptions extends LearnerHistory {
  readonly blueprint: Blueprint;
  readonly seed: Seed;
  /** The current time, epoch ms: decides which reviews are due. */
  readonly now: number;
  /** Default: the blueprint's `questionCount`. A smaller count makes one timed part of a split mock. */
  readonly questionCount?: number;
}

/** A mock exam's questions, with what the outline wanted per domain. */
export interface MockSelection extends Selection {
  /** Questions per domain by the blueprint's shares (largest remainder). */
  readonly target: Readonly<Record<string, number>>;
}

/**
 * Composes a mock exam like the real one: `questionCount` questions split
 * over the domains by their shares (largest remainder, ties to the domain
 * listed first), so each domain is within one question of its share. Within a
 * domain, unseen questions come first, then due reviews, then the rest
 * (closest to due first). A domain short of questions gives what it has; the
 * others are not padded, so the mix stays true and `shortfall` says what is missing.
 */
export function composeMock(pool: QuestionPool, options: ComposeMockOptions): MockSelection {
  const { blueprint } = options;
  const count = options.questionCount ?? blueprint.questionCount;
  const random = seededRandom(options.seed);
  const { classes } = prepareCandidates(
    pool,
    blueprint,
    count,
    undefined,
    options,
    options.now,
    random,
  );
  const shares = domainShares(blueprint);
  const target = apportion(count, new Map(blueprint.domains.map((d) => [d.id, shares[d.id]!])));
  const chosen: Question[] = [];
  for (const [domain, c] of classes) {
    chosen.push(...[...c.unseen, ...c.due, ...c.rested].slice(0, target.get(domain)!));
  }
  const selection = summarise(shuffle(chosen, random), count, classes);
  return { ...selection, target: Object.fromEntries(target) };
}
