import { escapeSequenceUnits } from './controls.js';
import { blankEmphasis, withoutEmphasis } from './emphasis.js';

/**
 * Folding for comparison, in two steps. {@link visibleText} keeps only what a reader sees, in one
 * canonical form: it drops invisible characters and composes decomposed letters, so it may change
 * the length, and says where each of its units comes from. {@link foldTypography} then folds quote,
 * dash and space forms unit for unit, so offsets into its result are offsets into its input.
 * Callers compare folded text and display the original; {@link foldForComparison} is both steps.
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
 * The visible text ({@link visibleText}) with folded typography, lower case, single spaces, trimmed:
 * the form used to compare whole sentences.
 * Emphasis marks are dropped, not blanked, so "the *blaze*." and "the blaze." are one form.
 */
export function normaliseForMatching(text: string): string {
  return foldCharacters(withoutEmphasis(visibleText(text).text)).toLowerCase().replace(/ +/g, ' ').trim();
}

/**
 * Text as a reader sees it, and where each of its UTF-16 units comes from in the original.
 */
export interface VisibleText {
  text: string;
  /**
   * `origin[i]` is the offset in the original where the unit at `i` starts, and
   * `origin[text.length]` is the original's length, so `original.slice(origin[a], origin[b])` is
   * the original of `text.slice(a, b)`. A dropped character belongs to the visible character before
   * it in its word, else to the one after it (so a soft hyphen stays inside its word and a bidi
   * control opening a word goes with that word); the units of a composed letter all start where it
   * does. `null` when nothing was dropped or composed: every offset is kept.
   */
  origin: Int32Array | null;
}

/**
 * Characters that show nothing: Unicode's default-ignorable code points (soft hyphen U+00AD,
 * zero-width space, non-joiner and joiner U+200B–U+200D, left-to-right and right-to-left marks,
 * bidi embeddings, overrides and isolates, word joiner U+2060, invisible operators, variation
 * selectors, the byte-order mark U+FEFF, tags) and control characters other than white space.
 */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/u;
/** A combining mark: dropped where it has no letter to sit on (after white space or at the start). */
const MARK = /\p{M}/u;
/** Hangul vowel and final jamo, which compose with the syllable before them. */
const CONJOINING_JAMO = /[\u1160-\u11FF\uD7B0-\uD7FF]/;
/** White space as the typography folds read it. */
const SPACE = /\s/;
/** Text of only {@link isPlain} characters has nothing to drop or compose: one quick test for most English text. */
const PLAIN = /^[\t\n\v\f\r\u0020-\u007E\u00A0-\u00AC\u00AE-\u00FF\u2010-\u2029\u202F-\u205F]*$/;
/** A combining mark with no letter to sit on. */
const BASELESS_MARK = /(?:^|[\s\u0085])\p{M}/u;
/** Text beyond Latin-1, which NFC may compose (Latin-1 text is always composed). */
const BEYOND_LATIN_1 = /[^\u0000-\u00FF]/;
/** Controls, U+0085 included (it becomes a space): whether there is anything to drop or change but marks and composition. */
const INVISIBLE_OR_CONTROL = /[\p{Default_Ignorable_Code_Point}\u0000-\u0008\u000E-\u001F\u007F-\u009F]/u;

/**
 * `text` with what shows nothing left out — invisible characters (see {@link INVISIBLE}), escape
 * sequences (`ESC[31m`) and combining marks with no letter to sit on — and in Unicode's composed
 * form (NFC), so "É" written as E and U+0301 is the one "É": copies of one article made by different
 * systems differ in exactly these. Typography is left as it is. Cost: one test of `text` when
 * there is nothing to do (nearly always), else a linear pass.
 */
export function visibleText(text: string): VisibleText {
  if (PLAIN.test(text)) return { text, origin: null };
  // Composed by letter (a letter and the marks after it): all of them when the text is not in NFC,
  // else only a letter whose marks an invisible character stood between.
  const composeEvery = BEYOND_LATIN_1.test(text) && text.normalize('NFC') !== text;
  if (!composeEvery && !INVISIBLE_OR_CONTROL.test(text) && !BASELESS_MARK.test(text)) return { text, origin: null };
  const inSequence = escapeSequenceUnits(text);
  const units: string[] = [];
  const origin: number[] = [];
  let letterAt = 0;
  let composeLetter = false;
  const endLetter = () => {
    if (!(composeEvery || composeLetter) || letterAt === units.length) return;
    const letter = units.slice(letterAt).join('');
    const composed = letter.normalize('NFC');
    if (composed === letter) return;
    // Composed, a letter is one piece: each of its units starts where it does.
    const from = origin[letterAt];
    units.length = letterAt;
    origin.length = letterAt;
    for (let k = 0; k < composed.length; k += 1) {
      units.push(composed[k]);
      origin.push(from);
    }
  };
  // Whether the last visible character is white space (or there is none yet): a mark there has no letter,
  // and characters dropped there go with the word after them.
  let afterSpace = true;
  let droppedFrom = -1;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    let joins = false;
    if (inSequence?.[i] || !isPlain(code)) {
      const character = text.slice(i, i + width);
      const mark = MARK.test(character);
      if (inSequence?.[i] || INVISIBLE.test(character) || (afterSpace && mark)) {
        if (afterSpace && droppedFrom < 0) droppedFrom = i;
        // Dropped inside a word, it may have kept a letter from the mark after it.
        if (!afterSpace) composeLetter = true;
        i += width;
        continue;
      }
      joins = mark || CONJOINING_JAMO.test(character);
    }
    if (!joins) {
      endLetter();
      letterAt = units.length;
      composeLetter = false;
    }
    units.push(code === 0x85 ? ' ' : text[i]);
    origin.push(droppedFrom >= 0 ? droppedFrom : i);
    if (width === 2) {
      units.push(text[i + 1]);
      origin.push(i + 1);
    }
    droppedFrom = -1;
    afterSpace = code === 0x85 || SPACE.test(text[i]);
    i += width;
  }
  endLetter();
  origin.push(text.length);
  const visible = units.join('');
  return visible === text ? { text, origin: null } : { text: visible, origin: Int32Array.from(origin) };
}

/**
 * Whether a character is visible as it is and composes with nothing before it: ASCII, Latin-1 but
 * the soft hyphen, general punctuation but its invisible characters (most of any English text).
 */
function isPlain(code: number): boolean {
  return (
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0xa0 && code <= 0xff && code !== 0xad) ||
    (code >= 0x09 && code <= 0x0d) ||
    (code >= 0x2010 && code <= 0x2029) ||
    (code >= 0x202f && code <= 0x205f)
  );
}

/** Typography folded on the visible text ({@link visibleText}, then {@link foldTypography}): how words are compared. */
export function foldForComparison(text: string): string {
  return foldTypography(visibleText(text).text);
}
