import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth, graphemes } from '../../src/report/displayWidth.js';

/** Graphemes as the segmenter gives them for the whole text at once. */
function wholeGraphemes(text: string): string[] {
  return Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (part) => part.segment);
}

describe('report/displayWidth', () => {
  describe('graphemes', () => {
    it('splits a long paragraph without spaces in pieces, as the whole text would be split', () => {
      const paragraph = '我们希望有关国家停止这种错误做法👍🏽并且继续推动对话é与合作🇫🇷维护地区和平稳定👨‍👩‍👧'.repeat(120);
      expect(paragraph.length).toBeGreaterThan(4000);
      expect(graphemes(paragraph)).toEqual(wholeGraphemes(paragraph));
      expect(displayWidth(paragraph)).toBe(wholeGraphemes(paragraph).length * 2 - 'é'.length * 120);
    });

    it('keeps a combining voicing mark with its kana at a piece boundary', () => {
      const text = `${'か'.repeat(1024)}\u3099き`;
      expect(graphemes(text)).toEqual(wholeGraphemes(text));
    });

    it('never cuts a grapheme at a piece boundary (property)', () => {
      // Joiners, skin tones, flags, combining marks, CR LF and Arabic prepended signs around the
      // characters a piece may start at.
      const part = fc.constantFrom('a', ' ', '王', '。', 'か', '\u3099', '\u302a', '\u200d', '👨', '🏽', '🇫', '🇷', 'e\u0301', '\u0301', '\r', '\n', '\u0600', '١', 'ก', 'ำ', '\ufe0f');
      fc.assert(
        fc.property(fc.array(part, { minLength: 900, maxLength: 3000 }), (parts) => {
          const text = parts.join('');
          expect(graphemes(text)).toEqual(wholeGraphemes(text));
        }),
        { numRuns: 40 },
      );
    });
  });
});
