/**
 * Finding quotations by their marks: straight and curly double quotes, « », „ “, and the TeX
 * pairs ``…'' of wire copy and archives. Single quotes are never delimiters here, so ‘…’ and
 * '…' nested inside a quotation stay part of it (and an apostrophe can never open one).
 */
import { CLAUSE_MARKS, COMMAS, SENTENCE_TERMINALS } from '../text/punctuation.js';
import type { Sentence } from '../types.js';

/** One stretch of quoted words: a whole quotation, or a piece of one split by an attribution or a paragraph break. */
export interface QuotePart {
  /** UTF-16 offset of the first quoted character (inside the marks). */
  start: number;
  /** UTF-16 offset just past the last quoted character, white space and a final comma left out. */
  end: number;
  /** Offset of the mark that opens this part. */
  open: number;
  /** Offset of the mark that closes it (of its last character: see `markAt`); `null` when the paragraph (or a new opening mark) ends it. */
  close: number | null;
  /** The punctuation the quoted words ended with inside the marks (`,` `.` `?` `!`), else `''`. */
  ending: string;
}

/** A quotation as the marks delimit it, before any test of substance. */
export interface QuoteSpan {
  parts: QuotePart[];
}

/** A paragraph of the article: the range its sentences cover. */
export interface Paragraph {
  start: number;
  end: number;
  heading: boolean;
}

/** For each opening mark: the marks that close it and the marks that, opening again, show it was never closed. */
const FAMILIES: Readonly<Record<string, { closers: readonly string[]; reopeners: readonly string[] }>> = {
  '"': { closers: ['"', '”'], reopeners: ['"', '“'] },
  '“': { closers: ['”', '"'], reopeners: ['“', '"'] },
  '«': { closers: ['»'], reopeners: ['«'] },
  '„': { closers: ['“', '”'], reopeners: ['„'] },
  // Wire copy that opens with `` sometimes closes with a straight or curly double quote.
  '``': { closers: ["''", '"', '”'], reopeners: ['``'] },
};
const MARKS = new Set(['"', '“', '”', '«', '»', '„']);

/**
 * The quotation mark at `i`, or `null`. The TeX marks are two characters: a part's `open` is
 * then the first of its opening pair and its `close` the second of its closing pair, so the text
 * before the mark always ends at `open` and the text after it starts at `close + 1`.
 */
function markAt(text: string, i: number): string | null {
  const ch = text[i];
  if ((ch === '`' || ch === "'") && text[i + 1] === ch) {
    // Two apostrophes followed by a letter or digit are inside a word (a typo'd "O''Brien"), not a mark.
    return ch === "'" && WORD_CHARACTER.test(text[i + 2] ?? '') ? null : ch + ch;
  }
  return MARKS.has(ch) ? ch : null;
}
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/** Before an opening straight quote: a space, the start, or an opening bracket or dash. */
const OPENS_AFTER = /[\s([{\u2014\u2013-]/u;
/** After a closing straight quote: a space, the end, or punctuation (a sentence's final mark in any script). */
const CLOSES_BEFORE = new RegExp(`[\\s${SENTENCE_TERMINALS}${CLAUSE_MARKS}${COMMAS})\\]}\\u2014\\u2013]`, 'u');
const TRAILING_SPACE = /\s/u;
const ENDINGS = ',.?!';

type Shape = 'open' | 'close' | 'either';

/** The paragraphs of an article, from its sentences (consecutive sentences of one block). */
export function paragraphsOf(sentences: readonly Sentence[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let last = -1;
  for (const sentence of sentences) {
    if (sentence.paragraph === last) paragraphs[paragraphs.length - 1].end = sentence.end;
    else paragraphs.push({ start: sentence.start, end: sentence.end, heading: sentence.heading });
    last = sentence.paragraph;
  }
  return paragraphs;
}

/**
 * Every quotation the marks delimit in the article body, in text order.
 *
 * Headings are skipped: a subhead in quotation marks is a title, not a quotation. A quotation
 * still open at a paragraph's end continues into the next paragraph only when that paragraph
 * opens with a quotation mark (the convention for a quotation running over paragraphs); else it
 * ends with its paragraph, so an unbalanced mark never swallows the rest of the article.
 * An opening mark met inside an open quotation ends that one as unclosed (doubled marks nested
 * in doubled marks are not supported; style guides nest single quotes).
 * Cost: linear in the length of the body.
 */
export function scanQuoteSpans(text: string, sentences: readonly Sentence[]): QuoteSpan[] {
  const paragraphs = paragraphsOf(sentences);
  const spans: QuoteSpan[] = [];
  let open: { mark: string; at: number; parts: QuotePart[] } | null = null;
  const finish = (): void => {
    if (open && open.parts.length > 0) spans.push({ parts: open.parts });
    open = null;
  };
  paragraphs.forEach((paragraph, p) => {
    if (paragraph.heading) return;
    // When the quotation continues here, the paragraph's first character is its reopening mark.
    if (open) open.at = paragraph.start;
    for (let i = open ? paragraph.start + open.mark.length : paragraph.start; i < paragraph.end; i++) {
      const mark = markAt(text, i);
      if (mark === null) continue;
      // The last character of the mark: a TeX pair is read as one mark.
      const last = i + mark.length - 1;
      const shape = shapeOf(text, i, paragraph);
      if (!open) {
        if (FAMILIES[mark] && !(mark === '"' && shape === 'close')) open = { mark, at: i, parts: [] };
      } else if (FAMILIES[open.mark].closers.includes(mark) && !(mark === '"' && shape === 'open')) {
        pushPart(text, open.parts, open, i, last);
        finish();
      } else if (FAMILIES[open.mark].reopeners.includes(mark) && shape !== 'close') {
        pushPart(text, open.parts, open, i, null);
        finish();
        open = { mark, at: i, parts: [] };
      }
      i = last;
    }
    if (!open) return;
    pushPart(text, open.parts, open, paragraph.end, null);
    const next = paragraphs[p + 1];
    const reopening = next && !next.heading ? reopeningMark(text, next, open.mark) : null;
    if (reopening) open.mark = reopening;
    else finish();
  });
  return spans;
}

/** Whether a straight quote at `i` looks like it opens, closes, or could do either. */
function shapeOf(text: string, i: number, paragraph: Paragraph): Shape {
  const before = i > paragraph.start ? text[i - 1] : ' ';
  const after = i + 1 < paragraph.end ? text[i + 1] : ' ';
  const opensLike = OPENS_AFTER.test(before) || MARKS.has(before);
  const closesLike = CLOSES_BEFORE.test(after);
  if (opensLike && !closesLike) return 'open';
  if (closesLike && !opensLike) return 'close';
  return 'either';
}

/** The mark `paragraph` opens with when it is of the same kind as `mark` (the quotation goes on), else `null`. */
function reopeningMark(text: string, paragraph: Paragraph, mark: string): string | null {
  const first = markAt(text, paragraph.start);
  if (first === null || !FAMILIES[mark].reopeners.includes(first)) return null;
  return first === '"' && shapeOf(text, paragraph.start, paragraph) === 'close' ? null : first;
}

/**
 * Adds the part between the opening mark and `endAt`, trimmed, when it holds anything.
 * A final comma is left out: in "…yet," she said the comma belongs to the reporting sentence.
 */
function pushPart(text: string, parts: QuotePart[], opening: { mark: string; at: number }, endAt: number, close: number | null): void {
  const openAt = opening.at;
  let start = openAt + opening.mark.length;
  let end = endAt;
  while (start < end && TRAILING_SPACE.test(text[start])) start++;
  while (end > start && TRAILING_SPACE.test(text[end - 1])) end--;
  const ending = end > start && ENDINGS.includes(text[end - 1]) ? text[end - 1] : '';
  if (ending === ',') end--;
  while (end > start && TRAILING_SPACE.test(text[end - 1])) end--;
  if (end > start) parts.push({ start, end, open: openAt, close, ending });
}
