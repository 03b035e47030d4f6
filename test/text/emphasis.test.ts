import { describe, expect, it } from 'vitest';
import { blankEmphasis, emphasisPairs, withoutEmphasis } from '../../src/text/emphasis.js';

describe('text', () => {
  describe('emphasisPairs', () => {
    it('finds bold, italic and both, with stars or underscores, nested ones too', () => {
      expect(emphasisPairs('worked **through the night** to contain the *blaze*.')).toEqual([
        { open: 7, close: 26, length: 2 },
        { open: 44, close: 50, length: 1 },
      ]);
      expect(emphasisPairs('a __senior__ and _acting_ official')).toEqual([
        { open: 2, close: 10, length: 2 },
        { open: 17, close: 24, length: 1 },
      ]);
      expect(emphasisPairs('***both***')).toEqual([{ open: 0, close: 7, length: 3 }]);
      expect(emphasisPairs('**a *b* c**')).toEqual([
        { open: 0, close: 9, length: 2 },
        { open: 4, close: 6, length: 1 },
      ]);
    });

    it.each([
      ['an operator between spaces', '5 * 3 trucks and 2 * 4 buses'],
      ['an opening mark with no closing one', '*NSYNC fans gathered.'],
      ['marks inside words', '5*3*2 and snake_case_name'],
      ['a separator line', '* * *'],
      ['marks with spaces inside them', 'a ** b ** c'],
      ['a list bullet', '* item one'],
    ])('finds none in %s: %s', (_name, text) => {
      expect(emphasisPairs(text)).toEqual([]);
    });

    it('does not pair a mark opening a name with a later one', () => {
      expect(emphasisPairs("*NSYNC's Justin said *wow*")).toEqual([{ open: 21, close: 25, length: 1 }]);
    });
  });

  describe('blankEmphasis and withoutEmphasis', () => {
    it('blanks the marks unit for unit, or drops them', () => {
      const text = '“*Quoted*” **Kyiv** said 5 * 3.';
      expect(blankEmphasis(text)).toBe('“ Quoted ”   Kyiv   said 5 * 3.');
      expect(blankEmphasis(text)).toHaveLength(text.length);
      expect(withoutEmphasis(text)).toBe('“Quoted” Kyiv said 5 * 3.');
    });

    it('returns text without emphasis as it is', () => {
      const text = '*NSYNC played 5 * 3 songs.';
      expect(blankEmphasis(text)).toBe(text);
      expect(withoutEmphasis(text)).toBe(text);
    });
  });
});
