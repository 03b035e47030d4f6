import type { Alignment, Article } from '../types.js';
import { displayWidth } from './displayWidth.js';
import { articleNames, columnOrder } from './names.js';
import { buildRows, renderRowCell, type Row } from './rows.js';
import { fitToWidth, makePalette, padToWidth, plainCell, renderCell, usableWidth, wrapText, type Palette } from './styledText.js';
import { explanationLine } from './explanation.js';
import { legendLines } from './legend.js';
import { kindLines, summaryLine } from './summaryLine.js';
import { toTerminalText } from './terminalText.js';
import type { Reporter } from './types.js';

/** Space between columns. */
const GUTTER = ' │ ';
/** Narrowest useful text column; below it the articles are stacked instead of set side by side. */
const MIN_COLUMN = 28;

/** Everything the layouts need, worked out once. */
interface View {
  columns: Article[];
  names: Map<string, string>;
  rows: Row[];
  summary: string;
  kinds: string[];
  width: number;
  palette: Palette;
}

/**
 * The default human view: the articles in columns, base on the left, one row per alignment with
 * its number and score, and each run of sentences only one article has beside an empty cell, under
 * one rule line, each sentence on a new line, in reading order. Wording the other article lacks is red and struck through on the left; wording only the
 * right has is green; without colour they read `[-removed-]` and `{+added+}`. When the columns
 * would be narrower than MIN_COLUMN, the articles are stacked within each row instead.
 */
export const renderSideBySide: Reporter = (comparison, options) => {
  const columns = columnOrder(comparison);
  const names = articleNames(comparison.articles);
  const view: View = {
    columns,
    names,
    rows: buildRows(comparison, columns, options.changes),
    summary: summaryLine(comparison, columns.map((article) => article.id), names),
    kinds: kindLines(comparison, columns.map((article) => article.id), names),
    width: usableWidth(options.width),
    palette: makePalette(options.color),
  };
  const lines = columnWidth(view) >= MIN_COLUMN ? columnLayout(view) : stackedLayout(view);
  if (view.rows.some((row) => row.source.kind === 'pair')) lines.push(...legendLines(view.palette, view.width));
  return `${lines.join('\n')}\n`;
};

function columnWidth(view: View): number {
  const n = Math.max(1, view.columns.length);
  return Math.floor((view.width - GUTTER.length * (n - 1)) / n);
}

/**
 * The label of a row's rule line: `3 · 0.81` for an alignment, `only in TASS` for an unmatched
 * sentence, `only in TASS · 4 sentences` for a run of them. Like the summary line, the count
 * leaves headings out (they show as headings in the block).
 */
function rowLabel(row: Row, names: ReadonlyMap<string, string>): string {
  const { source } = row;
  if (source.kind === 'pair') {
    const { id, score, verdict } = source.alignment;
    const kinds = changeKinds(source.alignment);
    return `${id} · ${score.toFixed(2)}${verdict ? ` · ${verdict}` : ''}${kinds.length > 0 ? `: ${kinds.join(', ')}` : ''}`;
  }
  const only = `only in ${names.get(source.article) ?? source.article}`;
  const items = row.cells.find((cell) => cell !== null) ?? [];
  const sentences = items.filter((item) => !item.heading).length;
  if (items.length < 2 || sentences === 0) return only;
  return `${only} · ${sentences} ${sentences === 1 ? 'sentence' : 'sentences'}`;
}

/** The kinds of difference in a group, in reading order, each once (`compounding, synonym`). */
function changeKinds(alignment: Alignment): string[] {
  return [...new Set(alignment.members.flatMap((member) => member.diff.flatMap((run) => (run.label ? [run.label] : []))))];
}

// ── Columns ────────────────────────────────────────────────────────────────────────────────

function columnLayout(view: View): string[] {
  const width = columnWidth(view);
  const { palette } = view;
  // Header: name (bold), date, title — each wrapped within its column.
  const header = view.columns.map((article) => [
    ...renderCell(plainCell(view.names.get(article.id) ?? article.id), width, palette).map((line) => palette.name(line)),
    ...renderCell(plainCell(article.date ?? 'date unknown'), width, palette),
    ...renderCell(plainCell(article.title ?? 'untitled'), width, palette),
  ]);
  const lines = [...besideEachOther(header, width), rule(view, '', '═', '╪')];
  for (const row of view.rows) {
    lines.push(rule(view, rowLabel(row, view.names), '─', '┼'));
    lines.push(...besideEachOther(row.cells.map((cell) => (cell ? renderRowCell(cell, width, palette) : [])), width));
    lines.push(...explanationLines(row, view));
  }
  lines.push(rule(view, '', '─', '┴'));
  lines.push(...wrapText(view.summary, view.width));
  lines.push(...view.kinds.flatMap((line) => wrapText(line, view.width)));
  return lines;
}

/** With `--explain`, the evidence under a pair, across the full width, dimmed. */
function explanationLines(row: Row, view: View): string[] {
  if (row.source.kind !== 'pair' || !row.source.alignment.explanation) return [];
  return wrapText(explanationLine(row.source.alignment.explanation), view.width).map((line) => view.palette.rule(line));
}

/** Sets cells' lines beside each other, padding every column but the last to `width`. */
function besideEachOther(cells: string[][], width: number): string[] {
  const height = Math.max(0, ...cells.map((lines) => lines.length));
  return Array.from({ length: height }, (_, i) => {
    const parts = cells.map((lines, c) => (c < cells.length - 1 ? padToWidth(lines[i] ?? '', width) : (lines[i] ?? '')));
    return parts.join(GUTTER).trimEnd();
  });
}

/** A horizontal rule across the columns, `cross` where it meets a gutter, optionally opening with a label: `── 3 · 0.81 ───┼───`. */
function rule(view: View, label: string, fill: string, cross: string): string {
  const width = columnWidth(view);
  const total = view.columns.length * width + GUTTER.length * (view.columns.length - 1);
  const crossings = new Set(view.columns.slice(1).map((_, k) => (k + 1) * width + k * GUTTER.length + 1));
  const opening = label ? `${fill}${fill} ${fitToWidth(label, total - 4)} ` : '';
  let text = opening;
  for (let col = displayWidth(opening); col < total; col++) text += crossings.has(col) ? cross : fill;
  return view.palette.rule(text);
}

// ── Stacked ────────────────────────────────────────────────────────────────────────────────

/** Each article on its own lines, tagged with its name: `TASS    │ text…`. For many articles or narrow terminals. */
function stackedLayout(view: View): string[] {
  const { palette } = view;
  const maxTag = Math.floor(view.width / 4);
  const tags = new Map(view.columns.map((article) => [article.id, tagOf(view, article, maxTag)]));
  const tagWidth = Math.max(1, ...[...tags.values()].map(displayWidth));
  const textWidth = view.width - tagWidth - GUTTER.length;
  const tagged = (article: Article, lines: string[]): string[] =>
    lines.map((line, i) => {
      const tag = i === 0 ? palette.name(tags.get(article.id) ?? '') : '';
      return `${padToWidth(tag, tagWidth)}${GUTTER}${line}`.trimEnd();
    });

  const lines: string[] = [];
  for (const article of view.columns) {
    const about = `${article.date ?? 'date unknown'} · ${article.title ?? 'untitled'}`;
    lines.push(...tagged(article, renderCell(plainCell(about), textWidth, palette)));
  }
  lines.push(palette.rule('═'.repeat(view.width)));
  for (const row of view.rows) {
    lines.push(palette.rule(fullRule(rowLabel(row, view.names), view.width)));
    row.cells.forEach((cell, c) => {
      const article = view.columns[c];
      if (cell && article) lines.push(...tagged(article, renderRowCell(cell, textWidth, palette)));
    });
  }
  lines.push(palette.rule('─'.repeat(view.width)));
  lines.push(...wrapText(view.summary, view.width));
  lines.push(...view.kinds.flatMap((line) => wrapText(line, view.width)));
  return lines;
}

/** The article's name if it fits in `maxTag` columns, else its (shorter, still unique) id, else the name cut short. */
function tagOf(view: View, article: Article, maxTag: number): string {
  const name = toTerminalText(view.names.get(article.id) ?? article.id);
  if (displayWidth(name) <= maxTag) return name;
  const id = toTerminalText(article.id);
  return displayWidth(id) <= maxTag ? id : fitToWidth(name, maxTag);
}

function fullRule(label: string, width: number): string {
  const opening = `── ${fitToWidth(label, width - 4)} `;
  return opening + '─'.repeat(Math.max(0, width - displayWidth(opening)));
}
