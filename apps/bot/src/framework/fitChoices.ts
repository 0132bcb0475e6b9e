import { LIMITS } from '../messages/limits.js';
import { truncate } from '../messages/truncate.js';
import type { Choice } from './types.js';

/**
 * Autocomplete choices as Discord accepts them: at most 25, names cut to 100
 * characters, and choices whose string value is too long to send dropped
 * (cutting a value would change what it selects).
 */
export function fitChoices(choices: readonly Choice[]): Choice[] {
  return choices
    .filter(
      (c) =>
        typeof c.value !== 'string' ||
        (c.value.length >= 1 && c.value.length <= LIMITS.choiceValue),
    )
    .slice(0, LIMITS.autocompleteChoices)
    .map((c) => ({ name: truncate(c.name || String(c.value), LIMITS.choiceName), value: c.value }));
}
