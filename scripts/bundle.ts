/**
 * Bundles the command line into dist/bundle/ (run by `npm run build` after tsc).
 *
 * Node resolves, reads and links every ES module separately: the command line is some eighty of
 * our modules and a dozen of its dependencies', and loading them one by one took longer than
 * comparing two articles. One CommonJS file, which bin/outletdiff.js runs with V8's code cache
 * (src/codeCache.ts), loads in a fraction of that.
 *
 * The corpus index's worker is a bundle of its own beside it: update.ts starts it as
 * `./indexWorker.js` relative to the bundle. Packages with native code or only needed by a few
 * commands stay outside and load from node_modules when first used.
 */
import { build, type BuildOptions } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/packageRoot.js';

const root = packageRoot();
const outdir = join(root, 'dist/bundle');
rmSync(outdir, { recursive: true, force: true });

const shared: BuildOptions = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node' as const,
  target: 'node20',
  // Regular expressions stay literals. esbuild's tables do not credit Node 20 with property escapes
  // (`\p{Lu}`) outside brackets, and rewrote each such literal as `new RegExp(…)`: built again
  // on every call, some five thousand times in one comparison.
  supported: { 'regexp-unicode-property-escapes': true },
  sourcemap: true,
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning' as const,
  external: ['@duckdb/node-api', '@mozilla/readability', 'linkedom', 'cli-progress', 'playwright-core'],
};

await build({
  ...shared,
  entryPoints: ['src/cli.ts'],
  outfile: join(outdir, 'cli.cjs'),
  format: 'cjs',
  // `import()` becomes `require()`: functions Node 20 takes from the code cache lose the hook
  // `import()` needs, and every package kept outside the bundle can be required.
  supported: { ...shared.supported, 'dynamic-import': false },
  // The sources are ES modules: `import.meta.url` becomes the bundle's own URL.
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
});

// What bin/outletdiff.js loads the bundle with, as CommonJS too: the command then starts without
// Node's ES module loader, which it would otherwise set up for two small files (some 15 ms).
await build({
  ...shared,
  entryPoints: ['src/codeCache.ts'],
  outfile: join(outdir, 'launch.cjs'),
  format: 'cjs',
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
});

// The bundle's hash and size, which src/codeCache.ts names its cache by (so it need not hash the
// bundle on every run).
const bundled = readFileSync(join(outdir, 'cli.cjs'));
writeFileSync(join(outdir, 'cli.cjs.sha256'), `${createHash('sha256').update(bundled).digest('hex')} ${bundled.length}\n`);

await build({
  ...shared,
  entryPoints: ['src/corpusIndex/indexWorker.ts'],
  outfile: join(outdir, 'indexWorker.js'),
  format: 'esm',
  // cli-table3's dependencies are CommonJS: inside an ES module bundle their `require` calls
  // for Node's own modules need a real `require`.
  banner: { js: "import { createRequire as __outletdiffRequire } from 'node:module';\nconst require = __outletdiffRequire(import.meta.url);" },
});
