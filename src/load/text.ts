/**
 * Small text helpers for the loader: lines with offsets, white-space collapsing that
 * remembers where each character came from, and script detection.
 *
 * "White space" is the same set as the sentence splitter's (`src/segment/segmentText.ts`):
 * JavaScript's `\s` (Unicode White_Space plus the byte-order mark, so non-breaking spaces
 * count) and U+0085 NEXT LINE, which `\s` lacks. The loader keeps its own `trimSpan`
 * rather than importing the segmenter's: data flows from load to segment, not back.
 */
import { normaliseForMatching } from '../text/normalise.js';
import { CLAUSE_MARKS, COMMAS, SENTENCE_TERMINALS } from '../text/punctuation.js';
import { wrappedParagraphs } from './layout.js';

/** One line of the article text, trimmed, with a collapsed copy for pattern matching. */
export interface Line {
  /** Offset of the line's first non-white-space character (the line start for a blank line). */
  start: number;
  /** Offset just past the line's last non-white-space character. */
  end: number;
  /** The trimmed line with each white-space run collapsed to one space; `''` for a blank line. */
  text: string;
  /** `map[i]` is the offset in the article text of `text[i]`: where a span starting at `text[i]` starts. */
  map: number[];
  /**
   * Where a span ending at `text[i]` ends, when that is not just past `map[i]`: in a line read without
   * characters of the text (see `lineWithout`), past those that go with `text[i]`.
   */
  ends?: number[];
}

/** A `[start, end)` range of the article text. */
export interface Span {
  start: number;
  end: number;
}

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/g;
const SPACE = /[\s\u0085]/u;
const SPACE_RUN = /[\s\u0085]+/gu;

/**
 * The text's logical lines: its physical lines (CRLF, LF, CR, U+2028, U+2029), blank ones
 * included, or for a hard-wrapped text (`wrapWidth` given) its paragraphs, each joined from
 * its physical lines. Cost: linear.
 */
export function splitLines(text: string, wrapWidth: number | null = null): Line[] {
  if (wrapWidth !== null) return wrappedParagraphs(text, wrapWidth).map((paragraph) => makeLine(text, paragraph.from, paragraph.to));
  return physicalLineSpans(text);
}

function physicalLineSpans(text: string): Line[] {
  const lines: Line[] = [];
  let lineStart = 0;
  for (const brk of text.matchAll(LINE_BREAK)) {
    lines.push(makeLine(text, lineStart, brk.index));
    lineStart = brk.index + brk[0].length;
  }
  lines.push(makeLine(text, lineStart, text.length));
  return lines;
}

/**
 * A line of several physical lines (a wrapped paragraph) cut before its last physical line: the
 * lines above it and the last one, each trimmed; `null` for a line of one physical line.
 */
export function splitLastPhysicalLine(text: string, line: Line): { head: Line; tail: Line } | null {
  let cut: { at: number; length: number } | null = null;
  for (const brk of text.slice(line.start, line.end).matchAll(LINE_BREAK)) cut = { at: line.start + brk.index, length: brk[0].length };
  if (cut === null) return null;
  return { head: makeLine(text, line.start, cut.at), tail: makeLine(text, cut.at + cut.length, line.end) };
}

/** The physical lines of a line of several (a wrapped paragraph), each trimmed; one line for a line of one. Cost: linear. */
export function physicalLinesOf(text: string, line: Line): Line[] {
  const lines: Line[] = [];
  let from = line.start;
  for (const brk of text.slice(line.start, line.end).matchAll(LINE_BREAK)) {
    lines.push(makeLine(text, from, line.start + brk.index));
    from = line.start + brk.index + brk[0].length;
  }
  return lines.length === 0 ? [line] : [...lines, makeLine(text, from, line.end)];
}

/** The part `line.text.slice(from, to)` of a line as a line of its own, trimmed; `null` when it holds only white space. */
export function subLine(text: string, line: Line, from: number, to: number): Line | null {
  const span = spanOf(line, from, to, text);
  return span ? makeLine(text, span.start, span.end) : null;
}

function makeLine(text: string, from: number, to: number): Line {
  const { start, end } = trimSpan(text, from, to);
  if (start >= end) return { start: from, end: from, text: '', map: [] };
  let collapsed = '';
  const map: number[] = [];
  let inSpace = false;
  for (let i = start; i < end; i++) {
    if (SPACE.test(text[i])) {
      if (!inSpace) {
        collapsed += ' ';
        map.push(i);
      }
      inSpace = true;
    } else {
      collapsed += text[i];
      map.push(i);
      inSpace = false;
    }
  }
  return { start, end, text: collapsed, map };
}

/**
 * The part `line.text.slice(0, to)` of a line, without white space at its end: its characters keep
 * their offsets in the article text (a line read without marks stays so; see `lineWithout`).
 */
export function lineBefore(line: Line, to: number): Line {
  let cut = to;
  while (cut > 0 && line.text[cut - 1] === ' ') cut -= 1;
  if (cut === 0) return { start: line.start, end: line.start, text: '', map: [] };
  const map = line.map.slice(0, cut);
  const ends = line.ends?.slice(0, cut);
  const end = ends?.[cut - 1] ?? map[cut - 1] + 1;
  return ends ? { start: line.start, end, text: line.text.slice(0, cut), map, ends } : { start: line.start, end, text: line.text.slice(0, cut), map };
}

/** Narrows `[start, end)` of `text` until it neither starts nor ends with white space. */
export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && SPACE.test(text[start])) start++;
  while (end > start && SPACE.test(text[end - 1])) end--;
  return { start, end };
}

/**
 * The article-text range of `line.text.slice(from, to)`, trimmed; `null` when that
 * slice holds only white space.
 */
export function spanOf(line: Line, from: number, to: number, text: string): Span | null {
  if (from >= to) return null;
  const span = trimSpan(text, line.map[from], line.ends?.[to - 1] ?? line.map[to - 1] + 1);
  return span.start < span.end ? span : null;
}

/**
 * The line read without some of its characters (Markdown emphasis marks inside it), given by their
 * indices in `line.text`: `leading` ones go with the character after them (an opening mark), the
 * others with the character before (a closing mark), so a span of the result still covers them when
 * it covers their word. None may be white space, nor stand where its removal leaves two spaces.
 */
export function lineWithout(line: Line, leading: ReadonlySet<number>, trailing: ReadonlySet<number>): Line {
  let text = '';
  const map: number[] = [];
  const ends: number[] = [];
  let pendingStart: number | undefined;
  for (let i = 0; i < line.text.length; i++) {
    const at = line.map[i];
    if (leading.has(i)) {
      pendingStart ??= at;
    } else if (trailing.has(i)) {
      if (ends.length > 0) ends[ends.length - 1] = at + 1;
    } else {
      text += line.text[i];
      map.push(pendingStart ?? at);
      ends.push(line.ends?.[i] ?? at + 1);
      pendingStart = undefined;
    }
  }
  return { start: line.start, end: line.end, text, map, ends };
}

/** Trims `s` and collapses each white-space run to one space. */
export function collapse(s: string): string {
  return s.replace(SPACE_RUN, ' ').replace(/^ | $/g, '');
}

/**
 * Number of words in an already collapsed string: its space-separated tokens, except that a token
 * in a script written without spaces (Chinese, Japanese, Thai, …) counts the words the word
 * segmenter finds in it, so the loader's limits (a heading's 15 words, an interface string's 8)
 * mean the same in every script: `中国外交部反对单边制裁` is 5 words, not 1. Cost: linear.
 */
export function wordCount(collapsed: string): number {
  if (collapsed === '') return 0;
  const tokens = collapsed.split(' ');
  if (!UNSPACED_LETTER.test(collapsed)) return tokens.length;
  let count = 0;
  for (const token of tokens) count += UNSPACED_LETTER.test(token) ? Math.max(1, segmentedWords(token)) : 1;
  return count;
}

/** A letter of a script that does not separate its words by spaces. */
const UNSPACED_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** Made on first use: creating a word segmenter loads ICU's dictionaries, some 10 ms, which English text never needs. */
let wordSegmenter: Intl.Segmenter | undefined;
/**
 * Intl.Segmenter's cost grows with its whole input at every step (see the splitter's
 * `intlBoundaries`), so a long run is counted in windows; a word cut at a window's edge counts twice.
 */
const WORD_WINDOW = 256;

/** Words Intl.Segmenter finds in `token` (dictionary-based for Chinese, Japanese and Thai). */
function segmentedWords(token: string): number {
  wordSegmenter ??= new Intl.Segmenter('en', { granularity: 'word' });
  const segmenter = wordSegmenter;
  let count = 0;
  for (let from = 0; from < token.length; ) {
    let to = Math.min(token.length, from + WORD_WINDOW);
    // Never between the two halves of a character outside the Basic Multilingual Plane.
    const last = token.charCodeAt(to - 1);
    if (to < token.length && last >= 0xd800 && last <= 0xdbff) to -= 1;
    for (const segment of segmenter.segment(token.slice(from, to))) if (segment.isWordLike) count += 1;
    from = to;
  }
  return count;
}

const TRAILING_PUNCTUATION = new RegExp(`[ ${SENTENCE_TERMINALS}${CLAUSE_MARKS}${COMMAS}]+$`, 'u');

/**
 * A comparison key for "is this the same line again": case, quote and dash forms,
 * white space and trailing punctuation do not count.
 */
export function sameTextKey(s: string): string {
  return normaliseForMatching(collapse(s)).replace(TRAILING_PUNCTUATION, '');
}

/** Counts the letters of `s` per script, among `scripts` (others are ignored). */
export function countScripts(s: string, scripts: readonly string[]): Map<string, number> {
  // One pass of a global pattern per script, most texts needing only the first: testing each
  // character against each script's pattern in turn cost more than the rest of the loader.
  const found: Array<{ name: string; count: number; first: number }> = [];
  let remaining = countCodePoints(s, LETTER_RUNS);
  for (const name of scripts) {
    if (remaining === 0) break;
    const pattern = scriptLetters(name);
    const count = countCodePoints(s, pattern.all);
    if (count > 0) found.push({ name, count, first: s.search(pattern.one) });
    remaining -= count;
  }
  if (remaining > 0) found.push({ name: 'other', count: remaining, first: s.search(otherLetter(scripts)) });
  // In order of first appearance, as dominantScript breaks ties by order.
  return new Map(found.sort((a, b) => a.first - b.first).map(({ name, count }) => [name, count]));
}

const LETTER_RUNS = /\p{L}+/gu;

/**
 * Characters (code points) in the matches of the global pattern `runs` over `s`. Matching runs
 * of letters, not single letters, spares an array entry per letter: counting was the loader's
 * largest source of garbage.
 */
function countCodePoints(s: string, runs: RegExp): number {
  let count = 0;
  runs.lastIndex = 0;
  for (let match = runs.exec(s); match !== null; match = runs.exec(s)) {
    const run = match[0];
    count += run.length;
    // A letter outside the Basic Multilingual Plane is two UTF-16 units.
    for (let k = 0; k < run.length; k += 1) if (run.charCodeAt(k) >= 0xd800 && run.charCodeAt(k) <= 0xdbff) count -= 1;
  }
  return count;
}

const scriptPatterns = new Map<string, { all: RegExp; one: RegExp }>();

/** Letters of one script (scripts are disjoint, so no letter is counted twice). */
function scriptLetters(name: string): { all: RegExp; one: RegExp } {
  let patterns = scriptPatterns.get(name);
  if (!patterns) {
    const source = `(?=\\p{L})\\p{Script=${name}}`;
    patterns = { all: new RegExp(`(?:${source})+`, 'gu'), one: new RegExp(source, 'u') };
    scriptPatterns.set(name, patterns);
  }
  return patterns;
}

const otherPatterns = new Map<string, RegExp>();

/** A letter of none of `scripts`. */
function otherLetter(scripts: readonly string[]): RegExp {
  const key = scripts.join(',');
  let pattern = otherPatterns.get(key);
  if (!pattern) {
    pattern = new RegExp(`(?=\\p{L})(?!${scripts.map((name) => `\\p{Script=${name}}`).join('|')})`, 'u');
    otherPatterns.set(key, pattern);
  }
  return pattern;
}

/** The script with the most letters in `counts`, or `null` when there are no letters. */
export function dominantScript(counts: Map<string, number>): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const [name, n] of counts) {
    if (n > bestCount) {
      best = name;
      bestCount = n;
    }
  }
  return best;
}
