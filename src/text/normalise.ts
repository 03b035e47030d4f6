import { blankEmphasis, withoutEmphasis } from './emphasis.js';

/**
 * Typography folding for comparison. Every replacement maps one UTF-16 code unit
 * to one code unit, so offsets into the folded string are offsets into the original:
 * callers compare folded text and display the original.
 */

const FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  // TeX-style quotes of wire copy and archives: ``…'' are double quotes (two units for two).
  [/``|''/g, '" '],
  // Quotes and apostrophes: curly, low-9, primes, backtick, guillemets.
  [/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"'],
  // Hyphens and dashes, including the minus sign.
  [/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-'],
  // The dashes of typewriter and wire copy, and TeX's: --- and -- are one dash (a dash and spaces, unit for unit).
  [/---/g, '-  '],
  [/--/g, '- '],
  // Every Unicode space but the plain one (which stays as it is), non-breaking ones included, and
  // tabs/line breaks: what `\s` matches, with U+0020 left out.
  [/[\t\n\v\f\r\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]/g, ' '],
];

/** Any text one of the folds changes: most words, and many sentences, have nothing to fold. */
const FOLDABLE = new RegExp(FOLDS.map(([pattern]) => pattern.source).join('|'));

/**
 * Folds quote, apostrophe, dash (`—`, `–`, `--`) and space variants to their ASCII forms, and blanks
 * out Markdown emphasis marks (`**bold**`, `_italic_`: see `emphasis.ts`), which a copy made from
 * Markdown keeps and another copy lacks; same length as the input.
 */
export function foldTypography(text: string): string {
  return foldCharacters(blankEmphasis(text));
}

function foldCharacters(text: string): string {
  if (!FOLDABLE.test(text)) return text;
  let folded = text;
  for (const [pattern, replacement] of FOLDS) folded = folded.replace(pattern, replacement);
  return folded;
}

/**
 * Folded typography, lower case, single spaces, trimmed: the form used to compare whole sentences.
 * Emphasis marks are dropped, not blanked, so "the *blaze*." and "the blaze." are one form.
 */
export function normaliseForMatching(text: string): string {
  return foldCharacters(withoutEmphasis(text)).toLowerCase().replace(/ +/g, ' ').trim();
}
