import { abbreviationKind, isNumberedTitle, SENTENCE_STARTERS, SUBJECT_OPENERS, TIME_COMPLETION, TIME_THEN_DOTTED_ZONE } from './abbreviations.js';
import { isAttribution } from './attribution.js';
import { CLOSING_MARKS, CLOSING_QUOTES, OPENING_MARKS, OPENING_ONLY_MARKS, QUESTION_OR_EXCLAMATION_MARKS, SENTENCE_TERMINALS, TERMINAL_MARKS } from '../text/punctuation.js';

/** A sentence's place in a text: UTF-16 offsets, `end` exclusive, no white space at either end. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Unicode's White_Space characters, no-break spaces included, as the body of a character class
 * for `u` patterns. Not `\s`: it lacks U+0085 NEXT LINE and has U+FEFF, a zero-width no-break
 * space, which shows nothing and so may sit inside a word (`coun\uFEFFcil`).
 */
export const WHITE_SPACE = '\\p{White_Space}';
const WS = WHITE_SPACE;
/** What a sentence's span leaves out at its ends: white space, and U+FEFF, which shows nothing (and which `trim()` takes off the displayed text too). */
const EDGE_BLANK = new RegExp(`[${WS}\\uFEFF]`, 'u');
const QUOTE_CLOSERS = CLOSING_QUOTES;
const CLOSERS = CLOSING_MARKS;
const OPENERS = OPENING_MARKS;
const BULLETS = '•◦▪‣⁃●■►▸';

/**
 * Line breaks are hard boundaries for Intl.Segmenter; inside a block they are usually
 * soft wraps, so the segmenter sees them as spaces (same length, offsets unchanged).
 */
const LINE_BREAK = /[\n\r\v\f\u0085\u2028\u2029]/gu;

/**
 * A line break followed by a list marker (`- `, `• `, `1. `, `2) `, `a) `, `(b) `) starts a new list
 * item. A letter counts only with a bracket: `A. ` at a line's start is as often a wrapped initial.
 */
const LIST_LINE = new RegExp(
  `[\\n\\r\\u0085\\u2028\\u2029][${WS}]*(?=(?:[-*–—${BULLETS}]|\\(?\\d{1,3}[.)]|\\(?\\p{L}\\))[${WS}])`,
  'gu',
);
/**
 * A number and a full stop inside a paragraph, after a colon, comma, semicolon, full stop, `and` or
 * `or` (or at its start): maybe the label of an inline list item (`…three parts: 1. A ceasefire,
 * 2. Talks and 3. Elections.`). Groups: the punctuation, the conjunction, the number.
 */
const INLINE_LABEL = new RegExp(
  `(?:^|(?<=(?:([:;,.])|(?<!\\p{L})(and|or))[${WS}]+))(\\d{1,2})\\.[${WS}]+`,
  'gu',
);
/** The token that ends a slice, before white space: `No.` in `ranked No. `. */
const TOKEN_BEFORE = new RegExp(`(\\S+)[${WS}]+$`, 'u');
/** A bullet standing between spaces starts an item even mid-line: `• one • two`. */
const INLINE_BULLET = new RegExp(`(?<=^|[${WS}])[${BULLETS}](?=[${WS}])`, 'gu');

/** Intl.Segmenter misses a sentence end after `…` (it is no sentence terminator in UAX #29). */
const ELLIPSIS_BEFORE_CAPITAL = new RegExp(`(?:…|\\.{3})[${CLOSERS}]*[${WS}]+(?=[${OPENERS}]*\\p{Lu})`, 'gu');
/** Intl.Segmenter does not split `…in 2020. 14 people…`; abbreviations (`No. 5`) are joined back later. */
const TERMINAL_BEFORE_NUMBER = new RegExp(`[${TERMINAL_MARKS}][${CLOSERS}]*[${WS}]+(?=[${OPENERS}]*\\p{N})`, 'gu');
/**
 * Opening marks at the end of a sentence: UAX #29 counts opening brackets and quotes among the
 * closing punctuation that may follow a sentence's final mark, so in text without spaces
 * Intl.Segmenter ends a sentence after the mark that opens the next (`…表示。“我们…`, `…した。「…`).
 */
const TRAILING_OPENERS = new RegExp(`[${OPENING_ONLY_MARKS}]+$`, 'u');

const HAS_WORD = /[\p{L}\p{N}]/u;
/** After a whole word (no hyphen or figure joined to it), a word in lower case: `Officials said`, `Two more`. */
const LOWER_CASE_AFTER_WORD = /^[,;:]?\p{White_Space}+\p{Ll}/u;
/**
 * `X.` after a word in lower case (`…posted on X.`): the platform, which ends a sentence as any name
 * does, not a middle initial, which follows a first name (`John X. Smith`).
 */
const PLATFORM_X = /(?:^|\p{White_Space})\p{Ll}[\p{L}\p{M}]*\p{White_Space}+X\.$/u;
/** The word before an ellipsis that ends a text: `I` in `"I …`. */
const WORD_BEFORE_ELLIPSIS = /([\p{L}\p{M}'’]+)[\p{White_Space}]*(?:…|\.{3})$/u;
const LEADING_OPENERS = new RegExp(`^[${OPENERS}]+`, 'u');
const LEADING_NON_WORD = /^[^\p{L}\p{N}]+/u;
const WS_RUN = new RegExp(`[${WS}]+`, 'u');
/** A quotation that closes on a question, an exclamation or an ellipsis: `…now?"`, `…never!”`. */
const QUOTED_CRY = new RegExp(`(?:[${QUESTION_OR_EXCLAMATION_MARKS}…]|\\.{3})[${CLOSERS}]*[${QUOTE_CLOSERS}]$`, 'u');
/**
 * A Japanese quotation closed after its own final mark, then read on by the quotative particle right
 * after the bracket: `首相は「景気は回復している。」と述べた。` is one sentence, the quotation the
 * object of its verb, as `"Is it over?" she asked.` is in English.
 */
const CLOSED_QUOTATION = new RegExp(`[${SENTENCE_TERMINALS}][${CLOSERS}]*[${QUOTE_CLOSERS}]$`, 'u');
const QUOTATIVE_PARTICLE = /^(?:と|って)/u;
/**
 * A list number or letter that Intl.Segmenter cut off from its item: `1.` in `1. First item`, `A.`
 * in an interview's `Q. When? A. Soon.` A lone letter is no sentence, so it always opens the next.
 */
const LIST_LABEL = /^\(?(?:\d{1,3}|\p{L})[.)]$/u;
/**
 * A news agency tag after a dateline (`MOSCOW, February 18. /TASS/.`) belongs to the dateline.
 * The dateline itself stays a unit of its own rather than being joined to the lede: the lede's
 * wording then matches other outlets' ledes, and a rule like "no split after month + day" would
 * wrongly join real sentences that end in a date (`…took place on February 18. Russia said…`).
 */
const AGENCY_TAG = /^\/[\p{L}\p{N} .-]+\/\.?$/u;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Splits `text.slice(start, end)` into sentence spans, in order, non-overlapping,
 * covering every non-white-space character of the range exactly once, except end-of-paragraph
 * marks (¶) at a span's end, which are layout (see {@link trimSpan}).
 *
 * Intl.Segmenter (UAX #29) proposes the boundaries; general rules then repair its mistakes:
 * abbreviations and initials are joined to the next word, a continuation in lower case stays
 * in its sentence, and list items and ellipses get boundaries it misses.
 *
 * `start` and `end` are clamped to the text; an empty range gives `[]`.
 * Cost: linear in the length of the range.
 */
export function segmentText(text: string, start = 0, end: number = text.length): Span[] {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  const range = text.slice(from, to);
  return listPieces(range)
    .flatMap((piece) => segmentPiece(range, piece))
    .map((span) => ({ start: span.start + from, end: span.end + from }));
}

/** Cuts the range into pieces that no sentence may cross: list items. */
function listPieces(range: string): Span[] {
  const cuts = [...matchEnds(range, LIST_LINE), ...matchStarts(range, INLINE_BULLET)];
  return spansBetween(range, 0, range.length, cuts);
}

/** Sentence spans of one piece: Intl.Segmenter's boundaries plus missed ones, then repaired. */
function segmentPiece(range: string, piece: Span): Span[] {
  const text = range.slice(piece.start, piece.end).replace(LINE_BREAK, ' ');
  const labels = inlineListLabelEnds(text);
  const cuts = [
    ...intlBoundaries(text).map((cut) => beforeOpeners(text, cut)),
    ...matchEnds(text, ELLIPSIS_BEFORE_CAPITAL),
    ...matchEnds(text, TERMINAL_BEFORE_NUMBER),
  ]
    .filter((cut) => !labels.has(cut))
    .map((cut) => cut + piece.start);
  return joinFalseBreaks(range, spansBetween(range, piece.start, piece.end, cuts));
}

/**
 * Where the labels of an inline numbered list end (`parts: 1. A ceasefire, 2. Talks`): no sentence
 * starts there, though Intl.Segmenter breaks after `1.` before a capital. The numbers must count up
 * from 1, the first after a colon or a full stop (or opening the text), the next after a comma,
 * semicolon, full stop, `and` or `or`: a lone number before a full stop ends a sentence (`…the score
 * was 3, 1. Then…`).
 * Cost: linear in the length of `text`.
 */
function inlineListLabelEnds(text: string): Set<number> {
  const ends = new Set<number>();
  let run: number[] = [];
  const close = () => {
    if (run.length >= 2) run.forEach((end) => ends.add(end));
    run = [];
  };
  for (const match of text.matchAll(INLINE_LABEL)) {
    const [label, stop, conjunction, number] = match;
    // An abbreviation's stop is no full stop before a label: "ranked No. 1. Alcaraz stays at No. 2."
    const mark = stop === '.' && endsInAbbreviation(text.slice(Math.max(0, match.index - 40), match.index)) ? undefined : stop;
    if (stop !== undefined && mark === undefined) continue;
    const end = match.index + label.length;
    const opens = conjunction === undefined && (mark === undefined || mark === ':' || mark === '.');
    const continues = conjunction !== undefined || mark === ',' || mark === ';' || mark === '.';
    if (number === '1' && opens) {
      close();
      run = [end];
    } else if (run.length > 0 && continues && Number(number) === run.length + 1) {
      run.push(end);
    }
  }
  close();
  return ends;
}

/** Whether `before` ends in an abbreviation and white space (`ranked No. `). */
function endsInAbbreviation(before: string): boolean {
  const token = TOKEN_BEFORE.exec(before)?.[1];
  return token !== undefined && abbreviationKind(token) !== undefined;
}

/**
 * Window size for Intl.Segmenter, and how far from a window's end its boundaries are distrusted.
 * V8's segment iterator takes time proportional to the whole input at every step (quadratic:
 * 260,000 characters took over 10 s), so long texts are fed in windows. UAX #29 looks ahead past
 * spaces and punctuation (`end. 14 people` does not break), so boundaries in a window's last
 * `INTL_MARGIN` characters are recomputed in the next window, which starts at a trusted boundary.
 */
const INTL_WINDOW = 4096;
const INTL_MARGIN = 256;

/** Start offsets of Intl.Segmenter's sentences in `text` (0 included). Cost: linear in its length. */
export function intlBoundaries(text: string): number[] {
  const cuts: number[] = [];
  let from = 0;
  let size = INTL_WINDOW;
  while (from < text.length) {
    const to = Math.min(text.length, from + size);
    const starts = Array.from(segmenter.segment(text.slice(from, to)), (segment) => segment.index + from);
    if (to === text.length) return [...cuts, ...starts];
    const trusted = starts.filter((start) => start <= to - INTL_MARGIN);
    const next = trusted.at(-1) ?? from;
    if (next > from) {
      cuts.push(...trusted.slice(0, -1));
      from = next;
      size = INTL_WINDOW;
    } else {
      size *= 2; // one sentence fills the window: widen it
    }
  }
  return cuts;
}

/** A boundary moved back before the opening marks Intl.Segmenter left at the end of the sentence before it (see `TRAILING_OPENERS`). */
function beforeOpeners(text: string, cut: number): number {
  const openers = TRAILING_OPENERS.exec(text.slice(Math.max(0, cut - BEFORE_WINDOW), cut));
  return openers ? cut - openers[0].length : cut;
}

/** The trimmed, non-empty spans between sorted cut points within `[start, end)`. */
function spansBetween(text: string, start: number, end: number, cuts: number[]): Span[] {
  const points = [...new Set([start, ...cuts.filter((cut) => cut > start && cut < end), end])];
  points.sort((a, b) => a - b);
  const spans: Span[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const span = trimSpan(text, points[i], points[i + 1]);
    if (span.end > span.start) spans.push(span);
  }
  return spans;
}

/**
 * `[start, end)` without white space at either end, nor the end-of-paragraph marks some
 * archives close a paragraph with ("…worsens¶"): they belong to the layout, not the sentence.
 */
export function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && EDGE_BLANK.test(text[s])) s++;
  while (e > s && (EDGE_BLANK.test(text[e - 1]) || text[e - 1] === '\u00B6')) e--;
  return { start: s, end: e };
}

/**
 * How much of the sentence before a boundary the rules look at. Bounded so that joining many
 * pieces (`A. B. C. …`) stays linear; every rule needs only the last word or two.
 */
const BEFORE_WINDOW = 64;
/**
 * How much text from a boundary on, across later spans of the piece, the attribution rule reads:
 * a speaker's name may hold an initial at which Intl.Segmenter cut (`Sergei A. Ryabkov asked`).
 */
const AHEAD_WINDOW = 160;

/**
 * A sentence that so far is only the time it opens with (`At 10 a.m.`, `Shortly after 3 p.m.`,
 * `By 9:30 a.m.`) has not ended: it goes on with its subject, whatever its case (`At 10 a.m. J.P.
 * Morgan said…`, `By 9 a.m. Washington had responded.`). Matched against the whole sentence so far,
 * which a short opener always is (it is shorter than {@link BEFORE_WINDOW}). Right after a
 * question asking when, the bare time is its answer (`When did it start? At 2 a.m. Police
 * arrived…`); after another question it opens a sentence (`What happens next? At 9 a.m. Biden
 * will address the nation.`).
 */
const TIME_OPENER = /^[\s"'“‘(]*(?:(?:Shortly|Just|Soon|Well|Only|Sometime)\s+(?:after|before|until|by|at|around)|At|By|Until|Till|Before|After|From|Around|Since)\s+(?:about\s+|around\s+|roughly\s+|approximately\s+)?\d{1,2}(?:[:.]\d{2})?\s*[aApP]\.[mM]\.$/u;

/**
 * A question asking for a time (`When did it start?`, `What time did they leave?`), to the end of
 * the text before the next sentence: the bare time after it is its answer.
 */
const TIME_QUESTION = new RegExp(`^[${OPENING_MARKS}\\p{White_Space}]*(?:When|What time)\\b[^]*[?？][${CLOSING_MARKS}\\p{White_Space}]*$`, 'u');

/** Joins each span to the one before it when the boundary between them is not a sentence end. */
function joinFalseBreaks(text: string, spans: Span[]): Span[] {
  const joined: Span[] = [];
  const pieceEnd = spans.at(-1)?.end ?? 0;
  for (const span of spans) {
    const last = joined.at(-1);
    const before = last ? text.slice(Math.max(last.start, last.end - BEFORE_WINDOW), last.end) : '';
    // Read only after a quoted question or exclamation, so sliced only then.
    const ahead = () => text.slice(span.start, Math.min(pieceEnd, span.start + AHEAD_WINDOW));
    const asked = joined.at(-2);
    const afterQuestion = () => asked !== undefined && TIME_QUESTION.test(text.slice(asked.start, last?.start ?? asked.end));
    if (last && !isSentenceEnd(before, text.slice(span.start, span.end), last.end === span.start, ahead, afterQuestion)) {
      joined[joined.length - 1] = { start: last.start, end: span.end };
    } else {
      joined.push(span);
    }
  }
  return joined;
}

/**
 * Whether a sentence really ends between `before` (the end of the previous span) and `after`
 * (the next span), `touching` when no white space stands between them; `ahead` gives the text
 * from the boundary on, past `after` within the piece. The first matching rule decides.
 */
function isSentenceEnd(before: string, after: string, touching: boolean, ahead: () => string, afterQuestion: () => boolean): boolean {
  // Stray punctuation (a lone quote, a dash) is no sentence of its own.
  if (!HAS_WORD.test(before) || !HAS_WORD.test(after)) return false;
  if (LIST_LABEL.test(before) || AGENCY_TAG.test(after)) return false;
  const next = after.replace(LEADING_OPENERS, '');
  // `"Is it over?" she asked.`, `Wait... and then`: lower case continues the sentence.
  if (/^\p{Ll}/u.test(next)) return false;
  // `「景気は回復している。」と述べた。`: the quotative particle continues it too.
  if (touching && CLOSED_QUOTATION.test(before) && QUOTATIVE_PARTICLE.test(after)) return false;
  if (QUOTED_CRY.test(before) && isAttribution(ahead().replace(LEADING_OPENERS, ''))) return false;
  // `"I … I don't know"`: a word said again, as written, after an ellipsis is a hesitation, not a new
  // sentence (`…that was it... It was over.` is two).
  if (WORD_BEFORE_ELLIPSIS.exec(before)?.[1] === firstWord(next)) return false;
  if (!before.endsWith('.') || PLATFORM_X.test(before)) return true;
  // `…5 p.m. E.T.` reads as the time it completes, not as initials.
  const token = lastToken(before);
  switch (TIME_THEN_DOTTED_ZONE.test(before) ? 'time' : abbreviationKind(token)) {
    case 'joins':
      return false;
    case 'beforeNumber':
      if (/^\p{N}/u.test(next)) return false;
      return !(isNumberedTitle(token) && /^\p{Lu}/u.test(next) && !SENTENCE_STARTERS.has(firstWord(next)));
    case 'ambiguous': {
      const word = firstWord(next);
      return SENTENCE_STARTERS.has(word) || (SUBJECT_OPENERS.has(word) && LOWER_CASE_AFTER_WORD.test(next.slice(word.length)));
    }
    case 'closesList':
      return true; // lower case, which continues the sentence, was decided above
    case 'time':
      return !TIME_COMPLETION.test(next) && !(TIME_OPENER.test(before) && !afterQuestion());
    default:
      return true;
  }
}

/** The last white-space-delimited token, without opening punctuation: `(Gen.` → `Gen.`. */
function lastToken(text: string): string {
  const tokens = text.split(WS_RUN);
  return (tokens.at(-1) ?? '').replace(LEADING_NON_WORD, '');
}

/** The leading letters of `text`: `It's` → `It`. */
function firstWord(text: string): string {
  return /^[\p{L}\p{M}]+/u.exec(text)?.[0] ?? '';
}

function matchStarts(text: string, pattern: RegExp): number[] {
  return Array.from(text.matchAll(pattern), (match) => match.index);
}

function matchEnds(text: string, pattern: RegExp): number[] {
  return Array.from(text.matchAll(pattern), (match) => match.index + match[0].length);
}
