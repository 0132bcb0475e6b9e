import type { Blueprint } from '../blueprint/types.js';
import { domainShares } from './domainShares.js';

/** λ: the maintenance slice a fully mastered domain keeps. */
export const DEFAULT_LAMBDA = 0.25;
/** Mastery assumed where nothing is known about a domain. */
export const DEFAULT_MASTERY = 0.5;

/**
 * How much of the study time each domain deserves: `share × (λ + 1 − mastery)`,
 * normalised to fractions that sum to 1. Missing mastery counts as 0.5.
 * Inputs are assumed valid; the planning functions validate them first.
 */
export function domainPriorities(
  blueprint: Blueprint,
  mastery: Readonly<Record<string, number>> = {},
  lambda: number = DEFAULT_LAMBDA,
): Record<string, number> {
  const shares = domainShares(blueprint);
  // Own properties only: a domain id such as `constructor` must not read Object.prototype.
  const masteryOf = (id: string) => (Object.hasOwn(mastery, id) ? mastery[id]! : DEFAULT_MASTERY);
  const raw = blueprint.domains.map((d) => shares[d.id]! * (lambda + 1 - masteryOf(d.id)));
  const total = raw.reduce((sum, r) => sum + r, 0);
  const priorities: Record<string, number> = {};
  blueprint.domains.forEach((d, i) => {
    priorities[d.id] = total > 0 ? raw[i]! / total : shares[d.id]!;
  });
  return priorities;
}
