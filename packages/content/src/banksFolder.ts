import { fileURLToPath } from 'node:url';

/**
 * The folder holding the shipped banks, one sub-folder per outline ref. It is
 * found from this module's own location (src/ in development, dist/ when
 * installed; both sit beside banks/), never from the working directory.
 */
export function banksFolder(): string {
  return fileURLToPath(new URL('../banks/', import.meta.url));
}
