/**
 * Reading the dates that news pages print: `2022-02-18`, `18.02.2022`,
 * `February 18, 2022`, `18 Feb 2022, 14:05`, `11:15 AM GMT, March 3, 2024`, `18 февраля 2022`,
 * `2022-02-18T14:05:00+03:00`, `2022-02-18 14:05:00 +0300`, `Fri, 18 Feb 2022 14:05:00 +0300`
 * (RFC 2822), and the timestamp of a time with a known zone or offset.
 * Slashed forms (`02/03/2022`) are not read: day and month order is ambiguous.
 */
import { ENGLISH_MONTHS } from '../text/months.js';

/** A date as the text states it. */
export interface StatedDate {
  /** `YYYY-MM-DD`. */
  date: string;
  /** The full ISO 8601 timestamp as written (offset kept), or of a time the text states with a known zone; else `null`. */
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
// A clock time's parts and its zone: an abbreviation ("GMT", "EST", "MSK") or an offset from UTC or GMT
// ("GMT+1", "UTC-05:00"), maybe in brackets, or after a space an offset alone or `Z`, as RFC 2822
// stamps give it ("23:42:00 +0300"; glued to the time, "14:05-14:30" is a span of time). Which
// abbreviations give an offset: see `ZONE_OFFSETS`.
const CLOCK = '(?<hour>\\d{1,2})[:.](?<minute>\\d{2})(?::(?<second>\\d{2}))?(?: ?(?<meridiem>[ap])\\.?m\\.?)?';
const ZONE = '\\(?(?<zone>(?:UTC|GMT) ?[+-]\\d{1,2}(?::?\\d{2})?|[A-Z]{2,5}|(?<= )(?:[+-]\\d{2}:?\\d{2}|Z))\\)?';
// A time after the date, maybe after a bar, a dot or a dash between spaces ("Mar 21 2024 | 1:45 PM IST",
// "March 7, 2024 — 11:42 PM JST"); web page copies may glue it to the year ("March 7, 20246:41 AM GMT+1").
const TIME = `(?:(?:,? (?:at )?| ?[|·•] ?| [-–—] |(?<=\\d{4})(?=\\d{1,2}:))${CLOCK}(?: ?${ZONE})?)?`;

// A time printed before the date, as AP's stamps put it: "11:15 AM GMT, March 3, 2024", "8:12 AM
// GMT+1, March 7, 2024", "at 10:42 a.m. EST on March 5, 2024".
const LEADING_TIME = new RegExp(`^(?:at )?${CLOCK}(?: ${ZONE})?(?: on |,? )`, 'i');

// ISO 8601, and the forms close to it that feeds and CMSs print: a space for the `T`, a space before
// the offset, a zone's name for it ("2022-02-21 23:42:00 +0300", "2022-02-21 23:42 UTC").
const ISO = new RegExp(
  `^(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})(?:(?<sep>[T ])(?<hour>\\d{2}):(?<minute>\\d{2})(?::(?<second>\\d{2})(?<fraction>\\.\\d{1,9})?)?(?<gap> ?)(?:(?<offset>Z|[+-]\\d{2}(?::?\\d{2})?)|${ZONE})?)?$`,
);
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
 * Time-zone abbreviations that name one UTC offset wherever news is written, and that offset. Left
 * out on purpose: those shared by several zones (CST: US Central, China, Cuba; IST: India, Ireland,
 * Israel; BST: British Summer, Bangladesh; PST: US Pacific, Philippines; MST: US Mountain, Malaysia;
 * AST: Atlantic, Arabia), and those naming a zone whose offset follows daylight saving (ET, CT, PT,
 * MT), which a date alone does not settle.
 */
export const ZONE_OFFSETS: Readonly<Record<string, string>> = {
  UTC: '+00:00', GMT: '+00:00', WET: '+00:00', WEST: '+01:00', CET: '+01:00', CEST: '+02:00', EET: '+02:00',
  EEST: '+03:00', MSK: '+03:00', EST: '-05:00', EDT: '-04:00', MDT: '-06:00', PDT: '-07:00', HKT: '+08:00',
  SGT: '+08:00', JST: '+09:00', KST: '+09:00', AEST: '+10:00', AEDT: '+11:00',
};

/** The parts of a stated clock time, as the named groups of `CLOCK`, `ZONE` and `ISO` give them. */
type ClockGroups = Partial<Record<'hour' | 'minute' | 'second' | 'fraction' | 'meridiem' | 'zone', string>>;

/**
 * Reads `s` (trimmed, white space collapsed) as a date, optionally with a time; `null`
 * unless the WHOLE string is a date expression naming a real calendar day. A time with a zone
 * whose offset is known (`ZONE_OFFSETS`, `GMT+1`, `UTC-05:00`, `+0300`, `Z`) also gives `published`,
 * the ISO 8601 timestamp in that offset, seconds `:00` when not stated ("11:42 PM EST, Mon February
 * 21, 2022" → `2022-02-21T23:42:00-05:00`, "2022-02-21 23:42 +0300" → `2022-02-21T23:42:00+03:00`);
 * a timestamp already in ISO 8601 is kept as written. A time without a zone, or with another,
 * gives none; nor does an impossible time (`25:61`, `24:30`, a second past 59) or an offset beyond
 * ±14:00, whose date is still read, as a time without a zone leaves it.
 */
export function parseDateExpression(s: string): StatedDate | null {
  return singleDate(s) ?? gluedRepeat(s);
}

/** {@link parseDateExpression} without reading a date printed twice. */
function singleDate(s: string): StatedDate | null {
  // Every form states a four-digit year; most lines asked about are not dates at all.
  if (!/\d{4}/.test(s)) return null;
  const leading = LEADING_TIME.exec(s);
  if (leading) {
    const rest = statedDay(s.slice(leading[0].length));
    if (!rest) return null;
    // A time on each side of the date is no stamp's form: the date alone is read.
    return { date: rest.date, published: rest.clock ? null : timestamp(rest.date, leading.groups ?? {}) };
  }
  const iso = ISO.exec(s);
  if (iso?.groups) {
    const { year, month, day, sep, gap, offset, zone } = iso.groups;
    const date = calendarDate(year, month, day);
    if (!date) return null;
    // ISO 8601 itself is kept as written, when its time and offset can be; the forms close to it are written out in it.
    if (sep === 'T' && gap === '' && offset !== undefined) {
      const { hour, minute, second, fraction } = iso.groups;
      const possible = possibleTime(Number(hour), Number(minute), Number(second ?? '0'), fraction) && zoneOffset(offset, date) !== null;
      return { date, published: possible ? s : null };
    }
    return { date, published: iso.groups.hour === undefined ? null : timestamp(date, { ...iso.groups, zone: offset ?? zone }) };
  }
  const stated = statedDay(s);
  if (stated) return { date: stated.date, published: stated.clock ? timestamp(stated.date, stated.clock) : null };
  return null;
}

/**
 * A date printed twice with nothing between, as a copy of a page that prints it for the eye and again for
 * screen readers gives it (Al Jazeera's "7 Mar 20247 Mar 2024"): the day both halves state, when they state
 * the same one; else `null`. Tried only when `s` is no date as a whole, so the cut is after a year that
 * runs into another digit or a letter (Latin or Cyrillic, the scripts of the month names read here).
 */
function gluedRepeat(s: string): StatedDate | null {
  for (const glue of s.matchAll(/\d{4}(?=[\dA-Za-zА-яЁё])/g)) {
    const cut = glue.index + 4;
    // Each half is one date: reading halves as glued dates again would try every cut of every half.
    const first = singleDate(s.slice(0, cut));
    const second = first && singleDate(s.slice(cut));
    if (first && second && first.date === second.date) return { date: first.date, published: first.published ?? second.published };
  }
  return null;
}

/** A date in one of the non-ISO forms, and the clock time after it if any. */
function statedDay(s: string): { date: string; clock: ClockGroups | null } | null {
  for (const re of [DOTTED, MONTH_FIRST, DAY_FIRST]) {
    const groups = re.exec(s)?.groups;
    if (!groups) continue;
    const month = groups.month ?? monthNumber(groups.monthName);
    const date = calendarDate(groups.year, month, groups.day);
    return date ? { date, clock: groups.hour === undefined ? null : groups } : null;
  }
  return null;
}

/** The ISO 8601 timestamp of a clock time on `date`, or `null` without a known offset or for an impossible time. */
function timestamp(date: string, clock: ClockGroups): string | null {
  const offset = clock.zone === undefined ? null : zoneOffset(clock.zone, date);
  if (offset === null || clock.hour === undefined || clock.minute === undefined) return null;
  let hour = Number(clock.hour);
  const minute = Number(clock.minute);
  const second = Number(clock.second ?? '0');
  if (clock.meridiem !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (clock.meridiem.toLowerCase() === 'p' ? 12 : 0);
  }
  if (!possibleTime(hour, minute, second, clock.fraction)) return null;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date}T${two(hour)}:${two(minute)}:${two(second)}${clock.fraction ?? ''}${offset}`;
}

/**
 * Whether a clock time can be: hours 0–23, or 24:00:00 (ISO 8601's end of the day), minutes and
 * seconds 0–59. `25:61` is no time, as `02-30` is no day.
 */
function possibleTime(hour: number, minute: number, second: number, fraction = ''): boolean {
  if (hour === 24) return minute === 0 && second === 0 && !/[1-9]/.test(fraction);
  return hour <= 23 && minute <= 59 && second <= 59;
}

/** Zones lie within 14 hours of UTC (Kiribati's +14:00, Baker Island's -12:00). */
const MAX_OFFSET_MINUTES = 14 * 60;

/**
 * The `±HH:MM` offset of a zone as stated on `date` (`Z` as it is), or `null` when it does not name
 * one, or names one beyond ±14:00. RFC 2822's `-0000` (UTC, the writer's own zone unknown) is `+00:00`.
 */
function zoneOffset(zone: string, date: string): string | null {
  const name = zone.toUpperCase().replace(/ /g, '');
  if (name === 'Z') return 'Z';
  const explicit = /^(?:UTC|GMT)?(?<sign>[+-])(?<hours>\d{1,2})(?::?(?<minutes>\d{2}))?$/.exec(name)?.groups;
  if (explicit) {
    const hours = Number(explicit.hours);
    const minutes = Number(explicit.minutes ?? '0');
    if (minutes > 59 || hours * 60 + minutes > MAX_OFFSET_MINUTES) return null;
    const sign = hours === 0 && minutes === 0 ? '+' : explicit.sign;
    return `${sign}${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
  }
  // Moscow time was UTC+4 from 27 March 2011 until 26 October 2014.
  if (name === 'MSK' && date >= '2011-03-27' && date < '2014-10-26') return '+04:00';
  return Object.hasOwn(ZONE_OFFSETS, name) ? ZONE_OFFSETS[name] : null;
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
