/**
 * A number as written, in one form for comparing: thousands separators dropped ("14,000" →
 * "14000") and a decimal part's trailing zeros (ASCII "0") dropped ("10.0" → "10", "2.50" →
 * "2.5"), so that one outlet's "10%" and another's "10.0%" are one number. Three decimals stay as
 * written: "1.000" is a thousand in much of Europe.
 */
export function comparableNumber(written: string): string {
  return written
    .replace(/,(?=\p{N}{3}(?!\p{N}))/gu, '')
    .replace(/^(\p{N}+)\.(\p{N}{1,2})$/u, (_, whole: string, decimals: string) => {
      const kept = decimals.replace(/0+$/, '');
      return kept === '' ? whole : `${whole}.${kept}`;
    });
}

/**
 * Number words and the figure each stands for: news style spells out small numbers ("five") that
 * another outlet prints as figures. "One" is left out: it is as often a pronoun ("one of them").
 */
const NUMBER_WORDS = wordFigures(
  2,
  'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty',
  'thirty forty fifty sixty seventy eighty ninety',
);

/**
 * Words and their figures: `counting` from `first` up by one, then `tens` from thirty up by ten
 * (space-separated lists).
 */
function wordFigures(first: number, counting: string, tens: string): ReadonlyMap<string, string> {
  return new Map([
    ...counting.split(' ').map((word, k): [string, string] => [word, String(first + k)]),
    ...tens.split(' ').map((word, k): [string, string] => [word, String(30 + 10 * k)]),
  ]);
}

/** A hyphen, also the Unicode hyphen and non-breaking hyphen. */
const HYPHEN = /[-\u2010\u2011]/;

const UNITS: ReadonlyMap<string, number> = new Map(
  'one two three four five six seven eight nine'.split(' ').map((word, k): [string, number] => [word, k + 1]),
);
const TENS: ReadonlyMap<string, number> = new Map(
  'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').map((word, k): [string, number] => [word, 20 + 10 * k]),
);

/**
 * The figure a number word stands for, as {@link comparableNumber} writes it ("five" → "5",
 * "twenty-three" → "23"), or `undefined`. Words of a scale ("hundred", "million") are left out:
 * "five million" and "5 million" differ in the figure only.
 */
export function numberWordValue(word: string): string | undefined {
  // News style spells out a number that opens a sentence: "Twenty-three people…" is 23.
  return wordValue(word, NUMBER_WORDS, UNITS);
}

/**
 * The figure of a word in `singles`, or of a tens word and a word of `units` joined by a hyphen
 * ("twenty-three", "twenty-first"); `undefined` for any other word.
 */
function wordValue(word: string, singles: ReadonlyMap<string, string>, units: ReadonlyMap<string, number>): string | undefined {
  const lower = word.toLowerCase();
  const single = singles.get(lower);
  if (single !== undefined || !HYPHEN.test(lower)) return single;
  const [tens, unit, ...rest] = lower.split(HYPHEN);
  const tensValue = TENS.get(tens);
  const unitValue = unit === undefined ? undefined : units.get(unit);
  return rest.length === 0 && tensValue !== undefined && unitValue !== undefined ? String(tensValue + unitValue) : undefined;
}

/** The value of the word a hyphened compound opens, its first two parts first ("twenty-three-year-old"), then its first. */
function leadingValue(word: string, valueOf: (word: string) => string | undefined): string | undefined {
  // Called for every word a diff label reads: most have no hyphen.
  if (!HYPHEN.test(word)) return valueOf(word);
  const parts = word.split(HYPHEN);
  return valueOf(parts.slice(0, 2).join('-')) ?? valueOf(parts[0]);
}

/**
 * The figure of the number word a word opens, joined by hyphens to the rest ("five-year" → "5",
 * "twenty-three-year-old" → "23"), or of the whole word ("twenty-five" → "25"); `undefined` for
 * none. "One" is none, as for {@link numberWordValue}.
 */
export function leadingNumberWordValue(word: string): string | undefined {
  return leadingValue(word, numberWordValue);
}

/**
 * Whether `word` ("one", or a compound it opens: "one-year"), after the word `previous`, is the
 * number one, which a figure 1 on the other side may stand for: not the pronoun of "no one". The
 * one rule for "one" that the scorer's number agreement and the diff labels read.
 */
export function isCountingOne(word: string, previous: string | undefined): boolean {
  return /^one(?:[-\u2010\u2011]|$)/iu.test(word) && previous?.toLowerCase() !== 'no';
}

/** Ordinal words from "first" to "ninetieth" and the figure each stands for: "first" → "1", "twentieth" → "20". */
const ORDINAL_WORDS = wordFigures(
  1,
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth',
  'thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth',
);
const ORDINAL_UNITS: ReadonlyMap<string, number> = new Map(
  'first second third fourth fifth sixth seventh eighth ninth'.split(' ').map((word, k): [string, number] => [word, k + 1]),
);

/**
 * The figure an ordinal word stands for ("first" → "1", "Twenty-first" → "21"), or `undefined`.
 * The diff labels and the scorer's number agreement set it only against an ordinal figure on the
 * other side ("1st"), never a plain one: "first" is as often no rank ("at first").
 */
export function ordinalWordValue(word: string): string | undefined {
  return wordValue(word, ORDINAL_WORDS, ORDINAL_UNITS);
}

/**
 * The figure of the ordinal word a word opens, joined by hyphens to the rest ("first-ever" → "1",
 * "twenty-first-century" → "21"), or of the whole word; `undefined` for none.
 */
export function leadingOrdinalWordValue(word: string): string | undefined {
  return leadingValue(word, ordinalWordValue);
}

/** The English ending of an ordinal figure: "1" → "st", "12" → "th", "22" → "nd". */
export function ordinalSuffix(figure: string): string {
  const tens = Number(figure) % 100;
  if (tens >= 11 && tens <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][tens % 10] ?? 'th';
}

/**
 * The figure of an ordinal written in figures ("1st" → "1", "21ST" → "21"), its ending the right
 * one for the figure ("21th" is none), or `undefined`.
 */
export function ordinalFigureValue(token: string): string | undefined {
  const match = /^(\p{N}+)(st|nd|rd|th)$/iu.exec(token);
  return match && ordinalSuffix(match[1]) === match[2].toLowerCase() ? match[1] : undefined;
}

/** An ordinal word in figures: "first" → "1st", "twenty-second" → "22nd". */
function ordinalFigureOf(word: string): string {
  const value = ordinalWordValue(word);
  return value === undefined ? word : `${value}${ordinalSuffix(value)}`;
}

/**
 * `text` (lower case) with its number words written as figures, also where they open a word
 * joined by hyphens: "twenty-three-year-old" → "23-year-old", "five-year" → "5-year". With
 * `comparing`, for comparing two wordings, also the words that meet a figure only where another
 * outlet printed one in their place: "one" is 1, but for "no one" (a pronoun, "one of them",
 * can only meet another "one"), and an ordinal word is its ordinal figure ("first" → "1st",
 * "twenty-first" → "21st"; "at first" can only meet another "first").
 */
export function numberWordsAsFigures(text: string, comparing = false): string {
  // Ordinals first: the "twenty" of "twenty-first" is no number of its own.
  const ordinals = comparing ? text.replace(ORDINAL_WORD, (word) => ordinalFigureOf(word)) : text;
  return ordinals
    .replace(TENS_AND_UNIT, (pair) => numberWordValue(pair) ?? pair)
    .replace(comparing ? NUMBER_WORD_OR_ONE : NUMBER_WORD, (word) => (word === 'one' ? '1' : (NUMBER_WORDS.get(word) ?? word)));
}
const TENS_AND_UNIT = new RegExp(`\\b(?:${[...TENS.keys()].join('|')})[-\u2010\u2011](?:${[...UNITS.keys()].join('|')})\\b`, 'g');
const NUMBER_WORD = new RegExp(`\\b(?:${[...NUMBER_WORDS.keys()].join('|')})\\b`, 'g');
// The rule of isCountingOne, for a whole text: "one" but in "no one".
const NUMBER_WORD_OR_ONE = new RegExp(`\\b(?:(?<!\\bno[ -])one|${[...NUMBER_WORDS.keys()].join('|')})\\b`, 'g');
// Tens before "first" to "ninth" first ("twenty-first"), else a single ordinal word.
const ORDINAL_WORD = new RegExp(
  `\\b(?:(?:${[...TENS.keys()].join('|')})[-\u2010\u2011](?:${[...ORDINAL_UNITS.keys()].join('|')})|${[...ORDINAL_WORDS.keys()].join('|')})\\b`,
  'g',
);

/** Words of a scale after a number: "five million" and "5 million" are one figure, "five" and "5 million" are not. */
export const SCALE_WORDS: ReadonlySet<string> = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen', 'percent']);
