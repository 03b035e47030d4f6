/**
 * End-to-end with web pages: saved HTML files, URLs served by a loopback server the test starts,
 * and `outletdiff fetch`. The binary runs in a child process (asynchronously, so this process's
 * server can answer it). Nothing leaves the machine.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/outletdiff.js');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const env = { ...process.env };
    delete env.FORCE_COLOR;
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const pages: Record<string, { type: string; file: string }> = {
  '/politics/1406245': { type: 'text/html; charset=utf-8', file: 'fixtures/fetch/tass-politics-1406245.html' },
  '/world/ukraine-talks': { type: 'text/html; charset=utf-8', file: 'fixtures/fetch/reuters-ukraine-talks.html' },
  '/ru/news': { type: 'text/html; charset=windows-1251', file: 'fixtures/fetch/ria-windows-1251.html' },
  '/report.pdf': { type: 'application/pdf', file: 'fixtures/fetch/press-release.pdf' },
  '/login': { type: 'text/html', file: 'fixtures/html/login.html' },
  '/world/geneva-talks': { type: 'text/html; charset=utf-8', file: 'fixtures/html/example-news-geneva.html' },
};

let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    const page = pages[request.url ?? ''];
    if (!page) {
      response.writeHead(404, { 'Content-Type': 'text/html' });
      response.end('<html><body>Not found</body></html>');
      return;
    }
    response.writeHead(200, { 'Content-Type': page.type });
    response.end(readFileSync(join(ROOT, page.file)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe('cli with web pages', () => {
  it('inspects a saved page: article text, metadata from the page, no markup or scripts', async () => {
    const result = await run(['inspect', 'fixtures/html/example-news-geneva.html', '--format', 'json']);
    expect(result.status).toBe(0);
    const article = JSON.parse(result.stdout) as { id: string; outlet: string | null; date: string | null; text: string; sentences: unknown[] };
    expect(article.id).toBe('example-news-geneva');
    expect(article.outlet).not.toBeNull();
    expect(article.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(article.text).not.toMatch(/SCRIPT-SENTINEL|<\/?[a-z]+[ >]/i);
    expect(article.sentences.length).toBeGreaterThan(3);
  });

  // Regressions: a short brief was refused (exit 2), a <time> in the page's header was not read, table
  // rows became headings, and an impossible time was kept as published.
  it('inspects a news brief, a page dated in its header, a table and an impossible timestamp', async () => {
    type Inspected = { date: string | null; published: string | null; sentences: Array<{ text: string; heading: boolean }> };
    const inspect = async (name: string) => {
      const result = await run(['inspect', `fixtures/html/${name}`, '--format', 'json']);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      return JSON.parse(result.stdout) as Inspected;
    };
    const headings = (article: Inspected) => article.sentences.filter((s) => s.heading).map((s) => s.text);
    const brief = await inspect('news-brief.html');
    expect(brief.sentences.map((s) => s.text)).toEqual([
      'Quake hits eastern Turkey',
      "A magnitude 5.6 earthquake struck eastern Turkey on Tuesday morning, the country's disaster agency said.",
      'There were no immediate reports of casualties or serious damage, officials said.',
    ]);
    expect(await inspect('header-time.html')).toMatchObject({ date: '2024-03-07', published: '2024-03-07T10:00:00+01:00' });
    const table = await inspect('bbc-data-table.html');
    expect(headings(table)).toEqual(['Italy floods: Thousands evacuated as rivers burst banks', 'Grand Prix cancelled']);
    expect(table.sentences.map((s) => s.text)).toEqual(expect.arrayContaining(['Town Evacuated', 'Faenza 2,000', 'Cesena 1,500']));
    expect(await inspect('impossible-time.html')).toMatchObject({ date: '2024-03-07', published: null });
  });

  it('compares a URL with a saved page, and names the URL article by host and path', async () => {
    const result = await run(['compare', `${base}/politics/1406245`, 'fixtures/html/wire-meta-only.html', '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { articles: Array<{ id: string; source: string; url: string | null }> };
    expect(report.articles[0]).toMatchObject({ id: '127-0-0-1-1406245', source: `${base}/politics/1406245` });
  });

  it('decodes a windows-1251 page by its header', async () => {
    const result = await run(['inspect', `${base}/ru/news`, '--format', 'json']);
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { text: string }).text).toMatch(/[а-яё]{4,}/i);
  });

  it.each([
    ['/report.pdf', /report\.pdf: not a web page \(application\/pdf\)/],
    ['/login', /login: no article text found in the page/],
    ['/missing', /missing: HTTP 404/],
  ])('refuses %s with one line, exit 2, nothing on stdout', async (path, message) => {
    const result = await run(['compare', `${base}${path}`, 'tass-fomin']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });

  it('fetches pages into a corpus, reports the one that failed, and compares them offline by id', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'outletdiff-fetch-')), 'corpus');
    const fetched = await run(['fetch', `${base}/politics/1406245`, `${base}/missing`, `${base}/world/ukraine-talks`, '--out', out, '--story', 'Talks']);
    expect(fetched.status).toBe(2);
    expect(fetched.stdout).toBe('');
    expect(fetched.stderr).toMatch(/missing: HTTP 404/);
    expect(fetched.stderr).toMatch(/2 of 3 articles saved/);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { schemaVersion: number; articles: Array<{ id: string; file: string; story: string; url: string }> };
    expect(manifest.schemaVersion).toBe(1);
    expect(manifest.articles.map((article) => article.id)).toEqual(['127-0-0-1-1406245', '127-0-0-1-ukraine-talks']);
    expect(manifest.articles.every((article) => article.story === 'Talks')).toBe(true);
    const offline = await run(['compare', '127-0-0-1-1406245', '127-0-0-1-ukraine-talks', '--corpus', out, '--format', 'json']);
    expect(offline.status).toBe(0);
    expect((JSON.parse(offline.stdout) as { articles: Array<{ id: string }> }).articles.map((article) => article.id)).toEqual([
      '127-0-0-1-1406245',
      '127-0-0-1-ukraine-talks',
    ]);
  });

  it('saves what it read: the saved article gives the same sentences offline as the page did', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'outletdiff-fetch-')), 'corpus');
    const url = `${base}/world/geneva-talks`;
    expect((await run(['fetch', url, '--out', out])).status).toBe(0);
    const sentences = (result: Run) =>
      (JSON.parse(result.stdout) as { sentences: Array<{ text: string; heading: boolean }> }).sentences.map(({ text, heading }) => ({ text, heading }));
    const online = sentences(await run(['inspect', url, '--format', 'json']));
    const offline = sentences(await run(['inspect', '127-0-0-1-geneva-talks', '--corpus', out, '--format', 'json']));
    expect(offline).toEqual(online);
  });

  it('refuses a corpus folder with a broken manifest before fetching anything', async () => {
    const out = mkdtempSync(join(tmpdir(), 'outletdiff-fetch-'));
    writeFileSync(join(out, 'manifest.json'), '{ not json');
    const result = await run(['fetch', `${base}/politics/1406245`, '--out', out]);
    expect(result.status).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/manifest\.json/);
  });

  it('writes a self-contained HTML report', async () => {
    const result = await run(['compare', 'tass-fomin', 'rg-fomin', '--format', 'html']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^<!doctype html>/i);
    expect(result.stdout).not.toMatch(/<script/i);
    expect(result.stdout).toContain('Rossiyskaya Gazeta');
  });
});
