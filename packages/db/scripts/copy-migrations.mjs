// Ships the migrations inside the published package: `npm pack` / `npm publish`
// copy the repository's root drizzle/ folder into packages/db/drizzle/ (prepack)
// and remove the copy afterwards (postpack). createDatabase() looks there first.
import { cpSync, existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const copy = join(packageRoot, 'drizzle');

rmSync(copy, { recursive: true, force: true });
if (!process.argv.includes('--clean')) {
  const source = join(packageRoot, '..', '..', 'drizzle');
  if (!existsSync(join(source, 'meta', '_journal.json'))) {
    throw new Error(`No migrations in ${source}: run npm run db:generate first.`);
  }
  cpSync(source, copy, { recursive: true });
}
