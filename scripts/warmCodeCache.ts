/**
 * Writes V8's code cache of the command-line bundle beside it (run by `npm run build` after the
 * bundle). Without it a user's first command compiles every function it runs, some 70 ms more than
 * any later one, and the cache the first command writes holds only that command's functions.
 *
 * The common commands run here once each, in one process and on the bundled corpus, with their
 * output discarded, so the cache holds the functions of all of them. The bundle is loaded as
 * bin/outletdiff.js loads it, under the same V8 flags, or V8 would reject the cache.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type * as Launch from '../src/codeCache.js';
import type * as Cli from '../src/cli.js';
import { packageRoot } from '../src/packageRoot.js';

const root = packageRoot();
const launch = createRequire(import.meta.url)(join(root, 'dist/bundle/launch.cjs')) as typeof Launch;
// V8's flags from the start, as the binary has them: setting them now, after code has run, can
// crash the process. This script then runs again under them.
const flags = launch.V8_FLAGS.split(' ');
if (!flags.every((flag) => process.execArgv.includes(flag))) {
  const again = spawnSync(process.execPath, [...flags, fileURLToPath(import.meta.url)], { stdio: 'inherit' });
  process.exit(again.status ?? 1);
}

const bundle = join(root, 'dist/bundle/cli.cjs');
// The build's folder as the cache folder: the cache is written beside the bundle, where the binary looks for it.
const cli = launch.loadWithCodeCache<typeof Cli>(bundle, launch.builtCodeCacheDir(bundle, {}));

const seed = (name: string) => join(root, 'corpus', name);
const zakharova = [seed('tass-zakharova-nato-2022-02-18.txt'), seed('sputnik-zakharova-nato-2022-02-18.txt')];
const fomin = [seed('tass-fomin-nato-russia-council-2022-01-12.txt'), seed('rg-fomin-nato-russia-council.txt')];
const pairs = 'Relations continue to deteriorate.\tRelations continue to degrade.\nThe ministry said so on Friday.\tNATO met in Brussels.\n';
/** Each command's arguments, and its environment: the side-by-side view both plain and in colour, as on a terminal. */
const COMMANDS: ReadonlyArray<readonly [string[], NodeJS.ProcessEnv]> = [
  [['compare', ...fomin], {}],
  [['compare', ...zakharova], { FORCE_COLOR: '1' }],
  [['compare', ...zakharova, '--format', 'json'], {}],
  [['compare', ...fomin, '--format', 'csv'], {}],
  [['compare', ...fomin, '--format', 'table'], {}],
  [['compare', ...zakharova, '--format', 'html', '--explain'], {}],
  [['compare', ...zakharova, seed('reprint-foreign-ministry-source-non-expansion.txt'), '--base', 'earliest'], {}],
  [['corpus'], {}],
  [['inspect', zakharova[0]], {}],
  [['quotes', ...zakharova], {}],
  [['score-pairs', '-'], {}],
];

const discard = () =>
  new Writable({
    write(_chunk, _encoding, done) {
      done();
    },
  });

for (const [args, env] of COMMANDS) {
  const stderr: string[] = [];
  const io = {
    stdout: Object.assign(discard(), { isTTY: false, columns: 120 }),
    stderr: new Writable({
      write(chunk: Buffer, _encoding, done) {
        stderr.push(chunk.toString());
        done();
      },
    }),
    env,
    readStdin: async () => new TextEncoder().encode(pairs),
    stdinIsTTY: false,
  };
  await cli.exports.main(['node', 'outletdiff', ...args], io);
  if (process.exitCode !== undefined && process.exitCode !== 0) {
    throw new Error(`outletdiff ${args.join(' ')} failed while the code cache was made: ${stderr.join('')}`);
  }
}
cli.save();
// Readable by every user of an installation built by another (a system-wide one): a file beside the
// bundle is trusted as the bundle is, unlike one in a shared folder.
for (const name of readdirSync(dirname(bundle))) {
  if (name.endsWith('.v8cache')) chmodSync(join(dirname(bundle), name), 0o644);
}
