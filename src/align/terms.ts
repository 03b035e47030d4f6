import { stemmer } from 'stemmer';
import { foldForComparison, foldTypography, visibleText } from '../text/normalise.js';
import { comparableNumber, numberWordValue } from '../text/numbers.js';
import { STOPWORDS } from './stopwords.js';
import { irregularBase } from './tables.js';

/**
 * A word: numbers with inner separators ("14,000", "2.5") first, else letters and digits of any
 * script with inner apostrophes ("Russia's"); hyphens separate words. The one word rule of the
 * scorer and of the aligner's term counts.
 */
export const WORD = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}]+)*/gu;
const LATIN_WORD = /^[a-z]+$/;
/** Words repeat across sentences; the cache is cleared when full so memory stays bounded. */
const termCache = new Map<string, string | null>();
const TERM_CACHE_LIMIT = 100_000;

/**
 * The term of a word with letters a–z only: a number word's figure ("five" is "5", as written in
 * figures), else its base word if irregular, stemmed; `null` for a function word.
 */
function termOfLatinWord(word: string): string | null {
  const figure = numberWordValue(word);
  if (figure !== undefined) return figure;
  const base = irregularBase(word) ?? word;
  // "told" is a function word of reporting, "tell" is not: the form is asked first.
  return STOPWORDS.has(base) ? null : stemmer(base);
}

/**
 * The term of a word already folded and lower-cased: possessive dropped, Latin-script words
 * read as their base word when irregular and stemmed; `undefined` for a function word. Cached:
 * the hot path of every scorer.
 */
export function termOfLowerWord(lower: string): string | undefined {
  let term = termCache.get(lower);
  if (term === undefined) {
    if (termCache.size >= TERM_CACHE_LIMIT) termCache.clear();
    // "14,000" and "14000" are one number, as are "10.0" and "10".
    const word = /^\p{N}/u.test(lower) ? comparableNumber(lower) : lower.replace(/'s?$/, '');
    term = word.length === 0 || STOPWORDS.has(word) ? null : LATIN_WORD.test(word) ? termOfLatinWord(word) : word;
    termCache.set(lower, term);
  }
  return term ?? undefined;
}

/** The term a single word becomes (lower-cased, possessive dropped, irregular forms read as their base, stemmed), or `undefined` for a function word. */
export function termOf(word: string): string | undefined {
  return termOfLowerWord(foldForComparison(word).toLowerCase());
}

/** A content term and the UTF-16 offset of its word in the text. */
export interface LocatedTerm {
  term: string;
  start: number;
}

/**
 * The content terms of a sentence with the offset of each word, in text order: words that are
 * not function words, folded, lower-cased, possessive `'s` dropped and Latin-script words reduced
 * to their Porter stem (irregular forms to their base word's), so that "deteriorated" meets
 * "deteriorate", "bought" meets "buy" and "Russia's" meets "Russia".
 * Numbers are read as `comparableNumber` gives them ("14,000" as "14000", "10.0" as "10").
 */
export function locatedTerms(text: string): LocatedTerm[] {
  const terms: LocatedTerm[] = [];
  // Words are read in the visible text, whose offsets lead back to the original; typography folding
  // keeps offsets, and lower-casing word by word keeps them too.
  const { text: visible, origin } = visibleText(text);
  for (const match of foldTypography(visible).matchAll(WORD)) {
    const term = termOfLowerWord(match[0].toLowerCase());
    if (term !== undefined) terms.push({ term, start: origin === null ? match.index : origin[match.index] });
  }
  return terms;
}

/** Length of the common prefix of two strings. */
function commonPrefixLength(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let length = 0;
  while (length < limit && a.charCodeAt(length) === b.charCodeAt(length)) length += 1;
  return length;
}

/**
 * Whether two different terms are forms of one word that the stemmer left apart
 * ("russia"/"russian", "focu"/"focus", "donba"/"donbass", "defens"/"defenc"): one is a prefix
 * of the other (four letters at least), or they share a prefix of at least five letters that
 * covers most of the shorter term. Numbers never match this way.
 */
export function isRelatedForm(a: string, b: string): boolean {
  if (a === b) return true;
  // Both rules need a shared prefix of four letters or more; checked first, as most pairs fail it.
  const prefix = commonPrefixLength(a, b);
  if (prefix < 4) return false;
  if (/\d/.test(a) || /\d/.test(b)) return false;
  const shorter = Math.min(a.length, b.length);
  if (prefix === shorter) return true;
  return prefix >= 5 && prefix >= 0.7 * shorter;
}
