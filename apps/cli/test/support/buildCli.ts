import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

/**
 * The tests drive the built program as a user would (`node apps/cli/dist/bin.js`),
 * so it and the packages it imports are built first. `tsc -b` is incremental:
 * after `npm run build` this only checks that nothing changed.
 */
export default function setup(): void {
  execFileSync(
    process.execPath,
    [
      'node_modules/typescript/bin/tsc',
      '-b',
      'packages/core/tsconfig.build.json',
      'packages/content/tsconfig.build.json',
      'packages/db/tsconfig.build.json',
      'packages/study/tsconfig.build.json',
      'apps/cli/tsconfig.build.json',
    ],
    { cwd: root, stdio: 'inherit' },
  );
}
