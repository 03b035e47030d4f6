import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding outletdiff's package.json and bundled corpus. The code runs compiled from
 * dist/src/ and, under the test runner, from src/, so the folder is found by walking up.
 */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'corpus', 'manifest.json'))) return dir;
    const parent = dirname(dir);
    // Reaching the file-system root means the package was installed without its corpus: a packaging bug.
    if (parent === dir) throw new Error('the outletdiff package folder (package.json beside corpus/manifest.json) was not found');
    dir = parent;
  }
}
