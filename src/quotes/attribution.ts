/**
 * Finding the words that attribute a quotation: "…," she said / Zakharova added / said the
 * diplomat / according to X / X stressed that "…" / X quoted Y as saying that "…" /
 * "…," the ministry said in the statement citing Fomin.
 *
 * The search window is the quotation's own sentences: from the closing mark to the end of its
 * sentence, and from the start of the opening mark's sentence to the mark, never reaching into
 * another quotation. Only when both are silent does a preceding sentence ending in a colon count
 * ("Zakharova said on Friday:" / "…"). A quotation with no attribution there has no speaker:
 * guessing from earlier paragraphs would attribute words to whoever spoke last.
 */
import type { Sentence } from '../types.js';
import type { Registry } from './entities.js';
import type { QuotePart } from './marks.js';
import { findMentions, type Mention } from './mentions.js';
import type { Range } from './resolve.js';
import { BE_FORMS, CITING_MARKERS, COMPLEMENT_LINKS, PHRASE_STOPS, QUOTING_VERBS, ROLE_NOUNS } from './tables.js';
import { adjacent, phraseAt, speechVerbAt, wordsIn, type Word } from './words.js';

/** The words naming a quotation's speaker. */
export interface Attribution {
  /** The speaker as mentioned: "she", "Zakharova", "the diplomat", "a State Department spokesperson". */
  mention: Mention;
  /** The person an attribution relays ("citing Fomin"), or `null`. */
  citing: Mention | null;
}

/** What the search needs besides the quotation. */
export interface AttributionContext {
  text: string;
  sentences: readonly Sentence[];
  registry: Registry;
  /** Every quotation's extent, marks included, in text order: no window reaches into one. */
  quoted: readonly Range[];
}

/** A trailing attribution must start within this many words of the closing mark ("…," Russian Foreign Ministry spokesperson Maria Zakharova said). */
const MAX_TRAILING_LEAD = 8;
/** "X quoted Y as saying": Y is at most this many words. */
const MAX_QUOTED_NAME_WORDS = 6;
/** After a closing mark, these start an attribution even when the quotation did not end in a comma ("…", she said). */
const ATTRIBUTION_LEAD = /^\s*[,\u2014\u2013]/u;
const COLON_END = /:\s*$/u;
/** Quoted words ending so continue into the sentence after the closing mark, which is then their attribution. */
const TIED_ENDINGS = new Set([',', '?', '!']);

/** Kinds of mention in the order they win when a window holds several: a name is surest, an unknown capitalised phrase least sure. */
const PRIORITY = ['name', 'role', 'pronoun', 'institution', 'generic', 'indefinite role', 'unknown name'];

/**
 * The attribution of a quotation made of `parts`, or `null`. A trailing attribution ("…,"
 * she said) wins over a leading one, since the comma ending the quoted words ties them to it;
 * a leading one is searched from the reporting verb nearest the opening mark backwards.
 */
export function findAttribution(parts: readonly QuotePart[], ctx: AttributionContext): Attribution | null {
  for (const part of parts) {
    const trailing = trailingAttribution(part, ctx);
    if (trailing) return trailing;
  }
  return leadingAttribution(beforeWindow(parts[0], ctx), ctx) ?? leadingAttribution(colonSentenceBefore(parts[0], ctx), ctx);
}

/** The attribution right after a part's closing mark: `," she said`, `," said Zakharova`, `," according to X`. */
export function trailingAttribution(part: QuotePart, ctx: AttributionContext): Attribution | null {
  if (part.close === null) return null;
  const window = afterWindow(part.close, ctx);
  const tiedToQuote = TIED_ENDINGS.has(part.ending) || ATTRIBUTION_LEAD.test(ctx.text.slice(window.start, window.end));
  if (!tiedToQuote) return null;
  const words = wordsIn(ctx.text, window.start, window.end);
  if (phraseAt(words, 0, 'according to')) return attributionOf(pickMention(phraseAfter(ctx.text, words, 2), ctx, 'first'), null);
  const verb = words.findIndex((_, i) => i < MAX_TRAILING_LEAD && speechVerbAt(ctx.text, words, i) > 0);
  if (verb < 0) return null;
  const afterVerb = verb + speechVerbAt(ctx.text, words, verb);
  const subject = verb > 0 ? pickMention({ start: window.start, end: words[verb].start }, ctx, 'last') : null;
  // "…," said the diplomat: the speaker follows the verb.
  const mention = subject ?? (verb === 0 ? pickMention(phraseAfter(ctx.text, words, afterVerb), ctx, 'first') : null);
  return attributionOf(mention, citingAfter(words, afterVerb, ctx));
}

/**
 * The attribution before an opening mark within `window`: "X quoted Y as saying that", else the
 * nearest active reporting verb with a speaker before it ("He stressed that", "As the Defense
 * Ministry said, it was pointed out that": the passive "was pointed out" is skipped), else
 * "according to X". Participles ("…, warning that") are skipped: their subject is the clause's
 * own subject, reached through the finite verb before them.
 */
function leadingAttribution(window: Range | null, ctx: AttributionContext): Attribution | null {
  if (!window) return null;
  const words = wordsIn(ctx.text, window.start, window.end);
  const quotedAs = quotedAsSaying(words, ctx);
  if (quotedAs) return attributionOf(quotedAs, null);
  const verbs = words.map((_, i) => i).filter((i) => speechVerbAt(ctx.text, words, i) > 0);
  for (let k = verbs.length - 1; k >= 0; k--) {
    const v = verbs[k];
    if (words[v].key.endsWith('ing') || BE_FORMS.includes(words[v - 1]?.key ?? '')) continue;
    const zoneStart = k > 0 ? words[verbs[k - 1]].end : window.start;
    const mention = pickMention({ start: zoneStart, end: words[v].start }, ctx, 'last');
    if (mention) return attributionOf(mention, citingAfter(words, v + speechVerbAt(ctx.text, words, v), ctx));
  }
  const according = lastPhrase(words, 'according to');
  return according < 0 ? null : attributionOf(pickMention(phraseAfter(ctx.text, words, according + 2), ctx, 'first'), null);
}

/** Y in "X quoted Y as saying (that)": the speaker is the person quoted, not the one quoting. */
function quotedAsSaying(words: readonly Word[], ctx: AttributionContext): Mention | null {
  for (let i = words.length - 2; i > 0; i--) {
    if (words[i].key !== 'as' || !words[i + 1].key.endsWith('ing') || speechVerbAt(ctx.text, words, i + 1) === 0) continue;
    const quoting = lastIndexBefore(words, i, (w) => QUOTING_VERBS.includes(w.key));
    if (quoting >= 0 && i - quoting - 1 <= MAX_QUOTED_NAME_WORDS) {
      return pickMention({ start: words[quoting].end, end: words[i].start }, ctx, 'first');
    }
  }
  return null;
}

/** The person an institution's attribution relays: "citing Fomin", "with reference to the minister". */
function citingAfter(words: readonly Word[], from: number, ctx: AttributionContext): Mention | null {
  for (let i = from; i < words.length; i++) {
    const marker = CITING_MARKERS.find((m) => phraseAt(words, i, m));
    if (marker) return pickMention(phraseAfter(ctx.text, words, i + marker.split(' ').length), ctx, 'first');
  }
  return null;
}

/**
 * The noun phrase starting at `words[from]`: adjacent words up to punctuation or a preposition,
 * though a preposition after a role noun ties its complement on ("said a spokesperson for the ministry").
 */
function phraseAfter(text: string, words: readonly Word[], from: number): Range | null {
  let to = from;
  const continues = (i: number): boolean =>
    !PHRASE_STOPS.has(words[i].key) || (i > from && COMPLEMENT_LINKS.has(words[i].key) && ROLE_NOUNS.includes(words[i - 1].key));
  while (to < words.length && continues(to) && (to === from || adjacent(text, words[to - 1], words[to]))) to++;
  return to > from ? { start: words[from].start, end: words[to - 1].end } : null;
}

/**
 * The best speaker mention in `range` by {@link PRIORITY}; on a tie the one nearest the verb
 * (`last` before it, `first` after it). A mention right before the verb is its subject and wins
 * ("The government will appoint a successor, a spokesperson said"), unless it is a capitalised
 * phrase nobody introduced. A possessive ("Carter's lawyers said") names whose the speaker is,
 * never the speaker.
 */
function pickMention(range: Range | null, ctx: AttributionContext, nearest: 'first' | 'last'): Mention | null {
  if (!range || range.end <= range.start) return null;
  const mentions = findMentions(ctx.text, range.start, range.end, ctx.registry).filter(
    (m) => !((m.kind === 'name' || m.kind === 'institution') && m.possessive),
  );
  const subject = mentions.at(-1);
  if (nearest === 'last' && subject && rank(subject) !== PRIORITY.indexOf('unknown name') && ctx.text.slice(subject.end, range.end).trim() === '') {
    return subject;
  }
  const ordered = nearest === 'last' ? [...mentions].reverse() : mentions;
  let best: Mention | null = null;
  for (const mention of ordered) if (!best || rank(mention) < rank(best)) best = mention;
  return best;
}

function rank(mention: Mention): number {
  if (mention.kind === 'role' && !mention.definite) return PRIORITY.indexOf('indefinite role');
  if (mention.kind === 'name' && !mention.person) return PRIORITY.indexOf('unknown name');
  return PRIORITY.indexOf(mention.kind);
}

function attributionOf(mention: Mention | null, citing: Mention | null): Attribution | null {
  return mention ? { mention, citing } : null;
}

/** From a closing mark to the end of its sentence, or to the next quotation's opening mark. */
function afterWindow(close: number, ctx: AttributionContext): Range {
  const sentence = sentenceAt(ctx.sentences, close);
  const next = ctx.quoted.find((q) => q.start > close);
  return { start: close + 1, end: Math.min(sentence?.end ?? close + 1, next?.start ?? Infinity) };
}

/** From the start of the opening mark's sentence, or the previous quotation's end, to the mark. */
function beforeWindow(part: QuotePart, ctx: AttributionContext): Range {
  const sentence = sentenceAt(ctx.sentences, part.open);
  const previous = ctx.quoted.filter((q) => q.end <= part.open).at(-1);
  return { start: Math.max(sentence?.start ?? part.open, previous?.end ?? 0), end: part.open };
}

/** The sentence before the quotation's when it ends in a colon and holds no quotation: "Zakharova said on Friday:". */
function colonSentenceBefore(part: QuotePart, ctx: AttributionContext): Range | null {
  const sentence = sentenceAt(ctx.sentences, part.open);
  const previous = sentence ? ctx.sentences[ctx.sentences.indexOf(sentence) - 1] : undefined;
  if (!previous || previous.heading || !COLON_END.test(previous.text)) return null;
  if (ctx.quoted.some((q) => q.start < previous.end && q.end > previous.start)) return null;
  return { start: previous.start, end: previous.end };
}

/** The sentence holding `offset`, by binary search (sentences are in text order). */
function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < sentences[mid].start) hi = mid - 1;
    else if (offset >= sentences[mid].end) lo = mid + 1;
    else return sentences[mid];
  }
  return undefined;
}

function lastPhrase(words: readonly Word[], phrase: string): number {
  for (let i = words.length - 1; i >= 0; i--) if (phraseAt(words, i, phrase)) return i;
  return -1;
}

function lastIndexBefore(words: readonly Word[], before: number, test: (w: Word) => boolean): number {
  for (let i = before - 1; i >= 0; i--) if (test(words[i])) return i;
  return -1;
}
