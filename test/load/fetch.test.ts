/**
 * fetchPage against a loopback HTTP server the tests start (127.0.0.1, a random port) serving
 * fixtures/fetch. Nothing here touches the internet: other host names go through an injected
 * resolver, refused connections through a closed loopback port.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createNetServer, type AddressInfo, type LookupFunction } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { OutletdiffError } from '../../src/errors.js';
import { fetchPage, parseContentType, type FetchOptions } from '../../src/load/fetch/index.js';

const FIXTURES_DIR = fileURLToPath(new URL('../../fixtures/fetch/', import.meta.url));
const fixture = (name: string): Buffer => readFileSync(join(FIXTURES_DIR, name));

const TASS = fixture('tass-politics-1406245.html');
const REUTERS = fixture('reuters-ukraine-talks.html');
const RIA_1251 = fixture('ria-windows-1251.html');
const PLAIN = fixture('plain-article.txt');
const NOT_FOUND = fixture('not-found.html');
const PDF = fixture('press-release.pdf');

const HTML = 'text/html; charset=utf-8';
const SIX_MB = 6 * 1024 * 1024;
const SLOW_MS = 2000;

/** What the server saw of the slow routes, so the tests can check it cleaned up. */
const slow = { started: 0, closedEarly: 0, answered: 0 };

let server: Server;
let base: string;

function send(res: ServerResponse, status: number, type: string | null, body: Uint8Array, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...(type ? { 'content-type': type } : {}), 'content-length': String(body.length), ...headers });
  res.end(body);
}

function redirect(res: ServerResponse, status: number, location: string): void {
  res.writeHead(status, { location, 'content-type': HTML });
  res.end(`<p>Moved to <a href="${location}">${location}</a></p>`);
}

/** Waits SLOW_MS before answering; a client that gives up first closes the response, which clears the timer. */
function answerSlowly(res: ServerResponse, answer: () => void): void {
  slow.started++;
  const timer = setTimeout(() => {
    slow.answered++;
    answer();
  }, SLOW_MS);
  res.on('close', () => {
    if (!res.writableFinished) slow.closedEarly++;
    clearTimeout(timer);
  });
}

/** Streams `total` bytes of HTML in 64 KB chunks, honouring back-pressure, stopping when the client goes. */
function streamBody(res: ServerResponse, total: number, headers: Record<string, string> = {}): void {
  res.writeHead(200, { 'content-type': HTML, ...headers });
  res.on('error', () => undefined); // the client hanging up mid-body is expected here
  const chunk = Buffer.alloc(64 * 1024, 'a');
  let sent = 0;
  const pump = (): void => {
    while (sent < total && !res.destroyed) {
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    if (!res.destroyed) res.end();
  };
  pump();
}

function route(req: IncomingMessage, res: ServerResponse): void {
  const { pathname } = new URL(req.url ?? '/', 'http://loopback');
  const chain = /^\/chain\/(\d+)$/.exec(pathname);
  if (chain) {
    // /chain/N redirects N times, cycling through every redirect status, absolute and relative Locations.
    const n = Number(chain[1]);
    if (n === 0) return send(res, 200, HTML, TASS);
    const status = [301, 302, 303, 307, 308][n % 5];
    return redirect(res, status, n % 2 === 0 ? `${base}/chain/${n - 1}` : `${n - 1}`);
  }
  switch (pathname) {
    case '/politics/1406245':
      return send(res, 200, HTML, TASS);
    case '/world/europe/kremlin-says-it-remains-open-talks-with-kyiv-2022-02-18/':
      return send(res, 200, 'text/html;charset=UTF-8', REUTERS);
    case '/20220218/peregovory-1774000.html':
      return send(res, 200, 'text/html; charset=windows-1251', RIA_1251);
    case '/plain':
      return send(res, 200, 'text/plain; charset=utf-8', PLAIN);
    case '/xhtml':
      return send(res, 200, 'application/xhtml+xml', TASS);
    case '/untyped':
      return send(res, 200, null, TASS);
    case '/gzip':
      return send(res, 200, HTML, gzipSync(TASS), { 'content-encoding': 'gzip' });
    case '/gzip-bomb':
      return send(res, 200, HTML, gzipSync(Buffer.alloc(SIX_MB, ' ')), { 'content-encoding': 'gzip' });
    case '/zstd':
      return send(res, 200, HTML, TASS, { 'content-encoding': 'zstd' });
    case '/echo-headers':
      return send(res, 200, 'text/plain', Buffer.from(JSON.stringify(req.headers)));
    case '/old/story':
      return redirect(res, 301, '../news/story?utm_source=rss'); // → /news/story
    case '/news/story':
      return send(res, 200, HTML, REUTERS);
    case '/loop':
      return redirect(res, 302, '/loop');
    case '/moved-to-ftp':
      return redirect(res, 302, 'ftp://files.example/article.txt');
    case '/moved-nowhere':
      res.writeHead(302, { 'content-type': HTML });
      return void res.end();
    case '/moved-to-404':
      return redirect(res, 301, '/missing');
    case '/report.pdf':
      return send(res, 200, 'application/pdf', PDF);
    case '/photo':
      return send(res, 200, 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    case '/download':
      return send(res, 200, 'application/octet-stream', PDF);
    case '/broken':
      return send(res, 500, HTML, Buffer.from('<h1>Internal error</h1>'));
    case '/slow':
      return answerSlowly(res, () => send(res, 200, HTML, TASS));
    case '/slow-body':
      // Headers and a first part at once, the rest late: the timeout covers the body too.
      res.writeHead(200, { 'content-type': HTML });
      res.write(TASS.subarray(0, 100));
      return answerSlowly(res, () => res.end(TASS.subarray(100)));
    case '/to-slow':
      return redirect(res, 302, '/slow');
    case '/big':
      return streamBody(res, SIX_MB);
    case '/big-declared':
      return streamBody(res, SIX_MB, { 'content-length': String(SIX_MB) });
    case '/cut':
      res.writeHead(200, { 'content-type': HTML, 'content-length': String(TASS.length) });
      res.write(TASS.subarray(0, 200));
      return void setTimeout(() => req.socket.destroy(), 20);
    default:
      return send(res, 404, HTML, NOT_FOUND);
  }
}

function listen(s: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => resolve((s.address() as AddressInfo).port));
  });
}

function close(s: Server): Promise<void> {
  s.closeAllConnections();
  return new Promise((resolve) => s.close(() => resolve()));
}

beforeAll(async () => {
  server = createServer(route);
  base = `http://127.0.0.1:${await listen(server)}`;
});

afterAll(async () => {
  await close(server);
});

/** The error a fetch failed with; fails the test when it succeeded or threw something else. */
async function failure(url: string, options?: FetchOptions): Promise<OutletdiffError> {
  const error = await fetchPage(url, options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OutletdiffError);
  expect((error as OutletdiffError).exitCode).toBe(2);
  return error as OutletdiffError;
}

function enotfound(hostname: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', syscall: 'getaddrinfo', hostname });
}

/** A resolver for tests: `*.example` is the loopback server, every other name does not resolve. */
function fakeResolver(asked: string[]): LookupFunction {
  return (hostname, options, callback) => {
    asked.push(hostname);
    process.nextTick(() => {
      if (!hostname.endsWith('.example')) return callback(enotfound(hostname), '', 0);
      if (options.all) return callback(null, [{ address: '127.0.0.1', family: 4 }]);
      return callback(null, '127.0.0.1', 4);
    });
  };
}

describe('load/fetch', () => {
  describe('fetchPage', () => {
    describe('pages', () => {
      it('fetches an outlet page with its status, type, charset and exact bytes', async () => {
        const url = `${base}/politics/1406245`;
        const page = await fetchPage(url);
        expect(page).toMatchObject({ url, finalUrl: url, status: 200, contentType: 'text/html', charset: 'utf-8' });
        expect(Buffer.from(page.bytes).equals(TASS)).toBe(true);
        expect(page.bytes).toBeInstanceOf(Uint8Array);
      });

      it('reports a windows-1251 page’s charset from the header and leaves its bytes undecoded', async () => {
        const page = await fetchPage(`${base}/20220218/peregovory-1774000.html`);
        expect(page.charset).toBe('windows-1251');
        expect(Buffer.from(page.bytes).equals(RIA_1251)).toBe(true);
        // The fixture really is windows-1251: it decodes to Cyrillic with that charset.
        expect(new TextDecoder('windows-1251').decode(page.bytes)).toContain('Дмитрий Песков');
      });

      it('reads the media type and charset whatever their case and spacing', async () => {
        const page = await fetchPage(`${base}/world/europe/kremlin-says-it-remains-open-talks-with-kyiv-2022-02-18/`);
        expect(page).toMatchObject({ contentType: 'text/html', charset: 'utf-8' });
      });

      it('accepts text/plain, application/xhtml+xml, and a response without a Content-Type', async () => {
        expect(await fetchPage(`${base}/plain`)).toMatchObject({ contentType: 'text/plain', charset: 'utf-8' });
        expect(Buffer.from((await fetchPage(`${base}/plain`)).bytes).equals(PLAIN)).toBe(true);
        expect(await fetchPage(`${base}/xhtml`)).toMatchObject({ contentType: 'application/xhtml+xml', charset: null });
        expect(await fetchPage(`${base}/untyped`)).toMatchObject({ contentType: null, charset: null });
      });

      it('undoes gzip content encoding', async () => {
        const page = await fetchPage(`${base}/gzip`);
        expect(Buffer.from(page.bytes).equals(TASS)).toBe(true);
      });

      it('sends its user agent (default or given) and asks for web pages', async () => {
        const headers = (page: { bytes: Uint8Array }) => JSON.parse(Buffer.from(page.bytes).toString('utf8')) as Record<string, string>;
        const byDefault = headers(await fetchPage(`${base}/echo-headers`));
        expect(byDefault['user-agent']).toBe('Mozilla/5.0 (compatible; outletdiff)');
        expect(byDefault.accept).toMatch(/^text\/html/);
        const given = headers(await fetchPage(`${base}/echo-headers`, { userAgent: 'newsroom-bot/1.0' }));
        expect(given['user-agent']).toBe('newsroom-bot/1.0');
      });

      it('resolves host names through the injected lookup and keeps them in finalUrl', async () => {
        const asked: string[] = [];
        const port = new URL(base).port;
        const url = `http://tass.example:${port}/politics/1406245`;
        const page = await fetchPage(url, { lookup: fakeResolver(asked) });
        expect(page.finalUrl).toBe(url);
        expect(Buffer.from(page.bytes).equals(TASS)).toBe(true);
        expect(asked).toEqual(['tass.example']);
      });
    });

    describe('redirects', () => {
      it('follows a chain of 3 (301, 302, 303 … with absolute and relative Locations)', async () => {
        const page = await fetchPage(`${base}/chain/3`);
        expect(page).toMatchObject({ url: `${base}/chain/3`, finalUrl: `${base}/chain/0`, status: 200 });
        expect(Buffer.from(page.bytes).equals(TASS)).toBe(true);
      });

      it('follows exactly maxRedirects redirects', async () => {
        expect((await fetchPage(`${base}/chain/5`)).finalUrl).toBe(`${base}/chain/0`);
        expect((await fetchPage(`${base}/chain/2`, { maxRedirects: 2 })).finalUrl).toBe(`${base}/chain/0`);
      });

      it('refuses a chain of 7', async () => {
        const url = `${base}/chain/7`;
        expect((await failure(url)).message).toBe(`${url}: more than 5 redirects`);
      });

      it('refuses one redirect more than maxRedirects, and every redirect with 0', async () => {
        expect((await failure(`${base}/chain/3`, { maxRedirects: 2 })).message).toBe(`${base}/chain/3: more than 2 redirects`);
        expect((await failure(`${base}/chain/1`, { maxRedirects: 0 })).message).toBe(`${base}/chain/1: more than 0 redirects`);
        // Regression: "more than 1 redirects".
        expect((await failure(`${base}/chain/2`, { maxRedirects: 1 })).message).toBe(`${base}/chain/2: more than 1 redirect`);
      });

      it('stops a redirect loop', async () => {
        expect((await failure(`${base}/loop`)).message).toBe(`${base}/loop: more than 5 redirects`);
      });

      it('resolves a relative Location against the current URL', async () => {
        const page = await fetchPage(`${base}/old/story`);
        expect(page.finalUrl).toBe(`${base}/news/story?utm_source=rss`);
        expect(Buffer.from(page.bytes).equals(REUTERS)).toBe(true);
      });

      it('refuses a redirect to another scheme or without a Location', async () => {
        expect((await failure(`${base}/moved-to-ftp`)).message).toBe(
          `${base}/moved-to-ftp: only http and https URLs can be fetched (redirected to ftp:…)`,
        );
        expect((await failure(`${base}/moved-nowhere`)).message).toBe(`${base}/moved-nowhere: HTTP 302 redirect without a Location header`);
      });

      it('names the URL as asked when a redirect ends in an error', async () => {
        expect((await failure(`${base}/moved-to-404`)).message).toBe(`${base}/moved-to-404: HTTP 404 Not Found`);
      });
    });

    describe('failures', () => {
      it('reports HTTP 404 and 500 with their status text', async () => {
        expect((await failure(`${base}/missing`)).message).toBe(`${base}/missing: HTTP 404 Not Found`);
        expect((await failure(`${base}/broken`)).message).toBe(`${base}/broken: HTTP 500 Internal Server Error`);
      });

      it.each([
        ['/report.pdf', 'application/pdf'],
        ['/photo', 'image/png'],
        ['/download', 'application/octet-stream'],
      ])('refuses %s as not a web page (%s)', async (path, type) => {
        expect((await failure(`${base}${path}`)).message).toBe(`${base}${path}: not a web page (${type})`);
      });

      it('refuses a streamed 6 MB body with the default 5 MB cap', async () => {
        expect((await failure(`${base}/big`)).message).toBe(`${base}/big: larger than 5 MB`);
      });

      it('refuses a declared 6 MB body before reading it', async () => {
        expect((await failure(`${base}/big-declared`)).message).toBe(`${base}/big-declared: larger than 5 MB`);
      });

      it('names a cap of one byte in the singular', async () => {
        // Regression: "larger than 1 bytes".
        expect((await failure(`${base}/politics/1406245`, { maxBytes: 1 })).message).toBe(`${base}/politics/1406245: larger than 1 byte`);
      });

      it('caps the decoded size, not the compressed one (a gzip bomb)', async () => {
        expect((await failure(`${base}/gzip-bomb`)).message).toBe(`${base}/gzip-bomb: larger than 5 MB`);
      });

      it('accepts a body of exactly maxBytes and refuses one byte more', async () => {
        const url = `${base}/politics/1406245`;
        expect((await fetchPage(url, { maxBytes: TASS.length })).bytes.length).toBe(TASS.length);
        expect((await failure(url, { maxBytes: TASS.length - 1 })).message).toBe(`${url}: larger than ${TASS.length - 1} bytes`);
        expect((await failure(url, { maxBytes: 1024 })).message).toBe(`${url}: larger than 1 KB`);
      });

      it('times out on a slow response and closes it, long before the server answers', async () => {
        const before = { ...slow };
        const started = Date.now();
        expect((await failure(`${base}/slow`, { timeoutMs: 200 })).message).toBe(`${base}/slow: timed out after 0.2 s`);
        expect(Date.now() - started).toBeLessThan(SLOW_MS - 500);
        // The server sees the connection close and drops its pending answer.
        await vi.waitFor(() => expect(slow.closedEarly).toBe(before.closedEarly + 1), { timeout: 1000 });
        expect(slow.answered).toBe(before.answered);
      });

      it('times out while the body is still arriving', async () => {
        const started = Date.now();
        expect((await failure(`${base}/slow-body`, { timeoutMs: 200 })).message).toBe(`${base}/slow-body: timed out after 0.2 s`);
        expect(Date.now() - started).toBeLessThan(SLOW_MS - 500);
      });

      it('counts one timeout over the whole redirect chain', async () => {
        expect((await failure(`${base}/to-slow`, { timeoutMs: 300 })).message).toBe(`${base}/to-slow: timed out after 0.3 s`);
      });

      it('reports a refused connection (a closed loopback port)', async () => {
        const closed = createServer();
        const port = await listen(closed);
        await close(closed);
        const url = `http://127.0.0.1:${port}/politics/1406245`;
        expect((await failure(url)).message).toBe(`${url}: connection refused`);
      });

      it('reports a connection the server resets before answering, in words', async () => {
        const resetting = createNetServer((socket) => socket.resetAndDestroy());
        const port = await new Promise<number>((resolve) => resetting.listen(0, '127.0.0.1', () => resolve((resetting.address() as AddressInfo).port)));
        const url = `http://127.0.0.1:${port}/politics/1406245`;
        try {
          expect((await failure(url)).message).toBe(`${url}: connection reset by the server`);
        } finally {
          await new Promise((resolve) => resetting.close(resolve));
        }
      });

      it('reports a name that does not resolve (injected resolver)', async () => {
        const asked: string[] = [];
        const url = 'https://www.no-such-outlet.invalid/politics/1406245';
        expect((await failure(url, { lookup: fakeResolver(asked) })).message).toBe(`${url}: name not resolved (www.no-such-outlet.invalid)`);
        expect(asked).toEqual(['www.no-such-outlet.invalid']);
      });

      it('reports a connection cut in the middle of the body', async () => {
        expect((await failure(`${base}/cut`)).message).toBe(`${base}/cut: connection closed before the page was complete`);
      });

      it('refuses a content encoding it cannot undo', async () => {
        expect((await failure(`${base}/zstd`)).message).toBe(`${base}/zstd: unsupported content encoding (zstd)`);
      });

      it.each(['ftp://ftp.example.org/article.txt', 'file:///etc/passwd', 'mailto:desk@example.org'])(
        'refuses %s without connecting',
        async (url) => {
          expect((await failure(url)).message).toBe(`${url}: only http and https URLs can be fetched`);
        },
      );

      it('refuses a string that is not a URL', async () => {
        expect((await failure('http://')).message).toBe('http://: not a valid URL');
      });

      it('treats bad limits as a programming error, not a user error', async () => {
        await expect(fetchPage(`${base}/plain`, { timeoutMs: 0 })).rejects.toThrow(RangeError);
      });
    });
  });

  describe('parseContentType', () => {
    it('splits the media type from a quoted or bare charset, lower-cased', () => {
      expect(parseContentType('Text/HTML; Charset="UTF-8"')).toEqual({ contentType: 'text/html', charset: 'utf-8' });
      expect(parseContentType('text/html;charset=windows-1251')).toEqual({ contentType: 'text/html', charset: 'windows-1251' });
      expect(parseContentType('text/plain; format=flowed')).toEqual({ contentType: 'text/plain', charset: null });
      expect(parseContentType(undefined)).toEqual({ contentType: null, charset: null });
    });
  });
});
