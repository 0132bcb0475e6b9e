import type { Blueprint } from '../blueprint/types.js';
import { domainPriorities } from '../weighting/domainPriorities.js';
import { largestRemainder } from './apportion.js';
import { PlanInputError } from './PlanInputError.js';
import {
  readBlockMinutes,
  readBlueprint,
  readField,
  readLambda,
  readMastery,
  requireRecord,
  show,
} from './readInput.js';
import type { Mastery } from './types.js';

export interface AllocateOptions {
  readonly blueprint: Blueprint;
  /** Rounded down to whole blocks. */
  readonly totalMinutes: number;
  readonly mastery?: Mastery;
  readonly lambda?: number;
  readonly blockMinutes?: number;
}

/**
 * Splits `totalMinutes` among the blueprint's domains by priority
 * (`share × (λ + 1 − mastery)`), in whole blocks, by the largest-remainder
 * method with ties to the domain first in the blueprint. The result has one
 * key per domain, in blueprint order, and adds up to `totalMinutes` rounded
 * down to whole blocks. Throws only `PlanInputError`.
 */
export function allocateMinutes(options: AllocateOptions): Record<string, number> {
  const input = requireRecord(options, 'options', 'an object { blueprint, totalMinutes, ... }');
  const blueprint = readBlueprint(readField(input, 'blueprint', 'blueprint'));
  const blockMinutes = readBlockMinutes(readField(input, 'blockMinutes', 'blockMinutes'));
  const lambda = readLambda(readField(input, 'lambda', 'lambda'));
  const mastery = readMastery(readField(input, 'mastery', 'mastery'), blueprint);
  const totalMinutes = readField(input, 'totalMinutes', 'totalMinutes');
  if (typeof totalMinutes !== 'number' || !Number.isSafeInteger(totalMinutes) || totalMinutes < 0) {
    throw new PlanInputError(
      'totalMinutes',
      `must be whole minutes, 0 or more; got ${show(totalMinutes)}`,
    );
  }
  const blocks = Math.floor(totalMinutes / blockMinutes);
  if (blocks === 0) {
    throw new PlanInputError(
      'totalMinutes',
      `${totalMinutes} minutes hold no ${blockMinutes}-minute block; give at least ${blockMinutes}`,
    );
  }
  const priorities = domainPriorities(blueprint, mastery, lambda);
  const counts = largestRemainder(
    blueprint.domains.map((d) => priorities[d.id]!),
    blocks,
  );
  return Object.fromEntries(blueprint.domains.map((d, i) => [d.id, counts[i]! * blockMinutes]));
}
