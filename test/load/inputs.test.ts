import { createServer } from 'node:http';
import type { AddressInfo, LookupFunction } from 'node:net';
import { chmodSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { OutletdiffError } from '../../src/errors.js';
import { readInputs } from '../../src/load/index.js';
import { BYTE_FIXTURES, FIXTURES_DIR, REPO_DIR, tempDir, writeFiles } from './helpers.js';

// readFile is wrapped so a test can make it fail as it would on a file without read permission.
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return { ...real, readFile: vi.fn(real.readFile) };
});

const TASS_FILE = join(REPO_DIR, 'corpus', 'tass-zakharova-nato-2022-02-18.txt');
const ARTICLE = 'A headline\n\nThe body sentence.\n';
const PAGE_WITHOUT_CANONICAL = `<!doctype html><html><head><title>Night ferry returns after a pause</title></head><body><article>
<h1>Night ferry returns after a pause</h1>
<p>The night ferry between the old harbour and the island resumed on Friday after a pause of two years, the city transport office said.</p>
<p>Boats will leave every ninety minutes between midnight and five in the morning, seven days a week, until the end of October.</p>
</article></body></html>`;

describe('load', () => {
  describe('readInputs', () => {
    it('reads a file: id from the file name, source as given, metadata from the text', async () => {
      const arg = relative(process.cwd(), join(FIXTURES_DIR, 'reuters-dateline.txt'));
      const [article] = await readInputs([arg]);
      expect(article).toMatchObject({ id: 'reuters-dateline', source: arg, outlet: 'Reuters', author: 'Jane Doe' });
    });

    it('reads a corpus id with its manifest metadata, nulls included', async () => {
      const [tass, reprint] = await readInputs(['tass-zakharova', 'reprint-mfa-source']);
      expect(tass).toMatchObject({
        id: 'tass-zakharova',
        source: 'tass-zakharova',
        outlet: 'TASS',
        date: '2022-02-18',
        url: 'https://tass.com/politics/1406245',
        title: null,
      });
      // The manifest's null beats the "alex" byline the text states.
      expect(reprint).toMatchObject({ id: 'reprint-mfa-source', author: null, outlet: null });
      expect(reprint.removed.map((p) => p.reason)).toContain('byline');
    });

    it('gives a path to a corpus file its corpus id and metadata, however the path is written', async () => {
      const relativePath = relative(process.cwd(), TASS_FILE);
      const dotted = join(REPO_DIR, 'corpus', '..', 'corpus', 'tass-zakharova-nato-2022-02-18.txt');
      const articles = await readInputs([relativePath, dotted]);
      expect(articles.map((a) => [a.id, a.source, a.url])).toEqual([
        ['tass-zakharova', relativePath, 'https://tass.com/politics/1406245'],
        ['tass-zakharova-2', dotted, 'https://tass.com/politics/1406245'],
      ]);
    });

    it('resolves id clashes with -2, -3 in input order', async () => {
      const a = writeFiles(tempDir(), { 'tass.txt': ARTICLE });
      const b = writeFiles(tempDir(), { 'tass.txt': ARTICLE, 'tass-2.txt': ARTICLE });
      const articles = await readInputs([join(a, 'tass.txt'), join(b, 'tass.txt'), join(b, 'tass-2.txt'), 'tass-fomin', 'tass-fomin']);
      expect(articles.map((x) => x.id)).toEqual(['tass', 'tass-2', 'tass-2-2', 'tass-fomin', 'tass-fomin-2']);
    });

    it('reads standard input for "-" as id stdin, once', async () => {
      const readStdin = async () => Buffer.from(ARTICLE);
      const [article] = await readInputs(['-'], { readStdin });
      expect(article).toMatchObject({ id: 'stdin', source: '-', title: 'A headline' });
      await expect(readInputs(['-', '-'], { readStdin })).rejects.toThrow('-: standard input can be given only once');
    });

    it('takes ids and files from --corpus before the bundled corpus', async () => {
      const dir = writeFiles(tempDir(), {
        'mine.txt': ARTICLE,
        'manifest.json': JSON.stringify({
          schemaVersion: 1,
          articles: [{ id: 'tass-zakharova', file: 'mine.txt', outlet: 'Mine', date: null, published: null, title: 'T', url: null, author: null, story: null }],
        }),
      });
      const [byId, byPath, bundled] = await readInputs(['tass-zakharova', join(dir, 'mine.txt'), 'rg-fomin'], { corpusDir: dir });
      expect(byId).toMatchObject({ id: 'tass-zakharova', outlet: 'Mine', title: 'T' });
      expect(byId.text).toBe(ARTICLE);
      expect(byPath).toMatchObject({ id: 'tass-zakharova-2', outlet: 'Mine' });
      expect(bundled).toMatchObject({ id: 'rg-fomin', outlet: 'Rossiyskaya Gazeta' });
    });

    describe('errors (OutletdiffError, exit 2, naming the argument)', () => {
      async function failure(args: string[], options = {}): Promise<OutletdiffError> {
        const error = await readInputs(args, options).then(
          () => null,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(OutletdiffError);
        expect((error as OutletdiffError).exitCode).toBe(2);
        return error as OutletdiffError;
      }

      it('reads a URL as a web page: fetched from a loopback server, its article extracted, named by host and path', async () => {
        const page = readFileSync(join(import.meta.dirname, '../../fixtures/fetch/tass-politics-1406245.html'));
        const server = createServer((request, response) => {
          response.writeHead(request.url === '/politics/1406245' ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
          response.end(request.url === '/politics/1406245' ? page : 'missing');
        });
        await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
        try {
          const { port } = server.address() as AddressInfo;
          const url = `http://127.0.0.1:${port}/politics/1406245`;
          const [article] = await readInputs([url]);
          expect(article.id).toBe('127-0-0-1-1406245');
          expect(article.source).toBe(url);
          expect(article.text.length).toBeGreaterThan(200);
          expect(article.text).not.toMatch(/<[a-z]/i);
          await expect(readInputs([`http://127.0.0.1:${port}/gone`])).rejects.toThrow(`http://127.0.0.1:${port}/gone: HTTP 404`);
        } finally {
          await new Promise((resolve) => server.close(resolve));
        }
      });

      it('reads a text/plain URL in the charset its Content-Type names, with the URL it came from as its url, as for a web page', async () => {
        const fetchDir = join(REPO_DIR, 'fixtures', 'fetch');
        const pages: Record<string, [string, Buffer]> = {
          '/ru/ferry': ['text/plain; charset=windows-1251', readFileSync(join(fetchDir, 'plain-russian-windows-1251.txt'))],
          '/en/talks': ['text/plain', readFileSync(join(fetchDir, 'plain-article.txt'))],
          '/en/page': ['text/html; charset=utf-8', Buffer.from(PAGE_WITHOUT_CANONICAL)],
          '/ru/bad-charset': ['text/plain; charset=no-such-charset', readFileSync(join(fetchDir, 'plain-article.txt'))],
        };
        const server = createServer((request, response) => {
          if (request.url === '/moved') return void response.writeHead(301, { Location: '/en/talks' }).end();
          const page = pages[request.url ?? ''];
          if (!page) return void response.writeHead(404).end();
          response.writeHead(200, { 'Content-Type': page[0] });
          response.end(page[1]);
        });
        await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
        try {
          const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
          const [russian, english, moved] = await readInputs([`${base}/ru/ferry`, `${base}/en/talks`, `${base}/moved`]);
          expect(russian.text).toMatch(/^Паромное сообщение с островами восстановлено\n/);
          expect(russian).toMatchObject({ title: 'Паромное сообщение с островами восстановлено', url: `${base}/ru/ferry` });
          expect(english.url).toBe(`${base}/en/talks`);
          // After a redirect, the URL the text came from.
          expect(moved.url).toBe(`${base}/en/talks`);
          await expect(readInputs([`${base}/ru/bad-charset`])).rejects.toThrow(
            `${base}/ru/bad-charset: unknown character set "no-such-charset" (from the Content-Type header)`,
          );
          // A web page with no canonical link has the same url: the one fetched.
          const [page] = await readInputs([`${base}/en/page`]);
          expect(page.url).toBe(`${base}/en/page`);
        } finally {
          await new Promise((resolve) => server.close(resolve));
        }
      });

      it('reads a saved page in the character set its <meta> tag names, under any file name', async () => {
        const [article] = await readInputs([join(import.meta.dirname, '../../fixtures/html/tass-ru-windows-1251.html')]);
        expect(article.text).toMatch(/[а-яё]{4,}/i);
        const copy = join(tempDir(), 'saved-page.txt');
        writeFiles(join(copy, '..'), { 'saved-page.txt': readFileSync(join(import.meta.dirname, '../../fixtures/html/tass-ru-windows-1251.html')) });
        const [renamed] = await readInputs([copy]);
        expect(renamed.text).toBe(article.text);
      });

      it('reads a saved page in UTF-16, with or without a byte-order mark, under any file name', async () => {
        const swapped = (buffer: Buffer) => Buffer.from(buffer).swap16();
        const le = Buffer.from(PAGE_WITHOUT_CANONICAL, 'utf16le');
        const dir = writeFiles(tempDir(), {
          'page-le.txt': le,
          'page-le.html': le,
          'page-be-bom.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), swapped(le)]),
          'page-be.txt': swapped(le),
        });
        const articles = await readInputs(['page-le.txt', 'page-le.html', 'page-be-bom.txt', 'page-be.txt'].map((name) => join(dir, name)));
        for (const article of articles) {
          expect(article.title).toBe('Night ferry returns after a pause');
          expect(article.text).not.toMatch(/<p>/);
          expect(article.text).toMatch(/^The night ferry between the old harbour/m);
        }
      });

      it('names a URL whose host does not resolve, without touching the network', async () => {
        const lookup = ((hostname: string, _options: unknown, callback: (error: NodeJS.ErrnoException) => void) => {
          callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }));
        }) as unknown as LookupFunction;
        await expect(readInputs(['http://no-such-host.invalid/news/1'], { fetch: { lookup } })).rejects.toThrow(
          'http://no-such-host.invalid/news/1: name not resolved (no-such-host.invalid)',
        );
      });

      it('refuses a missing file that is no corpus id', async () => {
        expect((await failure(['no-such-article.txt'])).message).toBe('no-such-article.txt: no such file or corpus article');
        expect((await failure(['not-a-corpus-id'])).message).toBe('not-a-corpus-id: no such file or corpus article');
      });

      it('refuses a directory', async () => {
        const dir = join(tempDir(), 'folder');
        mkdirSync(dir);
        expect((await failure([dir])).message).toBe(`${dir}: is a directory`);
      });

      it('refuses an unreadable file', async () => {
        const file = join(writeFiles(tempDir(), { 'secret.txt': ARTICLE }), 'secret.txt');
        vi.mocked(readFile).mockRejectedValueOnce(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }));
        expect((await failure([file])).message).toBe(`${file}: permission denied`);
      });

      it.each([
        ['EIO', 'input/output error reading the file'],
        ['EMFILE', 'too many open files (raise the limit with "ulimit -n")'],
        ['EXDEV', 'error EXDEV reading the file'],
      ])('names a read failure (%s) in plain English, a code it has no words for by the code', async (code, problem) => {
        // Regression: "cannot read (EIO)", the bare code.
        const file = join(writeFiles(tempDir(), { 'story.txt': ARTICLE }), 'story.txt');
        vi.mocked(readFile).mockRejectedValueOnce(Object.assign(new Error(`${code}: failed`), { code }));
        expect((await failure([file])).message).toBe(`${file}: ${problem}`);
      });

      it('refuses a symbolic link loop, saying what it is', async () => {
        // Regression: "cannot read (ELOOP)".
        const dir = tempDir();
        symlinkSync(join(dir, 'b.txt'), join(dir, 'a.txt'));
        symlinkSync(join(dir, 'a.txt'), join(dir, 'b.txt'));
        expect((await failure([join(dir, 'a.txt')])).message).toBe(`${join(dir, 'a.txt')}: too many symbolic links (a link loop?)`);
      });

      it.skipIf(process.getuid?.() === 0)('refuses a file without read permission (real chmod)', async () => {
        const file = join(writeFiles(tempDir(), { 'locked.txt': ARTICLE }), 'locked.txt');
        chmodSync(file, 0o000);
        expect((await failure([file])).message).toBe(`${file}: permission denied`);
      });

      it('refuses empty, binary and non-UTF-8 files', async () => {
        const dir = writeFiles(tempDir(), {
          'empty.txt': BYTE_FIXTURES.empty,
          'image.png': BYTE_FIXTURES.binary,
          'latin1.txt': BYTE_FIXTURES.latin1,
        });
        expect((await failure([join(dir, 'empty.txt')])).message).toBe(`${join(dir, 'empty.txt')}: empty input`);
        expect((await failure([join(dir, 'image.png')])).message).toBe(`${join(dir, 'image.png')}: binary file, not text`);
        expect((await failure([join(dir, 'latin1.txt')])).message).toMatch(/latin1\.txt: not valid UTF-8 \(byte 0xE9 at offset 3\)/);
      });

      it('refuses a bad --corpus manifest, naming it', async () => {
        const dir = writeFiles(tempDir(), { 'manifest.json': '{"schemaVersion": 7, "articles": []}' });
        expect((await failure(['x'], { corpusDir: dir })).message).toMatch(/manifest\.json: bad corpus manifest: unsupported schemaVersion 7/);
      });

      it('names a corpus article whose file is missing', async () => {
        const dir = writeFiles(tempDir(), {
          'manifest.json': JSON.stringify({ schemaVersion: 1, articles: [{ id: 'ghost', file: 'ghost.txt' }] }),
        });
        expect((await failure(['ghost'], { corpusDir: dir })).message).toMatch(/^ghost: corpus file .*ghost\.txt is missing$/);
      });
    });

    it('keeps the decoded text exactly (BOM removed, CRLF kept)', async () => {
      const dir = writeFiles(tempDir(), { 'crlf.txt': BYTE_FIXTURES.bomCrlf });
      const [article] = await readInputs([join(dir, 'crlf.txt')]);
      expect(article.text).toBe(readFileSync(join(dir, 'crlf.txt'), 'utf8').replace(/^\uFEFF/, ''));
      expect(article.outlet).toBe('TASS');
    });
  });
});
