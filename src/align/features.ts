/**
 * The evidence the sentence-pair scorer weighs, one number per signal, each from 0 to 1.
 * Agreement signals say the two sentences are versions of each other; disagreement signals
 * (numbers, names, negation) say whether they still say the same thing.
 */
import { NEGATION_WORDS } from '../text/negation.js';
import { foldForComparison, normaliseForMatching } from '../text/normalise.js';
import { ENGLISH_MONTHS } from '../text/months.js';
import { comparableNumber, isCountingOne, numberWordValue, ordinalSuffix, ordinalWordValue, SCALE_WORDS } from '../text/numbers.js';
import { abbreviationKind } from '../segment/abbreviations.js';
import { spellingPartners } from '../text/spellings.js';
import { attributionSpans } from './attribution.js';
import { groupsMeet, type RarityTable, type SynonymTable } from './tables.js';
import { isRelatedForm, termOfLowerWord, WORD } from './terms.js';

/** Words of a reporting clause count for this much, against 1 for the words of what was said. */
const ATTRIBUTION_FACTOR = 0.3;

/** What the scorer reads of one sentence (or of two neighbours read as one). */
export interface PairSide {
  /** Lower-cased tokens in order, function words included. */
  tokens: string[];
  /** Hashes of word bigrams and trigrams, sorted (function words included): shared phrasing. */
  bigrams: Uint32Array;
  trigrams: Uint32Array;
  /** Hashes of the tokens, in order: word edit distance compares numbers, not strings. */
  tokenHashes: Uint32Array;
  /** Hashes of single tokens and of word 4-grams, sorted, for BLEU-style precision. */
  unigrams: Uint32Array;
  fourgrams: Uint32Array;
  /** Distinct content terms with their weight (rarity, discounted in reporting clauses). */
  terms: Map<string, number>;
  /** Each term's first word as written, for explanations. */
  surface: Map<string, string>;
  /** Numbers as written, separators removed ("14,000" → "14000"). */
  numbers: string[];
  /**
   * Numbers written as words, as figures ("five" → "5"), with the word of a scale after one when
   * there is one ("five million" → "5 million"); a word joined by a hyphen ("twenty-five") is left
   * out. Ordinal words as ordinal figures are read ("first" → "1 st", as "1st" is).
   */
  spelledNumbers: string[];
  /**
   * Numbers in figures with the word of a scale or an ordinal ending after them ("5 million",
   * "21st" → "21 st"), to meet one spelled out.
   */
  scaledNumbers: string[];
  /** Terms of capitalised words that do not start the sentence: names of people, places, bodies. */
  names: string[];
  /**
   * The term of a capitalised first word ("Putin said", "Officials said"): a name or not, which
   * only the other sentence can tell (see {@link unmatchedNames}).
   */
  openers: string[];
  negations: number;
  /** Folded, lower-cased text for character similarity. */
  matchText: string;
  /** `matchText` without white space. */
  squeezed: string;
  /** Its character bigrams as sorted codes: string-similarity's measure, precomputed. */
  characterBigrams: Uint32Array;
  /** Hashes of its character trigrams and 4-grams, sorted. */
  characterTrigrams: Uint32Array;
  characterFourgrams: Uint32Array;
}

/** A type alias (not an interface) so it reads as a plain record of numbers. */
export type PairFeatures = {
  /** Rarity-weighted Dice over content terms: same term or a related form. */
  termOverlap: number;
  /** The same, also counting WordNet synonyms as matches. */
  synonymOverlap: number;
  /** Share of the lighter side's weight matched in the other (one sentence holding the other). */
  containment: number;
  /** Share of the heavier side's weight matched in the other. */
  coverage: number;
  /** Whole-string character-bigram Dice, as string-similarity's `compareTwoStrings` measures it. */
  characterDice: number;
  /** Dice over character trigrams and 4-grams (white space removed): spelling variants and shared stems. */
  characterTrigramOverlap: number;
  characterFourgramOverlap: number;
  /** Dice over word bigrams (function words included): shared phrasing. */
  bigramOverlap: number;
  /** Dice over word trigrams. */
  trigramOverlap: number;
  /** BLEU of each side against the other: the lower and the higher. */
  bleuLow: number;
  bleuHigh: number;
  /** 1 − word edit distance over the longer length. */
  editSimilarity: number;
  /** Shorter token count over longer. */
  lengthRatio: number;
  /** Longest common subsequence of content terms over the shorter side's count: shared order. */
  orderAgreement: number;
  /** Share of numbers on either side with no equal number on the other (0 without numbers). */
  numberMismatch: number;
  /** Share of names on either side with no match on the other (0 without names). */
  nameMismatch: number;
  /** 1 when one side is negated and the other is not. */
  negationMismatch: number;
};

export type FeatureName = keyof PairFeatures;

export const FEATURE_NAMES: readonly FeatureName[] = [
  'termOverlap',
  'synonymOverlap',
  'containment',
  'coverage',
  'characterDice',
  'characterTrigramOverlap',
  'characterFourgramOverlap',
  'bigramOverlap',
  'trigramOverlap',
  'bleuLow',
  'bleuHigh',
  'editSimilarity',
  'lengthRatio',
  'orderAgreement',
  'numberMismatch',
  'nameMismatch',
  'negationMismatch',
];

/** Reads a sentence (or sentences joined) for scoring. Cost: linear in its length. */
export function readPairSide(text: string, rarity: RarityTable): PairSide {
  const reading = readingOf(text);
  const terms = new Map<string, number>();
  for (const { term, inClause } of reading.termHits) {
    const weight = rarity.idf(term) * (inClause ? ATTRIBUTION_FACTOR : 1);
    terms.set(term, Math.max(terms.get(term) ?? 0, weight));
  }
  return { ...reading.side, terms };
}

/** The content terms of a text, in order (as {@link readPairSide} reads them; cached with it). */
export function contentTermsOf(text: string): readonly string[] {
  return readingOf(text).termList;
}

/** What reading a sentence gives before term weights: everything but `terms`, which depends on the story. */
interface Reading {
  side: Omit<PairSide, 'terms'>;
  termHits: Array<{ term: string; inClause: boolean }>;
  termList: string[];
}

/**
 * Readings of sentences already seen. One sentence is read once per comparison, but an index
 * compares each article with several others, and `compare` of three or more articles aligns each
 * with several: the reading (tokens, n-gram and character fingerprints) does not change. Bounded.
 */
const readings = new Map<string, Reading>();
const READING_CACHE_LIMIT = 20_000;

/** Forgets every sentence read so far, so a benchmark times reading rather than the cache. */
export function forgetReadings(): void {
  readings.clear();
}

/**
 * How much of a sentence is read, in UTF-16 code units. Word edit distance, term order and the
 * name and form matching cost the product of the two sides' lengths: a "sentence" of a whole
 * article (a missed split, a document in one `score-pairs` cell) took minutes. A news sentence,
 * even two joined, is a small fraction of this.
 */
const MAX_READ_LENGTH = 10_000;

function readingOf(text: string): Reading {
  let reading = readings.get(text);
  if (reading === undefined) {
    if (readings.size >= READING_CACHE_LIMIT) readings.clear();
    reading = readSentence(readablePart(text));
    readings.set(text, reading);
  }
  return reading;
}

/** The text up to {@link MAX_READ_LENGTH}, cut at the last white space before it so no word is split. */
function readablePart(text: string): string {
  if (text.length <= MAX_READ_LENGTH) return text;
  const cut = text.slice(0, MAX_READ_LENGTH + 1);
  const lastSpace = cut.search(/\s\S*$/u);
  if (lastSpace > 0) return cut.slice(0, lastSpace);
  // One unbroken run: cut it, but not between the halves of a surrogate pair.
  const end = /[\uD800-\uDBFF]/.test(text[MAX_READ_LENGTH - 1]) ? MAX_READ_LENGTH - 1 : MAX_READ_LENGTH;
  return text.slice(0, end);
}

/** Two words joined by a hyphen, read where `lastIndex` is set: "twenty-three". */
const HYPHENED_PAIR = /\p{L}+-\p{L}+/uy;
/** The ending of an ordinal in figures, read where `lastIndex` is set, just after the figure: "st" of "21st". */
const ORDINAL_ENDING = /(?:st|nd|rd|th)(?![\p{L}\p{M}\p{N}])/iuy;

function readSentence(text: string): Reading {
  const folded = foldForComparison(text);
  const spans = attributionSpans(folded);
  const tokens: string[] = [];
  const termHits: Reading['termHits'] = [];
  const surface = new Map<string, string>();
  const numbers: string[] = [];
  const spelledNumbers: string[] = [];
  const scaledNumbers: string[] = [];
  // The number just read, for the word of a scale that may follow it.
  let lastNumber: { list: string[]; at: number } | undefined;
  const names: string[] = [];
  let opener: string | undefined;
  let negations = 0;
  let first = true;
  const joined = withInitialismsJoined(folded);
  for (const match of joined.matchAll(WORD)) {
    const word = match[0];
    const lower = word.toLowerCase();
    tokens.push(lower);
    if (NEGATION_WORDS.has(lower) || lower.endsWith("n't")) negations += 1;
    if (lastNumber && SCALE_WORDS.has(lower)) {
      const { list, at } = lastNumber;
      if (list === spelledNumbers) list[at] = `${list[at]} ${lower}`;
      else scaledNumbers.push(`${numbers[at]} ${lower}`);
    }
    lastNumber = undefined;
    if (/^\p{N}/u.test(word)) {
      lastNumber = { list: numbers, at: numbers.length };
      const figure = comparableNumber(word);
      numbers.push(figure);
      // An ordinal in figures ("21st") is the figure, and meets only an ordinal word ("twenty-first").
      ORDINAL_ENDING.lastIndex = match.index + word.length;
      const ending = ORDINAL_ENDING.exec(joined)?.[0].toLowerCase();
      if (ending !== undefined && ending === ordinalSuffix(figure)) scaledNumbers.push(`${figure} ${ending}`);
    } else {
      const end = match.index + word.length;
      const joinedBefore = joined[match.index - 1] === '-';
      const joinedAfter = joined[end] === '-';
      // A number spelled in two words ("twenty-three") is read at its first word, as is a number
      // word opening any other compound ("five-year" is 5, as "5-year" is); a word after a hyphen
      // is none ("twenty-five" is not 5 too). A spelled number only meets a figure on the other
      // side, never counts as one missing there, so "one" is 1 too ("no one" aside): as a pronoun
      // ("one of them") it can at most meet a figure 1 the other side prints.
      let figure: string | undefined;
      // An ordinal word ("first", "twenty-first", "first-ever") is read as its ordinal figure, and
      // meets only one ("1st"): "at first" has no 1 to meet.
      let ordinal: string | undefined;
      if (!joinedBefore && !joinedAfter) {
        figure = numberWordValue(lower);
        ordinal = ordinalWordValue(lower);
      } else if (!joinedBefore) {
        HYPHENED_PAIR.lastIndex = match.index;
        const pair = HYPHENED_PAIR.exec(joined)?.[0] ?? '';
        ordinal = ordinalWordValue(pair);
        if (ordinal === undefined) {
          figure = numberWordValue(pair) ?? numberWordValue(lower);
          ordinal = ordinalWordValue(lower);
        }
      }
      if (!joinedBefore && isCountingOne(lower, tokens[tokens.length - 2])) figure = '1';
      if (figure !== undefined) {
        lastNumber = { list: spelledNumbers, at: spelledNumbers.length };
        spelledNumbers.push(figure);
      } else if (ordinal !== undefined) spelledNumbers.push(`${ordinal} ${ordinalSuffix(ordinal)}`);
    }
    const term = termOfLowerWord(lower);
    if (term !== undefined) {
      const inClause = spans.some((span) => match.index >= span.start && match.index < span.end);
      termHits.push({ term, inClause });
      if (!surface.has(term)) surface.set(term, writtenAt(folded, match.index, word));
      if (/^\p{Lu}/u.test(word) && !isNumberAbbreviation(folded, match.index, word)) {
        if (!first) names.push(term);
        else opener = term;
      }
    }
    first = false;
  }
  const openers = opener === undefined ? [] : [opener];
  const { terms: _unused, ...side } = withDerived({
    tokens,
    terms: new Map(),
    surface,
    numbers,
    spelledNumbers,
    scaledNumbers,
    names,
    openers,
    negations,
    matchText: normaliseForMatching(text),
  });
  return { side, termHits, termList: termHits.map((hit) => hit.term) };
}

/**
 * Dotted initialisms written as one word, same length ("U.S." → "US  "): one outlet's "U.S."
 * and another's "US" are one name, not "U" and "S" against "US".
 */
function withInitialismsJoined(folded: string): string {
  return folded.replace(INITIALISM, (initialism) => {
    const letters = initialism.replace(/\./g, '');
    return letters + ' '.repeat(initialism.length - letters.length);
  });
}
const INITIALISM = /(?<![\p{L}\p{N}.])(?:\p{Lu}\.){2,}(?![\p{L}\p{N}])/gu;

/** A joined initialism's word as the text writes it ("U.S." for "US"), for explanations. */
function writtenAt(folded: string, at: number, word: string): string {
  if (folded.startsWith(word, at)) return word;
  WRITTEN_INITIALISM.lastIndex = at;
  return WRITTEN_INITIALISM.exec(folded)?.[0] ?? word;
}
const WRITTEN_INITIALISM = /(?:\p{Lu}\.){2,}/uy;

/**
 * Whether the word at `at` abbreviates "number", "article", "section"… before a number ("No. 2",
 * "Art. 5"; the splitter's list, months left out, as a month is a date): no name.
 */
function isNumberAbbreviation(folded: string, at: number, word: string): boolean {
  NUMBER_AFTER_STOP.lastIndex = at + word.length;
  if (!NUMBER_AFTER_STOP.test(folded)) return false;
  return abbreviationKind(`${word}.`) === 'beforeNumber' && !isMonthAbbreviation(word.toLowerCase());
}
const NUMBER_AFTER_STOP = /\. ?\p{N}/uy;

/** `jan`, `sept`, `dec`: a month's first three letters or more. */
function isMonthAbbreviation(lower: string): boolean {
  return lower.length >= 3 && ENGLISH_MONTHS.some((month) => month.startsWith(lower));
}

/** Adds the n-gram and character-bigram fingerprints that make scoring a pair cheap. */
type DerivedField = 'tokenHashes' | 'unigrams' | 'bigrams' | 'trigrams' | 'fourgrams' | 'squeezed' | 'characterBigrams' | 'characterTrigrams' | 'characterFourgrams';

function withDerived(side: Omit<PairSide, DerivedField>): PairSide {
  const squeezed = side.matchText.replace(/\s+/g, '');
  const tokenHashes = ngramHashes(side.tokens, 1, false);
  return {
    ...side,
    tokenHashes,
    unigrams: tokenHashes.slice().sort(),
    bigrams: ngramHashes(side.tokens, 2),
    trigrams: ngramHashes(side.tokens, 3),
    fourgrams: ngramHashes(side.tokens, 4),
    squeezed,
    characterBigrams: characterBigrams(squeezed),
    characterTrigrams: characterGramHashes(squeezed, 3),
    characterFourgrams: characterGramHashes(squeezed, 4),
  };
}

/** FNV-1a hashes of the character n-grams, sorted. */
function characterGramHashes(squeezed: string, n: number): Uint32Array {
  const hashes = new Uint32Array(Math.max(0, squeezed.length - n + 1));
  for (let k = 0; k + n <= squeezed.length; k += 1) {
    let hash = 0x811c9dc5;
    for (let c = k; c < k + n; c += 1) hash = Math.imul(hash ^ squeezed.charCodeAt(c), 0x01000193);
    hashes[k] = hash >>> 0;
  }
  return hashes.sort();
}

/**
 * The character bigrams string-similarity's `compareTwoStrings` counts (white space removed),
 * as sorted codes. Built once per sentence: building them again for every pair, as
 * `compareTwoStrings` does, took a third of the scoring time.
 */
function characterBigrams(squeezed: string): Uint32Array {
  const codes = new Uint32Array(Math.max(0, squeezed.length - 1));
  for (let k = 0; k + 1 < squeezed.length; k += 1) codes[k] = (squeezed.charCodeAt(k) << 16) | squeezed.charCodeAt(k + 1);
  return codes.sort();
}

/** `compareTwoStrings(a, b)` from precomputed bigrams: 2 × shared bigrams / all bigrams (1 for equal texts, 0 for a text under two characters). */
function characterDice(left: PairSide, right: PairSide): number {
  if (left.squeezed === right.squeezed) return 1;
  if (left.squeezed.length < 2 || right.squeezed.length < 2) return 0;
  return sortedDice(left.characterBigrams, right.characterBigrams);
}

/** Joins two neighbouring sentences read as one (for 1:2 and 2:1 beads). */
export function joinPairSides(parts: readonly PairSide[]): PairSide {
  if (parts.length === 1) return parts[0];
  const terms = new Map<string, number>();
  const surface = new Map<string, string>();
  for (const part of parts) {
    for (const [term, weight] of part.terms) terms.set(term, Math.max(terms.get(term) ?? 0, weight));
    for (const [term, word] of part.surface) if (!surface.has(term)) surface.set(term, word);
  }
  return withDerived({
    tokens: parts.flatMap((part) => part.tokens),
    terms,
    surface,
    numbers: parts.flatMap((part) => part.numbers),
    spelledNumbers: parts.flatMap((part) => part.spelledNumbers),
    scaledNumbers: parts.flatMap((part) => part.scaledNumbers),
    names: parts.flatMap((part) => part.names),
    openers: parts.flatMap((part) => part.openers),
    negations: parts.reduce((sum, part) => sum + part.negations, 0),
    matchText: parts.map((part) => part.matchText).join(' '),
  });
}

/** What the scorer found, for `--explain`. */
export interface PairMatches {
  /** Terms both sides share (or related forms), rarest first. */
  shared: Array<{ left: string; right: string; weight: number }>;
  /** Pairs of different terms WordNet treats as synonyms. */
  synonyms: Array<{ left: string; right: string }>;
  /** Numbers found on one side only. */
  numbers: { left: string[]; right: string[] };
  /** Names found on one side only. */
  names: { left: string[]; right: string[] };
}

/**
 * Every signal for one pair. Cost: O(|left terms| × |right terms|) for related forms and
 * synonyms, plus one bigram Dice over both texts.
 */
export function pairFeatures(
  left: PairSide,
  right: PairSide,
  synonyms: SynonymTable,
): { features: PairFeatures; matches: PairMatches; sideCoverage: [number, number] } {
  const work = new PairWork(left, right, synonyms);
  const features = {} as PairFeatures;
  for (const name of FEATURE_NAMES) features[name] = SIGNALS[name](work);
  return {
    features,
    matches: { shared: work.matches.shared, synonyms: work.matches.synonyms, numbers: work.numbers(), names: work.names() },
    sideCoverage: work.sideCoverage,
  };
}

/**
 * Only the named signals of a pair, as {@link pairFeatures} computes them, and no other: the
 * aligner scores every candidate pair of two articles and keeps few, and the score reads a
 * handful of the signals. Word edit distance, n-grams and names are then worked out only for the
 * pairs kept (when they are explained).
 */
export function selectedPairFeatures(
  left: PairSide,
  right: PairSide,
  synonyms: SynonymTable,
  signals: readonly string[],
): { features: Record<string, number>; sideCoverage: [number, number] } {
  const work = new PairWork(left, right, synonyms);
  const features: Record<string, number> = {};
  for (const name of signals) {
    if (!isFeatureName(name)) throw new Error(`unknown pair signal "${name}"`);
    features[name] = SIGNALS[name](work);
  }
  return { features, sideCoverage: work.sideCoverage };
}

function isFeatureName(name: string): name is FeatureName {
  return Object.hasOwn(SIGNALS, name);
}

/**
 * What several signals of one pair share: the term matching (every score reads it), and the
 * n-gram counts, numbers and names, each worked out when a signal first asks.
 */
class PairWork {
  readonly matches: Pick<PairMatches, 'shared' | 'synonyms'>;
  /** Matched term weight of each side: same terms and related forms only, then synonyms too. */
  readonly exact: [number, number] = [0, 0];
  readonly withSynonyms: [number, number];
  readonly totals: [number, number];
  readonly sideCoverage: [number, number];
  private commonCounts: number[] | undefined;
  private bleu: Pick<PairFeatures, 'bleuLow' | 'bleuHigh'> | undefined;
  private onlyNumbers: { left: string[]; right: string[] } | undefined;
  private onlyNames: { left: string[]; right: string[]; read: number } | undefined;

  constructor(
    readonly left: PairSide,
    readonly right: PairSide,
    private readonly synonyms: SynonymTable,
  ) {
    this.matches = matchTerms(left, right, synonyms);
    for (const match of this.matches.shared) {
      this.exact[0] += left.terms.get(match.left) ?? 0;
      this.exact[1] += right.terms.get(match.right) ?? 0;
    }
    this.withSynonyms = [this.exact[0], this.exact[1]];
    for (const match of this.matches.synonyms) {
      this.withSynonyms[0] += left.terms.get(match.left) ?? 0;
      this.withSynonyms[1] += right.terms.get(match.right) ?? 0;
    }
    this.totals = [totalWeight(left), totalWeight(right)];
    this.sideCoverage = [
      this.totals[0] > 0 ? this.withSynonyms[0] / this.totals[0] : 0,
      this.totals[1] > 0 ? this.withSynonyms[1] / this.totals[1] : 0,
    ];
  }

  /** The share of both sides' weight in `matched`. */
  overlap(matched: readonly [number, number]): number {
    const total = this.totals[0] + this.totals[1];
    return total > 0 ? (matched[0] + matched[1]) / total : 0;
  }

  /** Coverage of the lighter side (`lighter`) or of the heavier one. */
  coverageOf(lighter: boolean): number {
    const lighterIsLeft = this.totals[0] <= this.totals[1];
    return this.sideCoverage[lighterIsLeft === lighter ? 0 : 1];
  }

  /** Shared word 1- to 4-grams, counted once for both the n-gram Dice and BLEU. */
  commons(): number[] {
    const { left, right } = this;
    this.commonCounts ??= [
      sortedCommon(left.unigrams, right.unigrams),
      sortedCommon(left.bigrams, right.bigrams),
      sortedCommon(left.trigrams, right.trigrams),
      sortedCommon(left.fourgrams, right.fourgrams),
    ];
    return this.commonCounts;
  }

  bleuScores(): Pick<PairFeatures, 'bleuLow' | 'bleuHigh'> {
    this.bleu ??= bleuBothWays(this.left, this.right, this.commons());
    return this.bleu;
  }

  numbers(): { left: string[]; right: string[] } {
    if (!this.onlyNumbers) {
      const { left, right } = unmatched(this.left.numbers, this.right.numbers);
      // A figure the other side spells out ("5"/"five", "5 million"/"five million") is found there,
      // once, by a spelled number both sides do not share.
      const spelled = unmatched(this.left.spelledNumbers, this.right.spelledNumbers);
      this.onlyNumbers = { left: unspelled(left, this.left.scaledNumbers, spelled.right), right: unspelled(right, this.right.scaledNumbers, spelled.left) };
    }
    return this.onlyNumbers;
  }

  names(): { left: string[]; right: string[] } {
    const { left, right } = this.namesRead();
    return { left, right };
  }

  namesRead(): { left: string[]; right: string[]; read: number } {
    this.onlyNames ??= unmatchedNames(this.left, this.right, this.synonyms);
    return this.onlyNames;
  }
}

/** How each signal is computed from a pair's shared work. */
const SIGNALS: { readonly [name in FeatureName]: (work: PairWork) => number } = {
  termOverlap: (work) => work.overlap(work.exact),
  synonymOverlap: (work) => work.overlap(work.withSynonyms),
  containment: (work) => work.coverageOf(true),
  coverage: (work) => work.coverageOf(false),
  characterDice: (work) => characterDice(work.left, work.right),
  characterTrigramOverlap: (work) => sortedDice(work.left.characterTrigrams, work.right.characterTrigrams),
  characterFourgramOverlap: (work) => sortedDice(work.left.characterFourgrams, work.right.characterFourgrams),
  bigramOverlap: (work) => diceOf(work.commons()[1], work.left.bigrams.length + work.right.bigrams.length),
  trigramOverlap: (work) => diceOf(work.commons()[2], work.left.trigrams.length + work.right.trigrams.length),
  bleuLow: (work) => work.bleuScores().bleuLow,
  bleuHigh: (work) => work.bleuScores().bleuHigh,
  editSimilarity: (work) => editSimilarity(work.left.tokenHashes, work.right.tokenHashes),
  lengthRatio: ({ left, right }) => Math.min(left.tokens.length, right.tokens.length) / Math.max(1, left.tokens.length, right.tokens.length),
  orderAgreement: (work) => orderAgreement(work.left, work.right, work.matches),
  numberMismatch: (work) => mismatchShare(work.numbers(), work.left.numbers.length + work.right.numbers.length),
  nameMismatch: (work) => {
    const names = work.namesRead();
    return mismatchShare(names, names.read);
  },
  negationMismatch: ({ left, right }) => ((left.negations > 0) !== (right.negations > 0) ? 1 : 0),
};

function totalWeight(side: PairSide): number {
  let sum = 0;
  for (const weight of side.terms.values()) sum += weight;
  return sum;
}

function matchTerms(left: PairSide, right: PairSide, synonyms: SynonymTable): Pick<PairMatches, 'shared' | 'synonyms'> {
  const shared: PairMatches['shared'] = [];
  const found: PairMatches['synonyms'] = [];
  let pending: string[] | undefined;
  // forEach, not for…of: destructuring each entry allocated an array per term on this hot path.
  left.terms.forEach((weight, term) => {
    if (right.terms.has(term)) shared.push({ left: term, right: term, weight });
    else (pending ??= []).push(term);
  });
  if (pending === undefined) return sortedMatches(shared, found);
  // The right side's terms not shared as they are: the candidates for related forms and synonyms.
  const free: string[] = [];
  for (const term of right.terms.keys()) if (!left.terms.has(term)) free.push(term);
  if (free.length === 0) return sortedMatches(shared, found);
  const taken = new Array<boolean>(free.length).fill(false);
  let stillPending: string[] | undefined;
  // Related forms first: they are the same word; synonyms only for what is left.
  for (const term of pending) {
    let partner = -1;
    const spellings = spellingsOf(term);
    for (let k = 0; k < free.length; k += 1) {
      if (!taken[k] && (isRelatedForm(term, free[k]) || spellings?.includes(free[k]))) {
        partner = k;
        break;
      }
    }
    if (partner < 0) (stillPending ??= []).push(term);
    else {
      taken[partner] = true;
      shared.push({ left: term, right: free[partner], weight: left.terms.get(term) ?? 0 });
    }
  }
  if (stillPending === undefined) return sortedMatches(shared, found);
  const freeGroups = free.map((candidate, k) => (taken[k] ? undefined : synonyms.groupsOf(candidate)));
  if (freeGroups.every((groups) => groups === undefined)) return sortedMatches(shared, found);
  for (const term of stillPending) {
    const groups = synonyms.groupsOf(term);
    if (!groups) continue;
    for (let k = 0; k < free.length; k += 1) {
      const theirs = freeGroups[k];
      if (taken[k] || theirs === undefined || !groupsMeet(groups, theirs)) continue;
      taken[k] = true;
      found.push({ left: term, right: free[k] });
      break;
    }
  }
  return sortedMatches(shared, found);
}

/** Shared terms rarest first (ties by name), for explanations. */
function sortedMatches(shared: PairMatches['shared'], found: PairMatches['synonyms']): Pick<PairMatches, 'shared' | 'synonyms'> {
  shared.sort((a, b) => b.weight - a.weight || (a.left < b.left ? -1 : 1));
  return { shared, synonyms: found };
}

/** FNV-1a hashes of the word n-grams, sorted unless `sorted` is false; a collision costs at most a sliver of one feature. */
function ngramHashes(tokens: readonly string[], n: number, sorted = true): Uint32Array {
  const hashes = new Uint32Array(Math.max(0, tokens.length - n + 1));
  for (let k = 0; k + n <= tokens.length; k += 1) {
    let hash = 0x811c9dc5;
    for (let t = k; t < k + n; t += 1) {
      const token = tokens[t];
      for (let c = 0; c < token.length; c += 1) hash = Math.imul(hash ^ token.charCodeAt(c), 0x01000193);
      hash = Math.imul(hash ^ 0x20, 0x01000193);
    }
    hashes[k] = hash >>> 0;
  }
  return sorted ? hashes.sort() : hashes;
}

/** Dice over two sorted multisets: one merge pass, no allocation. */
function sortedDice(a: Uint32Array, b: Uint32Array): number {
  return diceOf(sortedCommon(a, b), a.length + b.length);
}

function diceOf(common: number, total: number): number {
  return total === 0 ? 0 : (2 * common) / total;
}

/**
 * BLEU of each side against the other as reference (clipped n-gram precision for n = 1…4,
 * add-one smoothed, geometric mean, brevity penalty), as machine-translation evaluation
 * scores a translation: the lower and the higher of the two.
 */
function bleuBothWays(left: PairSide, right: PairSide, commons: readonly number[]): Pick<PairFeatures, 'bleuLow' | 'bleuHigh'> {
  const sizes = [
    [left.unigrams.length, right.unigrams.length],
    [left.bigrams.length, right.bigrams.length],
    [left.trigrams.length, right.trigrams.length],
    [left.fourgrams.length, right.fourgrams.length],
  ] as const;
  // Two texts without words read the same, as word edit distance has it.
  if (left.tokens.length === 0 && right.tokens.length === 0) return { bleuLow: 1, bleuHigh: 1 };
  let logLeft = 0;
  let logRight = 0;
  sizes.forEach(([a, b], order) => {
    // Add-one smoothing for n ≥ 2 only (Lin & Och's BLEU+1): smoothing unigrams too gave two
    // one-word sentences with no word in common a BLEU of 0.84.
    const smoothing = order === 0 ? 0 : 1;
    logLeft += Math.log((commons[order] + smoothing) / (a + smoothing || 1));
    logRight += Math.log((commons[order] + smoothing) / (b + smoothing || 1));
  });
  const brevity = (candidate: number, reference: number) => (candidate >= reference ? 1 : Math.exp(1 - reference / Math.max(1, candidate)));
  const bleuLeft = brevity(left.tokens.length, right.tokens.length) * Math.exp(logLeft / 4);
  const bleuRight = brevity(right.tokens.length, left.tokens.length) * Math.exp(logRight / 4);
  return { bleuLow: Math.min(bleuLeft, bleuRight), bleuHigh: Math.max(bleuLeft, bleuRight) };
}

/** 1 − word-level edit distance over the longer length: how few insertions, deletions and substitutions turn one into the other. */
function editSimilarity(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  let [previous, current] = scratchRows(b.length + 1);
  for (let j = 0; j <= b.length; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(substitution, previous[j] + 1, current[j - 1] + 1);
    }
    [previous, current] = [current, previous];
  }
  return 1 - previous[b.length] / Math.max(a.length, b.length);
}

/**
 * Two zeroed rows for a dynamic programme over `length` columns, reused from pair to pair:
 * allocating them for every pair kept the garbage collector busy. The callers run to completion
 * before the next call, so sharing is safe.
 */
let scratch: [Int32Array, Int32Array] = [new Int32Array(256), new Int32Array(256)];
function scratchRows(length: number): [Int32Array, Int32Array] {
  if (scratch[0].length < length) scratch = [new Int32Array(length * 2), new Int32Array(length * 2)];
  scratch[0].fill(0, 0, length);
  scratch[1].fill(0, 0, length);
  return [scratch[0], scratch[1]];
}

/** Size of the intersection of two sorted multisets. */
function sortedCommon(a: Uint32Array, b: Uint32Array): number {
  let common = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      common += 1;
      i += 1;
      j += 1;
    } else if (a[i] < b[j]) i += 1;
    else j += 1;
  }
  return common;
}

/** LCS of the content terms in reading order (matched terms mapped to one name), over the shorter side. */
function orderAgreement(left: PairSide, right: PairSide, matches: Pick<PairMatches, 'shared' | 'synonyms'>): number {
  const partner = new Map<string, string>();
  for (const match of matches.shared) partner.set(match.right, match.left);
  for (const match of matches.synonyms) partner.set(match.right, match.left);
  if (partner.size === 0) return 0;
  const a = [...left.terms.keys()];
  const b = [...right.terms.keys()].map((term) => partner.get(term));
  let [previous, current] = scratchRows(b.length + 1);
  for (const term of a) {
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = term === b[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] / Math.min(a.length, b.length);
}

/**
 * The figures of `values` (numbers one side lacks in figures on the other) that the other side does
 * not spell out either (`spelledOpposite`), each spelled number meeting one figure: with the scale
 * word after it when the figure has one (`scaledOwn`: "5 million" meets "five million", not "five").
 */
function unspelled(values: readonly string[], scaledOwn: readonly string[], spelledOpposite: readonly string[]): string[] {
  if (values.length === 0 || spelledOpposite.length === 0) return [...values];
  const spelled = [...spelledOpposite];
  const scaled = [...scaledOwn];
  return values.filter((value) => {
    const withScale = scaled.findIndex((phrase) => phrase.startsWith(`${value} `));
    const key = withScale >= 0 ? scaled.splice(withScale, 1)[0] : value;
    const at = spelled.indexOf(key);
    if (at < 0) return true;
    spelled.splice(at, 1);
    return false;
  });
}

function unmatched(left: readonly string[], right: readonly string[]): { left: string[]; right: string[] } {
  const remaining = [...right];
  const onlyLeft: string[] = [];
  for (const value of left) {
    const at = remaining.indexOf(value);
    if (at >= 0) remaining.splice(at, 1);
    else onlyLeft.push(value);
  }
  return { left: onlyLeft, right: remaining };
}

/**
 * Names on one side only. A name is found on the other side when any word there is it or a
 * related form ("Russia"/"Russian"; a sentence's first word counts too). A lone capitalised first
 * word counts as a name only when it is no dictionary word (WordNet has no sense of it: "Putin",
 * not "Officials" or "However") and both sides open with such a word the other lacks: one subject
 * replaced another ("Putin said" / "Biden said"). `read` is how many names both sides hold, so counted.
 */
function unmatchedNames(left: PairSide, right: PairSide, synonyms: SynonymTable): { left: string[]; right: string[]; read: number } {
  const foundIn = (side: PairSide, name: string) => {
    if (side.terms.has(name)) return true;
    const spellings = spellingsOf(name);
    for (const term of side.terms.keys()) if (isRelatedForm(name, term) || spellings?.includes(term)) return true;
    return false;
  };
  const lone = (side: PairSide, other: PairSide) =>
    side.openers.filter((term) => !side.names.includes(term) && !foundIn(other, term) && synonyms.groupsOf(term) === undefined);
  const leftOpeners = lone(left, right);
  const rightOpeners = lone(right, left);
  const replaced = leftOpeners.length > 0 && rightOpeners.length > 0;
  const leftNames = replaced ? [...left.names, ...leftOpeners] : left.names;
  const rightNames = replaced ? [...right.names, ...rightOpeners] : right.names;
  return {
    left: [...new Set(leftNames)].filter((name) => !foundIn(right, name)),
    right: [...new Set(rightNames)].filter((name) => !foundIn(left, name)),
    read: leftNames.length + rightNames.length,
  };
}

/** Known spellings of one word, as terms (`kiev`/`kyiv`, `defenc`/`defens`): each term's others. Built when first asked, not at start-up. */
let spellings: ReadonlyMap<string, readonly string[]> | undefined;
function spellingsOf(term: string): readonly string[] | undefined {
  spellings ??= spellingPartners((word) => termOfLowerWord(word));
  return spellings.get(term);
}

function mismatchShare(found: { left: string[]; right: string[] }, total: number): number {
  return total > 0 ? (found.left.length + found.right.length) / total : 0;
}
