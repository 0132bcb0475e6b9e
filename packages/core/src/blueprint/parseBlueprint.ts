import { parseDocument } from 'yaml';
import { BlueprintError, type BlueprintProblem } from './BlueprintError.js';
import type { Blueprint } from './types.js';
import { validateBlueprint } from './validateBlueprint.js';

function fromYaml(text: string): unknown {
  const doc = parseDocument(text, { logLevel: 'error' });
  if (doc.errors.length > 0) {
    const problems: BlueprintProblem[] = doc.errors.map((e) => {
      const at = e.linePos?.[0];
      return {
        path: at ? `(yaml line ${at.line}, column ${at.col})` : '(yaml)',
        message: `${(e.message.split('\n')[0] ?? '').replace(/:$/, '')}; fix the YAML syntax`,
      };
    });
    throw new BlueprintError(problems, 'Blueprint YAML does not parse');
  }
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // Unresolved or runaway aliases surface only when the document is turned into values.
    const message = error instanceof Error ? error.message : String(error);
    throw new BlueprintError(
      [{ path: '(yaml)', message: `${message}; fix the YAML aliases` }],
      'Blueprint YAML does not parse',
    );
  }
}

/**
 * Reads an exam blueprint from YAML text or an already-parsed object and
 * returns it frozen and typed. Throws one `BlueprintError` whose `problems`
 * list everything wrong at once: missing or invalid fields, ids that are not
 * kebab-case, duplicate domain ids, inverted weight ranges, ranges that
 * cannot add up to 100%, bad dates, a source that is not https.
 */
export function parseBlueprint(input: unknown): Blueprint {
  const value = typeof input === 'string' ? fromYaml(input) : input;
  const result = validateBlueprint(value);
  if (result.blueprint === undefined) throw new BlueprintError(result.problems);
  return result.blueprint;
}
