import { describe, expect, it } from 'vitest';
import { renderJson, type ComparisonReport } from '../../src/report/json.js';
import { options } from './helpers.js';
import { pairComparison, threeComparison } from './sample.js';

const parse = (text: string): ComparisonReport => JSON.parse(text) as ComparisonReport;
const keys = (value: object): string[] => Object.keys(value);

describe('report/json', () => {
  describe('renderJson', () => {
    const text = renderJson(pairComparison, options());
    const report = parse(text);

    it('pretty-prints with two-space indentation and a final newline', () => {
      expect(text.startsWith('{\n  "schemaVersion": 1,\n  "tool": {\n    "name": "outletdiff",')).toBe(true);
      expect(text.endsWith('}\n')).toBe(true);
    });

    it('has exactly the contract top-level fields, in order', () => {
      expect(keys(report)).toEqual(['schemaVersion', 'tool', 'base', 'articles', 'alignments', 'unmatched', 'summary']);
      expect(report.schemaVersion).toBe(1);
      expect(report.tool).toEqual({ name: 'outletdiff', version: '0.1.0-test' });
      expect(report.base).toBe('tass');
    });

    it('writes articles with metadata, text, sentences without the internal paragraph, and removed chrome', () => {
      const [tass] = report.articles;
      expect(keys(tass!)).toEqual([
        'id', 'source', 'outlet', 'date', 'published', 'title', 'url', 'author', 'text', 'sentences', 'removed',
      ]);
      expect(tass!.author).toBeNull();
      expect(keys(tass!.sentences[0]!)).toEqual(['index', 'text', 'start', 'end', 'heading']);
      expect(tass!.sentences[2]).toMatchObject({ index: 2, text: 'Trade at a record high', heading: true });
      expect(tass!.removed).toEqual([{ text: 'Subscribe to TASS on Telegram', reason: 'promo', start: expect.any(Number), end: expect.any(Number) }]);
    });

    it('keeps offsets that find every sentence in the article text', () => {
      for (const article of report.articles) {
        for (const sentence of article.sentences) expect(article.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
      }
    });

    it('writes alignments with members and, for two articles, the other member\'s diff at top level', () => {
      const second = report.alignments[1]!;
      expect(keys(second)).toEqual(['id', 'score', 'reference', 'members', 'diff']);
      expect(second.score).toBe(0.64);
      expect(second.members.map((m) => [m.article, m.sentences])).toEqual([['tass', [1]], ['sputnik', [1, 2]]]);
      expect(keys(second.members[0]!)).toEqual(['article', 'sentences', 'text', 'diff']);
      expect(second.diff).toEqual(second.members[1]!.diff);
      expect(keys(second.diff![0]!)).toEqual(['op', 'text']);
      for (const alignment of report.alignments) expect(alignment.diff).toEqual(alignment.members[1]!.diff);
    });

    it('writes unmatched entries and the summary as given', () => {
      expect(report.unmatched.map((u) => [u.article, u.sentences])).toEqual([['tass', [5]], ['tass', [6]], ['sputnik', [5]], ['sputnik', [7]]]);
      expect(keys(report.unmatched[0]!)).toEqual(['article', 'sentences', 'text']);
      expect(report.summary).toEqual(pairComparison.summary);
    });

    it('keeps article text byte for byte, escape sequences included (JSON escapes them)', () => {
      expect(text).toContain('\\u001b[31mSputnik');
      expect(report.articles[1]!.sentences[5]!.text.startsWith('\u001b[31m')).toBe(true);
    });

    it('leaves out the top-level diff with three articles', () => {
      const three = parse(renderJson(threeComparison, options()));
      expect(three.alignments).toHaveLength(2);
      for (const alignment of three.alignments) {
        expect(alignment).not.toHaveProperty('diff');
        expect(keys(alignment)).toEqual(['id', 'score', 'reference', 'members']);
      }
      expect(three.alignments[1]!.reference).toBe('sputnik');
    });

    it('is deterministic', () => {
      expect(renderJson(pairComparison, options())).toBe(text);
    });
  });
});
