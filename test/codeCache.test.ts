import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeCacheDir, loadWithCodeCache, V8_FLAGS } from '../src/codeCache.js';

const MODULE = `
const { join } = require('node:path');
exports.greet = (name) => 'hello ' + name + ' from ' + join('a', 'b');
exports.builtin = () => typeof require('node:os').platform;
`;

/**
 * Loads `file` in a fresh Node process (as the binary does, through the built module), calls
 * `greet` and saves the cache. A fresh process each time: within one process V8 keeps compiled
 * scripts in memory and never looks at a cache a second time.
 */
function loadInChild(file: string, cacheDir: string, builtDir: string | null = null): { cacheUsed: boolean; greeting: string } {
  const script = `
    import { loadWithCodeCache } from ${JSON.stringify(new URL('../dist/src/codeCache.js', import.meta.url).href)};
    const loaded = loadWithCodeCache(${JSON.stringify(file)}, ${JSON.stringify(cacheDir)}, ${JSON.stringify(builtDir)});
    const greeting = loaded.exports.greet('child');
    loaded.save();
    console.log(JSON.stringify({ cacheUsed: loaded.cacheUsed, greeting }));
  `;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as { cacheUsed: boolean; greeting: string };
}

function fixture(): { dir: string; file: string; cacheDir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'outletdiff-cache-'));
  const file = join(dir, 'module.cjs');
  // A different text for each test, so no test meets another's script in V8's memory.
  writeFileSync(file, `${MODULE}// ${dir}\n`);
  return { dir, file, cacheDir: join(dir, 'cache') };
}

describe('codeCache', () => {
  it('runs a CommonJS file as require would, writes the cache once, and uses it the next time', () => {
    const { file, cacheDir } = fixture();
    const loaded = loadWithCodeCache<{ greet(name: string): string; builtin(): string }>(file, cacheDir);
    expect(loaded.exports.greet('you')).toBe(`hello you from ${join('a', 'b')}`);
    expect(loaded.exports.builtin()).toBe('function');
    expect(loaded.cacheUsed).toBe(false);
    loaded.save();
    const files = readdirSync(cacheDir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(new RegExp(`^module-[0-9a-f]{8}-[0-9a-f]{32}-${process.version.replace(/\./g, '\\.')}-${process.arch}\\.v8cache$`));
    expect(loadInChild(file, cacheDir)).toEqual({ cacheUsed: true, greeting: `hello child from ${join('a', 'b')}` });
  });

  it('reads the cache the build wrote when the user has none, and writes none of its own then', () => {
    const { dir, file, cacheDir } = fixture();
    const builtDir = join(dir, 'built');
    expect(loadInChild(file, builtDir).cacheUsed).toBe(false);
    expect(loadInChild(file, cacheDir, builtDir)).toEqual({ cacheUsed: true, greeting: `hello child from ${join('a', 'b')}` });
    expect(existsSync(cacheDir)).toBe(false);
    // A damaged one is passed over like the user's own: the run writes the user's cache.
    const [name] = readdirSync(builtDir);
    writeFileSync(join(builtDir, name), 'not a code cache');
    expect(loadInChild(file, cacheDir, builtDir).cacheUsed).toBe(false);
    expect(readdirSync(cacheDir)).toEqual([name]);
    expect(loadInChild(file, cacheDir, builtDir).cacheUsed).toBe(true);
  });

  it('ignores a damaged cache and replaces it', () => {
    const { file, cacheDir } = fixture();
    expect(loadInChild(file, cacheDir).cacheUsed).toBe(false);
    expect(loadInChild(file, cacheDir).cacheUsed).toBe(true);
    const [name] = readdirSync(cacheDir);
    writeFileSync(join(cacheDir, name), 'not a code cache');
    const damaged = loadInChild(file, cacheDir);
    expect(damaged).toEqual({ cacheUsed: false, greeting: `hello child from ${join('a', 'b')}` });
    expect(loadInChild(file, cacheDir).cacheUsed).toBe(true);
  });

  it('keys the cache on the content: a file changed to the same size and time gets a new cache, and the old one is dropped', () => {
    const { file, cacheDir } = fixture();
    const before = readFileSync(file, 'utf8');
    const { mtime } = statSync(file);
    loadInChild(file, cacheDir);
    const [first] = readdirSync(cacheDir);
    // Same length, same time: only the content says the file changed.
    writeFileSync(file, before.replace("'hello '", "'howdy '"));
    utimesSync(file, mtime, mtime);
    expect(statSync(file).size).toBe(before.length);
    expect(loadInChild(file, cacheDir)).toEqual({ cacheUsed: false, greeting: `howdy child from ${join('a', 'b')}` });
    const after = readdirSync(cacheDir);
    expect(after).toHaveLength(1);
    expect(after[0]).not.toBe(first);
    expect(loadInChild(file, cacheDir).cacheUsed).toBe(true);
  });

  it('takes the hash the build wrote beside the file, unless its size disagrees', () => {
    const { file, cacheDir } = fixture();
    const size = statSync(file).size;
    writeFileSync(`${file}.sha256`, `${'ab'.repeat(32)} ${size}\n`);
    loadInChild(file, cacheDir);
    expect(readdirSync(cacheDir)).toEqual([expect.stringMatching(/^module-[0-9a-f]{8}-(ab){16}-/)]);
    writeFileSync(`${file}.sha256`, `${'cd'.repeat(32)} ${size + 1}\n`);
    loadInChild(file, cacheDir);
    const names = readdirSync(cacheDir);
    expect(names).toHaveLength(1);
    expect(names[0]).not.toMatch(/^module-[0-9a-f]{8}-(?:(ab){16}|(cd){16})-/);
  });

  it('keeps one cache per copy of a file, so stack traces name the copy that runs', () => {
    const { dir, file, cacheDir } = fixture();
    const copy = join(dir, 'copy', 'module.cjs');
    mkdirSync(dirname(copy));
    // The same content at two paths, as in two clones of one build.
    writeFileSync(copy, `${readFileSync(file, 'utf8')}exports.where = () => new Error('here').stack.split('\\n')[1];\n`);
    writeFileSync(file, readFileSync(copy, 'utf8'));
    const whereInChild = (target: string) => {
      const script = `
        import { loadWithCodeCache } from ${JSON.stringify(new URL('../dist/src/codeCache.js', import.meta.url).href)};
        const loaded = loadWithCodeCache(${JSON.stringify(target)}, ${JSON.stringify(cacheDir)});
        console.log(JSON.stringify({ cacheUsed: loaded.cacheUsed, where: loaded.exports.where() }));
        loaded.save();
      `;
      const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
      expect(result.stderr).toBe('');
      return JSON.parse(result.stdout) as { cacheUsed: boolean; where: string };
    };
    expect(whereInChild(file).cacheUsed).toBe(false);
    const fromCopy = whereInChild(copy);
    expect(fromCopy.cacheUsed).toBe(false);
    expect(fromCopy.where).toContain(copy);
    expect(readdirSync(cacheDir)).toHaveLength(2);
    for (const target of [file, copy]) {
      const again = whereInChild(target);
      expect(again.cacheUsed).toBe(true);
      expect(again.where).toContain(target);
    }
  });

  it('drops caches of other copies only once they have not been written for 30 days', () => {
    const { file, cacheDir } = fixture();
    mkdirSync(cacheDir);
    const tail = `${process.version}-${process.arch}.v8cache`;
    // Another clone's cache, and one named as before names carried the path (an older install).
    const recent = [`module-0badc0de-${'1'.repeat(32)}-${tail}`, `module-${'2'.repeat(32)}-${tail}`];
    const abandoned = [`module-0badc0de-${'3'.repeat(32)}-${tail}`, `module-${'4'.repeat(32)}-${tail}`];
    // Not caches of this file, however old.
    const unrelated = [`other-${'5'.repeat(32)}-${tail}`, 'notes.txt'];
    const longAgo = new Date(Date.now() - 31 * 24 * 60 * 60 * 1000);
    for (const name of [...recent, ...abandoned, ...unrelated]) writeFileSync(join(cacheDir, name), 'x');
    for (const name of [...abandoned, ...unrelated]) utimesSync(join(cacheDir, name), longAgo, longAgo);
    loadInChild(file, cacheDir);
    const names = readdirSync(cacheDir);
    expect(names).toEqual(expect.arrayContaining([...recent, ...unrelated]));
    expect(names).toHaveLength(recent.length + unrelated.length + 1);
  });

  it.skipIf(process.getuid?.() === 0)('runs without a cache when the folder cannot be written', () => {
    const { dir, file } = fixture();
    const locked = join(dir, 'locked');
    mkdirSync(locked, { mode: 0o500 });
    chmodSync(locked, 0o500);
    const loaded = loadWithCodeCache<{ greet(name: string): string }>(file, join(locked, 'cache'));
    expect(() => loaded.save()).not.toThrow();
    expect(readdirSync(locked)).toHaveLength(0);
  });

  it('runs without a cache when the cache path is a file', () => {
    const { dir, file } = fixture();
    const blocker = join(dir, 'blocker');
    writeFileSync(blocker, 'a file where the folder would be');
    const loaded = loadWithCodeCache<{ greet(name: string): string }>(file, join(blocker, 'cache'));
    expect(loaded.exports.greet('x')).toContain('hello x');
    expect(() => loaded.save()).not.toThrow();
    expect(readFileSync(blocker, 'utf8')).toBe('a file where the folder would be');
  });

  it('puts the cache in a folder of the user, or nowhere when turned off or only a relative folder is known', () => {
    expect(codeCacheDir({ OUTLETDIFF_CODE_CACHE: '0', OUTLETDIFF_CACHE_DIR: '/x' })).toBeNull();
    expect(codeCacheDir({ OUTLETDIFF_CACHE_DIR: '/some/dir' })).toBe('/some/dir');
    expect(codeCacheDir({ OUTLETDIFF_CACHE_DIR: 'relative/dir' })).toBeNull();
    expect(codeCacheDir({ XDG_CACHE_HOME: '/xdg' })).toBe(join('/xdg', 'outletdiff'));
    // A relative XDG_CACHE_HOME is to be ignored (XDG Base Directory specification).
    expect(codeCacheDir({ XDG_CACHE_HOME: 'xdg' })).toMatch(/[/\\]\.cache[/\\]outletdiff$/);
    expect(codeCacheDir({})).toMatch(/[/\\]\.cache[/\\]outletdiff$/);
  });

  it('runs without a cache when the home folder is empty or relative', () => {
    const probe = `import { codeCacheDir } from ${JSON.stringify(new URL('../dist/src/codeCache.js', import.meta.url).href)};
      console.log(JSON.stringify(codeCacheDir({})));`;
    for (const home of ['', 'relative-home']) {
      const result = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8', env: { ...process.env, HOME: home } });
      expect(result.stderr).toBe('');
      expect(JSON.parse(result.stdout)).toBeNull();
    }
  });

  it('has the binary set V8_FLAGS before any other code runs (changing them later can crash the process)', () => {
    const code = readFileSync(join(import.meta.dirname, '../bin/outletdiff.js'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('#!') && !line.trim().startsWith('//'));
    expect(code[0]).toBe(`require('node:v8').setFlagsFromString('${V8_FLAGS}');`);
  });

  it('gives the binary the same output with and without its cache, and starts a first run from the cache the build wrote', () => {
    const { dir } = fixture();
    const cacheDir = join(dir, 'bin-cache');
    const bin = join(import.meta.dirname, '../bin/outletdiff.js');
    const args = [bin, 'compare', 'corpus/tass-fomin-nato-russia-council-2022-01-12.txt', 'corpus/rg-fomin-nato-russia-council.txt', '--format', 'json'];
    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, args, { cwd: join(import.meta.dirname, '..'), env: { ...process.env, ...env }, encoding: 'utf8' });
    const off = run({ OUTLETDIFF_CODE_CACHE: '0' });
    const first = run({ OUTLETDIFF_CACHE_DIR: cacheDir });
    expect(off.status).toBe(0);
    // The build's cache was found and V8 took it (same bundle, same Node, same flags): nothing to write.
    expect(existsSync(cacheDir)).toBe(false);
    expect(first.status).toBe(0);
    expect(first.stderr).toBe('');
    expect(first.stdout).toBe(off.stdout);
  });
});
