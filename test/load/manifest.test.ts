import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledCorpusDir, listCorpus, readManifest } from '../../src/load/index.js';
import { REPO_DIR, tempDir, writeFiles } from './helpers.js';

function manifestDir(content: unknown): string {
  return writeFiles(tempDir(), { 'manifest.json': typeof content === 'string' ? content : JSON.stringify(content) });
}

describe('load', () => {
  describe('bundledCorpusDir', () => {
    it("finds the repository's corpus folder from the source tree", () => {
      expect(bundledCorpusDir()).toBe(join(REPO_DIR, 'corpus'));
      expect(existsSync(join(bundledCorpusDir(), 'manifest.json'))).toBe(true);
    });
  });

  describe('listCorpus', () => {
    it('lists the bundled seed articles in manifest order', () => {
      expect(listCorpus().map((a) => a.id)).toEqual([
        'tass-zakharova',
        'sputnik-zakharova',
        'tass-fomin',
        'reprint-mfa-source',
        'rg-fomin',
      ]);
    });

    it('keeps manifest nulls as nulls', () => {
      const reprint = listCorpus().find((a) => a.id === 'reprint-mfa-source');
      expect(reprint).toMatchObject({ outlet: null, date: null, url: null, author: null });
    });
  });

  describe('readManifest', () => {
    it('fills missing optional fields with null and ignores unknown fields', () => {
      const dir = manifestDir({ schemaVersion: 1, articles: [{ id: 'a', file: 'a.txt', outlet: 'X', extra: 1 }] });
      expect(readManifest(dir).articles).toEqual([
        { id: 'a', file: 'a.txt', outlet: 'X', date: null, published: null, title: null, url: null, author: null, story: null },
      ]);
    });

    it.each([
      ['a missing manifest', undefined, /manifest\.json: no such corpus manifest$/],
      ['bad JSON', '{ nope', /manifest\.json: bad corpus manifest: not valid JSON/],
      ['another schema version', { schemaVersion: 2, articles: [] }, /unsupported schemaVersion 2 \(expected 1\)/],
      ['articles not an array', { schemaVersion: 1, articles: {} }, /"articles" must be an array/],
      ['an article without id', { schemaVersion: 1, articles: [{ file: 'a.txt' }] }, /articles\[0\]\.id must be a non-empty string/],
      ['a malformed date', { schemaVersion: 1, articles: [{ id: 'a', file: 'a', date: '18.02.2022' }] }, /articles\[0\]\.date must be "YYYY-MM-DD" or null/],
      ['a number where a string belongs', { schemaVersion: 1, articles: [{ id: 'a', file: 'a', title: 5 }] }, /articles\[0\]\.title must be a string or null/],
      ['duplicate ids', { schemaVersion: 1, articles: [{ id: 'a', file: 'a' }, { id: 'a', file: 'b' }] }, /duplicate article id "a"/],
      // Regression: the file was indexed under one of the two ids, in silence.
      ['one file under two ids', { schemaVersion: 1, articles: [{ id: 'a', file: 'a.txt' }, { id: 'b', file: './a.txt' }] }, /articles "a" and "b" name the same file "\.\/a\.txt"/],
    ])('refuses %s, naming the file', (_, content, message) => {
      const dir = content === undefined ? tempDir() : manifestDir(content);
      expect(() => readManifest(dir)).toThrow(message);
      expect(() => readManifest(dir)).toThrow(join(dir, 'manifest.json'));
    });
  });
});
