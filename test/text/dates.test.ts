import { describe, expect, it } from 'vitest';
import { daysAndMonths } from '../../src/text/dates.js';

describe('text', () => {
  describe('daysAndMonths', () => {
    const read = (text: string) => daysAndMonths(text).map(({ start, end, month, day, monthWord }) => [text.slice(start, end), month, day, monthWord]);

    it('reads a day and a month in either order, abbreviated or with an ordinal ending', () => {
      expect(read('It ends on Dec. 31, 2024.')).toEqual([['Dec. 31', 'december', '31', 'dec']]);
      expect(read('It ends on 31 December 2024.')).toEqual([['31 December', 'december', '31', 'december']]);
      expect(read('It ends on December 31st.')).toEqual([['December 31st', 'december', '31', 'december']]);
      expect(read('It ends on 31 Dec.')).toEqual([['31 Dec.', 'december', '31', 'dec']]);
      expect(read('It ends on the 31st of December.')).toEqual([['the 31st of December', 'december', '31', 'december']]);
      expect(read('From Sept. 1 to 09 October.')).toEqual([
        ['Sept. 1', 'september', '1', 'sept'],
        ['09 October', 'october', '9', 'october'],
      ]);
    });

    it('reads May and March only capitalised, and no day out of range or a year', () => {
      expect(read('The parade is on 9 May.')).toEqual([['9 May', 'may', '9', 'may']]);
      expect(read('Talks may 5 times fail.')).toEqual([]);
      expect(read('It ended in December 2024.')).toEqual([]);
      expect(read('It ended on December 32.')).toEqual([]);
      expect(read('Prices rose 3.5 December points.')).toEqual([]);
      expect(read('No date here.')).toEqual([]);
    });
  });
});
