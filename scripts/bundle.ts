/**
 * Bundles the command line into dist/bundle/ (run by `npm run build` after tsc).
 *
 * Node resolves, reads and links every ES module separately: the command line is some eighty of
 * our modules and a dozen of its dependencies', and loading them one by one took longer than
 * comparing two articles. One bundle, with code splitting so that what only some commands need
 * (page reading, the corpus index) still loads on demand, halves start-up.
 *
 * The corpus index's worker is an entry of its own, beside the chunks: update.ts starts it as
 * `./indexWorker.js` relative to the module that holds that code. Packages with native code or
 * only needed by a few commands stay outside the bundle and load from node_modules as before.
 */
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/packageRoot.js';

const root = packageRoot();
const outdir = join(root, 'dist/bundle');
rmSync(outdir, { recursive: true, force: true });

await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli.ts', indexWorker: 'src/corpusIndex/indexWorker.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
  external: ['@duckdb/node-api', '@mozilla/readability', 'linkedom', 'cli-progress', 'playwright-core'],
  // cli-table3 and its dependencies are CommonJS: inside an ES module bundle their `require`
  // calls for Node's own modules need a real `require`.
  banner: { js: "import { createRequire as __outletdiffRequire } from 'node:module';\nconst require = __outletdiffRequire(import.meta.url);" },
});
