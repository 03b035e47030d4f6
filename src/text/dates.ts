/**
 * Dates of a day and a month in running text, in the orders news style writes them: "Dec. 31",
 * "December 31st", "31 December", "31 Dec.", "the 31st of December". The diff labels read one
 * date written in two of these ways as the same date.
 */
import { AMBIGUOUS_MONTHS, ENGLISH_MONTHS, MONTH_BY_WORD } from './months.js';

/** A day and a month as written in a text. */
export interface DayAndMonth {
  /** Offsets of the whole date in the text (JavaScript string indices). */
  start: number;
  end: number;
  /** The month's full name, lower case ("december" for "Dec."). */
  month: string;
  /** The day as a figure without its ordinal ending or a leading zero ("31" for "31st"). */
  day: string;
  /** The month word as written, lower case, without its stop ("dec"). */
  monthWord: string;
}

// Longest first, so "sept" is not read as "sep" nor "december" as "dec"; only an abbreviation takes a stop.
const byLength = (a: string, b: string) => b.length - a.length;
const MONTH_WORD = `(?:${ENGLISH_MONTHS.slice().sort(byLength).join('|')}|(?:${[...MONTH_BY_WORD.keys()]
  .filter((word) => MONTH_BY_WORD.get(word) !== word)
  .sort(byLength)
  .join('|')})\\.?)(?![\\p{L}\\p{N}])`;
const DAY = '(?<![\\p{N}.,])[0-9]{1,2}(?:st|nd|rd|th)?(?![\\p{L}\\p{N}])';
/**
 * Month then day ("Dec. 31", "December the 31st"), or day then month ("31 Dec.", "the 31st of
 * December"). A year after the day ("Dec. 31, 2024") is no part of it: it is written the same either way.
 */
const DATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?<monthFirst>${MONTH_WORD})\\s+(?:the\\s+)?(?<dayAfter>${DAY})|(?:the\\s+)?(?<dayFirst>${DAY})(?:\\s+of)?\\s+(?<monthAfter>${MONTH_WORD}))`,
  'giu',
);

/**
 * The dates of a day and a month in `text`, in text order. "May", "March" and "Mar." count only
 * capitalised ("the talks may 5" is none); a day is 1 to 31. Cost: one regular-expression pass.
 */
export function daysAndMonths(text: string): DayAndMonth[] {
  // Most sentences hold no figure at all.
  if (!/[0-9]/.test(text)) return [];
  const found: DayAndMonth[] = [];
  for (const match of text.matchAll(DATE)) {
    const { monthFirst, dayAfter, dayFirst, monthAfter } = match.groups ?? {};
    const written = monthFirst ?? monthAfter;
    const dayWritten = dayAfter ?? dayFirst;
    if (written === undefined || dayWritten === undefined) continue;
    const monthWord = written.toLowerCase().replace(/\.$/, '');
    if (AMBIGUOUS_MONTHS.has(monthWord) && !/^\p{Lu}/u.test(written)) continue;
    const day = String(Number.parseInt(dayWritten, 10));
    if (Number(day) < 1 || Number(day) > 31) continue;
    const month = MONTH_BY_WORD.get(monthWord);
    if (month === undefined) continue;
    found.push({ start: match.index, end: match.index + match[0].length, month, day, monthWord });
  }
  return found;
}
