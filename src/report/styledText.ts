import { Chalk, type ChalkInstance } from 'chalk';
import { displayWidth, graphemes, graphemeWidth } from './displayWidth.js';
import { toTerminalPieces, toTerminalText, type PieceSide } from './terminalText.js';

/**
 * How a stretch of sentence text is shown: unchanged, reference wording the other lacks, or wording
 * only the other has; changes of form only (typography, spelling, inflection, compounding) and
 * rewordings (synonyms, reordering) are toned apart from substantive ones, so what matters stands out.
 */
export type Tone = 'plain' | 'removed' | 'added' | 'removed-form' | 'added-form' | 'removed-rewording' | 'added-rewording';

/** A stretch of text in one tone. */
export interface Span {
  text: string;
  tone: Tone;
}

/** What one cell of a human view shows: a sentence (or group of sentences) with its changes. */
export interface CellText {
  spans: Span[];
  /** Headings are set apart: bold and underlined with colour, prefixed `## ` without. */
  heading: boolean;
}

/** One display line of a wrapped cell, before colouring. */
export type Line = Span[];

/** Colours and styles for human views; with colour off every function returns its input unchanged. */
export interface Palette {
  color: boolean;
  tone: Record<Tone, (text: string) => string>;
  heading: (text: string) => string;
  name: (text: string) => string;
  rule: (text: string) => string;
}

/** A palette from chalk's basic 16 colours, fixed by `color` alone (never by the terminal or environment). */
export function makePalette(color: boolean): Palette {
  const chalk: ChalkInstance = new Chalk({ level: color ? 1 : 0 });
  return {
    color,
    tone: {
      plain: (text) => text,
      removed: chalk.red.strikethrough,
      added: chalk.green,
      'removed-form': chalk.dim.strikethrough,
      'added-form': chalk.dim.underline,
      'removed-rewording': chalk.yellow.strikethrough,
      'added-rewording': chalk.yellow.underline,
    },
    heading: chalk.bold.underline,
    name: chalk.bold,
    rule: chalk.dim,
  };
}

/** A cell of plain text. */
export function plainCell(text: string, heading = false): CellText {
  return { spans: [{ text, tone: 'plain' }], heading };
}

/**
 * Lays a cell out as display lines of at most `width` columns, each line already coloured
 * (colour codes closed at the end of every line, so lines can be padded and placed side by side).
 */
export function renderCell(cell: CellText, width: number, palette: Palette): string[] {
  const lines = wrapSpans(prepareSpans(cell, palette.color), width);
  return lines.map((line) => {
    const text = line.map((span) => palette.tone[span.tone](span.text)).join('');
    return cell.heading ? palette.heading(text) : text;
  });
}

/** Which wording a span shows: both sides' (plain), the reference's only (removed) or the other's only (added). */
export function sideOfSpan(span: Span): PieceSide {
  return span.tone === 'plain' ? 'both' : span.tone.startsWith('removed') ? 'first' : 'second';
}

/**
 * Terminal-safe text (each wording cleaned whole, so an escape sequence a change cuts in two
 * leaves nothing), changes kept apart from their surrounding spaces, and `[-…-]`/`{+…+}` markers
 * when there is no colour.
 */
function prepareSpans(cell: CellText, color: boolean): Span[] {
  const safe = toTerminalPieces(cell.spans, sideOfSpan);
  let spans = mergeSpans(detachEdgeSpaces(safe));
  if (!color) spans = spans.map(markSpan);
  if (!color && cell.heading) spans = [{ text: '## ', tone: 'plain' }, ...spans];
  return spans;
}

// Without colour every kind of change reads the same; the group's rule line names the kinds.
const MARKERS: Record<Tone, readonly [string, string]> = {
  plain: ['', ''],
  removed: ['[-', '-]'],
  added: ['{+', '+}'],
  'removed-form': ['[-', '-]'],
  'added-form': ['{+', '+}'],
  'removed-rewording': ['[-', '-]'],
  'added-rewording': ['{+', '+}'],
};

function markSpan(span: Span): Span {
  const [open, close] = MARKERS[span.tone];
  return { text: open + span.text + close, tone: span.tone };
}

/** Moves white space at the edges of a change into plain spans, so a change reads `said [-the-] minister`, not `said[- the-] minister`. */
export function detachEdgeSpaces(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    if (span.tone === 'plain') {
      out.push(span);
      continue;
    }
    const match = /^(\s*)(.*?)(\s*)$/su.exec(span.text);
    const [, lead = '', core = '', trail = ''] = match ?? [];
    if (lead) out.push({ text: lead, tone: 'plain' });
    if (core) out.push({ text: core, tone: span.tone });
    if (trail) out.push({ text: trail, tone: 'plain' });
  }
  return out;
}

/** Joins neighbouring spans of one tone and drops empty ones. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    if (span.text === '') continue;
    const last = out.at(-1);
    if (last && last.tone === span.tone) last.text += span.text;
    else out.push({ ...span });
  }
  return out;
}

/** A word or a run of white space, possibly made of several spans (a word can change tone midway: `Moscow{+'s+}`). */
interface Token {
  space: boolean;
  pieces: Span[];
  width: number;
}

function tokenize(spans: readonly Span[]): Token[] {
  const tokens: Token[] = [];
  for (const span of spans) {
    for (const part of span.text.split(/(\s+)/u)) {
      if (part === '') continue;
      const space = /^\s/u.test(part);
      const piece: Span = { text: part, tone: span.tone };
      const last = tokens.at(-1);
      if (last && last.space === space) {
        last.pieces.push(piece);
        last.width += displayWidth(part);
      } else {
        tokens.push({ space, pieces: [piece], width: displayWidth(part) });
      }
    }
  }
  return tokens;
}

/**
 * Wraps spans into lines of at most `width` columns, breaking at white space; a word wider than
 * a line is cut between graphemes. White space at a line break is dropped. Cost: linear in the text.
 */
export function wrapSpans(spans: readonly Span[], width: number): Line[] {
  const lines: Line[] = [];
  let line: Span[] = [];
  let lineWidth = 0;
  let gap: Token | undefined;
  for (const token of tokenize(spans)) {
    if (token.space) {
      gap = token;
      continue;
    }
    const gapWidth = gap?.width ?? 0;
    if (line.length > 0 && lineWidth + gapWidth + token.width <= width) {
      line.push(...(gap?.pieces ?? []), ...token.pieces);
      lineWidth += gapWidth + token.width;
    } else {
      if (line.length > 0) lines.push(line);
      const chunks = token.width <= width ? [token.pieces] : hardWrap(token.pieces, width);
      lines.push(...chunks.slice(0, -1));
      line = [...(chunks.at(-1) ?? [])];
      lineWidth = line.reduce((sum, span) => sum + displayWidth(span.text), 0);
    }
    gap = undefined;
  }
  if (line.length > 0) lines.push(line);
  return lines.map(mergeSpans);
}

/** Cuts one over-long word into lines of at most `width` columns, between graphemes. */
function hardWrap(pieces: readonly Span[], width: number): Line[] {
  const lines: Line[] = [];
  let line: Span[] = [];
  let lineWidth = 0;
  for (const piece of pieces) {
    for (const grapheme of graphemes(piece.text)) {
      const w = graphemeWidth(grapheme);
      if (line.length > 0 && lineWidth + w > width) {
        lines.push(line);
        line = [];
        lineWidth = 0;
      }
      line.push({ text: grapheme, tone: piece.tone });
      lineWidth += w;
    }
  }
  if (line.length > 0) lines.push(line);
  return lines.map(mergeSpans);
}

/** Plain text wrapped to `width` columns (made terminal-safe first). */
export function wrapText(text: string, width: number): string[] {
  return wrapSpans([{ text: toTerminalText(text), tone: 'plain' }], width).map((line) =>
    line.map((span) => span.text).join(''),
  );
}

/** Narrowest width the human views honour; below it lines could not hold a rule label or a tag. */
const MIN_WIDTH = 20;
/** Used when the width given is not a finite number. */
const FALLBACK_WIDTH = 100;

/** `width` as the human views use it: a whole number of columns, at least MIN_WIDTH. */
export function usableWidth(width: number): number {
  return Number.isFinite(width) ? Math.max(MIN_WIDTH, Math.floor(width)) : FALLBACK_WIDTH;
}

/** Pads `text` with spaces to `width` columns (measured without ANSI codes). */
export function padToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** `text` made terminal-safe and cut to fit `width` columns at a word (or grapheme) boundary, with `…` when something was cut. */
export function fitToWidth(text: string, width: number): string {
  const safe = toTerminalText(text);
  if (displayWidth(safe) <= width) return safe;
  const [first = ''] = wrapText(safe, Math.max(1, width - 1));
  return `${first}…`;
}
