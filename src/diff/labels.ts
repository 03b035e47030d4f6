/**
 * Labels the changes of a word diff (what kind of difference each removed/added run is) and
 * sums a group's runs up in a verdict. Pure functions over {@link DiffRun}s from `diffWording`.
 */
import type { DiffRun, RunLabel, Verdict } from '../types.js';
import { AMBIGUOUS_MONTHS, ENGLISH_WEEKDAYS, MONTH_BY_WORD } from '../text/months.js';
import {
  comparableNumber,
  isCountingOne,
  leadingNumberWordValue,
  leadingOrdinalWordValue,
  numberWordsAsFigures,
  numberWordValue,
  ordinalFigureValue,
  ordinalSuffix,
  ordinalWordValue,
  SCALE_WORDS,
} from '../text/numbers.js';
import { daysAndMonths, type DayAndMonth } from '../text/dates.js';
import { isAbbreviationOf } from '../segment/abbreviations.js';
import { isKnownSpellingPair, pairKey } from '../text/spellings.js';
import { foldTypography, visibleText } from '../text/normalise.js';
import { TERMINAL_MARKS } from '../text/punctuation.js';
import { isRelatedForm, termOf, termOfLowerWord, WORD } from '../align/terms.js';
import { wordnetSynonyms } from '../align/tables.js';
import { attributionSpans } from '../align/attribution.js';

export type { RunLabel, Verdict };

/** A diff run with its label (equal runs have none). */
export type LabelledRun = DiffRun;

/**
 * Translation variants the WordNet table misses (Porter stems): the same Russian word rendered
 * differently by two outlets, e.g. "ухудшаться" as deteriorate / degrade.
 */
const TRANSLATION_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['deterior', 'degrad'],
  ['spokeswoman', 'spokesperson'],
  ['spokesman', 'spokesperson'],
];

const WEEKDAYS: ReadonlySet<string> = new Set(ENGLISH_WEEKDAYS);
/** Words that put a month in a date: `in May`, `since March`, `early May`. */
const BEFORE_MONTH = new Set(
  `in on of since until till by from to through last next early late mid this before after during between`.split(' '),
);

/**
 * Possibility modals, which the stemmer sets aside as function words and WordNet does not list:
 * one Russian "могут" is rendered "may", "might", "can" or "could" by different outlets.
 */
const MODALS = new Set(['may', 'might', 'can', 'could']);

/** Letters that decompose to no base letter, and their plain spellings. */
const PLAIN_LETTERS: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', ı: 'i', þ: 'th', ð: 'd' };

/** Label precedence, lowest (least substantive) first: a block takes the highest label among its word pairs. */
const LEXICAL_ORDER: readonly RunLabel[] = ['cosmetic', 'spelling', 'inflection', 'compounding', 'synonym'];

const TRANSLATION_SET = new Set(TRANSLATION_PAIRS.map(([a, b]) => pairKey(a, b)));

/**
 * A word token: an ordinal in figures ("21st"), numbers with inner separators, or letters/digits
 * joined by apostrophes and hyphens.
 */
const TOKEN = /\p{N}+(?:[sS][tT]|[nN][dD]|[rR][dD]|[tT][hH])(?![\p{L}\p{M}\p{N}])|\p{N}+(?:[.,]\p{N}+)*(?:-\p{N}+)*|[\p{L}\p{M}\p{N}]+(?:['-][\p{L}\p{M}\p{N}]+)*/gu;
const NUMBER = /\p{N}+(?:[.,]\p{N}+)*/gu;
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * Labelling reads the same two sentences once per change block; what it reads of a text is
 * kept for the last few texts seen (bounded, so memory stays flat over a long comparison).
 */
const CACHE_LIMIT = 2048;
interface TextReading {
  folded: string;
  matches: RegExpExecArray[];
  /** Its content terms, worked out when first asked (most texts read are only tokenised). */
  contentTerms?: string[];
  /** What each token names ({@link tokenEntity}), worked out when a change block first asks. */
  entities?: TokenEntity[];
}

/** What one token of a text contributes to {@link entitiesIn}. */
interface TokenEntity {
  numbers: string[];
  date: string | undefined;
  isName: boolean;
}

const readings = new Map<string, TextReading>();

function readingOf(text: string): TextReading {
  let reading = readings.get(text);
  if (!reading) {
    if (readings.size >= CACHE_LIMIT) readings.delete(readings.keys().next().value as string);
    const folded = foldTypography(text);
    reading = { folded, matches: [...folded.matchAll(TOKEN)] };
    readings.set(text, reading);
  }
  return reading;
}

const WORD_PART = /[\p{L}\p{M}\p{N}'-]/u;

/**
 * The letters, digits, apostrophes and hyphens just before `at`, and a point or comma between two
 * digits, so a change inside a number ("2.5[-0-]") is judged on the whole number (scanning back: a
 * `…*$` regex on the prefix costs the prefix's length squared).
 */
function wordPartBefore(text: string, at: number): string {
  let from = at;
  while (from > 0 && (WORD_PART.test(text[from - 1]) || isSeparatorInNumber(text, from - 1))) from -= 1;
  return text.slice(from, at);
}

function isSeparatorInNumber(text: string, at: number): boolean {
  return (text[at] === '.' || text[at] === ',') && DIGIT.test(text[at - 1] ?? '') && DIGIT.test(text[at + 1] ?? '');
}
const DIGIT = /\p{N}/u;
/** The word part after a change block: as {@link wordPartBefore}, forwards. */
const WORD_PART_AFTER = /^(?:[\p{L}\p{M}\p{N}'-]|(?<=\p{N})[.,](?=\p{N}))*/u;

function tokens(text: string): string[] {
  return readingOf(text).matches.map((match) => match[0]);
}

/** Lower case, typography folded, punctuation gone; hyphens kept only inside words. */
function cosmeticForm(text: string): string {
  return foldTypography(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s-]/gu, '')
    .replace(/(?<![\p{L}\p{M}\p{N}])-|-(?![\p{L}\p{M}\p{N}])/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Short forms written out, so that one wording in two styles reads the same: contractions ("won't"
 * is "will not", "doesn't" is "does not"; "'s" and "'d" stay, as each stands for two words), the
 * percent sign ("3.2%", "3.2 per cent" and "3.2 percent" are one figure: wire services differ) and
 * number words as figures, also opening a compound ("twenty-three-year-old" is "23-year-old",
 * "five-year" is "5-year"). Both sides of a change are compared so, and "one" is read as 1 here
 * only: against the other side's "1" in its place it was a number, while as a pronoun ("no one",
 * "one of them") it meets no figure.
 */
function writtenOut(text: string): string {
  let out = foldTypography(text).toLowerCase();
  for (const [short, full] of SHORT_FORMS) out = out.replace(short, full);
  return numberWordsAsFigures(out, true);
}
const SHORT_FORMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bwon't\b/g, 'will not'],
  [/\bshan't\b/g, 'shall not'],
  [/\bcan(?:'t|not)\b/g, 'can not'],
  [/n't\b/g, ' not'],
  [/'ll\b/g, ' will'],
  [/'re\b/g, ' are'],
  [/'ve\b/g, ' have'],
  [/\bi'm\b/g, 'i am'],
  [/\s*%/g, ' percent'],
  [/\bper cent\b/g, 'percent'],
];

/**
 * Whether two texts have the same letters and digits, case aside: what {@link cosmeticForm} keeps
 * of a text's letters, so texts whose cosmetic forms agree always pass. Most change blocks are not
 * cosmetic, and this one pass tells them apart without folding typography. The final sigma's form
 * depends on the characters around it, which cosmeticForm changes: both forms count as one.
 */
function sameLetters(a: string, b: string): boolean {
  const letters = (text: string) => text.toLowerCase().replace(NOT_LETTER_OR_DIGIT, '').replace(/ς/g, 'σ');
  return letters(a) === letters(b);
}
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{M}\p{N}]+/gu;

/** The term of a token; hyphenated compounds are stemmed as one word without their hyphens. */
function termOfToken(token: string): string | undefined {
  return termOf(token.replace(/-/g, ''));
}

/** Multiset difference: the items of `a` left after taking away one of `b` for each. */
function without(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const item of b) left.set(item, (left.get(item) ?? 0) + 1);
  return a.filter((item) => {
    const count = left.get(item) ?? 0;
    if (count === 0) return true;
    left.set(item, count - 1);
    return false;
  });
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** UK → US spelling, so "organise"/"organize", "colour"/"color", "travelled"/"traveled" meet. */
function usSpelling(word: string): string {
  return word
    .replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1')
    .replace(/our(s|ed|ing|ful|ite|ites)?$/, 'or$1')
    .replace(/ence(s)?$/, 'ense$1')
    .replace(/tre(s)?$/, 'ter$1')
    .replace(/ogue(s)?$/, 'og$1')
    .replace(/([lmp])\1(ed|ing|er|ers)$/, '$1$2');
}

/** A lower-case word without its diacritics: `café` → `cafe`, `Zoë` → `zoe`, `Straße` → `strasse`. */
function withoutDiacritics(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæœøđłıþð]/g, (letter) => PLAIN_LETTERS[letter] ?? letter);
}

/** German umlauts spelled out (`Müller` → `mueller`), as German names are written without them. */
function umlautsSpelledOut(word: string): string {
  return withoutDiacritics(word.normalize('NFC').replace(/[äöü]/g, (letter) => `${withoutDiacritics(letter)}e`));
}

/**
 * A lower-case word's spellings that {@link isSpellingVariant} compares: a name is checked
 * against every changed word of its pair, so each word's forms are worked out once (bounded).
 */
function spellingForms(word: string): { plain: string; umlauts: string; us: string } {
  let forms = spellingFormCache.get(word);
  if (forms === undefined) {
    if (spellingFormCache.size >= CACHE_LIMIT) spellingFormCache.clear();
    forms = { plain: withoutDiacritics(word), umlauts: umlautsSpelledOut(word), us: usSpelling(word) };
    spellingFormCache.set(word, forms);
  }
  return forms;
}
const spellingFormCache = new Map<string, { plain: string; umlauts: string; us: string }>();

/**
 * Same word spelled or transliterated differently: a known pair, diacritics added or dropped
 * (`café`/`cafe`, `Müller`/`Mueller`), a month and its abbreviation (`Dec.`/`December`), a title
 * or word and its abbreviation in the splitter's table (`Gov.`/`Governor`), a UK/US variant, or
 * close in characters with the same first and last letter and neither word
 * containing the other (so "deteriorate"/"deteriorated" is inflection and
 * "de-escalation"/"escalation" is neither).
 */
function isSpellingVariant(a: string, b: string): boolean {
  const x = a.toLowerCase().replace(/'s$/, '');
  const y = b.toLowerCase().replace(/'s$/, '');
  if (x === y) return true;
  if (isKnownSpellingPair(x, y)) return true;
  const formsOfX = spellingForms(x);
  const formsOfY = spellingForms(y);
  if (formsOfX.plain === formsOfY.plain || formsOfX.umlauts === formsOfY.umlauts) return true;
  if (MONTH_BY_WORD.has(x) && MONTH_BY_WORD.get(x) === MONTH_BY_WORD.get(y)) return true;
  if (isAbbreviationOf(x, y)) return true;
  if (/\d/.test(x) || /\d/.test(y)) return false;
  if (formsOfX.us === formsOfY.us) return true;
  if (x.length <= 3 || y.length <= 3 || x.includes(y) || y.includes(x)) return false;
  if (x[0] !== y[0] || x[x.length - 1] !== y[y.length - 1]) return false;
  return 1 - levenshtein(x, y) / Math.max(x.length, y.length) >= 0.75;
}

function isInflection(a: string, b: string): boolean {
  const x = termOfToken(a);
  const y = termOfToken(b);
  return x !== undefined && y !== undefined && !/\d/.test(x + y) && isRelatedForm(x, y);
}

function isSynonym(a: string, b: string): boolean {
  if (MODALS.has(a.toLowerCase()) && MODALS.has(b.toLowerCase())) return true;
  const x = termOfToken(a);
  const y = termOfToken(b);
  if (x === undefined || y === undefined) return false;
  return TRANSLATION_SET.has(pairKey(x, y)) || wordnetSynonyms().areSynonyms(x, y);
}

/** The lowest lexical label that relates `a` and `b`, if any. */
function wordPairLabel(a: string, b: string): RunLabel | undefined {
  if (a.toLowerCase() === b.toLowerCase()) return 'cosmetic';
  // One number written two ways: "14,000"/"14000", "10"/"10.0", "5"/"five", "1st"/"first"; "one" against a figure is 1 (see writtenOut).
  const figure = (word: string) => {
    if (word.toLowerCase() === 'one') return '1';
    const ordinal = ordinalWordValue(word);
    return ordinal !== undefined ? `${ordinal}${ordinalSuffix(ordinal)}` : (numberWordValue(word) ?? comparableNumber(word));
  };
  if ((/^\p{N}/u.test(a) || /^\p{N}/u.test(b)) && figure(a) === figure(b)) return 'cosmetic';
  if (isSpellingVariant(a, b)) return 'spelling';
  if (isInflection(a, b)) return 'inflection';
  if (a.includes('-') || b.includes('-')) {
    const parts = (word: string) => word.toLowerCase().split('-').filter((part) => part !== 'and');
    if (parts(a).join(' ') === parts(b).join(' ')) return 'compounding';
  }
  if (isSynonym(a, b)) return 'synonym';
  return undefined;
}

function higher(a: RunLabel, b: RunLabel): RunLabel {
  return LEXICAL_ORDER.indexOf(a) >= LEXICAL_ORDER.indexOf(b) ? a : b;
}

/** A capitalised word that names something, with sentence-initial common words left out. */
function isNameAt(text: string, start: number, token: string): boolean {
  if (!/^\p{Lu}/u.test(token)) return false;
  if (termOfToken(token) === undefined) return false;
  if (/^\p{Lu}{2,}/u.test(token)) return true;
  // The character before the token, past spaces, quotes, brackets and dashes (scanning back:
  // a `…+$` regex on the prefix would cost the prefix's length for every token).
  let at = start - 1;
  while (at >= 0 && OPENING_PUNCTUATION.test(text[at])) at -= 1;
  return at >= 0 && !SENTENCE_OR_CLAUSE_END.test(text[at]);
}
/** A capitalised word after a sentence's final mark (any script's) or a colon opens a sentence, so is no name by its case. */
const SENTENCE_OR_CLAUSE_END = new RegExp(`[${TERMINAL_MARKS}:：]`, 'u');
const OPENING_PUNCTUATION = /[\s"'()[\]\u201C\u201D\u2018\u2019\u00AB\u00BB-]/u;

/**
 * The month (its full name) or weekday that the `k`th token of a text names, if any. "May",
 * "March" and "Mar." are also common words: they name a month only when capitalised and next to
 * a number (`May 9`, `9 May`) or after a word that sets a date (`in May`, `since March`), so
 * "the talks may resume" and "Theresa May" name none.
 */
function dateWordAt(folded: string, matches: readonly RegExpExecArray[], k: number): string | undefined {
  const word = matches[k][0];
  const lower = word.toLowerCase();
  if (WEEKDAYS.has(lower)) return lower;
  const month = MONTH_BY_WORD.get(lower);
  if (month === undefined || !AMBIGUOUS_MONTHS.has(lower)) return month;
  if (!/^\p{Lu}/u.test(word)) return undefined;
  const before = matches[k - 1];
  const after = matches[k + 1];
  const adjacent = (a: RegExpExecArray, b: RegExpExecArray) => /^[\s.]*$/.test(folded.slice(a.index + a[0].length, b.index));
  const isNumber = (token: RegExpExecArray | undefined) => token !== undefined && /^\p{N}/u.test(token[0]);
  if (after && isNumber(after) && adjacent(matches[k], after)) return month;
  if (before && adjacent(before, matches[k]) && (isNumber(before) || BEFORE_MONTH.has(before[0].toLowerCase()))) return month;
  return undefined;
}

/**
 * A list marker opening a sentence, with the space after it (`- `, `• `, `1. `, `2) `, `(a) `):
 * layout, not wording, so "- Foreign agents" and "1. Foreign agents" say the same.
 */
const LIST_MARKER = /^\s*(?:[-\u2013\u2014\u2022\u2023\u2043\u2219\u25AA\u25E6\u00B7*+]|\(?(?:\p{N}{1,3}|\p{Ll})[.)])\s+/u;

/** Where a text's list marker ends (0 without one). */
function listMarkerEnd(text: string): number {
  return LIST_MARKER.exec(text)?.[0].length ?? 0;
}

/** The names, numbers and month or weekday names (lower case, months in full) among the words of `text[from, to)`; a list marker's number is none. */
function entitiesIn(text: string, from: number, to: number): { names: string[]; numbers: string[]; dates: string[] } {
  const names: string[] = [];
  const numbers: string[] = [];
  const dates: string[] = [];
  const reading = readingOf(text);
  const { folded, matches } = reading;
  const marker = listMarkerEnd(folded);
  // A text is asked once per change block: each token is read once.
  const entities = (reading.entities ??= matches.map((match, k) => tokenEntity(folded, matches, k)));
  matches.forEach((match, k) => {
    const end = match.index + match[0].length;
    if (end <= from || match.index >= to || match.index < marker) return;
    const entity = entities[k];
    numbers.push(...entity.numbers);
    if (entity.date !== undefined) dates.push(entity.date);
    else if (entity.isName) names.push(match[0]);
  });
  return { names, numbers, dates };
}

function tokenEntity(folded: string, matches: readonly RegExpExecArray[], k: number): TokenEntity {
  const match = matches[k];
  const numbers = Array.from(match[0].matchAll(NUMBER), (number) => comparableNumber(number[0]));
  // A number word is its figure ("five" is 5, "twenty-five" 25), also opening a compound ("five-year").
  const figure = leadingNumberWordValue(match[0]);
  if (figure !== undefined) numbers.push(figure);
  const date = dateWordAt(folded, matches, k);
  return { numbers, date, isName: date === undefined && isNameAt(folded, match.index, match[0]) };
}

/**
 * Whether `text` has the word, number or month `token`: an ordinal figure ("21st") holds its
 * number (21), a month's abbreviation ("Dec.") its month ("december").
 */
function hasToken(text: string, token: string): boolean {
  const lower = token.toLowerCase();
  return tokens(text).some((other) => {
    const otherLower = other.toLowerCase();
    return otherLower === lower || MONTH_BY_WORD.get(otherLower) === lower || comparableNumber(other.replace(ORDINAL_ENDING, '')) === lower;
  });
}
const ORDINAL_ENDING = /(?<=^\p{N}+)(?:st|nd|rd|th)$/iu;

interface Located {
  run: DiffRun;
  /** Offsets in the reference text (equal and removed runs) or the member text (equal and added runs). */
  start: number;
  end: number;
}

interface Block {
  /** Indices into the runs array. */
  indices: number[];
  refStart: number;
  refEnd: number;
  memStart: number;
  memEnd: number;
}

/**
 * Whether every term finds its own partner in `pool`: the same term, a related form or a
 * synonym ("policy of enlargement" / "expansion policy" moved and reworded).
 */
function coveredBy(terms: readonly string[], pool: readonly string[]): boolean {
  const left = [...pool];
  const partners: Array<(a: string, b: string) => boolean> = [
    (a, b) => a === b,
    (a, b) => isRelatedForm(a, b) || TRANSLATION_SET.has(pairKey(a, b)) || wordnetSynonyms().areSynonyms(a, b),
  ];
  const unmatched: string[] = [];
  for (const term of terms) {
    const at = left.indexOf(term);
    if (at >= 0) left.splice(at, 1);
    else unmatched.push(term);
  }
  for (const term of unmatched) {
    const at = left.findIndex((other) => partners[1](term, other));
    if (at < 0) return false;
    left.splice(at, 1);
  }
  return true;
}

/**
 * Content terms of a text (function words left out); a month's abbreviation is read as its full
 * name, so a date moved and written another way ("On Dec. 31, …" / "… on 31 December") is reordering.
 */
function contentTerms(text: string): string[] {
  const reading = readingOf(text);
  reading.contentTerms ??= Array.from(reading.folded.matchAll(WORD), (match) => {
    const lower = match[0].toLowerCase();
    return termOfLowerWord(MONTH_BY_WORD.get(lower) ?? lower);
  }).filter((term): term is string => term !== undefined);
  return reading.contentTerms;
}

/**
 * Labels every removed and added run: the change blocks that only write a date another way
 * ({@link rewrittenDates}) are cosmetic or spelling; any other change block (the runs between two
 * equal runs) is, in this order of precedence, cosmetic (punctuation only, or only a list marker), number (a number differs),
 * attribution (every changed run lies in the sentence's reporting clause, unless its words are
 * only spelled another way: the speaker's name or the date respelled is spelling), number again for a
 * month or weekday name outside that clause, name (a name
 * dropped or added that the other side lacks), spelling, inflection, compounding or synonym
 * (every changed word pairs with a variant); else each run is reordering (its content terms all
 * appear on the other side elsewhere in the pair), attribution (it lies in the reporting clause)
 * or content. Equal runs get no label.
 */
export function labelRuns(given: readonly DiffRun[]): LabelledRun[] {
  const labelled: LabelledRun[] = given.map((run) => ({ ...run }));
  // Read as the diff compared them: a soft hyphen or a decomposed letter inside a changed word is the word.
  const runs = given.map((run) => ({ ...run, text: visibleText(run.text).text }));
  const located: Located[] = [];
  let reference = '';
  let member = '';
  for (const run of runs) {
    if (run.op === 'removed') {
      located.push({ run, start: reference.length, end: reference.length + run.text.length });
      reference += run.text;
    } else if (run.op === 'added') {
      located.push({ run, start: member.length, end: member.length + run.text.length });
      member += run.text;
    } else {
      located.push({ run, start: member.length, end: member.length + run.text.length });
      reference += run.text;
      member += run.text;
    }
  }

  const blocks: Block[] = [];
  let refAt = 0;
  let memAt = 0;
  let current: Block | undefined;
  runs.forEach((run, index) => {
    if (run.op === 'equal') {
      current = undefined;
      refAt += run.text.length;
      memAt += run.text.length;
      return;
    }
    if (!current) {
      current = { indices: [], refStart: refAt, refEnd: refAt, memStart: memAt, memEnd: memAt };
      blocks.push(current);
    }
    current.indices.push(index);
    if (run.op === 'removed') current.refEnd = refAt += run.text.length;
    else current.memEnd = memAt += run.text.length;
  });

  const refMarkerEnd = listMarkerEnd(readingOf(reference).folded);
  const memMarkerEnd = listMarkerEnd(readingOf(member).folded);
  const refSpans = attributionSpans(reference);
  const memSpans = attributionSpans(member);
  const inAttribution = (index: number): boolean => {
    const { run, start, end } = located[index];
    const lead = run.text.length - run.text.trimStart().length;
    const trail = run.text.length - run.text.trimEnd().length;
    const spans = run.op === 'removed' ? refSpans : memSpans;
    return spans.some((span) => start + lead >= span.start && end - trail <= span.end);
  };

  // Content terms of every block's removed and added runs, for reordering.
  const termsOf = (block: Block, op: 'removed' | 'added') =>
    block.indices.filter((index) => runs[index].op === op).flatMap((index) => contentTerms(runs[index].text));
  let blockTerms: Array<{ removed: string[]; added: string[] }> | undefined;

  const datesRewritten = rewrittenDates(blocks, reference, member);
  blocks.forEach((block, b) => {
    const label = datesRewritten.get(block) ?? blockLabel(block);
    if (label) {
      for (const index of block.indices) labelled[index].label = label;
      return;
    }
    // No label fits the block as a whole: each run is reordering, attribution or content.
    // The other blocks' terms, gathered only for a block with a run that needs them.
    let elsewhere: { removed: string[]; added: string[] } | undefined;
    const termsElsewhere = () => {
      blockTerms ??= blocks.map((other) => ({ removed: termsOf(other, 'removed'), added: termsOf(other, 'added') }));
      const others = blockTerms.filter((_, other) => other !== b);
      return { removed: others.flatMap((other) => other.added), added: others.flatMap((other) => other.removed) };
    };
    const perRun = block.indices.map((index): RunLabel => {
      const run = runs[index];
      if (!HAS_WORD.test(run.text)) return 'cosmetic';
      if (inAttribution(index)) return 'attribution';
      const terms = contentTerms(run.text);
      if (terms.length === 0) return 'content';
      elsewhere ??= termsElsewhere();
      if (coveredBy(terms, run.op === 'removed' ? elsewhere.removed : elsewhere.added)) return 'reordering';
      return 'content';
    });
    // Function words ("the", "of") around a moved phrase move with it.
    const moved = perRun.includes('reordering') && !perRun.includes('content');
    block.indices.forEach((index, k) => {
      const onlyFunctionWords = contentTerms(runs[index].text).length === 0;
      labelled[index].label = perRun[k] === 'content' && onlyFunctionWords && moved ? 'reordering' : perRun[k];
    });
  });
  return labelled;

  function blockLabel(block: Block): RunLabel | undefined {
    // Whole words around the block: a change inside a word ("[-de--]escalation") is judged on the word.
    const head = wordPartBefore(member, block.memStart);
    const tail = WORD_PART_AFTER.exec(member.slice(block.memEnd, block.memEnd + 64))?.[0] ?? '';
    const refFrom = block.refStart - head.length;
    const refTo = block.refEnd + tail.length;
    const memFrom = block.memStart - head.length;
    const memTo = block.memEnd + tail.length;
    const removedText = reference.slice(refFrom, refTo);
    const addedText = member.slice(memFrom, memTo);

    // Punctuation only. The diff ignores white space, so "military political" / "military-political"
    // comes as a lone added hyphen between two words: that is compounding.
    if (block.indices.every((index) => !HAS_WORD.test(runs[index].text))) {
      const joins = block.indices.some((index) => {
        const { run, start, end } = located[index];
        const text = run.op === 'removed' ? reference : member;
        const before = text.slice(0, start).trimEnd();
        const after = text.slice(end).trimStart();
        return /^\s*[-\u2010\u2011]\s*$/.test(run.text) && /[\p{L}\p{N}]$/u.test(before) && /^[\p{L}\p{N}]/u.test(after);
      });
      return joins ? 'compounding' : 'cosmetic';
    }
    if (sameLetters(removedText, addedText) && cosmeticForm(removedText) === cosmeticForm(addedText)) return 'cosmetic';
    if (cosmeticForm(writtenOut(removedText)) === cosmeticForm(writtenOut(addedText))) return 'cosmetic';
    // A list marker changed ("-" / "1."): layout only.
    if (block.refEnd <= refMarkerEnd && block.memEnd <= memMarkerEnd) return 'cosmetic';

    const removedTokens = tokens(removedText);
    const addedTokens = tokens(addedText);
    const removedEntities = entitiesIn(reference, refFrom, refTo);
    const addedEntities = entitiesIn(member, memFrom, memTo);
    const figures = {
      removed: withFiguresMet(removedEntities.numbers, removedTokens, addedEntities.numbers, addedTokens),
      added: withFiguresMet(addedEntities.numbers, addedTokens, removedEntities.numbers, removedTokens),
    };
    const differ = (key: 'numbers' | 'dates') => {
      const [gone, come] = key === 'numbers' ? [figures.removed, figures.added] : [removedEntities.dates, addedEntities.dates];
      return without(gone, come).some((n) => !hasToken(member, n)) || without(come, gone).some((n) => !hasToken(reference, n));
    };
    if (differ('numbers')) return 'number';
    // "Five hundred"/"5": the figures agree, the scale does not.
    const scales = (text: string) => tokens(text).map((token) => token.toLowerCase()).filter((token) => SCALE_WORDS.has(token)).sort().join(' ');
    if (scales(removedText) !== scales(addedText)) return 'number';

    const changed = block.indices.filter((index) => HAS_WORD.test(runs[index].text));
    if (changed.length > 0 && changed.every(inAttribution)) {
      // The speaker or date of a reporting clause spelled another way ("Zoë"/"Zoe", "Dec."/"December") is the same one.
      const respelled = !differ('dates') && wordPairsLabel(removedTokens, addedTokens);
      return respelled === 'cosmetic' || respelled === 'spelling' ? respelled : 'attribution';
    }
    // A date word ("on Friday") in the reporting clause is attribution; elsewhere it is a date change.
    if (differ('dates')) return 'number';

    const namesGone = without(removedEntities.names, addedEntities.names);
    const namesNew = without(addedEntities.names, removedEntities.names);
    const isVariant = (a: string, b: string) => isSpellingVariant(a, b) || isInflection(a, b);
    // A name's variant on the other side may be written in lower case ("Defense Ministers" / "defence ministers").
    // Only a spelling variant counts in lower case: "Macron"/"macrons" is a name dropped, not an inflection.
    const variantIn = (name: string, names: readonly string[], words: readonly string[]) =>
      names.some((other) => isVariant(name, other)) || words.some((other) => isSpellingVariant(name, other));
    const nameChanged =
      namesGone.some((name) => !hasToken(member, name) && !variantIn(name, namesNew, addedTokens)) ||
      namesNew.some((name) => !hasToken(reference, name) && !variantIn(name, namesGone, removedTokens));
    if (nameChanged) return 'name';

    const removedWords = removedTokens;
    const addedWords = addedTokens;
    // "military and political" / "military-political" / "military political".
    const parts = (words: string[]) =>
      words.flatMap((word) => word.toLowerCase().split('-')).filter((part) => part !== 'and' && part !== '');
    const hyphenated = (words: string[]) => words.some((word) => word.includes('-'));
    if ((hyphenated(removedWords) || hyphenated(addedWords)) && parts(removedWords).join(' ') === parts(addedWords).join(' ')) {
      return 'compounding';
    }

    return wordPairsLabel(removedWords, addedWords);
  }
}

/**
 * The change blocks that only write one date another way ("[-Dec. -]31 {+December+}", "Dec.
 * [-31-]{+31st+}", "[-Dec. 31-]{+December 31st+}"), each to its label: the blocks that touch a
 * day-and-month date of the reference or the member, where the two dates name the same day and
 * month and the blocks lie within both (so at the same place in the two texts). The label is
 * spelling when the month word differs (abbreviated on one side, as "Dec."/"December" alone is
 * spelling), else cosmetic (order, an ordinal ending, "the … of"). A date with another day or
 * month pairs with none, and its blocks are labelled as any other change (number).
 * Cost: the dates of the two texts times the blocks; a sentence holds a few of each.
 */
function rewrittenDates(blocks: readonly Block[], reference: string, member: string): Map<Block, RunLabel> {
  const labels = new Map<Block, RunLabel>();
  if (blocks.length === 0) return labels;
  const referenceDates = daysAndMonths(reference);
  if (referenceDates.length === 0) return labels;
  const memberDates = daysAndMonths(member);
  const paired = new Set<DayAndMonth>();
  for (const ours of referenceDates) {
    for (const theirs of memberDates) {
      if (paired.has(theirs) || theirs.month !== ours.month || theirs.day !== ours.day) continue;
      const touching = blocks.filter(
        (block) => overlaps(reference, block.refStart, block.refEnd, ours) || overlaps(member, block.memStart, block.memEnd, theirs),
      );
      const inPlace = touching.every(
        (block) => within(reference, block.refStart, block.refEnd, ours) && within(member, block.memStart, block.memEnd, theirs),
      );
      // Untouched, the two are one date in an equal run; touched from elsewhere, they are no pair.
      if (!inPlace) continue;
      paired.add(theirs);
      const label: RunLabel = ours.monthWord === theirs.monthWord ? 'cosmetic' : 'spelling';
      for (const block of touching) labels.set(block, label);
      break;
    }
  }
  return labels;
}

/** Whether the words of `text[from, to)` (white space at either end aside) overlap `span`. */
function overlaps(text: string, from: number, to: number, span: { start: number; end: number }): boolean {
  const words = text.slice(from, to);
  const start = from + (words.length - words.trimStart().length);
  const end = to - (words.length - words.trimEnd().length);
  return start < end && start < span.end && end > span.start;
}

/**
 * Whether `text[from, to)` (a point when empty) lies within `span`, but for white space and
 * punctuation ("Dec. 31[-,-] 2024" / "31 December 2024").
 */
function within(text: string, from: number, to: number, span: { start: number; end: number }): boolean {
  return (from >= span.start || !HAS_WORD.test(text.slice(from, span.start))) && (to <= span.end || !HAS_WORD.test(text.slice(span.end, to)));
}

/**
 * `numbers` (the figures of one side of a change, of its `words`) with the words that stand for a
 * figure only where the other side prints that figure in their place, which it would otherwise
 * lack (see writtenOut): "one" ("no one" aside) against a 1, an ordinal word against its ordinal
 * figure ("first"/"1st", "twenty-first"/"21st"; "first" against a plain 1 is no number).
 */
function withFiguresMet(numbers: string[], words: readonly string[], otherNumbers: readonly string[], otherWords: readonly string[]): string[] {
  const lacking = without(otherNumbers, numbers);
  if (lacking.length === 0) return numbers;
  const met: string[] = [];
  const take = (figure: string, from: string[] = lacking) => {
    const at = from.indexOf(figure);
    if (at >= 0) from.splice(at, 1);
    return at >= 0;
  };
  words.forEach((word, k) => {
    if (isCountingOne(word, words[k - 1]) && take('1')) met.push('1');
  });
  const ordinalFigures = otherWords.flatMap((word) => ordinalFigureValue(word) ?? []);
  for (const word of words) {
    const figure = leadingOrdinalWordValue(word);
    if (figure !== undefined && ordinalFigures.includes(figure) && take(figure)) {
      take(figure, ordinalFigures);
      met.push(figure);
    }
  }
  return met.length > 0 ? [...numbers, ...met] : numbers;
}

/**
 * The label of a change whose words pair up one for one, in order, each with a variant (the
 * highest of the pairs' labels); `undefined` when a word has no partner.
 */
function wordPairsLabel(removedWords: readonly string[], addedWords: readonly string[]): RunLabel | undefined {
  const lower = (words: readonly string[]) => words.map((word) => word.toLowerCase());
  const gone = without(lower(removedWords), lower(addedWords));
  const come = without(lower(addedWords), lower(removedWords));
  if (gone.length === 0 || gone.length !== come.length) return undefined;
  let label: RunLabel = 'cosmetic';
  for (let k = 0; k < gone.length; k += 1) {
    const pair = wordPairLabel(gone[k], come[k]);
    if (!pair) return undefined;
    label = higher(label, pair);
  }
  return label;
}

/**
 * A group's verdict from its runs: identical when all are equal; cosmetic when the changes are
 * only cosmetic, spelling, inflection or compounding; rewording when synonyms or reordering
 * are among them; substantive for any number, name, attribution or content change. A changed
 * run without a label counts as substantive.
 */
export function verdictOf(runs: ReadonlyArray<{ op: string; label?: RunLabel }>): Verdict {
  let verdict: Verdict = 'identical';
  for (const run of runs) {
    if (run.op === 'equal') continue;
    switch (run.label) {
      case 'cosmetic':
      case 'spelling':
      case 'inflection':
      case 'compounding':
        if (verdict === 'identical') verdict = 'cosmetic';
        break;
      case 'synonym':
      case 'reordering':
        verdict = 'rewording';
        break;
      default:
        return 'substantive';
    }
  }
  return verdict;
}

/** Verdicts from least to most. */
export const VERDICT_ORDER: readonly Verdict[] = ['identical', 'cosmetic', 'rewording', 'substantive'];

/** The strongest of several members' verdicts: a group is as changed as its most changed member. */
export function strongestVerdict(verdicts: readonly Verdict[]): Verdict {
  return verdicts.reduce<Verdict>((top, verdict) => (VERDICT_ORDER.indexOf(verdict) > VERDICT_ORDER.indexOf(top) ? verdict : top), 'identical');
}

/** The weakest of several verdicts (`identical` for none): how close the closest version is. */
export function weakestVerdict(verdicts: readonly Verdict[]): Verdict {
  if (verdicts.length === 0) return 'identical';
  return verdicts.reduce<Verdict>((low, verdict) => (VERDICT_ORDER.indexOf(verdict) < VERDICT_ORDER.indexOf(low) ? verdict : low), 'substantive');
}
