import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format } from 'node:util';
import { afterAll, describe, expect, it, vi } from 'vitest';

/**
 * The README is the library's documentation, so it is held to the code:
 * each ```ts block marked `<!-- example -->` is run against the library's
 * source and must print what its `// → ` comments show, and its "API at a
 * glance" tables must list exactly what `src/index.ts` exports.
 */
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const library = fileURLToPath(new URL('../index.ts', import.meta.url));

interface Example {
  readonly code: string;
  /** The heading the example sits under, to name its test. */
  readonly section: string;
}

const examples: Example[] = [...readme.matchAll(/<!-- example -->\n```ts\n([\s\S]*?)```/g)].map(
  (m) => {
    const headings = [...readme.slice(0, m.index).matchAll(/^#+ (.+)$/gm)];
    return { code: m[1]!, section: headings.at(-1)?.[1] ?? '(top)' };
  },
);
const dir = mkdtempSync(join(tmpdir(), 'certpace-readme-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * The names a module exports, read from its source: declarations, export
 * lists, and `export *` / `export type *` of sibling modules, followed.
 */
function exportedNames(file: string): Set<string> {
  const text = readFileSync(file, 'utf8');
  const names = new Set<string>();
  const declared =
    /^export (?:declare )?(?:abstract )?(?:async )?(?:function\*?|const|let|class|interface|type|enum) ([A-Za-z_$][\w$]*)/gm;
  for (const m of text.matchAll(declared)) names.add(m[1]!);
  for (const m of text.matchAll(/^export (?:type )?\{([^}]*)\}/gm)) {
    for (const part of m[1]!.split(',')) {
      const name = part
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)
        .at(-1);
      if (name) names.add(name);
    }
  }
  for (const m of text.matchAll(/^export (?:type )?\* from '(\.[^']+)\.js'/gm)) {
    for (const name of exportedNames(join(dirname(file), `${m[1]}.ts`))) names.add(name);
  }
  return names;
}

/** The names in the first column of the tables under "## API at a glance". */
function documentedNames(): Set<string> {
  const start = readme.indexOf('\n## API at a glance');
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  const names = new Set<string>();
  for (const line of section.split('\n')) {
    const first = line.startsWith('|') ? line.split('|')[1] : undefined;
    for (const m of first?.matchAll(/`([A-Za-z_$][\w$]*)/g) ?? []) names.add(m[1]!);
  }
  return names;
}

describe('README examples', () => {
  it('has examples to run', () => {
    expect(examples.length).toBeGreaterThanOrEqual(15);
  });

  it('marks every TypeScript block as an example, so none goes unchecked', () => {
    const tsBlocks = readme.match(/^```ts$/gm) ?? [];
    expect(tsBlocks.length).toBe(examples.length);
  });

  examples.forEach(({ code, section }, i) => {
    it(`example ${i + 1} (${section}) prints what it shows`, async () => {
      const expected = code
        .split('\n')
        .filter((line) => line.startsWith('// →'))
        .map((line) => line.replace(/^\/\/ → ?/, ''));
      expect(expected.length).toBeGreaterThan(0);
      const file = join(dir, `example-${i + 1}.ts`);
      writeFileSync(file, code.replaceAll("'@certpace/core'", JSON.stringify(library)));
      const printed: string[] = [];
      const spy = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
        printed.push(...format(...args).split('\n'));
      });
      try {
        await import(pathToFileURL(file).href);
      } finally {
        spy.mockRestore();
      }
      expect(printed).toEqual(expected);
    });
  });
});

describe('README API table', () => {
  const exported = exportedNames(library);

  it('reads every runtime export from the barrels', async () => {
    const runtime = Object.keys(await import(pathToFileURL(library).href));
    expect(runtime.filter((name) => !exported.has(name))).toEqual([]);
  });

  it('lists every export of the library, and nothing it does not export', () => {
    const documented = documentedNames();
    expect([...exported].filter((name) => !documented.has(name)).sort()).toEqual([]);
    expect([...documented].filter((name) => !exported.has(name)).sort()).toEqual([]);
  });
});
