import type { Blueprint } from '@certpace/core';
import { domainShares } from '@certpace/core';
import { apportionBlocks } from './apportion.js';

/** Minutes per domain, blueprint order. */
export type Allocation = Readonly<Record<string, number>>;

function toMinutes(
  blueprint: Blueprint,
  counts: readonly number[],
  blockMinutes: number,
): Allocation {
  return Object.fromEntries(blueprint.domains.map((d, i) => [d.id, counts[i]! * blockMinutes]));
}

/** The same time for every domain, whatever its share. */
export function equalAllocation(
  blueprint: Blueprint,
  blocks: number,
  blockMinutes: number,
): Allocation {
  const counts = apportionBlocks(
    blueprint.domains.map(() => 1),
    blocks,
  );
  return toMinutes(blueprint, counts, blockMinutes);
}

/** Time by the exam's shares alone: what a study guide that ignores the learner does. */
export function shareAllocation(
  blueprint: Blueprint,
  blocks: number,
  blockMinutes: number,
): Allocation {
  const shares = domainShares(blueprint);
  const counts = apportionBlocks(
    blueprint.domains.map((d) => shares[d.id]!),
    blocks,
  );
  return toMinutes(blueprint, counts, blockMinutes);
}
