/**
 * Quotes tracked across outlets: each direct quotation, and how every other outlet renders it —
 * word for word, in another translation, altered, cut short, turned into reported speech, or not
 * at all. Pure: works on the articles and the alignments `compare` already made.
 */
import { locatedTerms, isRelatedForm } from '../align/terms.js';
import { wordnetSynonyms } from '../align/tables.js';
import { diffWording } from '../diff/index.js';
import { labelRuns, verdictOf } from '../diff/labels.js';
import type { Alignment, Article, DiffRun, QuoteRendering, QuoteVersion, RunLabel, TrackedQuote } from '../types.js';
import { NEGATION_WORDS } from '../text/negation.js';
import { extractQuotes, type ExtractedQuote } from './extract.js';
import { scanQuoteSpans } from './marks.js';

/** A quoted stretch of one article: a quotation of substance, or a short quoted phrase. */
interface Quoted {
  article: string;
  text: string;
  sentences: number[];
  speaker: string | null;
  speakerMention: string | null;
  /** True when the speaker is only described ("a spokesperson"), not named. */
  speakerDescribed: boolean;
  citing: string | null;
  /** False for a short quoted phrase (a term, a fragment): it can render part of a quotation, never be one. */
  substantive: boolean;
  /** Its content terms, read once. */
  terms: string[];
  /** Content terms of its sentence right before the opening mark and right after the closing one: words an outlet left outside the marks ("said the president "has learned …"). */
  outside: { before: string[]; after: string[] };
}

/** Another outlet's quotation renders one when it holds at least this share of its content words… */
const RENDERS_SHARE = 0.3;
/** …or when at least this share of its own content words are the quotation's (it is a part of it). */
const PART_SHARE = 0.6;
/** Content words two quoted stretches must share at the least to be one quotation (all of them when a quotation in an aligned sentence has fewer: "Is this the end?")… */
const MIN_SHARED = 2;
/** …and a short quoted phrase with a quotation. */
const MIN_SHARED_FRAGMENT = 3;
/** A quotation found away from the aligned sentences must share this much either way… */
const MOVED_SHARE = 0.6;
/** …and at least this many content words. */
const MIN_SHARED_MOVED = 4;
/** A short quoted phrase anywhere in the article renders part of a quotation when nearly all its words are the quotation's. */
const FRAGMENT_PART_SHARE = 0.8;
/** Reported speech: the aligned sentence holds at least this share of the quotation's content words. */
const REPORTED_SHARE = 0.5;
/** A rendering that lacks at least this share of the quotation's content words (and adds little) is truncated. */
const TRUNCATED_SHARE = 0.25;
/** More than this share of the quotation's content words changed (not as synonyms or forms) is an alteration. */
const ALTERED_SHARE = 0.2;

/** Word parts that, added or dropped, reverse a word ("de-escalation", "non-expansion"). */
const REVERSING_PREFIX = /^(?:de|non|un|in|dis|anti|counter)-?$/iu;

/**
 * Labels of runs that say the same words another way: a form ("won't" / "will not", "Kiev" /
 * "Kyiv"), a synonym or a move. Such a run keeps any negation it holds, so it reverses nothing.
 */
const SAME_SENSE_LABELS: ReadonlySet<RunLabel | undefined> = new Set<RunLabel>(['cosmetic', 'spelling', 'inflection', 'compounding', 'synonym', 'reordering']);

/**
 * Tracks every direct quotation of the articles. The base article's quotations come first, then
 * those of each other article (input order) that render none of the earlier ones. For each, every
 * article gets a version: its own quotation (or quoted fragment) holding the words, else the
 * sentence aligned with the quotation's if it says the same without quotation marks (reported
 * speech), else absent.
 */
export function trackQuotes(articles: readonly Article[], alignments: readonly Alignment[], baseId: string): TrackedQuote[] {
  const order = [...articles].sort((a, b) => Number(b.id === baseId) - Number(a.id === baseId));
  const quoted = new Map(order.map((article) => [article.id, quotedStretches(article)]));
  const used = new Set<Quoted>();
  const tracked: TrackedQuote[] = [];
  for (const article of order) {
    for (const quote of quoted.get(article.id) ?? []) {
      if (!quote.substantive || used.has(quote)) continue;
      used.add(quote);
      const versions = articles.map((other): QuoteVersion => {
        if (other.id === article.id) return ownVersion(quote);
        const pieces = bestRendering(quote, quoted.get(other.id) ?? [], alignedIn(quote, other.id, alignments));
        if (pieces.length > 0) {
          for (const piece of pieces) used.add(piece);
          return quotedVersion(quote, joinPieces(pieces));
        }
        return reportedVersion(quote, other, alignments) ?? absentVersion(other.id);
      });
      tracked.push({
        id: tracked.length + 1,
        speaker: quote.speaker,
        citing: quote.citing,
        reference: article.id,
        text: quote.text,
        versions,
      });
    }
  }
  return tracked;
}

function quotedStretches(article: Article): Quoted[] {
  const quotes = extractQuotes(article);
  const whole: Quoted[] = quotes.map((quote: ExtractedQuote) => ({
    article: article.id,
    ...quote,
    substantive: true,
    terms: termsOf(quote.text),
    outside: outsideTerms(article, quote.parts),
  }));
  const covered = new Set(quotes.flatMap((quote) => quote.parts.map((part) => part.start)));
  // Short quoted phrases ("escalation for the sake of escalation") can render part of a quotation.
  const fragments: Quoted[] = scanQuoteSpans(article.text, article.sentences)
    .filter((span) => !span.parts.some((part) => covered.has(part.start)))
    .map((span) => ({
      article: article.id,
      text: span.parts.map((part) => article.text.slice(part.start, part.end)).join(' ').replace(/\s+/gu, ' ').trim(),
      sentences: sentencesOf(article, span.parts),
      speaker: null,
      speakerMention: null,
      speakerDescribed: false,
      citing: null,
      substantive: false,
      terms: [] as string[],
      outside: outsideTerms(article, span.parts),
    }))
    .filter((fragment) => fragment.text !== '')
    .map((fragment) => ({ ...fragment, terms: termsOf(fragment.text) }));
  return [...whole, ...fragments];
}

/** Content terms between the start of the sentence holding the opening mark and the mark, and between the closing mark and the end of its sentence. */
function outsideTerms(article: Article, parts: ReadonlyArray<{ start: number; end: number }>): Quoted['outside'] {
  if (parts.length === 0) return { before: [], after: [] };
  const first = parts[0].start;
  const last = parts[parts.length - 1].end;
  const opening = article.sentences.find((sentence) => sentence.start <= first && first < sentence.end);
  const closing = article.sentences.find((sentence) => sentence.start < last && last <= sentence.end);
  return {
    before: opening ? termsOf(article.text.slice(opening.start, first)) : [],
    after: closing ? termsOf(article.text.slice(last, closing.end)) : [],
  };
}

function sentencesOf(article: Article, parts: ReadonlyArray<{ start: number; end: number }>): number[] {
  return article.sentences
    .filter((sentence) => !sentence.heading && parts.some((part) => part.start < sentence.end && part.end > sentence.start))
    .map((sentence) => sentence.index);
}

/** Content terms of a text, in order (stemmed, function words left out). */
function termsOf(text: string): string[] {
  return locatedTerms(text).map((located) => located.term);
}

/** A stretch's terms arranged for partner look-ups: as written, by synonym group, and by first four letters. */
interface TermPool {
  exact: Set<string>;
  main: Set<number>;
  listed: Set<number>;
  byPrefix: Map<string, string[]>;
}

const pools = new WeakMap<readonly string[], TermPool>();

function poolOf(terms: readonly string[]): TermPool {
  let pool = pools.get(terms);
  if (!pool) {
    const synonyms = wordnetSynonyms();
    pool = { exact: new Set(terms), main: new Set(), listed: new Set(), byPrefix: new Map() };
    for (const term of pool.exact) {
      const groups = synonyms.groupsOf(term);
      groups?.main.forEach((id) => pool?.main.add(id));
      groups?.listed.forEach((id) => pool?.listed.add(id));
      const bucket = pool.byPrefix.get(term.slice(0, 4));
      if (bucket) bucket.push(term);
      else pool.byPrefix.set(term.slice(0, 4), [term]);
    }
    pools.set(terms, pool);
  }
  return pool;
}

/**
 * Whether `term` has a partner in the pool: the same term, a form of it (forms share their first
 * four letters, see isRelatedForm), or a WordNet synonym (a main sense of one listed for the other).
 */
function hasPartner(term: string, pool: TermPool): boolean {
  if (pool.exact.has(term)) return true;
  if ((pool.byPrefix.get(term.slice(0, 4)) ?? []).some((other) => isRelatedForm(term, other))) return true;
  const groups = wordnetSynonyms().groupsOf(term);
  return groups !== undefined && (groups.main.some((id) => pool.listed.has(id)) || groups.listed.some((id) => pool.main.has(id)));
}

/** How many of `terms` have a partner in `other`: the same term, a form of it, or a WordNet synonym. */
function sharedCount(terms: readonly string[], other: readonly string[]): number {
  const pool = poolOf(other);
  return terms.filter((term) => hasPartner(term, pool)).length;
}

/** The sentences of `article` aligned with the quotation's sentences. */
function alignedIn(quote: Quoted, article: string, alignments: readonly Alignment[]): Set<number> {
  const own = new Set(quote.sentences);
  return new Set(
    alignments
      .filter((alignment) => alignment.members.some((member) => member.article === quote.article && member.sentences.some((index) => own.has(index))))
      .flatMap((alignment) => alignment.members.filter((member) => member.article === article).flatMap((member) => member.sentences)),
  );
}

/**
 * The other article's quoted stretch that best renders `quote`, if any does: one in a sentence
 * aligned with the quotation's that holds enough of its words (or is a part of it), or, anywhere
 * in the article, one that holds most of them (a quote moved to another place). Short quoted
 * phrases need more words in common, so a shared term ("eastern flank") is not a rendering.
 */
function bestRendering(quote: Quoted, candidates: readonly Quoted[], aligned: ReadonlySet<number>): Quoted[] {
  const terms = quote.terms;
  const own = new Set(terms);
  const found: Array<{ candidate: Quoted; shared: number; part: number }> = [];
  for (const candidate of candidates) {
    const theirs = candidate.terms;
    // A rendering shares at least one word as written: no need to look for synonyms in the rest.
    if (!theirs.some((term) => own.has(term))) continue;
    const shared = sharedCount(terms, theirs);
    const inPlace = candidate.sentences.some((index) => aligned.has(index));
    const fewest = candidate.substantive ? (inPlace ? Math.min(MIN_SHARED, terms.length) : MIN_SHARED) : MIN_SHARED_FRAGMENT;
    if (shared < fewest) continue;
    const holds = shared / Math.max(1, terms.length);
    const part = sharedCount(theirs, terms) / Math.max(1, theirs.length);
    const renders = inPlace
      ? holds >= RENDERS_SHARE || part >= PART_SHARE
      : holds >= MOVED_SHARE || (part >= MOVED_SHARE && shared >= MIN_SHARED_MOVED) || (!candidate.substantive && part >= FRAGMENT_PART_SHARE);
    if (renders) found.push({ candidate, shared, part });
  }
  if (found.length === 0) return [];
  // One outlet may quote in two pieces what another quotes as one: every piece that is a part of
  // the quotation renders it together, in text order; otherwise the one holding most of it does.
  const pieces = found.filter((entry) => entry.part >= PART_SHARE);
  const best = found.reduce((top, entry) => (entry.shared > top.shared ? entry : top));
  if (pieces.length > 1 && pieces.includes(best)) return pieces.map((entry) => entry.candidate).sort((a, b) => (a.sentences[0] ?? 0) - (b.sentences[0] ?? 0));
  return [best.candidate];
}

/** Pieces of one outlet's rendering as one quoted stretch: texts joined, sentences merged, the first speaker found. */
function joinPieces(pieces: readonly Quoted[]): Quoted {
  if (pieces.length === 1) return pieces[0];
  const first = pieces.find((piece) => piece.speaker !== null) ?? pieces[0];
  return {
    ...first,
    terms: pieces.flatMap((piece) => piece.terms),
    text: pieces.map((piece) => piece.text).join(' '),
    sentences: [...new Set(pieces.flatMap((piece) => piece.sentences))].sort((a, b) => a - b),
    substantive: pieces.some((piece) => piece.substantive),
    outside: { before: pieces[0].outside.before, after: pieces[pieces.length - 1].outside.after },
  };
}

function ownVersion(quote: Quoted): QuoteVersion {
  return {
    article: quote.article,
    status: 'verbatim',
    text: quote.text,
    sentences: quote.sentences,
    speaker: quote.speaker,
    speakerMention: quote.speakerMention,
    diff: [{ op: 'equal', text: quote.text }],
  };
}

function absentVersion(article: string): QuoteVersion {
  return { article, status: 'absent', text: null, sentences: [], speaker: null, speakerMention: null, diff: [] };
}

function quotedVersion(quote: Quoted, rendering: Quoted): QuoteVersion {
  const diff = labelRuns(diffWording(quote.text, rendering.text));
  // A speaker only described ("a spokesperson") may be the one another outlet names: no change to count.
  const speakerChanged =
    quote.speaker !== null &&
    rendering.speaker !== null &&
    quote.speakerDescribed === rendering.speakerDescribed &&
    !sameSpeaker(quote.speaker, rendering.speaker);
  return {
    article: rendering.article,
    status: speakerChanged ? 'altered' : classify(quote.text, withinQuote(diff), rendering.outside),
    text: rendering.text,
    sentences: rendering.sentences,
    speaker: rendering.speaker,
    speakerMention: rendering.speakerMention,
    diff,
  };
}

/**
 * The other article's sentences aligned with the quotation's, when they hold most of its words
 * without quotation marks: the quote was turned into reported speech.
 */
function reportedVersion(quote: Quoted, other: Article, alignments: readonly Alignment[]): QuoteVersion | undefined {
  const sentences = [...alignedIn(quote, other.id, alignments)].sort((a, b) => a - b);
  if (sentences.length === 0) return undefined;
  const text = sentences.map((index) => other.sentences[index].text).join(' ');
  const terms = quote.terms;
  if (sharedCount(terms, termsOf(text)) / Math.max(1, terms.length) < REPORTED_SHARE) return undefined;
  return { article: other.id, status: 'reported', text, sentences, speaker: null, speakerMention: null, diff: labelRuns(diffWording(quote.text, text)) };
}

/** Leading and trailing additions are the rendering's words beyond the quotation (a longer quote that holds it): not changes to it. */
function withinQuote(diff: readonly DiffRun[]): DiffRun[] {
  let from = 0;
  let to = diff.length;
  while (from < to && diff[from].op === 'added') from += 1;
  while (to > from && diff[to - 1].op === 'added') to -= 1;
  return diff.slice(from, to);
}

/**
 * What a quoted rendering did to the quotation, judged on the diff's labels: altered (in the part
 * it kept, a number or a name changed, a negation or a reversing word part added or dropped, or
 * more than ALTERED_SHARE of its content words replaced), truncated (at least TRUNCATED_SHARE of
 * its content words missing, at its ends or inside, little added; or any content word cut from
 * an end), else by the words it kept: a translation variant (synonyms, reordering, function
 * words), cosmetic (form only: typography, spelling, inflection, a contraction written out), or
 * verbatim. Words cut from an end that the rendering's sentence holds right outside its marks
 * (an outlet opening the marks a word later, "the president" left outside them) are not missing.
 */
function classify(reference: string, diff: readonly DiffRun[], outside: Quoted['outside']): QuoteRendering {
  // The words cut from either end are what truncation lost; only the rest can be altered. A cut
  // may leave a function word standing ("We [-will not accept …, but we-] are ready").
  // Only words of substance make a cut: "We will [-not-] back down" drops a negation, not a part.
  // Words removed where others are added ("We [-expect-]{+hope+}") are replaced, not cut.
  const cutEnd = (runs: readonly DiffRun[]): number => {
    let end = 0;
    let substance = 0;
    let pendingEnd = 0;
    let pendingSubstance = 0;
    for (let k = 0; k < runs.length; k += 1) {
      if (runs[k].op === 'removed') {
        pendingEnd = k + 1;
        pendingSubstance += termsOf(runs[k].text).filter((term) => negationsIn(term) === 0).length;
        continue;
      }
      if (runs[k].op === 'added') break;
      end = Math.max(end, pendingEnd);
      substance += pendingSubstance;
      pendingSubstance = 0;
      if (termsOf(runs[k].text).length > 0) break;
    }
    if (pendingEnd === runs.length) {
      end = pendingEnd;
      substance += pendingSubstance;
    }
    return substance > 0 ? end : 0;
  };
  const from = cutEnd(diff);
  const to = Math.max(from, diff.length - cutEnd([...diff].reverse()));
  const kept = diff.slice(from, to);
  const total = Math.max(1, termsOf(reference).length);
  const leading = diff.slice(0, from).flatMap((run) => termsOf(run.text));
  const trailing = diff.slice(to).flatMap((run) => termsOf(run.text));
  const cutTerms = (movedOutside(leading, outside.before.slice(-leading.length)) ? 0 : leading.length) + (movedOutside(trailing, outside.after.slice(0, trailing.length)) ? 0 : trailing.length);
  const changed = kept.filter((run) => run.op !== 'equal');
  if (changed.some((run) => run.label === 'number' || run.label === 'name') || reverses(kept)) return 'altered';
  const removedTerms = changed.filter((run) => run.op === 'removed').flatMap((run) => termsOf(run.text)).length;
  const addedTerms = changed.filter((run) => run.op === 'added').flatMap((run) => termsOf(run.text)).length;
  const contentChanged = changed.filter((run) => run.label === 'content').flatMap((run) => termsOf(run.text)).length;
  // Cut short: much of the quotation is missing (at its ends, or dropped inside) and little stands in its place.
  const missing = cutTerms + removedTerms;
  if (missing / total >= TRUNCATED_SHARE && addedTerms <= missing / 3) return 'truncated';
  if (contentChanged / 2 / total > ALTERED_SHARE) return 'altered';
  // A cut shorter than a quarter is still words missing: never verbatim, cosmetic or a translation.
  if (cutTerms > 0) return 'truncated';
  const verdict = verdictOf(kept);
  if (verdict === 'identical') return 'verbatim';
  if (verdict === 'cosmetic') return 'cosmetic';
  return 'translation';
}

/** Whether the terms cut from an end of a quotation are the same terms, in order, that stand beside the rendering's marks on that side. */
function movedOutside(cut: readonly string[], beside: readonly string[]): boolean {
  return cut.length > 0 && cut.length === beside.length && cut.every((term, k) => term === beside[k]);
}

/**
 * A negation added or dropped (a change block, the runs between two equal ones, removes more or
 * fewer than it adds: "We [-won't-]{+will+}"), or a reversing word part ("de-" of
 * "de-escalation"). Runs the labels call the same words in another form count for nothing:
 * "[-will not-]{+won't+}" is cosmetic.
 */
function reverses(diff: readonly DiffRun[]): boolean {
  let removed = 0;
  let added = 0;
  for (const run of diff) {
    if (run.op === 'equal') {
      if (removed !== added) return true;
      removed = 0;
      added = 0;
    } else if (!SAME_SENSE_LABELS.has(run.label)) {
      if (REVERSING_PREFIX.test(run.text.trim())) return true;
      if (run.op === 'removed') removed += negationsIn(run.text);
      else added += negationsIn(run.text);
    }
  }
  return removed !== added;
}

/** Negation words in a text, contractions included ("won't", "can’t", "cannot"), which the shared list holds only as "n't". */
function negationsIn(text: string): number {
  const words = text.toLowerCase().replace(/’/gu, "'").match(/[\p{L}']+/gu) ?? [];
  return words.filter((word) => NEGATION_WORDS.has(word) || word.endsWith("n't") || word === 'cannot').length;
}

/** One speaker named two ways: "Maria Zakharova" / "Zakharova", "Russian Defense Ministry" / "the Defence Ministry". */
function sameSpeaker(a: string, b: string): boolean {
  const x = termsOf(a);
  const y = termsOf(b);
  return x.some((term) => y.some((other) => isRelatedForm(term, other)));
}
