/**
 * Reading the dates that news pages print: `2022-02-18`, `18.02.2022`,
 * `February 18, 2022`, `18 Feb 2022, 14:05`, `11:15 AM GMT, March 3, 2024`, `18 февраля 2022`,
 * `2022-02-18T14:05:00+03:00`.
 * Slashed forms (`02/03/2022`) are not read: day and month order is ambiguous.
 */
import { ENGLISH_MONTHS } from '../text/months.js';

/** A date as the text states it. */
export interface StatedDate {
  /** `YYYY-MM-DD`. */
  date: string;
  /** The full ISO 8601 timestamp as written (offset kept), when the text gives one; else `null`. */
  published: string | null;
}

/** Three-letter month abbreviations, January first: what `monthNumber` matches a name by. */
const MONTHS: readonly string[] = ENGLISH_MONTHS.map((month) => month.slice(0, 3));

/**
 * Russian month names in the genitive, as dates print them (`18 февраля`), January first.
 * Always after the day, so they appear only in day-first patterns.
 */
export const RUSSIAN_MONTHS = [
  'января', 'февраля', 'марта', 'апреля', 'мая', 'июня',
  'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря',
] as const;

/**
 * The Russian genitive month names and their three-letter abbreviations (`3 мар`, as RIA Novosti's
 * datelines print them), for regular expressions (use the `u` and `i` flags).
 */
export const RUSSIAN_MONTH_NAME = `(?:${RUSSIAN_MONTHS.join('|')}|${RUSSIAN_MONTHS.map((name) => name.slice(0, 3)).join('|')})`;

/** English month names and their usual abbreviations (`Sept.`, `Feb`), for regular expressions. */
export const MONTH_NAME =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

const WEEKDAY = '(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\\.?,? )?';
// A time after the date; web page copies may glue it to the year ("March 7, 20246:41 AM GMT+1").
const TIME =
  '(?:(?:,? (?:at )?\\d{1,2}[:.]|(?<=\\d{4})\\d{1,2}:)\\d{2}(?::\\d{2})?(?: ?[ap]\\.?m\\.?)?(?: ?\\(?(?:[A-Z]{2,5}|(?:UTC|GMT) ?[+-]\\d{1,2}(?::?\\d{2})?)\\)?)?)?';

// A time printed before the date, as AP's stamps put it: "11:15 AM GMT, March 3, 2024", "8:12 AM
// GMT+1, March 7, 2024".
const LEADING_TIME = /^\d{1,2}[:.]\d{2}(?::\d{2})?(?: ?[ap]\.?m\.?)?(?: \(?(?:(?:UTC|GMT) ?[+-]\d{1,2}(?::?\d{2})?|[A-Z]{2,5})\)?)?,? /i;

const ISO =
  /^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})(?:(?<sep>[T ])\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?<zone>Z|[+-]\d{2}(?::?\d{2})?)?)?$/;
const DOTTED = new RegExp(`^${WEEKDAY}(?<day>\\d{1,2})\\.(?<month>\\d{1,2})\\.(?<year>\\d{4})${TIME}$`, 'i');
const MONTH_FIRST = new RegExp(
  `^${WEEKDAY}(?<monthName>${MONTH_NAME}) (?<day>\\d{1,2})(?:st|nd|rd|th)?,? (?<year>\\d{4})${TIME}$`,
  'i',
);
// "18 февраля 2022 года" / "18 февраля 2022 г.": the Russian word for "year" may follow.
const DAY_FIRST = new RegExp(
  `^${WEEKDAY}(?<day>\\d{1,2})(?:st|nd|rd|th)? (?<monthName>${MONTH_NAME}|${RUSSIAN_MONTH_NAME}),? (?<year>\\d{4})(?: (?:года|г\\.))?${TIME}$`,
  'iu',
);

/**
 * Reads `s` (trimmed, white space collapsed) as a date, optionally with a time; `null`
 * unless the WHOLE string is a date expression naming a real calendar day.
 */
export function parseDateExpression(s: string): StatedDate | null {
  // Every form states a four-digit year; most lines asked about are not dates at all.
  if (!/\d{4}/.test(s)) return null;
  const afterTime = LEADING_TIME.exec(s);
  if (afterTime) return parseDateExpression(s.slice(afterTime[0].length));
  const iso = ISO.exec(s);
  if (iso?.groups) {
    const { year, month, day, sep, zone } = iso.groups;
    const date = calendarDate(year, month, day);
    if (!date) return null;
    return { date, published: sep === 'T' && zone ? s : null };
  }
  for (const re of [DOTTED, MONTH_FIRST, DAY_FIRST]) {
    const groups = re.exec(s)?.groups;
    if (!groups) continue;
    const month = groups.month ?? monthNumber(groups.monthName);
    const date = calendarDate(groups.year, month, groups.day);
    return date ? { date, published: null } : null;
  }
  return null;
}

/**
 * The month number (`'2'`) of an English month name or abbreviation, or of a Russian
 * genitive month name or its three-letter abbreviation; else `undefined`.
 */
export function monthNumber(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const lower = name.toLowerCase();
  const russian = RUSSIAN_MONTHS.findIndex((month) => month === lower || month.slice(0, 3) === lower);
  if (russian >= 0) return String(russian + 1);
  const index = MONTHS.indexOf(lower.slice(0, 3));
  return index < 0 ? undefined : String(index + 1);
}

/** `YYYY-MM-DD` when year, month and day name a real day (1000–2999), else `null`. */
export function calendarDate(
  year: string | undefined,
  month: string | undefined,
  day: string | undefined,
): string | null {
  if (!year || !month || !day) return null;
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (!Number.isInteger(y) || y < 1000 || y > 2999) return null;
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return null;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
