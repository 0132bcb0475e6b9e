import {
  type Blueprint,
  blueprintRef,
  blueprints,
  isRetired,
  latestBlueprint,
} from '@certpace/core';
import type { Choice } from '../framework/types.js';
import { LIMITS } from '../messages/limits.js';

/** `YYYY-MM-DD` of an instant in UTC: the date retirements are compared with. */
export function isoDay(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** Exams newest outline first, so the one to pick is at the top. */
export function examsNewestFirst(from: readonly Blueprint[] = blueprints): Blueprint[] {
  return [...from].sort((a, b) =>
    a.version === b.version ? a.code.localeCompare(b.code) : b.version.localeCompare(a.version),
  );
}

/** How an exam reads in a list: `AI-103@2026-04 · Developing AI Apps… (default)`. */
export function examLabel(blueprint: Blueprint, today: string): string {
  const ref = blueprintRef(blueprint);
  const isDefault = blueprintRef(latestBlueprint({ today })) === ref;
  const status = isRetired(blueprint, today)
    ? ' (retired)'
    : blueprint.retiresOn
      ? ` (retires ${blueprint.retiresOn})`
      : isDefault
        ? ' (default)'
        : '';
  return `${ref} · ${blueprint.title}${status}`;
}

/**
 * Exam suggestions for what was typed, matching the code, the version or
 * the title anywhere; the value is the exact reference (`AI-103@2026-04`).
 */
export function examChoices(
  query: string,
  today: string,
  limit: number = LIMITS.autocompleteChoices,
): Choice[] {
  const q = query.trim().toLowerCase();
  return examsNewestFirst()
    .filter((b) => q === '' || `${blueprintRef(b)} ${b.title}`.toLowerCase().includes(q))
    .slice(0, limit)
    .map((b) => ({ name: examLabel(b, today), value: blueprintRef(b) }));
}
