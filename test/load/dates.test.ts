import { describe, expect, it } from 'vitest';
import { monthNumber, parseDateExpression } from '../../src/load/dates.js';

describe('load', () => {
  describe('parseDateExpression', () => {
    it.each([
      ['2022-02-18', '2022-02-18'],
      ['18.02.2022', '2022-02-18'],
      ['3.3.2022, 10:15', '2022-03-03'],
      ['February 18, 2022', '2022-02-18'],
      ['Feb. 18, 2022 10:15 AM EST', '2022-02-18'],
      ['Friday, February 18, 2022', '2022-02-18'],
      ['18 February 2022, 14:05', '2022-02-18'],
      ['18th Feb 2022 at 14:05 (MSK)', '2022-02-18'],
      ['18 февраля 2022', '2022-02-18'],
      ['12 января 2022 года', '2022-01-12'],
      ['3 Марта 2022 г.', '2022-03-03'],
      ['3 мар 2022', '2022-03-03'],
      // The time first, as AP's stamps print it.
      ['11:15 AM GMT, March 3, 2024', '2024-03-03'],
      ['8:12 AM GMT+1, March 7, 2024', '2024-03-07'],
      // A page copy may glue the time to the year.
      ['March 7, 20246:41 AM GMT+1', '2024-03-07'],
      ['14:05, 18 February 2022', '2022-02-18'],
    ])('reads %s as %s', (input, date) => {
      expect(parseDateExpression(input)).toEqual({ date, published: null });
    });

    it('keeps a full ISO 8601 timestamp as published, with the date in its own offset', () => {
      expect(parseDateExpression('2022-02-18T23:30:00-05:00')).toEqual({
        date: '2022-02-18',
        published: '2022-02-18T23:30:00-05:00',
      });
      expect(parseDateExpression('2022-02-18T04:30:00Z')?.published).toBe('2022-02-18T04:30:00Z');
      // Without an offset the timestamp is not complete.
      expect(parseDateExpression('2022-02-18T04:30:00')).toEqual({ date: '2022-02-18', published: null });
    });

    it.each(['1920', '13.01', '31.02.2022', '2022-13-01', '02/03/2022', 'February 18', 'in February 18, 2022', 'Sputnik International, 1920, 13.01.2022', '18 февраля', 'февраля 18, 2022', '11:15 AM GMT, March 3', '11:15 AM GMT'])(
      'does not read %s',
      (input) => {
        expect(parseDateExpression(input)).toBeNull();
      },
    );
  });

  describe('monthNumber', () => {
    it('reads English names and abbreviations and Russian genitive names', () => {
      expect(['Feb', 'February', 'Sept.', 'февраля', 'Декабря'].map(monthNumber)).toEqual(['2', '2', '9', '2', '12']);
      expect(monthNumber('февраль')).toBeUndefined(); // the nominative is not a date's form
      // RIA Novosti's datelines abbreviate to three letters: "3 мар".
      expect(['янв', 'мар', 'Сен', 'дек'].map(monthNumber)).toEqual(['1', '3', '9', '12']);
    });
  });
});
