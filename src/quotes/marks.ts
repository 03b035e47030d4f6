/**
 * Finding quotations by their marks: straight and curly double quotes, « », „ “. Single quotes
 * are never delimiters here, so ‘…’ and '…' nested inside a quotation stay part of it (and an
 * apostrophe can never open one).
 */
import type { Sentence } from '../types.js';

/** One stretch of quoted words: a whole quotation, or a piece of one split by an attribution or a paragraph break. */
export interface QuotePart {
  /** UTF-16 offset of the first quoted character (inside the marks). */
  start: number;
  /** UTF-16 offset just past the last quoted character, white space and a final comma left out. */
  end: number;
  /** Offset of the mark that opens this part. */
  open: number;
  /** Offset of the mark that closes it; `null` when the paragraph (or a new opening mark) ends it. */
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
const FAMILIES: Readonly<Record<string, { closers: string; reopeners: string }>> = {
  '"': { closers: '"”', reopeners: '"“' },
  '“': { closers: '”"', reopeners: '“"' },
  '«': { closers: '»', reopeners: '«' },
  '„': { closers: '“”', reopeners: '„' },
};
const MARKS = new Set(['"', '“', '”', '«', '»', '„']);
/** Before an opening straight quote: a space, the start, or an opening bracket or dash. */
const OPENS_AFTER = /[\s([{\u2014\u2013-]/u;
/** After a closing straight quote: a space, the end, or punctuation. */
const CLOSES_BEFORE = /[\s.,;:!?)\]}\u2014\u2013\u2026]/u;
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
    for (let i = open ? paragraph.start + 1 : paragraph.start; i < paragraph.end; i++) {
      const mark = text[i];
      if (!MARKS.has(mark)) continue;
      const shape = shapeOf(text, i, paragraph);
      if (!open) {
        if (FAMILIES[mark] && !(mark === '"' && shape === 'close')) open = { mark, at: i, parts: [] };
        continue;
      }
      const family = FAMILIES[open.mark];
      if (family.closers.includes(mark) && !(mark === '"' && shape === 'open')) {
        pushPart(text, open.parts, open.at, i, i);
        finish();
      } else if (family.reopeners.includes(mark) && shape !== 'close') {
        pushPart(text, open.parts, open.at, i, null);
        finish();
        open = { mark, at: i, parts: [] };
      }
    }
    if (!open) return;
    pushPart(text, open.parts, open.at, paragraph.end, null);
    const next = paragraphs[p + 1];
    if (next && !next.heading && reopens(text, next, open.mark)) open.mark = text[next.start];
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

/** True when `paragraph` opens with a mark of the same kind as `mark`: the quotation goes on. */
function reopens(text: string, paragraph: Paragraph, mark: string): boolean {
  const first = text[paragraph.start];
  const family = FAMILIES[mark];
  return family.reopeners.includes(first) && !(first === '"' && shapeOf(text, paragraph.start, paragraph) === 'close');
}

/**
 * Adds the part between the mark at `openAt` and `endAt`, trimmed, when it holds anything.
 * A final comma is left out: in "…yet," she said the comma belongs to the reporting sentence.
 */
function pushPart(text: string, parts: QuotePart[], openAt: number, endAt: number, close: number | null): void {
  let start = openAt + 1;
  let end = endAt;
  while (start < end && TRAILING_SPACE.test(text[start])) start++;
  while (end > start && TRAILING_SPACE.test(text[end - 1])) end--;
  const ending = end > start && ENDINGS.includes(text[end - 1]) ? text[end - 1] : '';
  if (ending === ',') end--;
  while (end > start && TRAILING_SPACE.test(text[end - 1])) end--;
  if (end > start) parts.push({ start, end, open: openAt, close, ending });
}
