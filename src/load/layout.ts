/**
 * Text layouts. Web text puts one paragraph on a line (`lines`); wire copy and archives
 * hard-wrap lines at a fixed width of about 60–80 characters and mark paragraphs by a blank
 * line, an indented first line, an end-of-paragraph character or a short last line (`wrapped`).
 * The loader reads a wrapped text's paragraphs as its logical lines, so chrome rules, headings
 * and the sentence splitter see whole paragraphs, never a paragraph's physical lines.
 */
import { CLAUSE_MARKS, CLOSING_MARKS, SENTENCE_TERMINALS } from '../text/punctuation.js';
import { ATX_HEADING } from './rules.js';

export type Layout = 'lines' | 'wrapped';
export const LAYOUTS: readonly Layout[] = ['lines', 'wrapped'];

/** A physical line: its range in the text (line break excluded) and its length without trailing space. */
export interface PhysicalLine {
  from: number;
  to: number;
  /** The line without leading and trailing white space. */
  trimmed: string;
  /** Leading white space, in columns (a tab counts as 4). */
  indent: number;
}

/** Wrapped lines are at most this long (wider text is not hard-wrapped for reading). */
const MAX_WRAP_WIDTH = 100;
/** …and at least this long, or short lines (verse, lists, headlines) would look wrapped. */
const MIN_WRAP_WIDTH = 40;
/** A text needs this many lines that run on into the next before it counts as wrapped. */
const MIN_RUN_ONS = 4;
/** …and this share of its full-width lines must run on (web paragraphs end their lines with a sentence end). */
const MIN_RUN_ON_SHARE = 0.4;
/** A line at least this share of the wrap width is "full"; a shorter one ends its paragraph. */
const FULL_LINE_SHARE = 0.7;
/** Characters some archives end a paragraph with. */
const PARAGRAPH_MARK = /[¶\u2029]$/u;
/** A line that ends a sentence or a clause (in any script's marks), or closes a quotation or bracket, does not run on. */
const SENTENCE_END = new RegExp(`[${SENTENCE_TERMINALS}${CLAUSE_MARKS}${CLOSING_MARKS}]$`, 'u');
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/gu;

/** The text's physical lines, blank ones included. */
export function physicalLines(text: string): PhysicalLine[] {
  const lines: PhysicalLine[] = [];
  let from = 0;
  const push = (to: number) => {
    const raw = text.slice(from, to);
    const lead = /^[ \t\u00A0]*/u.exec(raw)?.[0] ?? '';
    lines.push({ from, to, trimmed: raw.trim(), indent: lead.replace(/\t/gu, '    ').length });
  };
  for (const brk of text.matchAll(LINE_BREAK)) {
    push(brk.index);
    from = brk.index + brk[0].length;
  }
  push(text.length);
  return lines;
}

/**
 * The wrap width of a hard-wrapped text, or `null` for one-paragraph-per-line text. Judged on
 * line lengths: the longest lines cluster under a width of 40–100 characters, and many full-width
 * lines break mid-sentence (the next line goes straight on, no blank line between).
 */
export function detectWrapWidth(text: string): number | null {
  const lines = physicalLines(text);
  const widths = lines.filter((line) => line.trimmed !== '').map((line) => line.indent + line.trimmed.length);
  if (widths.length < MIN_RUN_ONS + 1) return null;
  const sorted = [...widths].sort((a, b) => a - b);
  const width = sorted[Math.floor(sorted.length * 0.9)] ?? 0;
  if (width < MIN_WRAP_WIDTH || width > MAX_WRAP_WIDTH) return null;
  // Web text with short paragraphs can pass the width test; its lines end sentences.
  if (sorted.at(-1)! > width * 1.5) return null;
  let full = 0;
  let runOns = 0;
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    if (line.trimmed === '' || line.indent + line.trimmed.length < width * FULL_LINE_SHARE) return;
    full += 1;
    if (next && next.trimmed !== '' && !SENTENCE_END.test(line.trimmed)) runOns += 1;
  });
  return runOns >= MIN_RUN_ONS && runOns / Math.max(1, full) >= MIN_RUN_ON_SHARE ? width : null;
}

/**
 * Groups a wrapped text's lines into paragraphs: `[from, to)` ranges covering one or more
 * physical lines, blank lines as empty ranges of their own. A new paragraph starts after a blank
 * line, after a line that ends with a paragraph mark, after a short line (a paragraph's last
 * line, a slug or a headline), at a line indented more than the one before, or, in a text that
 * indents its paragraphs' first lines, at any indented line (one-line paragraphs in a row, such
 * as a headline above the lede, indented like them). A Markdown heading line is a paragraph of its own.
 */
export function wrappedParagraphs(text: string, width: number): Array<{ from: number; to: number }> {
  const paragraphs: Array<{ from: number; to: number }> = [];
  let open: { from: number; to: number } | null = null;
  let previous: PhysicalLine | null = null;
  const lines = physicalLines(text);
  const bodyIndent = firstLinesIndented(lines);
  for (const line of lines) {
    if (line.trimmed === '') {
      if (open) paragraphs.push(open);
      open = null;
      paragraphs.push({ from: line.from, to: line.to });
      previous = null;
      continue;
    }
    const startsNew =
      !open ||
      !previous ||
      PARAGRAPH_MARK.test(previous.trimmed) ||
      isMarkdownHeading(previous.trimmed) ||
      isMarkdownHeading(line.trimmed) ||
      previous.indent + previous.trimmed.length < width * FULL_LINE_SHARE ||
      line.indent > previous.indent ||
      (bodyIndent !== null && line.indent > bodyIndent);
    if (startsNew) {
      if (open) paragraphs.push(open);
      open = { from: line.from, to: line.to };
    } else if (open) {
      open.to = line.to;
    }
    previous = line;
  }
  if (open) paragraphs.push(open);
  return paragraphs;
}

/** Paragraphs indented this way at least this often show that the text marks paragraphs by indenting. */
const MIN_INDENTED_PARAGRAPHS = 2;

/**
 * The indent of a text's continuation lines when it marks paragraphs by indenting their first
 * lines (a line indented more than the least-indented lines, followed by one of those, at least
 * `MIN_INDENTED_PARAGRAPHS` times); else `null`.
 */
function firstLinesIndented(lines: PhysicalLine[]): number | null {
  // A loop, not Math.min(...): a spread of a long file's lines overflows the call stack.
  let least = Infinity;
  for (const line of lines) if (line.trimmed !== '') least = Math.min(least, line.indent);
  let indented = 0;
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    if (next && next.trimmed !== '' && line.trimmed !== '' && line.indent > least && next.indent === least) indented += 1;
  });
  return indented >= MIN_INDENTED_PARAGRAPHS ? least : null;
}

/**
 * The wrap width to read a text with: `null` (line by line) for `lines`; for `wrapped`, the
 * detected width, else the longest line's (the user says it is wrapped, so its longest lines are
 * full ones); for `auto`, the detected width or `null`.
 */
export function wrapWidthFor(text: string, layout: Layout | 'auto'): number | null {
  if (layout === 'lines') return null;
  const detected = detectWrapWidth(text);
  if (detected !== null || layout === 'auto') return detected;
  return Math.max(1, ...physicalLines(text).map((line) => line.indent + line.trimmed.length));
}

/**
 * Whether a trimmed line is a Markdown heading (`ATX_HEADING`, which the chrome rules read too): a
 * paragraph of its own, however long. Spaces and tabs collapse as they do for the chrome rules.
 */
function isMarkdownHeading(trimmed: string): boolean {
  return trimmed.startsWith('#') && ATX_HEADING.test(trimmed.replace(/[ \t]+/gu, ' '));
}
