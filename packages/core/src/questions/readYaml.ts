import { isNode, LineCounter, parseDocument } from 'yaml';

/** A path into a parsed bank, e.g. `['questions', 3, 'answer']`. */
export type FieldPath = readonly (string | number)[];

export type YamlRead =
  | {
      readonly ok: true;
      readonly value: unknown;
      /** The 1-based line of the node at `path`, or of its nearest ancestor that exists. */
      readonly lineOf: (path: FieldPath) => number | undefined;
    }
  | { readonly ok: false; readonly errors: readonly { line?: number; message: string }[] };

/** Parses YAML text, keeping enough of the document to point problems at lines. */
export function readYaml(text: string): YamlRead {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => {
        const line = lineCounter.linePos(e.pos[0]).line;
        return line > 0 ? { line, message: e.message } : { message: e.message };
      }),
    };
  }
  const lineOf = (path: FieldPath): number | undefined => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  return { ok: true, value: doc.toJS({ maxAliasCount: 100 }), lineOf };
}
