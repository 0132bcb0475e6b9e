import { isIsoDate } from '../dates/isoDate.js';
import { BlueprintError } from './BlueprintError.js';
import { parseBlueprint } from './parseBlueprint.js';
import { ai102v202406 } from './shipped/ai102-2024-06.js';
import { ai102v202512 } from './shipped/ai102-2025-12.js';
import { ai103v202604 } from './shipped/ai103-2026-04.js';
import { type Blueprint, blueprintRef } from './types.js';

/** The blueprints shipped with the library, oldest outline first. */
export const blueprints: readonly Blueprint[] = Object.freeze(
  [ai102v202406, ai102v202512, ai103v202604].map((raw) => parseBlueprint(raw)),
);

function newestFirst(a: Blueprint, b: Blueprint): number {
  if (a.version !== b.version) return a.version < b.version ? 1 : -1;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

/**
 * The blueprint a reference names, or `undefined`: `'AI-102@2024-06'` is that
 * outline; a bare code (`'AI-102'`) is the newest outline of that exam. Codes
 * match case-insensitively.
 */
export function findBlueprint(
  ref: unknown,
  from: readonly Blueprint[] = blueprints,
): Blueprint | undefined {
  if (typeof ref !== 'string') return undefined;
  const [code = '', version, ...rest] = ref.trim().split('@');
  if (rest.length > 0) return undefined;
  const sameCode = from.filter((b) => b.code.toLowerCase() === code.toLowerCase());
  if (version === undefined) return [...sameCode].sort(newestFirst)[0];
  return sameCode.find((b) => b.version === version);
}

/** Like `findBlueprint`, but an unknown reference is a `BlueprintError` that lists the known ones. */
export function getBlueprint(ref: string, from: readonly Blueprint[] = blueprints): Blueprint {
  const found = findBlueprint(ref, from);
  if (found) return found;
  const known = from.map((b) => blueprintRef(b)).join(', ');
  const shown = typeof ref === 'string' ? `"${ref}"` : String(ref);
  throw new BlueprintError(
    [
      {
        path: 'ref',
        message: `unknown exam ${shown}; known: ${known} (or a bare code such as AI-103 for its newest outline)`,
      },
    ],
    'Unknown blueprint',
  );
}

/** Whether the exam has retired by `onDate`: it can be taken up to and including `retiresOn`. */
export function isRetired(blueprint: Pick<Blueprint, 'retiresOn'>, onDate: string): boolean {
  return blueprint.retiresOn !== undefined && onDate > blueprint.retiresOn;
}

/**
 * The default exam for a new plan: the newest outline (by version month) that
 * has not retired on `today`. Without `today`, outlines with an announced
 * retirement count as retired. When every candidate has retired, the newest
 * of all is returned (a plan for it carries the retirement warning).
 */
export function latestBlueprint(
  options: { today?: string; from?: readonly Blueprint[] } = {},
): Blueprint {
  const { today, from = blueprints } = options;
  if (today !== undefined && !isIsoDate(today)) {
    throw new BlueprintError(
      [
        {
          path: 'today',
          message: `must be a real date written YYYY-MM-DD, not "${String(today)}"`,
        },
      ],
      'Invalid option',
    );
  }
  const sorted = [...from].sort(newestFirst);
  const live = sorted.find((b) =>
    today === undefined ? b.retiresOn === undefined : !isRetired(b, today),
  );
  const chosen = live ?? sorted[0];
  if (!chosen)
    throw new BlueprintError(
      [{ path: 'from', message: 'is empty; give at least one blueprint' }],
      'Invalid option',
    );
  return chosen;
}
