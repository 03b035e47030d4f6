/** Shared helpers for the load tests: corpus and fixture access, coverage checks, byte fixtures. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledCorpusDir, corpusFilePath, decodeBytes, listCorpus, loadArticleText } from '../../src/load/index.js';
import type { LoadedArticle, RemovedPiece } from '../../src/types.js';
import { expect } from 'vitest';
import { OutletdiffError } from '../../src/errors.js';

export const REPO_DIR = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES_DIR = join(REPO_DIR, 'fixtures', 'load');

/** The decoded text of a bundled corpus article. */
export function corpusText(id: string): string {
  const dir = bundledCorpusDir();
  const article = listCorpus(dir).find((a) => a.id === id);
  if (!article) throw new Error(`no corpus article ${id}`);
  return decodeBytes(readFileSync(corpusFilePath(dir, article)), id);
}

/** A corpus article loaded WITHOUT its manifest metadata, so everything is detected. */
export function loadCorpusDetected(id: string): LoadedArticle {
  return loadArticleText(corpusText(id), { id, source: id });
}

/** A fixture from fixtures/load, decoded and loaded without metadata. */
export function loadFixture(name: string): LoadedArticle {
  const text = decodeBytes(readFileSync(join(FIXTURES_DIR, name)), name);
  return loadArticleText(text, { id: name, source: name });
}

/** Each block's text, white space collapsed. */
export function blockTexts(article: LoadedArticle, which: 'all' | 'headings' | 'paragraphs' = 'all'): string[] {
  return article.blocks
    .filter((b) => which === 'all' || b.heading === (which === 'headings'))
    .map((b) => collapse(article.text.slice(b.start, b.end)));
}

/** `[reason, text]` of each removed piece, in order. */
export function removedPairs(article: LoadedArticle): [string, string][] {
  return article.removed.map((p: RemovedPiece) => [p.reason, p.text]);
}

export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Everything that breaks the loader's covering promise: each non-white-space character
 * in exactly one block or removed piece, spans trimmed and in order, piece texts true to
 * their spans. Returns human-readable problems (empty when all is well).
 */
export function coverageProblems(article: LoadedArticle): string[] {
  const { text } = article;
  const problems: string[] = [];
  const owners = new Array<number>(text.length).fill(0);
  const spans = [...article.blocks, ...article.removed];
  for (const { start, end } of spans) {
    if (!(start >= 0 && start < end && end <= text.length)) problems.push(`bad span [${start}, ${end})`);
    if (/\s/.test(text[start] ?? '') || /\s/.test(text[end - 1] ?? '')) problems.push(`untrimmed span [${start}, ${end})`);
    for (let i = start; i < end; i++) owners[i]++;
  }
  owners.forEach((n, i) => {
    const space = /\s/.test(text[i]);
    if ((!space && n !== 1) || n > 1) problems.push(`offset ${i} (${JSON.stringify(text[i])}) covered ${n} times`);
  });
  for (const piece of article.removed) {
    if (collapse(text.slice(piece.start, piece.end)) !== piece.text) problems.push(`piece text differs at ${piece.start}`);
  }
  for (const list of [article.blocks, article.removed]) {
    for (let k = 1; k < list.length; k++) {
      if (list[k].start < list[k - 1].end) problems.push(`spans out of order at ${list[k].start}`);
    }
  }
  return problems;
}

/** A fresh temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'outletdiff-load-'));
}

/** Writes `files` (name → bytes or text) into `dir`; returns `dir`. */
export function writeFiles(dir: string, files: Record<string, Uint8Array | string>): string {
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const BOM = [0xef, 0xbb, 0xbf];

/** Byte fixtures that are awkward to commit: written fresh by the tests that need them. */
export const BYTE_FIXTURES = {
  /** An article with a UTF-8 byte-order mark and CRLF line ends. */
  bomCrlf: Uint8Array.from([
    ...BOM,
    ...Buffer.from('Headline on two systems\r\n\r\nMOSCOW, March 1. /TASS/. The lede follows.\r\n\r\nSecond paragraph.\r\n'),
  ]),
  empty: new Uint8Array(0),
  blank: Buffer.from(' \n\t\r\n\u00a0\n'),
  /** Latin-1 "Café Müller" — 0xE9 at offset 3 is not UTF-8. */
  latin1: Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x0a]),
  /** The start of a PNG file: NUL bytes. */
  binary: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]),
  /** No NUL, but mostly control characters. */
  controls: Uint8Array.from([0x01, 0x02, 0x03, 0x41, 0x04, 0x05, 0x06, 0x42, 0x07, 0x08, 0x0e, 0x0f]),
} as const;

/** The OutletdiffError `fn` throws (fails the test if it throws nothing or something else). */
export function thrown(fn: () => unknown): OutletdiffError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(OutletdiffError);
    return error as OutletdiffError;
  }
  throw new Error('expected an OutletdiffError');
}
