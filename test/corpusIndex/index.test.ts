import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findStories, reuseRows, searchIndex } from '../../src/corpusIndex/queries.js';
import { IndexStore } from '../../src/corpusIndex/store.js';
import { updateIndex } from '../../src/corpusIndex/update.js';
import { loadArticleText } from '../../src/load/index.js';
import { splitSentences } from '../../src/segment/index.js';
import { REPO_DIR } from '../load/helpers.js';

// readdir is wrapped so a test can make a folder unreadable as it is without permission, even as root.
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return { ...real, readdir: vi.fn(real.readdir) };
});

let dir: string;
let db: string;

function corpusCopy(): string {
  const root = join(dir, 'archive');
  mkdirSync(join(root, 'tass'), { recursive: true });
  mkdirSync(join(root, 'sputnik'), { recursive: true });
  copyFileSync(join(REPO_DIR, 'corpus/tass-zakharova-nato-2022-02-18.txt'), join(root, 'tass/zakharova.txt'));
  copyFileSync(join(REPO_DIR, 'corpus/tass-fomin-nato-russia-council-2022-01-12.txt'), join(root, 'tass/fomin.txt'));
  copyFileSync(join(REPO_DIR, 'corpus/sputnik-zakharova-nato-2022-02-18.txt'), join(root, 'sputnik/zakharova.txt'));
  copyFileSync(join(REPO_DIR, 'corpus/rg-fomin-nato-russia-council.txt'), join(root, 'rg-fomin.txt'));
  return root;
}

async function withStore<T>(fn: (store: IndexStore) => Promise<T>): Promise<T> {
  const store = await IndexStore.open(db, { create: true });
  try {
    return await fn(store);
  } finally {
    store.close();
  }
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'outletdiff-index-'));
  db = join(dir, 'index.duckdb');
});
afterEach(() => {
  vi.mocked(readdir).mockRestore();
  rmSync(dir, { recursive: true, force: true });
});

/** Makes readdir fail on folders named `name` as it does on a folder without read permission. */
async function lockFolders(name: string): Promise<void> {
  const real = (await vi.importActual<typeof import('node:fs/promises')>('node:fs/promises')).readdir;
  const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
  vi.mocked(readdir).mockImplementation(((path: string, options: { withFileTypes: true }) =>
    basename(path) === name ? Promise.reject(denied) : real(path, options)) as typeof readdir);
}

const ids = async () => (await withStore((store) => store.articles())).map((article) => article.id);

describe('corpusIndex', () => {
  it('indexes a folder, ids relative to the root, and finds who reuses whom', async () => {
    const root = corpusCopy();
    const summary = await withStore((store) => updateIndex(store, [root]));
    expect(summary).toMatchObject({ articles: 4, added: 4, updated: 0, unchanged: 0, dropped: 0, skipped: 0 });
    const rows = await withStore((store) => reuseRows(store));
    expect(rows.map((row) => [row.article_a, row.article_b])).toEqual([
      ['rg-fomin.txt', 'tass/fomin.txt'],
      ['sputnik/zakharova.txt', 'tass/zakharova.txt'],
    ]);
    const fomin = rows[0];
    expect(fomin.pairs).toBeGreaterThanOrEqual(10);
    expect(fomin.share_a).toBeGreaterThan(0.8);
    expect(fomin.earliest).toBeNull(); // RG's text gives no date
    const stories = await withStore((store) => findStories(store));
    expect(stories.map((story) => story.articles.map((article) => article.id).sort())).toEqual([
      ['rg-fomin.txt', 'tass/fomin.txt'],
      ['sputnik/zakharova.txt', 'tass/zakharova.txt'],
    ]);
  });

  it('updates incrementally: unchanged skipped, changed re-indexed, deleted dropped, other roots kept unless pruned', async () => {
    const root = corpusCopy();
    const other = join(dir, 'other');
    mkdirSync(other);
    copyFileSync(join(REPO_DIR, 'fixtures/nway/gazette-zakharova-nato.txt'), join(other, 'gazette.txt'));
    await withStore((store) => updateIndex(store, [root, other]));
    expect(await withStore((store) => updateIndex(store, [root]))).toMatchObject({ articles: 5, unchanged: 4, added: 0, updated: 0, dropped: 0, pairs: 0 });
    writeFileSync(join(root, 'tass/fomin.txt'), 'MOSCOW, January 12. /TASS/. The weather in Moscow was cold on Wednesday, forecasters said.\n');
    rmSync(join(root, 'sputnik/zakharova.txt'));
    const summary = await withStore((store) => updateIndex(store, [root]));
    expect(summary).toMatchObject({ articles: 4, updated: 1, unchanged: 2, dropped: 1 });
    const pairs = (await withStore((store) => reuseRows(store))).map((row) => `${row.article_a} ${row.article_b}`);
    expect(pairs).not.toContain('rg-fomin.txt tass/fomin.txt');
    expect(pairs).toContain('gazette.txt tass/zakharova.txt');
    expect(await withStore((store) => updateIndex(store, [root], { prune: true }))).toMatchObject({ articles: 3, dropped: 1 });
  });

  it('skips files it cannot read, and refuses a run where nothing could be read', async () => {
    const root = corpusCopy();
    writeFileSync(join(root, 'broken.txt'), Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
    const skipped: string[] = [];
    const summary = await withStore((store) => updateIndex(store, [root], { onSkip: (path, problem) => skipped.push(`${path}: ${problem}`) }));
    expect(summary).toMatchObject({ articles: 4, skipped: 1 });
    expect(skipped).toEqual([expect.stringMatching(/broken\.txt: not valid UTF-8/)]);
    await expect(withStore((store) => updateIndex(store, [root], { strict: true }))).rejects.toThrow(/broken\.txt: not valid UTF-8/);
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    await expect(withStore((store) => updateIndex(store, [empty]))).rejects.toThrow(/no article files/);
    const bad = join(dir, 'bad');
    mkdirSync(bad);
    writeFileSync(join(bad, 'a.txt'), Uint8Array.from([0xff, 0xfe, 0x00]));
    await expect(withStore((store) => updateIndex(store, [bad]))).rejects.toThrow(/no article could be read/);
    // With Windows-1252 named, the broken file reads.
    expect(await withStore((store) => updateIndex(store, [root], { encoding: 'windows-1252' }))).toMatchObject({ added: 1, skipped: 0 });
  });

  it('reports and counts a manifest entry whose file is missing, drops what was indexed from it, and stops there with strict', async () => {
    const root = join(dir, 'manifested');
    mkdirSync(root);
    copyFileSync(join(REPO_DIR, 'corpus/tass-fomin-nato-russia-council-2022-01-12.txt'), join(root, 'tass.txt'));
    copyFileSync(join(REPO_DIR, 'corpus/rg-fomin-nato-russia-council.txt'), join(root, 'rg.txt'));
    const articles = [{ id: 'tass-fomin', file: 'tass.txt' }, { id: 'rg-fomin', file: 'rg.txt' }];
    writeFileSync(join(root, 'manifest.json'), JSON.stringify({ schemaVersion: 1, articles }));
    await withStore((store) => updateIndex(store, [root]));
    rmSync(join(root, 'rg.txt'));
    const skipped: string[] = [];
    const summary = await withStore((store) => updateIndex(store, [root], { onSkip: (path, problem) => skipped.push(`${path}: ${problem}`) }));
    // Regression: the entry was passed over in silence, "0 skipped".
    expect(skipped).toEqual([`${join(root, 'rg.txt')}: no such file (entry "rg-fomin" of ${join(root, 'manifest.json')})`]);
    expect(summary).toMatchObject({ articles: 1, unchanged: 1, dropped: 1, skipped: 1 });
    expect(await ids()).toEqual(['tass-fomin']);
    await expect(withStore((store) => updateIndex(store, [root], { strict: true }))).rejects.toThrow(`${join(root, 'rg.txt')}: no such file (entry "rg-fomin"`);
  });

  it('refuses a file that is not an index, one from a newer schema, and a damaged one', async () => {
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'not a database');
    await expect(IndexStore.open(text, { create: false })).rejects.toThrow(/not an outletdiff index/);
    await expect(IndexStore.open(join(dir, 'missing.duckdb'), { create: false })).rejects.toThrow(/no such index/);
    const root = corpusCopy();
    await withStore((store) => updateIndex(store, [root]));
    // Tamper through DuckDB itself: a newer schema, then lost sentences.
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const tamper = async (sql: string) => {
      const instance = await DuckDBInstance.create(db);
      const connection = await instance.connect();
      await connection.run(sql);
      connection.closeSync();
      instance.closeSync();
    };
    await tamper(`UPDATE meta SET value = '99' WHERE key = 'schema_version'`);
    await expect(IndexStore.open(db, { create: false })).rejects.toThrow(/newer outletdiff \(schema 99/);
    await tamper(`UPDATE meta SET value = '1' WHERE key = 'schema_version'`);
    await tamper(`DELETE FROM sentences WHERE idx = 0`);
    await expect(IndexStore.open(db, { create: false })).rejects.toThrow(/damaged index/);
    const foreign = join(dir, 'foreign.duckdb');
    const instance = await DuckDBInstance.create(foreign);
    const connection = await instance.connect();
    await connection.run('CREATE TABLE t (a INTEGER)');
    connection.closeSync();
    instance.closeSync();
    await expect(IndexStore.open(foreign, { create: true })).rejects.toThrow(/not an outletdiff index/);
  });

  it('exports Parquet files on which the README\'s ANSI SQL finds the same candidate pairs as the index', async () => {
    const root = corpusCopy();
    copyFileSync(join(REPO_DIR, 'fixtures/nway/gazette-zakharova-nato.txt'), join(root, 'gazette.txt'));
    const out = join(dir, 'parquet');
    const expected = await withStore(async (store) => {
      await updateIndex(store, [root]);
      expect((await store.exportParquet(out)).map((file) => file.slice(out.length + 1))).toEqual(['articles.parquet', 'sentences.parquet', 'shingles.parquet']);
      const ids = (await store.articles()).map((article) => article.id);
      return store.candidatePairs(ids, { minShared: 3, maxDf: 50 });
    });
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    for (const table of ['articles', 'sentences', 'shingles']) {
      await connection.run(`CREATE VIEW ${table} AS SELECT * FROM read_parquet('${join(out, `${table}.parquet`)}')`);
    }
    const sql = readFileSync(join(REPO_DIR, 'sql/candidate-pairs.sql'), 'utf8');
    const rows = (await connection.runAndReadAll(sql)).getRowObjectsJS();
    connection.closeSync();
    instance.closeSync();
    expect(rows.map((row) => ({ a: String(row.article_a), b: String(row.article_b), shared: Number(row.shared) }))).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });

  it('searches the index for the articles that share sentences with a new one', async () => {
    const root = corpusCopy();
    await withStore((store) => updateIndex(store, [root]));
    const probe = splitSentences(loadArticleText(`Officials said on Friday:\n\n"The military-political situation in Europe continues to degrade," Russian Foreign Ministry spokesperson Maria Zakharova said.\n\nWeather was cold.`, { id: 'probe', source: 'probe.txt' }));
    const hits = await withStore((store) => searchIndex(store, probe));
    expect(hits[0]?.article.id).toBe('sputnik/zakharova.txt');
    expect(hits.map((hit) => hit.article.id)).toContain('tass/zakharova.txt');
    expect(hits.map((hit) => hit.article.id)).not.toContain('tass/fomin.txt');
    expect(hits[0]?.alignments[0]?.textB).toMatch(/continues to degrade/);
  });

  describe('ids', () => {
    it('gives the same relative path under same-named roots ids with as much of each root\'s path as tells them apart', async () => {
      mkdirSync(join(dir, 'clash/a/news'), { recursive: true });
      mkdirSync(join(dir, 'clash/b/news'), { recursive: true });
      copyFileSync(join(REPO_DIR, 'corpus/tass-zakharova-nato-2022-02-18.txt'), join(dir, 'clash/a/news/x.txt'));
      copyFileSync(join(REPO_DIR, 'corpus/sputnik-zakharova-nato-2022-02-18.txt'), join(dir, 'clash/b/news/x.txt'));
      // Regression: both were "news/x.txt" (files given directly: "x.txt/x.txt"), and the index failed on the second.
      expect(await withStore((store) => updateIndex(store, [join(dir, 'clash/a/news'), join(dir, 'clash/b/news')]))).toMatchObject({ articles: 2, added: 2 });
      expect(await ids()).toEqual(['a/news/x.txt', 'b/news/x.txt']);
      expect((await withStore((store) => reuseRows(store))).map((row) => `${row.article_a} ${row.article_b}`)).toEqual(['a/news/x.txt b/news/x.txt']);
      rmSync(db);
      expect(await withStore((store) => updateIndex(store, [join(dir, 'clash/a/news/x.txt'), join(dir, 'clash/b/news/x.txt')]))).toMatchObject({ articles: 2, added: 2 });
      expect(await ids()).toEqual(['a/news/x.txt', 'b/news/x.txt']);
    });

    it('never lets a later run take over the id of an article indexed from another root', async () => {
      const archive = corpusCopy();
      mkdirSync(join(archive, 'rt'));
      copyFileSync(join(archive, 'tass/zakharova.txt'), join(archive, 'rt/zakharova.txt'));
      await withStore((store) => updateIndex(store, [join(archive, 'sputnik')]));
      // Regression: the second run reported "1 updated" and Sputnik's article was gone.
      expect(await withStore((store) => updateIndex(store, [join(archive, 'rt')]))).toMatchObject({ articles: 2, added: 1, updated: 0, dropped: 0 });
      const articles = await withStore((store) => store.articles());
      expect(articles.map((article) => [article.id, article.path])).toEqual([
        ['rt/zakharova.txt', join(archive, 'rt/zakharova.txt')],
        ['zakharova.txt', join(archive, 'sputnik/zakharova.txt')],
      ]);
      expect((await withStore((store) => reuseRows(store))).map((row) => `${row.article_a} ${row.article_b}`)).toEqual(['rt/zakharova.txt zakharova.txt']);
      // Stable on the next run; with --prune, Sputnik's article goes and RT's file takes its plain id.
      expect(await withStore((store) => updateIndex(store, [join(archive, 'rt')]))).toMatchObject({ added: 0, unchanged: 1, dropped: 0 });
      expect(await withStore((store) => updateIndex(store, [join(archive, 'rt')], { prune: true }))).toMatchObject({ articles: 1, added: 1, dropped: 2 });
      expect(await withStore((store) => store.articles())).toMatchObject([{ id: 'zakharova.txt', path: join(archive, 'rt/zakharova.txt') }]);
    });
  });

  describe('what cannot be read', () => {
    it('reports a missing root, indexes the others, and keeps what was indexed from it, even with prune', async () => {
      const root = corpusCopy();
      const other = join(dir, 'other');
      mkdirSync(other);
      copyFileSync(join(REPO_DIR, 'fixtures/nway/gazette-zakharova-nato.txt'), join(other, 'gazette.txt'));
      await withStore((store) => updateIndex(store, [other]));
      rmSync(other, { recursive: true });
      const skipped: string[] = [];
      const onSkip = (path: string, problem: string) => skipped.push(`${path}: ${problem}`);
      // Regression: a missing root stopped the run with exit 2 before anything was indexed.
      expect(await withStore((store) => updateIndex(store, [root, other], { onSkip, prune: true }))).toMatchObject({ articles: 5, added: 4, dropped: 0, skipped: 1 });
      expect(skipped).toEqual([`${other}: no such file or folder`]);
      expect(await ids()).toContain('gazette.txt');
      await expect(withStore((store) => updateIndex(store, [root, other], { strict: true }))).rejects.toThrow(`${other}: no such file or folder`);
      await expect(withStore((store) => updateIndex(store, [other, join(dir, 'nowhere')]))).rejects.toThrow(`${other}, ${join(dir, 'nowhere')}: no such file or folder`);
    });

    it('reports and skips a folder it cannot read, keeping the articles indexed from it', async () => {
      const root = corpusCopy();
      await withStore((store) => updateIndex(store, [root]));
      await lockFolders('tass');
      const skipped: string[] = [];
      const summary = await withStore((store) => updateIndex(store, [root], { onSkip: (path, problem) => skipped.push(`${path}: ${problem}`) }));
      // Regression: EACCES from the folder's listing ended the run as an internal error (exit 70).
      expect(summary).toMatchObject({ articles: 4, unchanged: 2, dropped: 0, skipped: 1 });
      expect(skipped).toEqual([`${join(root, 'tass')}: cannot read the folder: permission denied`]);
      expect(await ids()).toEqual(['rg-fomin.txt', 'sputnik/zakharova.txt', 'tass/fomin.txt', 'tass/zakharova.txt']);
      await expect(withStore((store) => updateIndex(store, [root], { strict: true }))).rejects.toThrow(`${join(root, 'tass')}: cannot read the folder: permission denied`);
      await expect(withStore((store) => updateIndex(store, [join(root, 'tass')]))).rejects.toThrow(/no article could be read/);
    });

    it.skipIf(process.getuid?.() === 0)('reports and skips a folder without read permission (real chmod)', async () => {
      const root = corpusCopy();
      await withStore((store) => updateIndex(store, [root]));
      chmodSync(join(root, 'tass'), 0o000);
      try {
        const skipped: string[] = [];
        const summary = await withStore((store) => updateIndex(store, [root], { onSkip: (path, problem) => skipped.push(`${path}: ${problem}`) }));
        expect(summary).toMatchObject({ articles: 4, dropped: 0, skipped: 1 });
        expect(skipped).toEqual([`${join(root, 'tass')}: cannot read the folder: permission denied`]);
      } finally {
        chmodSync(join(root, 'tass'), 0o755);
      }
    });

    it('reports each symbolic link to an article or a folder, and each broken one, as skipped', async () => {
      const root = corpusCopy();
      symlinkSync(join(root, 'tass/fomin.txt'), join(root, 'fomin-link.txt'));
      symlinkSync(join(root, 'sputnik'), join(root, 'sputnik-link'));
      symlinkSync(join(dir, 'gone.txt'), join(root, 'broken.txt'));
      const skipped: string[] = [];
      const summary = await withStore((store) => updateIndex(store, [root], { onSkip: (path) => skipped.push(path.slice(root.length + 1)) }));
      expect(summary).toMatchObject({ articles: 4, skipped: 3 });
      expect(skipped).toEqual(['broken.txt', 'fomin-link.txt', 'sputnik-link']);
    });
  });

  it('gives an article whose manifest entry changed the new metadata, without re-reading or re-aligning it', async () => {
    const root = join(dir, 'manifested');
    mkdirSync(root);
    const manifest = JSON.parse(readFileSync(join(REPO_DIR, 'corpus/manifest.json'), 'utf8')) as { articles: Array<{ id: string; file: string; date: string | null }> };
    const wanted = manifest.articles.filter((article) => article.id.endsWith('zakharova'));
    for (const article of wanted) copyFileSync(join(REPO_DIR, 'corpus', article.file), join(root, article.file));
    writeFileSync(join(root, 'manifest.json'), JSON.stringify({ schemaVersion: 1, articles: wanted }));
    await withStore((store) => updateIndex(store, [root]));
    const [before] = await withStore((store) => reuseRows(store));
    expect(before.earliest).toBeNull(); // both dated 2022-02-18
    const sputnik = wanted.find((article) => article.id === 'sputnik-zakharova');
    if (sputnik) sputnik.date = '2022-02-19';
    writeFileSync(join(root, 'manifest.json'), JSON.stringify({ schemaVersion: 1, articles: wanted }));
    // Regression: "2 unchanged", and reuse kept the old date and earliest.
    expect(await withStore((store) => updateIndex(store, [root]))).toMatchObject({ updated: 1, unchanged: 1, pairs: 0 });
    const [after] = await withStore((store) => reuseRows(store));
    expect(after).toMatchObject({ article_a: 'sputnik-zakharova', date_a: '2022-02-19', earliest: 'tass-zakharova', pairs: before.pairs, mean_score: before.mean_score });
    expect(await withStore((store) => updateIndex(store, [root]))).toMatchObject({ updated: 0, unchanged: 2 });
  });

  it('says how much of the earliest version each later article reuses', async () => {
    await withStore((store) => updateIndex(store, [join(REPO_DIR, 'fixtures/index/brief-of-report')]));
    const [story] = await withStore((store) => findStories(store));
    // Regression: the brief's own share (100%: both its sentences come from the report) was given.
    expect(story).toMatchObject({ earliest: 'report', articles: [{ id: 'report', reusesEarliest: null }, { id: 'brief', reusesEarliest: 0.4 }] });
  });
});
