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
import { foldTypography, visibleText, type VisibleText } from '../text/normalise.js';
import { TERMINAL_MARKS } from '../text/punctuation.js';
import { isRelatedForm, termOf, termOfLowerWord, WORD } from '../align/terms.js';
import { wordnetSynonyms } from '../align/tables.js';
import { attributionSpans } from '../align/attribution.js';
import { expandsAcronym, isAcronym, spellsOut } from './acronyms.js';
import { exchangesFunctionWords } from './functionWords.js';
import { pairWords, type WordAt } from './pairing.js';

export type { RunLabel, Verdict };

/** A diff run with its label (equal runs have none). */
export type LabelledRun = DiffRun;

/**
 * Translation variants the WordNet table misses (Porter stems): the same Russian word rendered
 * differently by two outlets, e.g. "ухудшаться" as deteriorate / degrade. Role nouns written for
 * either sex or neither are in {@link ROLE_NOUNS}.
 */
const TRANSLATION_PAIRS: ReadonlyArray<readonly [string, string]> = [['deterior', 'degrad']];

/**
 * Role nouns in their forms for a man, a woman and neither, singular and plural: one language's
 * word for the role ("người phát ngôn") is rendered "spokeswoman" by one outlet and "spokesperson"
 * by another. A man's or a woman's form against a neutral one is a translation variant (synonym);
 * the man's against the woman's is not (it says another person), nor is it one word spelled two
 * ways, close as the letters are.
 */
const ROLE_NOUNS: ReadonlyArray<{ man: string; woman: string; neutral: readonly string[] }> = [
  { man: 'spokesman', woman: 'spokeswoman', neutral: ['spokesperson'] },
  { man: 'spokesmen', woman: 'spokeswomen', neutral: ['spokespeople', 'spokespersons'] },
  { man: 'chairman', woman: 'chairwoman', neutral: ['chair', 'chairperson'] },
  { man: 'chairmen', woman: 'chairwomen', neutral: ['chairs', 'chairpersons'] },
  { man: 'congressman', woman: 'congresswoman', neutral: ['congressperson'] },
  { man: 'congressmen', woman: 'congresswomen', neutral: ['congresspeople'] },
  { man: 'councilman', woman: 'councilwoman', neutral: ['councillor', 'councilor', 'councilperson'] },
  { man: 'councilmen', woman: 'councilwomen', neutral: ['councillors', 'councilors'] },
  { man: 'businessman', woman: 'businesswoman', neutral: ['businessperson'] },
  { man: 'businessmen', woman: 'businesswomen', neutral: ['businesspeople'] },
  { man: 'fireman', woman: 'firewoman', neutral: ['firefighter'] },
  { man: 'firemen', woman: 'firewomen', neutral: ['firefighters'] },
];
/** Lower-case role-noun pairs ({@link pairKey}) that are translation variants, and those that name another person. */
const ROLE_VARIANTS = new Set(
  ROLE_NOUNS.flatMap(({ man, woman, neutral }) => [
    ...[man, woman].flatMap((gendered) => neutral.map((form) => pairKey(gendered, form))),
    ...neutral.flatMap((form, k) => neutral.slice(k + 1).map((other) => pairKey(form, other))),
  ]),
);
const ROLE_OPPOSITES = new Set(ROLE_NOUNS.map(({ man, woman }) => pairKey(man, woman)));

/** Whether two words are forms of one role noun for either sex or neither ({@link ROLE_NOUNS}): "spokeswoman"/"spokesperson". */
function isRoleVariant(a: string, b: string): boolean {
  return ROLE_VARIANTS.has(pairKey(a.toLowerCase(), b.toLowerCase()));
}

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

/** The numbers of a text as {@link comparableNumber} writes them, in order of value: "14,000" and "14000" are one. */
function figuresOf(text: string): string {
  return Array.from(text.matchAll(NUMBER), (match) => comparableNumber(match[0]))
    .sort()
    .join(' ');
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
  if (ROLE_OPPOSITES.has(pairKey(x, y))) return false;
  if (x.length <= 3 || y.length <= 3 || x.includes(y) || y.includes(x)) return false;
  if (x[0] !== y[0] || x[x.length - 1] !== y[y.length - 1]) return false;
  return 1 - levenshtein(x, y) / Math.max(x.length, y.length) >= 0.75;
}

function isInflection(a: string, b: string): boolean {
  if (isCompoundOf(a, b)) return false;
  const x = termOfToken(a);
  const y = termOfToken(b);
  return x !== undefined && y !== undefined && !/\d/.test(x + y) && isRelatedForm(x, y);
}

/**
 * Whether one of two words is the other joined to a further word, a compound and not a form of
 * it: "rain"/"rainfall", "fire"/"firefighters", "police"/"policeman". What follows the shorter
 * word is a word of four letters or more that is no suffix ("-ment", "-ation", "-ness", "-fully",
 * …: "state"/"statement" stays related), or "man", "men", "woman", "women"; or one of the two is
 * hyphenated and the other is not it written closed ("Russia-NATO" / "Russian").
 */
function isCompoundOf(a: string, b: string): boolean {
  const [x, y] = [a, b].map((word) => word.toLowerCase().replace(/['’]s$/, ''));
  // A hyphenated compound against a word that is not it written closed: "Russia-NATO" / "Russian".
  if (x.includes('-') !== y.includes('-')) return x.replace(/-/g, '') !== y.replace(/-/g, '');
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  if (shorter.length < 3 || !longer.startsWith(shorter)) return false;
  const rest = longer.slice(shorter.length);
  // A doubled last letter before an ending: "stop"/"stopping".
  if (rest[0] === shorter[shorter.length - 1] && DOUBLING_ENDINGS.has(rest.slice(1))) return false;
  return COMPOUND_ENDS.has(rest) || (rest.length >= 4 && !SUFFIXES.has(rest));
}
const COMPOUND_ENDS: ReadonlySet<string> = new Set(['man', 'men', 'woman', 'women']);
const DOUBLING_ENDINGS: ReadonlySet<string> = new Set(['ing', 'ings', 'ed', 'er', 'ers', 'est']);
/** Endings of four letters or more that make a form or a derivative of a word, not a compound. */
const SUFFIXES: ReadonlySet<string> = new Set(
  `ation ations ment ments ness nesses ings ingly fully ically ities ised ized ises izes ising izing able ible ably ibly
  ions ence ences ance ances ists isms ally ality alist alists alism ively ative atives ened ening ering iest`.split(/\s+/),
);

function isSynonym(a: string, b: string): boolean {
  if (MODALS.has(a.toLowerCase()) && MODALS.has(b.toLowerCase())) return true;
  if (isRoleVariant(a, b)) return true;
  const x = termOfToken(a);
  const y = termOfToken(b);
  if (x === undefined || y === undefined) return false;
  return TRANSLATION_SET.has(pairKey(x, y)) || wordnetSynonyms().areSynonyms(x, y);
}

/** The lowest lexical label that relates `a` and `b`, if any. */
function wordPairLabel(a: string, b: string): RunLabel | undefined {
  if (a.toLowerCase() === b.toLowerCase()) return 'cosmetic';
  // Before spelling and inflection: "chairman"/"chair" is no inflected form but the role for neither sex,
  // and "chairman"/"chairwoman" (one WordNet synset) says another person.
  if (isRoleVariant(a, b)) return 'synonym';
  if (ROLE_OPPOSITES.has(pairKey(a.toLowerCase(), b.toLowerCase()))) return undefined;
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

/**
 * {@link wordPairLabel}, remembered for the last pairs asked (bounded): a change is paired word by
 * word ({@link pairWords}), and the words of one block meet each other more than once.
 */
function cachedPairLabel(a: string, b: string): RunLabel | undefined {
  const key = `${a}\t${b}`;
  if (pairLabelCache.has(key)) return pairLabelCache.get(key);
  if (pairLabelCache.size >= CACHE_LIMIT) pairLabelCache.clear();
  const label = wordPairLabel(a, b);
  pairLabelCache.set(key, label);
  return label;
}
const pairLabelCache = new Map<string, RunLabel | undefined>();

/**
 * The word pairs a reporting clause may hold and keep its speaker: one word spelled another way
 * (cosmetic, spelling: "Zoë"/"Zoe"), or a role noun for either sex or neither (synonym:
 * "spokeswoman"/"spokesperson"). Any other change there is attribution.
 */
function clausePairLabel(a: string, b: string): RunLabel | undefined {
  if (isRoleVariant(a, b)) return 'synonym';
  const label = cachedPairLabel(a, b);
  return label === 'cosmetic' || label === 'spelling' ? label : undefined;
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

/** A stretch of the reference and the stretch of the member that stands in its place. */
interface Stretch {
  refStart: number;
  refEnd: number;
  memStart: number;
  memEnd: number;
}

/** A change block: the runs between two equal runs. */
interface Block extends Stretch {
  /** Indices into the runs array. */
  indices: number[];
}

/** A stretch of the two texts in the diff's order: an equal run, or a change block. */
interface Segment extends Stretch {
  equal: boolean;
}

/** A part of a change block labelled on its own, with its label when that is already known (a word pair, a date). */
interface Part extends Stretch {
  label?: RunLabel;
}

/** One side of a change: wording removed from the reference or added in the member, and where it lies. */
interface Piece {
  op: 'removed' | 'added';
  start: number;
  end: number;
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
 * Labels every removed and added run. The change blocks that only write a date another way
 * ({@link rewrittenDates}) are cosmetic or spelling (a block reaching past such a date is cut at
 * its ends, the rest labelled on its own). A block one side of which ends in a reporting clause
 * after other words is cut there ({@link clauseParts}), each part labelled on its own. Any other
 * change block (the runs between two equal runs) is, in this order of precedence, cosmetic
 * (punctuation only, only a list marker, or an acronym in brackets repeating the words before
 * it), number (a number differs), attribution (every changed run lies in the sentence's reporting
 * clause, unless its words are only spelled another way, or a role noun is written for either sex
 * or neither: the speaker's name or the date respelled is spelling, "spokeswoman" /
 * "spokesperson" synonym), number again for a month or weekday name outside that clause, spelling
 * (an acronym against its expansion), name (a name dropped or added that the other side lacks),
 * spelling, inflection, compounding or synonym (every changed word pairs with a variant, or
 * function words are exchanged for function words: {@link exchangesFunctionWords}). A block that
 * none of these fits, or that changes a name, is cut around the words that pair with a variant on
 * the other side ({@link pairedParts}), each pair labelled by its own kind: "[-deteriorate
 * as-]{+degrade, with+}" is "[-deteriorate-]{+degrade+}" (synonym) and "[- as-]{+, with+}"
 * (synonym). What is left is labelled as a block again, else run by run: reordering (its content
 * terms all appear on the other side elsewhere in the pair), attribution (it lies in the
 * reporting clause) or content. Equal runs get no label. The runs returned rebuild both texts as
 * the runs given do; a block cut in parts gives a removed and an added run for each part, in the
 * texts' order, so two removed (or added) runs with different labels may stand side by side.
 */
export function labelRuns(given: readonly DiffRun[]): LabelledRun[] {
  // Read as the diff compared them: a soft hyphen or a decomposed letter inside a changed word is the word.
  const visible = given.map((run) => visibleText(run.text));
  if (visible.every((reading) => reading.origin === null)) return labelVisibleRuns(given);
  return inOriginalText(labelVisibleRuns(given.map((run, k) => ({ ...run, text: visible[k].text }))), given, visible);
}

/**
 * Runs labelled on the visible text put back in the original wording: each run's text is the
 * original of its visible text on its side (equal runs the member's), invisible characters going
 * with the visible ones they belong to. The runs given rebuild both originals, so these do too.
 */
function inOriginalText(labelled: readonly LabelledRun[], given: readonly DiffRun[], visible: readonly VisibleText[]): LabelledRun[] {
  const side = (op: 'removed' | 'added') => {
    let original = '';
    const at: number[] = [];
    given.forEach((run, k) => {
      if (run.op !== 'equal' && run.op !== op) return;
      const { text, origin } = visible[k];
      for (let i = 0; i < text.length; i += 1) at.push(original.length + (origin ? origin[i] : i));
      original += run.text;
    });
    at.push(original.length);
    return { original, at, from: 0 };
  };
  const reference = side('removed');
  const member = side('added');
  const cut = (of: typeof reference, length: number) => {
    const text = of.original.slice(of.at[of.from], of.at[of.from + length]);
    of.from += length;
    return text;
  };
  return labelled.map((run) => {
    if (run.op === 'removed') return { ...run, text: cut(reference, run.text.length) };
    if (run.op === 'added') return { ...run, text: cut(member, run.text.length) };
    cut(reference, run.text.length);
    return { ...run, text: cut(member, run.text.length) };
  });
}

/** {@link labelRuns} on runs of visible text. */
function labelVisibleRuns(runs: readonly DiffRun[]): LabelledRun[] {
  const located: Located[] = [];
  const segments: Segment[] = [];
  let reference = '';
  let member = '';
  for (const run of runs) {
    const [refStart, memStart] = [reference.length, member.length];
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
    const equal = run.op === 'equal';
    const last = segments[segments.length - 1];
    if (!equal && last && !last.equal) {
      last.refEnd = reference.length;
      last.memEnd = member.length;
    } else segments.push({ equal, refStart, refEnd: reference.length, memStart, memEnd: member.length });
  }

  const blocks: Block[] = [];
  /** Each block's index in `blocks`, by the index of its first run. */
  const blockAt = new Map<number, number>();
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
      blockAt.set(index, blocks.length);
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
  const textOf = (piece: Piece) => (piece.op === 'removed' ? reference : member).slice(piece.start, piece.end);
  // Punctuation and white space at a piece's ends: a clause closing the sentence starts at its comma.
  const inAttribution = (piece: Piece): boolean => {
    const text = textOf(piece);
    const lead = text.length - text.replace(EDGE_START, '').length;
    const trail = text.length - text.replace(EDGE_END, '').length;
    const spans = piece.op === 'removed' ? refSpans : memSpans;
    return spans.some((span) => piece.start + lead >= span.start && piece.end - trail <= span.end);
  };
  const piecesOfBlock = (block: Block): Piece[] =>
    block.indices.map((index) => ({ op: runs[index].op as Piece['op'], start: located[index].start, end: located[index].end }));
  const piecesOfPart = (part: Stretch): Piece[] => [
    ...(part.refEnd > part.refStart ? [{ op: 'removed' as const, start: part.refStart, end: part.refEnd }] : []),
    ...(part.memEnd > part.memStart ? [{ op: 'added' as const, start: part.memStart, end: part.memEnd }] : []),
  ];

  // Content terms of every block's removed and added runs, for reordering.
  const termsOf = (block: Block, op: 'removed' | 'added') =>
    block.indices.filter((index) => runs[index].op === op).flatMap((index) => contentTerms(runs[index].text));
  let blockTerms: Array<{ removed: string[]; added: string[] }> | undefined;

  const datesRewritten = rewrittenDates(blocks, segments, reference, member);
  // Whether a block was cut in parts, which may leave two runs of one kind and label side by side.
  let split = datesRewritten.size > 0;
  const labelled: LabelledRun[] = [];
  runs.forEach((run, index) => {
    if (run.op === 'equal') labelled.push({ ...run });
    const b = blockAt.get(index);
    if (b !== undefined) labelled.push(...labelBlock(blocks[b], b));
  });
  return split ? mergeSameLabels(labelled) : labelled;

  function labelBlock(block: Block, b: number): LabelledRun[] {
    const whole = (labels: readonly RunLabel[]) => block.indices.map((index, k): LabelledRun => ({ ...runs[index], label: labels[k] }));
    const pieces = piecesOfBlock(block);
    const dated = datesRewritten.get(block);
    if (dated) return dated.length === 1 && dated[0].label ? whole(pieces.map(() => dated[0].label as RunLabel)) : labelParts(dated, b);
    // Cut only at word boundaries: a change inside a word ("[-de--]escalation") is judged whole.
    const cuttable = !cutsWord(reference, block.refStart, block.refEnd) && !cutsWord(member, block.memStart, block.memEnd);
    const clause = cuttable ? clauseParts(block) : [];
    if (clause.length > 1) return labelParts(clause, b);
    const label = blockLabel(block, pieces, true);
    if (label !== undefined && label !== 'name') return whole(pieces.map(() => label));
    const paired = cuttable ? pairedParts(block) : [];
    if (paired.length > 1) return labelParts(paired, b);
    const only = paired[0]?.label ?? label;
    return whole(only ? pieces.map(() => only) : runByRun(pieces, b));
  }

  /**
   * Each part's removed run, then its added run, labelled as a block of their own; a part that
   * none but name or no label fits is cut around its word pairs ({@link pairedParts}) first.
   */
  function labelParts(parts: readonly Part[], b: number): LabelledRun[] {
    return parts.flatMap((part) => {
      const pieces = piecesOfPart(part);
      let label = part.label ?? blockLabel(part, pieces, false);
      if (label === undefined || label === 'name') {
        const paired = pairedParts(part);
        if (paired.length > 1) return labelParts(paired, b);
        label = paired[0]?.label ?? label;
      }
      const labels = label ? pieces.map(() => label) : runByRun(pieces, b);
      return pieces.map((piece, k): LabelledRun => ({ op: piece.op, text: textOf(piece), label: labels[k] }));
    });
  }

  /** The label of each piece of a change that no label fits as a whole: reordering, attribution or content. */
  function runByRun(pieces: readonly Piece[], b: number): RunLabel[] {
    // The other blocks' terms, gathered only for a block with a run that needs them.
    let elsewhere: { removed: string[]; added: string[] } | undefined;
    const termsElsewhere = () => {
      blockTerms ??= blocks.map((other) => ({ removed: termsOf(other, 'removed'), added: termsOf(other, 'added') }));
      const others = blockTerms.filter((_, other) => other !== b);
      return { removed: others.flatMap((other) => other.added), added: others.flatMap((other) => other.removed) };
    };
    const perRun = pieces.map((piece): RunLabel => {
      const text = textOf(piece);
      if (!HAS_WORD.test(text)) return 'cosmetic';
      if (inAttribution(piece)) return 'attribution';
      const terms = contentTerms(text);
      if (terms.length === 0) return 'content';
      elsewhere ??= termsElsewhere();
      if (coveredBy(terms, piece.op === 'removed' ? elsewhere.removed : elsewhere.added)) return 'reordering';
      return 'content';
    });
    // Function words ("the", "of") around a moved phrase move with it.
    const moved = perRun.includes('reordering') && !perRun.includes('content');
    return pieces.map((piece, k) => {
      const onlyFunctionWords = contentTerms(textOf(piece)).length === 0;
      return perRun[k] === 'content' && onlyFunctionWords && moved ? 'reordering' : perRun[k];
    });
  }

  /**
   * A change block cut where a reporting clause closes one side of it, after words outside the
   * clause: "[- at risk-]{+, as demand … in Europe, the company said on Wednesday+}" is "[-
   * at risk-]{+, as demand … in Europe+}" and "{+, the company said on Wednesday+}", whatever the
   * rest is (a date word in the clause is no date change). Empty when no side has such a clause.
   */
  function clauseParts(block: Block): Part[] {
    const ref = closingClauseAt(reference, block.refStart, block.refEnd, refSpans);
    const mem = closingClauseAt(member, block.memStart, block.memEnd, memSpans);
    if (ref === block.refEnd && mem === block.memEnd) {
      // One side is the closing clause, dropped or added whole; the other holds words of no clause.
      const refPiece: Piece = { op: 'removed', start: block.refStart, end: block.refEnd };
      const memPiece: Piece = { op: 'added', start: block.memStart, end: block.memEnd };
      const wordsOutside = (piece: Piece) => HAS_WORD.test(textOf(piece)) && !inAttribution(piece);
      if (closesText(reference, block.refStart, block.refEnd, refSpans) && wordsOutside(memPiece)) {
        split = true;
        return [
          { refStart: block.refStart, refEnd: block.refStart, memStart: block.memStart, memEnd: block.memEnd },
          { refStart: block.refStart, refEnd: block.refEnd, memStart: block.memEnd, memEnd: block.memEnd },
        ];
      }
      if (closesText(member, block.memStart, block.memEnd, memSpans) && wordsOutside(refPiece)) {
        split = true;
        return [
          { refStart: block.refStart, refEnd: block.refEnd, memStart: block.memStart, memEnd: block.memStart },
          { refStart: block.refEnd, refEnd: block.refEnd, memStart: block.memStart, memEnd: block.memEnd },
        ];
      }
      return [];
    }
    split = true;
    return tidyParts([
      { refStart: block.refStart, refEnd: ref, memStart: block.memStart, memEnd: mem },
      { refStart: ref, refEnd: block.refEnd, memStart: mem, memEnd: block.memEnd },
    ]);
  }

  /**
   * `stretch` cut around each word paired with a variant on the other side ({@link pairWords}):
   * the words before each pair, the pair (labelled), and the words after the last. Empty when
   * nothing in it pairs; one part, labelled, when the whole stretch is one pair ("[-United
   * Nations-]{+UN+}"). Cost: as pairWords, on the stretch's words.
   */
  function pairedParts(stretch: Stretch): Part[] {
    // Words on both sides, more than one on one of them: one word against one has already been
    // paired as a block (wordPairsLabel), and most changes only add or only cut.
    const [refText, memText] = [reference.slice(stretch.refStart, stretch.refEnd), member.slice(stretch.memStart, stretch.memEnd)];
    if (!HAS_WORD.test(refText) || !HAS_WORD.test(memText) || !(TWO_WORDS.test(refText) || TWO_WORDS.test(memText))) return [];
    const removed = wordsAt(reference, stretch.refStart, stretch.refEnd);
    const added = wordsAt(member, stretch.memStart, stretch.memEnd);
    const pairs = removed.length + added.length > 2 ? pairWords(removed, added, cachedPairLabel) : [];
    if (pairs.length === 0) return [];
    split = true;
    const parts: Part[] = [];
    let [refAt, memAt] = [stretch.refStart, stretch.memStart];
    for (const pair of pairs) {
      const [refFrom, refTo] = [removed[pair.removed[0]].start, removed[pair.removed[1] - 1].end];
      const [memFrom, memTo] = [added[pair.added[0]].start, added[pair.added[1] - 1].end];
      parts.push({ refStart: refAt, refEnd: refFrom, memStart: memAt, memEnd: memFrom });
      parts.push({ refStart: refFrom, refEnd: refTo, memStart: memFrom, memEnd: memTo, label: pair.label });
      [refAt, memAt] = [refTo, memTo];
    }
    parts.push({ refStart: refAt, refEnd: stretch.refEnd, memStart: memAt, memEnd: stretch.memEnd });
    const tidy = tidyParts(parts);
    return tidy.length === 1 && tidy[0].label === undefined ? [] : tidy;
  }

  /**
   * `parts` without parts of white space alone (joined to a neighbour), and with white space
   * alone on one side of a part (" to " / " ") given to the part before it on that side.
   */
  function tidyParts(parts: readonly Part[]): Part[] {
    const blank = (text: string) => !/\S/.test(text);
    const joined = joinFillers(parts, (part) => blank(reference.slice(part.refStart, part.refEnd)) && blank(member.slice(part.memStart, part.memEnd)));
    joined.forEach((part, k) => {
      const neighbour = joined[k - 1] ?? joined[k + 1];
      if (!neighbour) return;
      const [refText, memText] = [reference.slice(part.refStart, part.refEnd), member.slice(part.memStart, part.memEnd)];
      if (refText && blank(refText) && !blank(memText)) {
        if (neighbour === joined[k - 1]) [neighbour.refEnd, part.refStart] = [part.refEnd, part.refEnd];
        else [neighbour.refStart, part.refEnd] = [part.refStart, part.refStart];
      }
      if (memText && blank(memText) && !blank(refText)) {
        if (neighbour === joined[k - 1]) [neighbour.memEnd, part.memStart] = [part.memEnd, part.memEnd];
        else [neighbour.memStart, part.memEnd] = [part.memStart, part.memStart];
      }
    });
    return joined;
  }

  /**
   * The label that fits the whole of `stretch`, its changed runs being `pieces`, or `undefined`.
   * `wholeWords`: a change inside a word ("[-de--]escalation") is judged on the whole word (the
   * parts of a cut block are whole words already).
   */
  function blockLabel(stretch: Stretch, pieces: readonly Piece[], wholeWords: boolean): RunLabel | undefined {
    // Whole words around the block: a change inside a word ("[-de--]escalation") is judged on the word.
    const head = wholeWords ? wordPartBefore(member, stretch.memStart) : '';
    const tail = wholeWords ? (WORD_PART_AFTER.exec(member.slice(stretch.memEnd, stretch.memEnd + 64))?.[0] ?? '') : '';
    const refFrom = stretch.refStart - head.length;
    const refTo = stretch.refEnd + tail.length;
    const memFrom = stretch.memStart - head.length;
    const memTo = stretch.memEnd + tail.length;
    const removedText = reference.slice(refFrom, refTo);
    const addedText = member.slice(memFrom, memTo);

    // Punctuation only. The diff ignores white space, so "military political" / "military-political"
    // comes as a lone added hyphen between two words: that is compounding.
    if (pieces.every((piece) => !HAS_WORD.test(textOf(piece)))) {
      const joins = pieces.some((piece) => {
        const text = piece.op === 'removed' ? reference : member;
        const before = text.slice(0, piece.start).trimEnd();
        const after = text.slice(piece.end).trimStart();
        return /^\s*[-\u2010\u2011]\s*$/.test(textOf(piece)) && /[\p{L}\p{N}]$/u.test(before) && /^[\p{L}\p{N}]/u.test(after);
      });
      return joins ? 'compounding' : 'cosmetic';
    }
    // The same letters and figures, the figures also the same numbers ("5.2" / "52" are not).
    const sameFigures = (a: string, b: string) => figuresOf(a) === figuresOf(b);
    if (sameLetters(removedText, addedText) && cosmeticForm(removedText) === cosmeticForm(addedText) && sameFigures(removedText, addedText)) {
      return 'cosmetic';
    }
    const [removedOut, addedOut] = [writtenOut(removedText), writtenOut(addedText)];
    if (cosmeticForm(removedOut) === cosmeticForm(addedOut) && sameFigures(removedOut, addedOut)) return 'cosmetic';
    // A list marker changed ("-" / "1."): layout only.
    if (stretch.refEnd <= refMarkerEnd && stretch.memEnd <= memMarkerEnd) return 'cosmetic';
    // "(UNCLOS)" after "… Convention on the Law of the Sea" says the name again.
    if (repeatsAcronym(reference, stretch.refStart, stretch.refEnd, member, stretch.memStart, stretch.memEnd)) return 'cosmetic';

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

    const changed = pieces.filter((piece) => HAS_WORD.test(textOf(piece)));
    if (changed.length > 0 && changed.every(inAttribution)) {
      // The speaker or date of a reporting clause spelled another way ("Zoë"/"Zoe", "Dec."/"December")
      // is the same one, as is a speaker's role written for either sex or neither ("spokeswoman"/"spokesperson").
      if (differ('dates')) return 'attribution';
      const respelled = wordPairsLabel(removedTokens, addedTokens, clausePairLabel);
      return respelled ?? 'attribution';
    }
    // A date word ("on Friday") in the reporting clause is attribution; elsewhere it is a date change.
    if (differ('dates')) return 'number';

    // An acronym against the words it stands for: "United Nations" / "UN" (most changes hold no two capitals in a row).
    const acronym = (TWO_CAPITALS.test(removedText) || TWO_CAPITALS.test(addedText)) && acronymWritten(wordsAt(reference, refFrom, refTo), wordsAt(member, memFrom, memTo));
    if (acronym) return acronym;

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

    // The words both sides share (the whole words around a change inside a word) are no part of an exchange.
    const lower = (words: readonly string[]) => words.map((word) => word.toLowerCase());
    const [gone, come] = [without(lower(removedWords), lower(addedWords)), without(lower(addedWords), lower(removedWords))];
    if (exchangesFunctionWords(gone, come)) return 'synonym';
    return wordPairsLabel(removedWords, addedWords, cachedPairLabel);
  }
}

/** Two words or more: letters, digits or marks on either side of white space. */
const TWO_WORDS = /\S\s+\S/;

/** Two capitals, side by side or each with its stop: where an acronym may be ("UN", "U.N."). */
const TWO_CAPITALS = /\p{Lu}\.?\p{Lu}/u;

/** Punctuation and white space opening or closing a piece of text. */
const EDGE_START = /^[\s\p{P}]+/u;
const EDGE_END = /[\s\p{P}]+$/u;

/** Whether `text[from, to)` starts or ends inside a word (letters or digits on both sides of the cut). */
function cutsWord(text: string, from: number, to: number): boolean {
  const inside = (at: number) => at > 0 && at < text.length && WORD_CHAR.test(text[at - 1]) && WORD_CHAR.test(text[at]);
  return inside(from) || inside(to);
}
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * Where the part of `text[from, to)` in a reporting clause (`spans`) that closes the stretch
 * starts, with words outside the clause before it (`to` when there is none): "…in Europe, the
 * company said on Wednesday" in "[- at risk-]{+, as slower demand … in Europe, the company said on
 * Wednesday+}". The clause's part takes the comma before it, as a clause closing the sentence does.
 */
function closingClauseAt(text: string, from: number, to: number, spans: ReadonlyArray<{ start: number; end: number }>): number {
  if (spans.length === 0) return to;
  const words = text.slice(from, to);
  const first = from + (words.length - words.replace(EDGE_START, '').length);
  const last = to - (words.length - words.replace(EDGE_END, '').length);
  for (const span of spans) {
    if (span.start <= first || span.start >= last || span.end < last) continue;
    let at = span.start;
    while (at > from && /[\s,;:\u2013\u2014]/u.test(text[at - 1])) at -= 1;
    if (HAS_WORD.test(text.slice(from, at))) return at;
  }
  return to;
}

/**
 * Whether the words of `text[from, to)` all lie in a reporting clause (`spans`) that closes the
 * text: nothing but punctuation, quotation marks and white space after it.
 */
function closesText(text: string, from: number, to: number, spans: ReadonlyArray<{ start: number; end: number }>): boolean {
  if (spans.length === 0) return false;
  const words = text.slice(from, to);
  const first = from + (words.length - words.replace(EDGE_START, '').length);
  const last = to - (words.length - words.replace(EDGE_END, '').length);
  return first < last && spans.some((span) => span.start <= first && span.end >= last && !HAS_WORD.test(text.slice(span.end)));
}

/**
 * `parts` with each filler part (white space alone, or for a date its punctuation too) joined to
 * a neighbour: to the labelled part before it, else to the part after it, else to the part before
 * it; parts empty on both sides dropped.
 */
function joinFillers(parts: readonly Part[], filler: (part: Part) => boolean): Part[] {
  const out: Part[] = [];
  let pending: Part | undefined;
  for (const part of parts) {
    if (part.refEnd === part.refStart && part.memEnd === part.memStart) continue;
    const last = out[out.length - 1];
    if (filler(part)) {
      if (last?.label !== undefined) out[out.length - 1] = { ...last, refEnd: part.refEnd, memEnd: part.memEnd };
      else pending = pending ? { ...pending, refEnd: part.refEnd, memEnd: part.memEnd } : { ...part };
      continue;
    }
    out.push(pending ? { ...part, refStart: pending.refStart, memStart: pending.memStart } : { ...part });
    pending = undefined;
  }
  const last = out[out.length - 1];
  if (pending && last) out[out.length - 1] = { ...last, refEnd: pending.refEnd, memEnd: pending.memEnd };
  else if (pending) out.push(pending);
  return out;
}

/** Where a date ends for meeting another, without an abbreviated month's stop ("31 Dec."), which may close the sentence. */
function endOf(text: string, date: DayAndMonth): number {
  return text[date.end - 1] === '.' ? date.end - 1 : date.end;
}

/** Neighbouring runs of one kind with one label as one run (a block cut in parts may leave such). */
function mergeSameLabels(runs: LabelledRun[]): LabelledRun[] {
  const merged: LabelledRun[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if (last && run.op !== 'equal' && last.op === run.op && last.label === run.label) last.text += run.text;
    else merged.push(run);
  }
  return merged;
}

/**
 * Words of `text[from, to)` for pairing, with their offsets: the tokens of {@link TOKEN}, and an
 * acronym with stops ("U.N.") as one word.
 */
function wordsAt(text: string, from: number, to: number): WordAt[] {
  const slice = readingOf(text).folded.slice(from, to);
  return Array.from(slice.matchAll(PAIRING_WORD), (match) => ({ text: match[0], start: from + match.index, end: from + match.index + match[0].length }));
}
const PAIRING_WORD = new RegExp(`(?:\\p{Lu}\\.){2,}|${TOKEN.source}`, 'gu');

/**
 * `spelling` when one side of a change is one acronym and the other side's words all spell it
 * out ({@link spellsOut}): "UN" / "United Nations", "ICAC" / "the Independent Commission Against Corruption".
 */
function acronymWritten(removed: readonly WordAt[], added: readonly WordAt[]): RunLabel | undefined {
  // Words on both sides (the whole words around the change) are set aside first.
  const [gone, come] = [removed.map((word) => word.text), added.map((word) => word.text)];
  const [one, other] = [without(gone, come), without(come, gone)];
  const spells = (acronym: readonly string[], words: readonly string[]) => acronym.length === 1 && isAcronym(acronym[0]) && spellsOut(words, acronym[0]);
  return spells(one, other) || spells(other, one) ? 'spelling' : undefined;
}

/**
 * Whether one side of a change is only an acronym in brackets ("(UNCLOS)") that the words
 * before it in the same text spell out ("… United Nations Convention on the Law of the Sea
 * (UNCLOS)"), the other side holding no word: the name said again in short.
 * Cost: the words before the brackets times the acronym's length.
 */
function repeatsAcronym(reference: string, refFrom: number, refTo: number, member: string, memFrom: number, memTo: number): boolean {
  const repeats = (text: string, from: number, to: number, other: string) => {
    if (HAS_WORD.test(other)) return false;
    const words = wordsAt(text, from, to);
    if (words.length !== 1 || !isAcronym(words[0].text)) return false;
    const folded = readingOf(text).folded;
    const open = folded.slice(0, words[0].start).trimEnd();
    const close = folded.slice(words[0].end).trimStart();
    if (!open.endsWith('(') || !close.startsWith(')')) return false;
    const before = wordsAt(text, 0, open.length - 1).map((word) => word.text);
    // The expansion ends anywhere before the brackets, and has at most three words for each letter.
    const longest = 3 * words[0].text.length;
    for (let end = before.length; end >= 2; end -= 1) {
      for (let start = end - 2; start >= Math.max(0, end - longest); start -= 1) {
        if (expandsAcronym(before.slice(start, end), words[0].text)) return true;
      }
    }
    return false;
  };
  return (
    repeats(reference, refFrom, refTo, member.slice(memFrom, memTo)) || repeats(member, memFrom, memTo, reference.slice(refFrom, refTo))
  );
}

/**
 * The change blocks that only write one date another way ("[-Dec. -]31 {+December+}", "Dec.
 * [-31-]{+31st+}", "[-Dec. 31-]{+December 31st+}"), each to its parts: the blocks that touch a
 * day-and-month date of the reference or the member, where the two dates name the same day and
 * month and stand at the same place in the two texts (their starts, and their ends, meet in the
 * diff: in one equal run or one change block, white space aside). A block within both dates is
 * one part; a block reaching past them ("12 [-February-]{+and said they would …+}") is cut at
 * their ends, the part within them labelled and the rest left to be labelled on its own. The
 * label is spelling when the month word differs (abbreviated on one side, as "Dec."/"December"
 * alone is spelling), else cosmetic (order, an ordinal ending, "the … of"). A date with another
 * day or month pairs with none, and its blocks are labelled as any other change (number).
 * Cost: the dates of the two texts times the blocks and segments; a sentence holds a few of each.
 */
function rewrittenDates(blocks: readonly Block[], segments: readonly Segment[], reference: string, member: string): Map<Block, Part[]> {
  const parts = new Map<Block, Part[]>();
  if (blocks.length === 0) return parts;
  const referenceDates = daysAndMonths(reference);
  if (referenceDates.length === 0) return parts;
  const memberDates = daysAndMonths(member);
  const windows = new Map<Block, Part[]>();
  const paired = new Set<DayAndMonth>();
  for (const ours of referenceDates) {
    for (const theirs of memberDates) {
      if (paired.has(theirs) || theirs.month !== ours.month || theirs.day !== ours.day) continue;
      const touching = blocks.filter(
        (block) => overlaps(reference, block.refStart, block.refEnd, ours) || overlaps(member, block.memStart, block.memEnd, theirs),
      );
      const meet = (p: number, q: number) => corresponds(segments, reference, member, p, q);
      // Untouched, the two are one date in an equal run; touched, their ends must meet.
      if (touching.length > 0 && !(meet(ours.start, theirs.start) && meet(endOf(reference, ours), endOf(member, theirs)))) continue;
      paired.add(theirs);
      const label: RunLabel = ours.monthWord === theirs.monthWord ? 'cosmetic' : 'spelling';
      for (const block of touching) {
        const clip = (at: number, from: number, to: number) => Math.min(Math.max(at, from), to);
        const window: Part = {
          refStart: clip(ours.start, block.refStart, block.refEnd),
          refEnd: clip(ours.end, block.refStart, block.refEnd),
          memStart: clip(theirs.start, block.memStart, block.memEnd),
          memEnd: clip(theirs.end, block.memStart, block.memEnd),
          label,
        };
        windows.set(block, [...(windows.get(block) ?? []), window]);
      }
      break;
    }
  }
  for (const [block, found] of windows) {
    const cut: Part[] = [];
    let [refAt, memAt] = [block.refStart, block.memStart];
    // Dates in the texts' order; one that would cross another is left out.
    for (const window of [...found].sort((a, b) => a.refStart - b.refStart)) {
      if (window.refStart < refAt || window.memStart < memAt) continue;
      cut.push({ refStart: refAt, refEnd: window.refStart, memStart: memAt, memEnd: window.memStart }, window);
      [refAt, memAt] = [window.refEnd, window.memEnd];
    }
    cut.push({ refStart: refAt, refEnd: block.refEnd, memStart: memAt, memEnd: block.memEnd });
    // Punctuation beside a date ("Dec. 31[-,-] 2024") goes with it, as white space does.
    const joined = joinFillers(cut, (part) => !HAS_WORD.test(reference.slice(part.refStart, part.refEnd)) && !HAS_WORD.test(member.slice(part.memStart, part.memEnd)));
    parts.set(block, joined);
  }
  return parts;
}

/**
 * Whether reference offset `p` and member offset `q` meet in the diff, white space around
 * either aside: in one equal run at the same place, or within one change block.
 */
function corresponds(segments: readonly Segment[], reference: string, member: string, p: number, q: number): boolean {
  const [p0, p1] = spacedAround(reference, p);
  const [q0, q1] = spacedAround(member, q);
  return segments.some((segment) => {
    if (!segment.equal) return p0 <= segment.refEnd && p1 >= segment.refStart && q0 <= segment.memEnd && q1 >= segment.memStart;
    // An equal run holds the same text in both (the member's): offsets map one to one.
    const from = Math.max(p0, segment.refStart);
    const to = Math.min(p1, segment.refEnd);
    const shift = segment.memStart - segment.refStart;
    return from <= to && Math.max(from + shift, q0) <= Math.min(to + shift, q1);
  });
}

/** The offsets from the white space before `at` to the white space after it. */
function spacedAround(text: string, at: number): [number, number] {
  let [from, to] = [at, at];
  while (from > 0 && /\s/.test(text[from - 1])) from -= 1;
  while (to < text.length && /\s/.test(text[to])) to += 1;
  return [from, to];
}

/** Whether the words of `text[from, to)` (white space at either end aside) overlap `span`. */
function overlaps(text: string, from: number, to: number, span: { start: number; end: number }): boolean {
  const words = text.slice(from, to);
  const start = from + (words.length - words.trimStart().length);
  const end = to - (words.length - words.trimEnd().length);
  return start < end && start < span.end && end > span.start;
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
function wordPairsLabel(
  removedWords: readonly string[],
  addedWords: readonly string[],
  pairLabel: (a: string, b: string) => RunLabel | undefined,
): RunLabel | undefined {
  const lower = (words: readonly string[]) => words.map((word) => word.toLowerCase());
  const gone = without(lower(removedWords), lower(addedWords));
  const come = without(lower(addedWords), lower(removedWords));
  if (gone.length === 0 || gone.length !== come.length) return undefined;
  let label: RunLabel = 'cosmetic';
  for (let k = 0; k < gone.length; k += 1) {
    const pair = pairLabel(gone[k], come[k]);
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
