/**
 * saveToCorpus (`fetch --out DIR`) and fetchAll, ending with the two together over a loopback
 * server: fetch several URLs, save what can be fetched, count what cannot.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutletdiffError } from '../../src/errors.js';
import { fetchAll, fetchPage, idForUrl, saveToCorpus } from '../../src/load/fetch/index.js';
import { readManifest } from '../../src/load/manifest.js';
import type { ArticleMetadata } from '../../src/types.js';

const FIXTURES_DIR = fileURLToPath(new URL('../../fixtures/fetch/', import.meta.url));

const tempDirs: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'outletdiff-fetch-'));
  tempDirs.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

function meta(url: string | null, more: Partial<ArticleMetadata> = {}): ArticleMetadata {
  return { outlet: null, title: null, url, author: null, date: null, published: null, ...more };
}

const TASS_URL = 'https://tass.com/politics/1406245';
const RIA_URL = 'https://ria.ru/20220218/peregovory-1774000.html';
const RT_URL = 'https://www.rt.com/russia/549950-kremlin-talks/';

const read = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8');
const rawManifest = (dir: string) => JSON.parse(read(dir, 'manifest.json')) as { schemaVersion: number; articles: Record<string, unknown>[] };

describe('load/fetch', () => {
  describe('saveToCorpus', () => {
    it('creates the folder, the text file and a manifest readManifest accepts', async () => {
      const dir = join(tempDir(), 'corpus', 'feb-18');
      const text = 'Russia ready to continue talks with Ukraine\n\nMoscow remains ready, Peskov said.\n';
      const saved = await saveToCorpus(dir, {
        id: idForUrl(TASS_URL),
        text,
        metadata: meta(TASS_URL, { outlet: 'TASS', title: 'Russia ready to continue talks', date: '2022-02-18', published: '2022-02-18T14:05:00+03:00' }),
        story: 'talks',
      });
      const expected = {
        id: 'tass-com-1406245',
        file: 'tass-com-1406245.txt',
        outlet: 'TASS',
        date: '2022-02-18',
        published: '2022-02-18T14:05:00+03:00',
        title: 'Russia ready to continue talks',
        url: TASS_URL,
        author: null,
        story: 'talks',
      };
      expect(saved).toEqual(expected);
      expect(readManifest(dir)).toEqual({ schemaVersion: 1, articles: [expected] });
      // Contract format: 2-space JSON, fields in the contract's order.
      expect(read(dir, 'manifest.json')).toBe(`${JSON.stringify({ schemaVersion: 1, articles: [expected] }, null, 2)}\n`);
      expect(Object.keys(rawManifest(dir).articles[0])).toEqual(['id', 'file', 'outlet', 'date', 'published', 'title', 'url', 'author', 'story']);
      expect(read(dir, 'tass-com-1406245.txt')).toBe(text);
      expect(readdirSync(dir).sort()).toEqual(['manifest.json', 'tass-com-1406245.txt']); // no temporary files left
    });

    it('writes UTF-8 without a byte-order mark, and unknown metadata as null', async () => {
      const dir = tempDir();
      await saveToCorpus(dir, { id: 'ria-ru-x', text: '\uFEFFМосква готова к переговорам.', metadata: meta(RIA_URL, { author: '', date: '18.02.2022' }) });
      const bytes = readFileSync(join(dir, 'ria-ru-x.txt'));
      expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.toString('utf8')).toBe('Москва готова к переговорам.');
      expect(rawManifest(dir).articles[0]).toMatchObject({ author: null, date: null, story: null, outlet: null });
    });

    it('extends an existing manifest, keeping its articles in order', async () => {
      const dir = tempDir();
      await saveToCorpus(dir, { id: idForUrl(TASS_URL), text: 'a', metadata: meta(TASS_URL) });
      await saveToCorpus(dir, { id: idForUrl(RIA_URL), text: 'b', metadata: meta(RIA_URL) });
      await saveToCorpus(dir, { id: idForUrl(RT_URL), text: 'c', metadata: meta(RT_URL) });
      expect(readManifest(dir).articles.map((a) => [a.id, a.file])).toEqual([
        ['tass-com-1406245', 'tass-com-1406245.txt'],
        ['ria-ru-peregovory-1774000-html', 'ria-ru-peregovory-1774000-html.txt'],
        ['rt-com-549950-kremlin-talks', 'rt-com-549950-kremlin-talks.txt'],
      ]);
    });

    it('replaces the entry with the same url in place, keeping its id, file and story', async () => {
      const dir = tempDir();
      await saveToCorpus(dir, { id: idForUrl(TASS_URL), text: 'first', metadata: meta(TASS_URL), story: 'talks' });
      await saveToCorpus(dir, { id: idForUrl(RIA_URL), text: 'ria', metadata: meta(RIA_URL) });
      const again = await saveToCorpus(dir, { id: 'something-else', text: 'second', metadata: meta(TASS_URL, { title: 'Updated headline' }) });
      expect(again).toMatchObject({ id: 'tass-com-1406245', file: 'tass-com-1406245.txt', title: 'Updated headline', story: 'talks' });
      const articles = readManifest(dir).articles;
      expect(articles.map((a) => a.id)).toEqual(['tass-com-1406245', 'ria-ru-peregovory-1774000-html']);
      expect(articles[0].title).toBe('Updated headline');
      expect(read(dir, 'tass-com-1406245.txt')).toBe('second');
      // A story given on replacing wins.
      await saveToCorpus(dir, { id: 'x', text: 'third', metadata: meta(TASS_URL), story: null });
      expect(readManifest(dir).articles[0].story).toBeNull();
    });

    it('gives a clashing id -2 and its own file when the url differs', async () => {
      const dir = tempDir();
      await saveToCorpus(dir, { id: 'tass-com-1406245', text: 'english', metadata: meta(TASS_URL) });
      const other = await saveToCorpus(dir, { id: 'tass-com-1406245', text: 'russian', metadata: meta('https://tass.ru/politika/1406245') });
      expect(other).toMatchObject({ id: 'tass-com-1406245-2', file: 'tass-com-1406245-2.txt' });
      expect(read(dir, 'tass-com-1406245.txt')).toBe('english');
      expect(read(dir, 'tass-com-1406245-2.txt')).toBe('russian');
      expect(readManifest(dir).articles).toHaveLength(2);
    });

    it('picks another file name when another entry (different url) uses <id>.txt', async () => {
      const dir = tempDir();
      const handWritten = { id: 'peskov', file: 'tass-com-1406245.txt', outlet: 'TASS', date: null, published: null, title: null, url: null, author: null, story: null };
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ schemaVersion: 1, articles: [handWritten] }));
      writeFileSync(join(dir, 'tass-com-1406245.txt'), 'hand-saved text');
      const saved = await saveToCorpus(dir, { id: 'tass-com-1406245', text: 'fetched text', metadata: meta(TASS_URL) });
      expect(saved).toMatchObject({ id: 'tass-com-1406245', file: 'tass-com-1406245-2.txt' });
      expect(read(dir, 'tass-com-1406245.txt')).toBe('hand-saved text');
      expect(readManifest(dir).articles.map((a) => a.file)).toEqual(['tass-com-1406245.txt', 'tass-com-1406245-2.txt']);
    });

    it('never overwrites a file the manifest does not know', async () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'tass-com-1406245.txt'), "the user's own notes");
      const saved = await saveToCorpus(dir, { id: 'tass-com-1406245', text: 'fetched', metadata: meta(TASS_URL) });
      expect(saved.file).toBe('tass-com-1406245-2.txt');
      expect(read(dir, 'tass-com-1406245.txt')).toBe("the user's own notes");
    });

    it("keeps fields outletdiff does not know, and untouched entries as they were", async () => {
      const dir = tempDir();
      const manifest = {
        schemaVersion: 1,
        curator: 'desk',
        articles: [{ id: 'old', file: 'texts/old.txt', outlet: '', title: 'Old', url: RT_URL, notes: 'checked by hand' }],
      };
      mkdirSync(join(dir, 'texts'));
      writeFileSync(join(dir, 'texts', 'old.txt'), 'old text');
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
      await saveToCorpus(dir, { id: 'new', text: 'new text', metadata: meta(TASS_URL) });
      const raw = rawManifest(dir) as unknown as typeof manifest;
      expect(raw.curator).toBe('desk');
      expect(raw.articles[0]).toEqual(manifest.articles[0]);
      // Replacing it rewrites the known fields and keeps the rest.
      await saveToCorpus(dir, { id: 'x', text: 'rt again', metadata: meta(RT_URL, { outlet: 'RT' }) });
      expect(rawManifest(dir).articles[0]).toMatchObject({ id: 'old', file: 'texts/old.txt', outlet: 'RT', title: null, notes: 'checked by hand' });
      expect(read(dir, 'texts/old.txt')).toBe('rt again');
      expect(readManifest(dir).articles.map((a) => a.id)).toEqual(['old', 'new']);
    });

    it.each([
      ['not JSON', '{ "schemaVersion": 1, "articles": [', 'not valid JSON'],
      ['another schema version', JSON.stringify({ schemaVersion: 2, articles: [] }), 'unsupported schemaVersion 2'],
      ['an article without a file', JSON.stringify({ schemaVersion: 1, articles: [{ id: 'a' }] }), 'articles[0].file must be a non-empty string'],
    ])('refuses a corrupt manifest (%s), naming it and leaving it untouched', async (_case, content, problem) => {
      const dir = tempDir();
      writeFileSync(join(dir, 'manifest.json'), content);
      const error = await saveToCorpus(dir, { id: 'tass-com-1406245', text: 'x', metadata: meta(TASS_URL) }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OutletdiffError);
      expect((error as OutletdiffError).exitCode).toBe(2);
      expect((error as Error).message).toContain(`${join(dir, 'manifest.json')}: bad corpus manifest: ${problem}`);
      expect(read(dir, 'manifest.json')).toBe(content);
      expect(readdirSync(dir)).toEqual(['manifest.json']);
    });

    it('reports a folder it cannot create as an OutletdiffError naming it', async () => {
      const dir = tempDir();
      writeFileSync(join(dir, 'a-file'), '');
      const target = join(dir, 'a-file', 'corpus');
      await expect(saveToCorpus(target, { id: 'x', text: 'x', metadata: meta(null) })).rejects.toThrow(
        new OutletdiffError(`${target}: cannot create the folder: part of the path is a file, not a folder`),
      );
    });
  });

  describe('fetchAll', () => {
    it('runs the work for every URL in order and reports each one', async () => {
      const ran: string[] = [];
      const progress: Array<[number, number, string, string | undefined]> = [];
      const result = await fetchAll(
        ['https://a.example/1', 'https://b.example/2', 'https://c.example/3'],
        async (url) => {
          ran.push(url);
          if (url.includes('b.example')) throw new OutletdiffError(`${url}: HTTP 404 Not Found`);
        },
        (done, total, url, error) => progress.push([done, total, url, error?.message]),
      );
      expect(result).toEqual({ failed: 1 });
      expect(ran).toEqual(['https://a.example/1', 'https://b.example/2', 'https://c.example/3']);
      expect(progress).toEqual([
        [1, 3, 'https://a.example/1', undefined],
        [2, 3, 'https://b.example/2', 'https://b.example/2: HTTP 404 Not Found'],
        [3, 3, 'https://c.example/3', undefined],
      ]);
    });

    it('re-throws an error that is not an OutletdiffError (a bug) and stops', async () => {
      const ran: string[] = [];
      const run = fetchAll(['https://a.example/1', 'https://b.example/2'], async (url) => {
        ran.push(url);
        throw new TypeError('boom');
      });
      await expect(run).rejects.toThrow(TypeError);
      expect(ran).toEqual(['https://a.example/1']);
    });

    it('does nothing for no URLs', async () => {
      expect(await fetchAll([], async () => undefined)).toEqual({ failed: 0 });
    });
  });

  describe('fetchAll + fetchPage + saveToCorpus (loopback server)', () => {
    let server: Server;
    let base: string;

    beforeAll(async () => {
      server = createServer((req, res) => {
        const pages: Record<string, string> = { '/politics/1406245': 'tass-politics-1406245.html', '/news/plain-article': 'plain-article.txt' };
        const name = pages[req.url ?? ''];
        if (!name) return void res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
        res.writeHead(200, { 'content-type': name.endsWith('.txt') ? 'text/plain; charset=utf-8' : 'text/html; charset=utf-8' });
        res.end(readFileSync(join(FIXTURES_DIR, name)));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });

    afterAll(async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });

    it('saves the pages it can fetch and counts the one it cannot', async () => {
      const dir = tempDir();
      const urls = [`${base}/politics/1406245`, `${base}/gone`, `${base}/news/plain-article`];
      const errors: string[] = [];
      const { failed } = await fetchAll(
        urls,
        async (url) => {
          const page = await fetchPage(url, { timeoutMs: 5000 });
          await saveToCorpus(dir, { id: idForUrl(url), text: new TextDecoder(page.charset ?? 'utf-8').decode(page.bytes), metadata: meta(url) });
        },
        (_done, _total, _url, error) => error && errors.push(error.message),
      );
      expect(failed).toBe(1);
      expect(errors).toEqual([`${base}/gone: HTTP 404 Not Found`]);
      expect(readManifest(dir).articles.map((a) => [a.id, a.url])).toEqual([
        ['127-0-0-1-1406245', urls[0]],
        ['127-0-0-1-plain-article', urls[2]],
      ]);
      expect(read(dir, '127-0-0-1-plain-article.txt')).toBe(read(FIXTURES_DIR, 'plain-article.txt'));
    });
  });
});
