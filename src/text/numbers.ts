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
const NUMBER_WORDS: ReadonlyMap<string, string> = new Map(
  [
    ...'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
      .split(' ')
      .map((word, k): [string, number] => [word, k + 2]),
    ...'thirty forty fifty sixty seventy eighty ninety'.split(' ').map((word, k): [string, number] => [word, 30 + 10 * k]),
  ].map(([word, value]) => [word, String(value)]),
);

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
  const lower = word.toLowerCase();
  const single = NUMBER_WORDS.get(lower);
  if (single !== undefined || !HYPHEN.test(lower)) return single;
  // News style spells out a number that opens a sentence: "Twenty-three people…" is 23.
  const [tens, unit, ...rest] = lower.split(HYPHEN);
  const tensValue = TENS.get(tens);
  const unitValue = unit === undefined ? undefined : UNITS.get(unit);
  return rest.length === 0 && tensValue !== undefined && unitValue !== undefined ? String(tensValue + unitValue) : undefined;
}

/**
 * The figure of the number word a word opens, joined by hyphens to the rest ("five-year" → "5",
 * "twenty-three-year-old" → "23"), or of the whole word ("twenty-five" → "25"); `undefined` for
 * none. "One" is none, as for {@link numberWordValue}.
 */
export function leadingNumberWordValue(word: string): string | undefined {
  // Called for every word a diff label reads: most have no hyphen.
  if (!HYPHEN.test(word)) return numberWordValue(word);
  const parts = word.split(HYPHEN);
  return numberWordValue(parts.slice(0, 2).join('-')) ?? (parts.length > 1 ? numberWordValue(parts[0]) : undefined);
}

/**
 * Whether `word` ("one", or a compound it opens: "one-year"), after the word `previous`, is the
 * number one, which a figure 1 on the other side may stand for: not the pronoun of "no one". The
 * one rule for "one" that the scorer's number agreement and the diff labels read.
 */
export function isCountingOne(word: string, previous: string | undefined): boolean {
  return /^one(?:[-\u2010\u2011]|$)/iu.test(word) && previous?.toLowerCase() !== 'no';
}

/**
 * `text` (lower case) with its number words written as figures, also where they open a word
 * joined by hyphens: "twenty-three-year-old" → "23-year-old", "five-year" → "5-year". With
 * `withOne`, "one" is 1 too, but for "no one": for comparing two wordings, where a pronoun ("one
 * of them") can only meet another "one", never a figure another outlet printed in its place.
 */
export function numberWordsAsFigures(text: string, withOne = false): string {
  return text
    .replace(TENS_AND_UNIT, (pair) => numberWordValue(pair) ?? pair)
    .replace(withOne ? NUMBER_WORD_OR_ONE : NUMBER_WORD, (word) => (word === 'one' ? '1' : (NUMBER_WORDS.get(word) ?? word)));
}
const TENS_AND_UNIT = new RegExp(`\\b(?:${[...TENS.keys()].join('|')})[-\u2010\u2011](?:${[...UNITS.keys()].join('|')})\\b`, 'g');
const NUMBER_WORD = new RegExp(`\\b(?:${[...NUMBER_WORDS.keys()].join('|')})\\b`, 'g');
// The rule of isCountingOne, for a whole text: "one" but in "no one".
const NUMBER_WORD_OR_ONE = new RegExp(`\\b(?:(?<!\\bno[ -])one|${[...NUMBER_WORDS.keys()].join('|')})\\b`, 'g');

/** Words of a scale after a number: "five million" and "5 million" are one figure, "five" and "5 million" are not. */
export const SCALE_WORDS: ReadonlySet<string> = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen', 'percent']);
