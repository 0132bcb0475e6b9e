#!/usr/bin/env node
// The installed `certpace` command. It exists before the build so that npm links it
// on `npm ci`; the program itself is the compiled dist/bin.js.
import { existsSync } from 'node:fs';

const program = new URL('../dist/bin.js', import.meta.url);
if (!existsSync(program)) {
  process.stderr.write('certpace is not built yet: run `npm run build` in the certpace folder.\n');
  process.exit(1);
}
await import(program.href);
