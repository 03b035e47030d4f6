import { describe, expect, it } from 'vitest';
import {
  leadingNumberWordValue,
  leadingOrdinalWordValue,
  numberWordsAsFigures,
  numberWordValue,
  ordinalFigureValue,
  ordinalSuffix,
  ordinalWordValue,
} from '../../src/text/numbers.js';

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

    it('writes ordinal words as ordinal figures only when comparing, "twenty-first" as one', () => {
      expect(numberWordsAsFigures('the first and twenty-first rounds', true)).toBe('the 1st and 21st rounds');
      expect(numberWordsAsFigures('the second, third and twelfth votes, the first-ever summit', true)).toBe('the 2nd, 3rd and 12th votes, the 1st-ever summit');
      expect(numberWordsAsFigures('the first and twenty-first rounds')).toBe('the first and 20-first rounds');
      expect(numberWordsAsFigures('firstly, a thirdhand account', true)).toBe('firstly, a thirdhand account');
    });
  });

  describe('ordinals', () => {
    it('reads ordinal words as their figures, "twenty-first" as one, not cardinals', () => {
      expect(['first', 'Second', 'twelfth', 'twentieth', 'twenty-first', 'Ninety-ninth', 'one', 'twenty-one', 'firstly'].map(ordinalWordValue)).toEqual([
        '1', '2', '12', '20', '21', '99', undefined, undefined, undefined,
      ]);
      expect(['first-ever', 'twenty-first-century', 'second-hand', 'well-first'].map(leadingOrdinalWordValue)).toEqual(['1', '21', '2', undefined]);
    });

    it('reads an ordinal figure only with the ending its figure takes', () => {
      expect(['1', '2', '3', '4', '11', '12', '13', '21', '22', '101', '111'].map(ordinalSuffix)).toEqual([
        'st', 'nd', 'rd', 'th', 'th', 'th', 'th', 'st', 'nd', 'st', 'th',
      ]);
      expect(['1st', '21ST', '12th', '3rd', '21th', '2st', 'st', '1'].map(ordinalFigureValue)).toEqual(['1', '21', '12', '3', undefined, undefined, undefined, undefined]);
    });
  });
});
