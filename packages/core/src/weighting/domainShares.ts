import type { Blueprint } from '../blueprint/types.js';

/**
 * Each domain's share of the exam: the midpoint of its weight range,
 * normalised so the shares sum to 1. Keys follow the blueprint's domain order.
 */
export function domainShares(blueprint: Blueprint): Record<string, number> {
  const midpoints = blueprint.domains.map((d) => (d.weight[0] + d.weight[1]) / 2);
  const total = midpoints.reduce((sum, m) => sum + m, 0);
  const shares: Record<string, number> = {};
  blueprint.domains.forEach((d, i) => {
    shares[d.id] = total > 0 ? midpoints[i]! / total : 1 / blueprint.domains.length;
  });
  return shares;
}
