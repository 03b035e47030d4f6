import { describe, expect, it } from 'vitest';
import { monthNumber, parseDateExpression } from '../../src/load/dates.js';

describe('load', () => {
  describe('parseDateExpression', () => {
    it.each([
      ['2022-02-18', '2022-02-18'],
      ['18.02.2022', '2022-02-18'],
      ['3.3.2022, 10:15', '2022-03-03'],
      ['February 18, 2022', '2022-02-18'],
      ['Friday, February 18, 2022', '2022-02-18'],
      ['18 February 2022, 14:05', '2022-02-18'],
      ['18 февраля 2022', '2022-02-18'],
      ['12 января 2022 года', '2022-01-12'],
      ['3 Марта 2022 г.', '2022-03-03'],
      ['3 мар 2022', '2022-03-03'],
      ['14:05, 18 February 2022', '2022-02-18'],
      // A bar, a dot or a spaced dash between the date and the time.
      ['Mar 21 2024 | 1:45 PM IST', '2024-03-21'],
      ['March 21, 2024 · 13:45', '2024-03-21'],
      ['07.03.2024 - 16:05', '2024-03-07'],
      // A date printed twice with nothing between, for the eye and for screen readers.
      ['7 Mar 20247 Mar 2024', '2024-03-07'],
      // A zone that names no single offset, or none whose offset a date settles.
      ['March 3, 2024 10:42 CST', '2024-03-03'],
      ['11:15 AM IST, March 3, 2024', '2024-03-03'],
      ['March 7, 2024 5:01 AM ET', '2024-03-07'],
      // An impossible time: the date is still the date.
      ['25:00 GMT, March 3, 2024', '2024-03-03'],
      ['March 3, 2024 13:42 PM GMT', '2024-03-03'],
      // A time without a zone, or with one that names no single offset, in the forms close to ISO 8601.
      ['2022-02-21 23:42:00', '2022-02-21'],
      ['2022-02-21 23:42 IST', '2022-02-21'],
      ['2022-02-21 25:42 UTC', '2022-02-21'],
      // Regression: an impossible time or offset in ISO 8601 itself was kept as published.
      ['2024-03-07T25:61:00+02:00', '2024-03-07'],
      ['2024-03-07T24:30:00+02:00', '2024-03-07'],
      ['2024-03-07T24:00:00.5Z', '2024-03-07'],
      ['2024-03-07T23:60:00Z', '2024-03-07'],
      ['2024-03-07T23:59:60Z', '2024-03-07'],
      ['2024-03-07T10:00:00+14:30', '2024-03-07'],
      ['2024-03-07T10:00:00-15:00', '2024-03-07'],
      ['2024-03-07T10:00:00+05:60', '2024-03-07'],
      ['2024-03-07 10:00 UTC+15', '2024-03-07'],
      ['March 7, 2024 10:00 GMT+14:30', '2024-03-07'],
    ])('reads %s as %s, with no timestamp', (input, date) => {
      expect(parseDateExpression(input)).toEqual({ date, published: null });
    });

    // Regression: a stamp's time and zone were read past, so `published` stayed null.
    it.each([
      ['Feb. 18, 2022 10:15 AM EST', '2022-02-18', '2022-02-18T10:15:00-05:00'],
      ['18th Feb 2022 at 14:05 (MSK)', '2022-02-18', '2022-02-18T14:05:00+03:00'],
      ['21 Feb 2022 14:05 GMT', '2022-02-21', '2022-02-21T14:05:00+00:00'],
      ['Tue 5 Mar 2024 10.42 GMT', '2024-03-05', '2024-03-05T10:42:00+00:00'],
      ['18.02.2022 14:05:30 (GMT+05:30)', '2022-02-18', '2022-02-18T14:05:30+05:30'],
      // The time first, as AP's and CNN's stamps print it.
      ['11:42 PM EST, Mon February 21, 2022', '2022-02-21', '2022-02-21T23:42:00-05:00'],
      ['11:15 AM GMT, March 3, 2024', '2024-03-03', '2024-03-03T11:15:00+00:00'],
      ['8:12 AM GMT+1, March 7, 2024', '2024-03-07', '2024-03-07T08:12:00+01:00'],
      ['at 10:42 a.m. EDT on June 5, 2024', '2024-06-05', '2024-06-05T10:42:00-04:00'],
      ['12:30 AM UTC, Jan 1, 2024', '2024-01-01', '2024-01-01T00:30:00+00:00'],
      // A page copy may glue the time to the year.
      ['March 7, 20246:41 AM GMT+1', '2024-03-07', '2024-03-07T06:41:00+01:00'],
      // Moscow time was UTC+4 from March 2011 until October 2014.
      ['12 March 2013 10:00 MSK', '2013-03-12', '2013-03-12T10:00:00+04:00'],
      ['26 October 2014 10:00 MSK', '2014-10-26', '2014-10-26T10:00:00+03:00'],
      // Regression: RFC 2822 stamps with a numeric offset were not read at all.
      ['Mon, 21 Feb 2022 23:42:00 +0000', '2022-02-21', '2022-02-21T23:42:00+00:00'],
      ['Mon, 21 Feb 2022 23:42:00 GMT', '2022-02-21', '2022-02-21T23:42:00+00:00'],
      ['21 Feb 2022 23:42:00 +0300', '2022-02-21', '2022-02-21T23:42:00+03:00'],
      ['Fri, 18 Feb 2022 23:30 -0500', '2022-02-18', '2022-02-18T23:30:00-05:00'],
      // "-0000" is UTC with the writer's own zone unknown.
      ['Mon, 21 Feb 2022 23:42:00 -0000', '2022-02-21', '2022-02-21T23:42:00+00:00'],
      ['Feb 21, 2022 11:42 PM -0500', '2022-02-21', '2022-02-21T23:42:00-05:00'],
      // Regression: ISO 8601 dates and times with a space for the `T` gave no timestamp, or no date.
      ['2022-02-21 23:42:00+03:00', '2022-02-21', '2022-02-21T23:42:00+03:00'],
      ['2022-02-21 23:42:00 +0300', '2022-02-21', '2022-02-21T23:42:00+03:00'],
      ['2022-02-21 23:42 UTC', '2022-02-21', '2022-02-21T23:42:00+00:00'],
      ['2022-02-21 23:42:00Z', '2022-02-21', '2022-02-21T23:42:00Z'],
      ['2022-02-21 23:42:00.250+0300', '2022-02-21', '2022-02-21T23:42:00.250+03:00'],
      ['2022-02-21T23:42:00 +03:00', '2022-02-21', '2022-02-21T23:42:00+03:00'],
      ['2022-02-21 23:42 EST', '2022-02-21', '2022-02-21T23:42:00-05:00'],
      ['2024-03-07 23:42 UTC+8', '2024-03-07', '2024-03-07T23:42:00+08:00'],
      // Regression: a dash between spaces before the time was not read.
      ['March 7, 2024 — 11:42 PM JST', '2024-03-07', '2024-03-07T23:42:00+09:00'],
      ['7 March 2024 – 23:42 UTC+8', '2024-03-07', '2024-03-07T23:42:00+08:00'],
      // Regression: a date printed twice with nothing between (for the eye and for screen readers) was not read.
      ['March 7, 2024March 7, 2024 11:42 PM JST', '2024-03-07', '2024-03-07T23:42:00+09:00'],
    ])('reads %s as %s, published %s', (input, date, published) => {
      expect(parseDateExpression(input)).toEqual({ date, published });
    });

    it('keeps a full ISO 8601 timestamp as published, with the date in its own offset', () => {
      expect(parseDateExpression('2022-02-18T23:30:00-05:00')).toEqual({
        date: '2022-02-18',
        published: '2022-02-18T23:30:00-05:00',
      });
      expect(parseDateExpression('2022-02-18T04:30:00Z')?.published).toBe('2022-02-18T04:30:00Z');
      // The edges of what a time and an offset can be: the end of the day (ISO 8601's 24:00), ±14:00.
      for (const edge of ['2024-03-07T24:00:00+01:00', '2024-03-07T24:00Z', '2024-03-07T23:59:59.999+14:00', '2024-03-07T00:00:00-12:00', '2024-03-07T10:00:00-14:00']) {
        expect(parseDateExpression(edge)).toEqual({ date: '2024-03-07', published: edge });
      }
      // Without an offset the timestamp is not complete.
      expect(parseDateExpression('2022-02-18T04:30:00')).toEqual({ date: '2022-02-18', published: null });
    });

    it.each([
      '1920', '13.01', '31.02.2022', '2022-13-01', '02/03/2022', 'February 18', 'in February 18, 2022', 'Sputnik International, 1920, 13.01.2022',
      '18 февраля', 'февраля 18, 2022', '11:15 AM GMT, March 3', '11:15 AM GMT',
      // An offset glued to a time is a span of time, not a zone; an impossible day is no date.
      '18 February 2022, 14:05-14:30', 'Mon, 30 Feb 2022 23:42:00 +0000', '2022-02-30 23:42:00 +0300',
      // A date in prose is not a stamp.
      'logged as Mon, 14 Feb 2022 06:10:00 +0000 in the register',
      // Two different days glued together are no one stamp; a year running into other digits is no date.
      '7 Mar 20248 Mar 2024', 'March 7, 20247',
      // A long run of years is no date, read once per cut (each half is tried as one date, not cut again).
      '2024'.repeat(30), '0'.repeat(120),
    ])(
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
