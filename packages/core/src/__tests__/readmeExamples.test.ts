import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format } from 'node:util';
import { afterAll, describe, expect, it, vi } from 'vitest';

/**
 * The README's planner examples run as written: each ```ts block marked
 * `<!-- planner-example -->` is run against the library's source, and what it
 * prints must be what its `// → ` comments show.
 */
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const library = fileURLToPath(new URL('../index.ts', import.meta.url));
const blocks = [...readme.matchAll(/<!-- planner-example -->\n```ts\n([\s\S]*?)```/g)].map(
  (m) => m[1]!,
);
const dir = mkdtempSync(join(tmpdir(), 'certpace-readme-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('README examples', () => {
  it('has examples to run', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(6);
  });

  blocks.forEach((code, i) => {
    const firstLine = code.split('\n').find((l) => l.startsWith('import'))!;
    it(`example ${i + 1} prints what it shows (${firstLine.slice(9, 60)}…)`, async () => {
      const expected = code
        .split('\n')
        .filter((line) => line.startsWith('// →'))
        .map((line) => line.replace(/^\/\/ → ?/, ''));
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
