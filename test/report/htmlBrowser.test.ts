/**
 * The HTML report in a real browser: Debian's chromium, headless, driven by playwright-core (which
 * never downloads a browser). `.ci/run` installs chromium, so under CI a missing one fails the run;
 * elsewhere these tests are skipped with a warning and html.test.ts still checks the markup.
 * Set OUTLETDIFF_SCREENSHOT=/some/file.png to keep the screenshot the tests take.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/html.js';
import type { Comparison } from '../../src/types.js';
import { options } from './helpers.js';
import { buildArticle, pairComparison } from './sample.js';

// The page functions below run in the browser; the project's TypeScript has no DOM library, so declare what they use.
declare const getComputedStyle: (el: unknown, pseudo?: string) => { backgroundColor: string; textDecorationLine: string; content: string };
declare const document: { documentElement: { scrollWidth: number } };

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const VIEWPORT = { width: 1200, height: 800 };
const hasChromium = existsSync(CHROMIUM);
const inCi = Boolean(process.env.CI);

if (!hasChromium && !inCi) {
  console.warn(
    `report/html browser tests SKIPPED: ${CHROMIUM} not found. Install Debian's chromium (as root: apt-get update && apt-get install -y chromium) to run them; under CI they fail instead.`,
  );
}

/** What a page did while the report was open. */
interface Opened {
  page: Page;
  url: string;
  requests: string[];
  dialogs: string[];
}

/** A decoded PNG: size and RGBA pixels. */
interface Png {
  width: number;
  height: number;
  rgba: Uint8Array;
}

/** Reads an 8-bit RGB or RGBA, non-interlaced PNG (what Chromium writes): header, IDAT data, row filters. */
function decodePng(buffer: Buffer): Png {
  expect(buffer.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(buffer.toString('latin1', 12, 16)).toBe('IHDR');
  const width = buffer.readUInt32BE(16);
  const height = buffer.readUInt32BE(20);
  const [depth, colorType, , , interlace] = buffer.subarray(24, 29);
  expect([depth, interlace]).toEqual([8, 0]);
  expect([2, 6]).toContain(colorType);
  const channels = colorType === 6 ? 4 : 3;
  const idat: Buffer[] = [];
  for (let at = 8; at < buffer.length; ) {
    const length = buffer.readUInt32BE(at);
    if (buffer.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(buffer.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const value = raw[y * (stride + 1) + 1 + x] ?? 0;
      const a = x >= channels ? (pixels[y * stride + x - channels] ?? 0) : 0;
      const b = y > 0 ? (pixels[(y - 1) * stride + x] ?? 0) : 0;
      const c = x >= channels && y > 0 ? (pixels[(y - 1) * stride + x - channels] ?? 0) : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter ?? 0] ?? 0;
      pixels[y * stride + x] = (value + predictor) & 0xff;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    for (let k = 0; k < 3; k++) rgba[i * 4 + k] = pixels[i * channels + k] ?? 0;
    rgba[i * 4 + 3] = channels === 4 ? (pixels[i * channels + 3] ?? 255) : 255;
  }
  return { width, height, rgba };
}

/** How many pixels are within `tolerance` of `[r, g, b]`. */
function countColor(png: Png, [r, g, b]: readonly [number, number, number], tolerance = 3): number {
  let n = 0;
  for (let i = 0; i < png.rgba.length; i += 4) {
    const d = Math.abs((png.rgba[i] ?? 0) - r) + Math.abs((png.rgba[i + 1] ?? 0) - g) + Math.abs((png.rgba[i + 2] ?? 0) - b);
    if (d <= tolerance) n++;
  }
  return n;
}

/** A small comparison whose article strings try to run script or load something. */
function hostileComparison(): Comparison {
  const evil = '<script>alert(1)</script>"><img src=x onerror=alert(2)>';
  const left = buildArticle({
    id: 'left', source: 'left.txt', outlet: evil, title: evil, url: 'javascript:alert(3)', author: '" onmouseover="alert(4)', date: null, published: null,
    paragraphs: [[`Text ${evil} here.`, `<style>body{background:url(https://example.org/x.png)}</style> more.`]],
  });
  const right = buildArticle({
    id: 'right', source: 'right.txt', outlet: null, title: null, url: `https://example.org/${evil}`, author: null, date: null, published: null,
    paragraphs: [[`Text ${evil} there.`]],
  });
  const l0 = left.sentences[0]?.text ?? '';
  const r0 = right.sentences[0]?.text ?? '';
  return {
    base: 'left',
    articles: [left, right],
    alignments: [{
      id: 1, score: 0.9, reference: 'left',
      members: [
        { article: 'left', sentences: [0], text: l0, diff: [{ op: 'equal', text: l0 }] },
        { article: 'right', sentences: [0], text: r0, diff: [{ op: 'equal', text: `Text ${evil} ` }, { op: 'removed', text: 'here.' }, { op: 'added', text: 'there.' }] },
      ],
    }],
    unmatched: [{ article: 'left', sentences: [1], text: left.sentences[1]?.text ?? '' }],
    summary: {
      articles: 2, alignments: 1, unmatched: { left: 1, right: 0 }, coverage: { left: 0.5, right: 1 },
      sentences: { left: 2, right: 1 }, aligned: { left: 1, right: 1 }, meanScore: 0.9, minScore: 0.42, kinds: {}, only: {},
    },
  };
}

describe('report/html in Chromium', () => {
  it.runIf(!hasChromium && inCi)('finds chromium (CI installs it in .ci/run)', () => {
    throw new Error(`${CHROMIUM} is missing: .ci/run should have installed Debian's chromium`);
  });

  describe.skipIf(!hasChromium)('renderHtml', () => {
    let browser: Browser | undefined;
    let dir = '';

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'outletdiff-html-'));
      browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, timeout: 15_000 });
    }, 20_000);

    afterAll(async () => {
      await browser?.close();
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    /** Writes the report to a file and opens it, recording every request and dialog. */
    async function open(comparison: Comparison, name: string): Promise<Opened> {
      if (!browser) throw new Error('chromium did not start');
      const file = join(dir, `${name}.html`);
      await writeFile(file, renderHtml(comparison, options()));
      const url = pathToFileURL(file).href;
      const context = await browser.newContext({ viewport: VIEWPORT, javaScriptEnabled: true });
      const page = await context.newPage();
      const requests: string[] = [];
      const dialogs: string[] = [];
      context.on('request', (request) => requests.push(request.url()));
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(url, { waitUntil: 'load', timeout: 10_000 });
      return { page, url, requests, dialogs };
    }

    it('renders a row per group side by side, with highlighted changes, requesting nothing but the page', async () => {
      const { page, url, requests, dialogs } = await open(pairComparison, 'pair');
      try {
        await expect(page.title()).resolves.toMatch(/^TASS vs Sputnik: /);
        const pairs = page.locator('tr.pair');
        expect(await pairs.count()).toBe(pairComparison.alignments.length);
        for (const row of await pairs.all()) expect(await row.isVisible()).toBe(true);
        expect(await page.locator('tr.only:visible').count()).toBe(3);
        expect(await pairs.nth(3).locator('th').textContent()).toBe('4');

        // Base column left of the other, on the same line.
        const [left, right] = await Promise.all([0, 1].map((i) => pairs.first().locator('td.text').nth(i).boundingBox()));
        expect(left && right && left.x + left.width <= right.x && Math.abs(left.y - right.y) < 1).toBe(true);

        const styleOf = (selector: string) =>
          page.locator(selector).first().evaluate((el) => {
            const style = getComputedStyle(el);
            return { background: style.backgroundColor, decoration: style.textDecorationLine };
          });
        const del = await styleOf('tr.pair del');
        const ins = await styleOf('tr.pair ins');
        expect(del).toEqual({ background: 'rgb(253, 228, 226)', decoration: 'line-through' });
        expect(ins).toEqual({ background: 'rgb(219, 243, 223)', decoration: 'underline' });
        expect(await page.locator('tr.pair del:visible').count()).toBeGreaterThan(5);

        // Nothing overflows the window sideways.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORT.width);

        const shot = await page.screenshot({ fullPage: true, type: 'png' });
        const kept = join(dir, 'pair.png');
        await writeFile(kept, shot);
        if (process.env.OUTLETDIFF_SCREENSHOT) await copyFile(kept, process.env.OUTLETDIFF_SCREENSHOT);
        const png = decodePng(shot);
        expect(png.width).toBe(VIEWPORT.width);
        expect(png.height).toBeGreaterThanOrEqual(VIEWPORT.height);
        expect(png.height).toBeLessThan(5_000);
        // The highlights reach the pixels, and the page is not blank.
        expect(countColor(png, [253, 228, 226])).toBeGreaterThan(500);
        expect(countColor(png, [219, 243, 223])).toBeGreaterThan(500);
        expect(png.width * png.height - countColor(png, [255, 255, 255])).toBeGreaterThan(png.width * png.height * 0.05);

        expect(requests).toEqual([url]);
        expect(dialogs).toEqual([]);
      } finally {
        await page.context().close();
      }
    });

    it('adds [-…-] and {+…+} markers to changes when printed', async () => {
      const { page } = await open(pairComparison, 'print');
      try {
        await page.emulateMedia({ media: 'print' });
        const markers = await page.locator('tr.pair del').first().evaluate((el) => [
          getComputedStyle(el, '::before').content,
          getComputedStyle(el, '::after').content,
        ]);
        expect(markers).toEqual(['"[-"', '"-]"']);
        await page.emulateMedia({ media: 'screen' });
        expect(await page.locator('tr.pair ins').first().evaluate((el) => getComputedStyle(el, '::before').content)).toBe('none');
      } finally {
        await page.context().close();
      }
    });

    it('runs nothing and loads nothing from hostile article text, titles, outlets and URLs, showing it as text', async () => {
      const { page, url, requests, dialogs } = await open(hostileComparison(), 'hostile');
      try {
        expect(await page.locator('script, img, iframe, object, embed').count()).toBe(0);
        expect(await page.locator('tr.pair').count()).toBe(1);
        expect(await page.locator('tr.pair td.text').first().innerText()).toBe('Text <script>alert(1)</script>"><img src=x onerror=alert(2)> here.');
        expect(await page.locator('tr.only td.text').first().innerText()).toContain('<style>body{background:url(https://example.org/x.png)}</style>');
        expect(await page.locator('a').evaluateAll((links) => links.map((a) => (a as unknown as { protocol: string }).protocol))).toEqual(['https:']);
        await page.locator('.article-meta').first().hover();
        expect(dialogs).toEqual([]);
        expect(requests).toEqual([url]);
      } finally {
        await page.context().close();
      }
    });
  });
});
