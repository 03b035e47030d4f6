import { describe, expect, it } from 'vitest';
import { leadingNumberWordValue, numberWordsAsFigures, numberWordValue } from '../../src/text/numbers.js';

describe('text', () => {
  describe('numberWordValue', () => {
    it('reads number words, "one" aside', () => {
      expect(['five', 'Twenty-three', 'ninety', 'one', 'five-year'].map(numberWordValue)).toEqual(['5', '23', '90', undefined, undefined]);
    });
  });

  describe('leadingNumberWordValue', () => {
    it('reads the number word opening a compound, in one word or two, and nothing after its hyphen', () => {
      expect(['five-year', 'twenty-three-year-old', 'Twenty-five', 'twenty-year', 'five', 'one-year', 'year-five', 'well-known'].map(leadingNumberWordValue)).toEqual([
        '5', '23', '25', '20', '5', undefined, undefined, undefined,
      ]);
    });
  });

  describe('numberWordsAsFigures', () => {
    it('writes number words as figures, also opening compounds, and "one" only when asked, "no one" never', () => {
      expect(numberWordsAsFigures('a twenty-three-year-old and a five-year plan')).toBe('a 23-year-old and a 5-year plan');
      expect(numberWordsAsFigures('no one won one seat in twenty-one districts')).toBe('no one won one seat in 21 districts');
      expect(numberWordsAsFigures('no one won one seat, no-one two', true)).toBe('no one won 1 seat, no-one 2');
      expect(numberWordsAsFigures('someone anyone fivefold', true)).toBe('someone anyone fivefold');
    });
  });
});
