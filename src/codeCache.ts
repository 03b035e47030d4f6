/**
 * Runs the bundled command line (a CommonJS file) with V8's code cache, so that a run after the
 * first skips parsing and compiling the functions earlier runs used: a cold Node process spends
 * more time compiling outletdiff than comparing two articles. Node 22 does this by itself
 * (`module.enableCompileCache`); Node 20 needs it done by hand.
 *
 * The cache lives in a folder of the user's own (`$OUTLETDIFF_CACHE_DIR`, else
 * `$XDG_CACHE_HOME/outletdiff`, else `~/.cache/outletdiff`, created private), never in a shared
 * temporary folder: V8 checks a cache's version and source length, not its content, so a file
 * another user could write must not be read. Its name carries a hash of the bundle's path and
 * content and the Node version, so a rebuilt bundle, another copy or another Node never meets an
 * old cache (a cache also carries the path it was made from, which stack traces then show). Any failure to
 * read or write it only means running without it. `OUTLETDIFF_CODE_CACHE=0` turns it off.
 *
 * The build writes a cache of its own beside the bundle (scripts/warmCodeCache.ts), made by running
 * the common commands once, so that even a user's first command starts from it. It is read when the
 * user has no cache of that build: a file beside the bundle is trusted as much as the bundle.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join } from 'node:path';
import vm from 'node:vm';

export interface CachedModule<T> {
  exports: T;
  /** Whether a cache was found and V8 accepted it. */
  cacheUsed: boolean;
  /** Writes the cache into the cache folder if no cache was used (none found, or V8 rejected it); call once the work is done, so it holds every function the run compiled. */
  save(): void;
}

/**
 * The cache folder for `env`, or `null` when the cache is turned off or no absolute folder is
 * known (a relative one would put the cache wherever the command happens to run).
 */
export function codeCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.OUTLETDIFF_CODE_CACHE === '0') return null;
  const chosen = env.OUTLETDIFF_CACHE_DIR || (isAbsolute(env.XDG_CACHE_HOME ?? '') ? join(env.XDG_CACHE_HOME ?? '', 'outletdiff') : null);
  if (chosen) return isAbsolute(chosen) ? chosen : null;
  let home: string;
  try {
    home = homedir();
  } catch {
    // No HOME and no password entry (a container run as an arbitrary user id).
    return null;
  }
  return isAbsolute(home) ? join(home, '.cache', 'outletdiff') : null;
}

/**
 * V8 flags the command runs with (bin/outletdiff.js sets them before any other code runs). A cache
 * made under other flags is rejected, so the build's cache is made under these too.
 * `--no-regexp-tier-up`: regular expressions straight to machine code. V8 otherwise compiles each
 * one twice (bytecode on its first run, machine code on its second), and the loader's rules are
 * many and run a few times.
 */
export const V8_FLAGS = '--no-regexp-tier-up';

/** The folder where the build's own cache of `file` lies (beside it), or `null` when the cache is turned off. */
export function builtCodeCacheDir(file: string, env: NodeJS.ProcessEnv = process.env): string | null {
  return env.OUTLETDIFF_CODE_CACHE === '0' ? null : dirname(file);
}

/**
 * Loads the CommonJS file `file` as Node's `require` would, but through `vm.Script` with the
 * code cache kept in `cacheDir` (no cache when `cacheDir` is `null`); when that holds none for
 * this build, the cache in `builtDir` is read, never written. The file must not use `import()`.
 */
export function loadWithCodeCache<T>(file: string, cacheDir: string | null, builtDir: string | null = null): CachedModule<T> {
  const source = readFileSync(file, 'utf8');
  const name = cacheName(file, source);
  const cacheFile = cacheDir === null ? null : join(cacheDir, name);
  const cachedData = (cacheFile === null ? undefined : readIfPresent(cacheFile)) ?? (builtDir === null ? undefined : readIfPresent(join(builtDir, name)));
  // The wrapper Node itself puts around a CommonJS module.
  const wrapper = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  // No `import()` in the file: Node 20 offers it to `vm.Script` only as an experimental option,
  // and functions taken from the cache lose it anyway. The bundle uses `require` instead.
  const script = new vm.Script(wrapper, { filename: file, cachedData });
  const module = { exports: {} as T };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run(module.exports, createRequire(file), module, file, dirname(file));
  const cacheUsed = cachedData !== undefined && !script.cachedDataRejected;
  return {
    exports: module.exports,
    cacheUsed,
    save() {
      if (cacheFile === null || cacheUsed) return;
      writeCache(cacheFile, script.createCachedData(), file);
    },
  };
}

/**
 * `<name>-<path hash>-<content hash>-<node version>-<arch>.v8cache`.
 * - V8 checks only a cache's length, so the name must change with the content: size and time
 *   alone do not (copies that keep times, builds that fix them). The build writes the bundle's
 *   SHA-256 beside it (`cli.cjs.sha256`: hash and size); without that, or when the size
 *   disagrees, the file is hashed here.
 * - A cache keeps the file name it was compiled under, and stack traces show that name: two
 *   copies of one bundle (two clones, a global install) must not share a cache.
 */
function cacheName(file: string, source: string): string {
  return `${cachePrefix(file)}${contentHash(file, source).slice(0, 32)}-${process.version}-${process.arch}.v8cache`;
}

/** The part of the cache name that is the same for every build at one path: older builds' caches are found by it. */
function cachePrefix(file: string): string {
  return `${stem(file)}-${pathHash(file)}-`;
}

/** FNV-1a of the path, as 8 hex digits: enough to tell a user's few copies apart, without loading node:crypto. */
function pathHash(file: string): string {
  let hash = 0x811c9dc5;
  for (let k = 0; k < file.length; k += 1) hash = Math.imul(hash ^ file.charCodeAt(k), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

function contentHash(file: string, source: string): string {
  const [hash, size] = (readIfPresent(`${file}.sha256`)?.toString('utf8') ?? '').trim().split(/\s+/);
  if (/^[0-9a-f]{64}$/.test(hash ?? '') && Number(size) === statSync(file).size) return hash;
  // Loaded only here: with the build's hash at hand, a run never needs node:crypto.
  const { createHash } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return createHash('sha256').update(source).digest('hex');
}

function stem(file: string): string {
  return basename(file).replace(/\.[^.]*$/, '');
}

function readIfPresent(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** A cache of another copy of the bundle not rewritten for this long is taken to belong to a copy that is gone. */
const ABANDONED_AFTER_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Whether a file of the cache folder is a cache of `file` that a new one replaces: one of another
 * build at the same path; or, for any path (moved or deleted clones, an older install, names from
 * before names carried the path), one not written for {@link ABANDONED_AFTER_MS}. A copy still in
 * use then only writes its cache again.
 */
function isReplacedCache(dir: string, name: string, file: string, now: number): boolean {
  if (!name.endsWith('.v8cache') || !name.startsWith(`${stem(file)}-`)) return false;
  if (name.startsWith(cachePrefix(file))) return true;
  return now - statSync(join(dir, name)).mtimeMs > ABANDONED_AFTER_MS;
}

/**
 * Writes the cache by renaming a fresh file over it (concurrent runs never see half a file), and
 * drops the caches it replaces (see {@link isReplacedCache}).
 */
function writeCache(cacheFile: string, data: Buffer, file: string): void {
  const dir = dirname(cacheFile);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const temp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(temp, data, { mode: 0o600 });
    renameSync(temp, cacheFile);
    const now = Date.now();
    for (const name of readdirSync(dir)) {
      if (name !== basename(cacheFile) && isReplacedCache(dir, name, file, now)) unlinkSync(join(dir, name));
    }
  } catch {
    // A read-only home or a full disk: run without the cache.
  }
}
