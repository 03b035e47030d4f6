/**
 * Direct quotations of an article and who said them: find the quotation marks, join a
 * quotation split by its attribution, keep the quotations of substance (not quoted terms),
 * find each one's attribution and resolve it to a person or an institution.
 */
import { CLAUSE_MARKS, SENTENCE_TERMINALS } from '../text/punctuation.js';
import type { Article, Sentence } from '../types.js';
import { findAttribution, type AttributionContext } from './attribution.js';
import { buildRegistry, type Registry } from './entities.js';
import { scanQuoteSpans, type QuotePart, type QuoteSpan } from './marks.js';
import { buildTimeline, resolveMention, type Antecedent, type Range } from './resolve.js';
import { joinSplitQuotes } from './split.js';
import { isSubstantive } from './substance.js';

export interface ExtractedQuote {
  /** The quoted words without the outer quotation marks; a quote spanning several sentences or paragraphs is one quote, its parts joined as they were said (see `joinParts`; white space collapsed). */
  text: string;
  /** 0-based indices of the article sentences the quote touches, ascending. */
  sentences: number[];
  /** UTF-16 offsets into article.text of the quote's content (inside the marks). For a quote split by an attribution ("A," she said. "B") the parts are separate entries in `parts`. */
  parts: Array<{ start: number; end: number }>;
  /** Resolved speaker: a full name the article gives ("Maria Zakharova", "Alexander Fomin") or an institution ("Russian Defence Ministry" / as the article names it), or null when none can be found. */
  speaker: string | null;
  /** The words near the quote that name the speaker as written: "she", "the diplomat", "Zakharova", "the deputy defense minister", "the ministry". null when none. */
  speakerMention: string | null;
  /** True when the article names no one: `speaker` is then the description as first written ("a spokesperson for the prime minister", "Carter's former adviser"). */
  speakerDescribed: boolean;
  /** When attributed to an institution that cites a person ("the ministry said in the statement citing Fomin"), the cited person's resolved name; else null. */
  citing: string | null;
}

const WHITE_SPACE = /\s+/gu;

/**
 * The article's direct quotations in text order, each with its speaker when the article
 * attributes it. Only body sentences are read (chrome the loader removed never is), headings
 * are never quotations, and a quotation ends with its paragraph unless the next paragraph
 * reopens it. Pure; never throws on unbalanced marks. An article without quotations gives `[]`.
 * Cost: linear in the length of the body, plus quadratic at worst in the number of quotations
 * and of namings (each looks back over those before it); a news article holds tens of each.
 */
export function extractQuotes(article: Pick<Article, 'text' | 'sentences'>): ExtractedQuote[] {
  const { text, sentences } = article;
  const spans = scanQuoteSpans(text, sentences);
  const registry = buildRegistry(text, sentences);
  const ctx: AttributionContext = { text, sentences, registry, quoted: quotedRanges(spans) };
  const quotes = joinSplitQuotes(spans, ctx, paragraphFinder(sentences));
  const timeline = buildTimeline(text, sentences, registry, ctx.quoted);
  return quotes
    .filter((quote) => isSubstantive(quoteText(text, quote.parts)))
    .map((quote) => describeQuote(quote, ctx, timeline));
}

function describeQuote(quote: QuoteSpan, ctx: AttributionContext, timeline: readonly Antecedent[]): ExtractedQuote {
  const { speaker, speakerMention, speakerDescribed, citing } = speakerOf(quote.parts, ctx, ctx.registry, timeline);
  return {
    text: quoteText(ctx.text, quote.parts),
    sentences: sentencesTouched(ctx.sentences, quote.parts),
    parts: quote.parts.map(({ start, end }) => ({ start, end })),
    speaker,
    speakerMention,
    speakerDescribed,
    citing,
  };
}

/** The speaker, as resolved and as written, and whom an institution cites. */
function speakerOf(
  parts: readonly QuotePart[],
  ctx: AttributionContext,
  registry: Registry,
  timeline: readonly Antecedent[],
): Pick<ExtractedQuote, 'speaker' | 'speakerMention' | 'speakerDescribed' | 'citing'> {
  const attribution = findAttribution(parts, ctx);
  if (!attribution) return { speaker: null, speakerMention: null, speakerDescribed: false, citing: null };
  const speaker = resolveMention(attribution.mention, registry, timeline);
  const cited = attribution.citing ? resolveMention(attribution.citing, registry, timeline) : null;
  return {
    speaker: speaker?.name ?? null,
    speakerMention: collapse(ctx.text.slice(attribution.mention.start, attribution.mention.end)),
    speakerDescribed: speaker?.described ?? false,
    citing: speaker?.kind === 'institution' && cited?.kind === 'person' ? cited.name : null,
  };
}

function quoteText(text: string, parts: readonly QuotePart[]): string {
  return collapse(parts.map((p, k) => (k === 0 ? '' : joinParts(text, parts[k - 1], p)) + text.slice(p.start, p.end)).join(''));
}

/**
 * What stands between two parts of one quotation in the speaker's words. A part leaves out its
 * final comma, so `"A," she said. "B."` would read "A B.": the attribution ending in a full stop
 * (or a colon: `"A," she said, adding: "B."`) means A ended a sentence ("A. B."), one ending in a
 * comma that A went on (`"A," she said, "and b."` reads "A, and b."). A part that ends in its own stop, or runs on into the next paragraph,
 * needs only a space.
 */
function joinParts(text: string, previous: QuotePart, next: QuotePart): string {
  if (PART_ENDS_ITSELF.test(text.slice(previous.start, previous.end))) return ' ';
  // The attribution between the marks: "she said." and "she said, adding:" close the sentence the first part began.
  const attribution = text.slice(previous.close === null ? previous.end : previous.close + 1, next.open).trim();
  if (ATTRIBUTION_CLOSES.test(attribution)) return '. ';
  return previous.ending === ',' ? ', ' : ' ';
}

/** A part ending in a sentence's final mark (of any script), a colon, semicolon or dash. */
const PART_ENDS_ITSELF = new RegExp(`[${SENTENCE_TERMINALS}${CLAUSE_MARKS}\\u2014\\u2013-]\\s*$`, 'u');
/** An attribution closing with a sentence's final mark or a colon. */
const ATTRIBUTION_CLOSES = new RegExp(`[${SENTENCE_TERMINALS}:：]$`, 'u');

function collapse(s: string): string {
  return s.replace(WHITE_SPACE, ' ').trim();
}

/** Each quotation's extent, marks included (an unclosed part runs to its paragraph's end). */
function quotedRanges(spans: readonly QuoteSpan[]): Range[] {
  return spans.flatMap((s) => s.parts.map((p) => ({ start: p.open, end: p.close === null ? p.end : p.close + 1 })));
}

function sentencesTouched(sentences: readonly Sentence[], parts: readonly QuotePart[]): number[] {
  return sentences
    .filter((s) => parts.some((p) => s.start < p.end && p.start < s.end))
    .map((s) => s.index);
}

/** Maps an offset to its sentence's paragraph (−1 outside every sentence). */
function paragraphFinder(sentences: readonly Sentence[]): (offset: number) => number {
  return (offset) => sentences.find((s) => s.start <= offset && offset < s.end)?.paragraph ?? -1;
}
