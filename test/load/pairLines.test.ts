import { describe, expect, it } from 'vitest';
import { parsePairLines } from '../../src/load/pairLines.js';

const defaults = { leftColumn: 1, rightColumn: 2, header: false };

describe('load', () => {
  describe('parsePairLines', () => {
    it('reads tab-separated pairs with LF or CRLF, keeping quotes literal and numbering physical lines', () => {
      expect(parsePairLines('a "x"\tb\r\nc\td\n', 'pairs.tsv', defaults)).toEqual([
        { line: 1, empty: false, left: 'a "x"', right: 'b' },
        { line: 2, empty: false, left: 'c', right: 'd' },
      ]);
    });

    it('skips the header only when told, and counts it in line numbers', () => {
      const text = 'left\tright\na\tb\n';
      expect(parsePairLines(text, 'f', { ...defaults, header: true })).toEqual([{ line: 2, empty: false, left: 'a', right: 'b' }]);
      expect(parsePairLines(text, 'f', defaults)).toHaveLength(2);
    });

    it('picks the columns asked for', () => {
      expect(parsePairLines('1\tx\ty\tz\n', 'f', { ...defaults, leftColumn: 4, rightColumn: 2 })).toEqual([{ line: 1, empty: false, left: 'z', right: 'x' }]);
    });

    it('keeps empty lines as empty results, and a final line break adds none', () => {
      expect(parsePairLines('a\tb\n\nc\td', 'f', defaults).map((pair) => pair.empty)).toEqual([false, true, false]);
      expect(parsePairLines('', 'f', defaults)).toEqual([]);
    });

    it('names the first line with too few columns', () => {
      expect(() => parsePairLines('a\tb\nonly one\nc\td\n', 'pairs.tsv', defaults)).toThrow('pairs.tsv: line 2 has 1 column, but column 2 is needed');
    });
  });
});
