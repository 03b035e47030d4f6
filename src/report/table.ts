import Table from 'cli-table3';
import type { Article } from '../types.js';
import { articleNames, columnOrder } from './names.js';
import { legendLines } from './legend.js';
import { renderSideBySide } from './sideBySide.js';
import { buildRows, renderRowCell, type Row } from './rows.js';
import { makePalette, usableWidth, wrapText, type Palette } from './styledText.js';
import { explanationLine } from './explanation.js';
import { kindLines, summaryLine } from './summaryLine.js';
import type { Reporter } from './types.js';

/** cli-table3 pads each cell with one space on either side. */
const PADDING = 2;
/** Narrowest text a sentence column is given, even when that makes the table wider than asked. */
const MIN_TEXT = 8;

/**
 * The comparison as a boxed table: pair number, score, then one column per article (base first),
 * sized to `options.width`; each sentence of a run only one article has is a row of its own beside
 * an empty cell, with the number and score cells left empty. Changes are
 * coloured, or marked `[-removed-]`/`{+added+}` without colour. cli-table3's own colours are switched
 * off (`style.head`/`style.border` empty) so that colour depends on `options.color` alone.
 */
export const renderTable: Reporter = (comparison, options) => {
  const palette = makePalette(options.color);
  const width = usableWidth(options.width);
  const columns = columnOrder(comparison);
  const names = articleNames(comparison.articles);
  const rows = buildRows(comparison, columns, options.changes);
  const idWidth = Math.max(1, ...comparison.alignments.map((a) => String(a.id).length)) + PADDING;
  const scoreWidth = 'score'.length + PADDING;
  const textWidth = sentenceColumnWidth(width, idWidth, scoreWidth, columns.length);
  // Too many articles for the width: the side-by-side view stacks them instead, within the width.
  const tableWidth = idWidth + scoreWidth + columns.length * (textWidth + PADDING) + columns.length + 3;
  if (tableWidth > width) return renderSideBySide(comparison, options);

  const table = new Table({
    head: ['#', 'score', ...columns.map((article) => headCell(article, names, textWidth, palette))],
    colWidths: [idWidth, scoreWidth, ...columns.map(() => textWidth + PADDING)],
    style: { head: [], border: [] },
  });
  const spanWidth = columns.length * (textWidth + PADDING) + columns.length - 1 - PADDING;
  for (const row of rows) {
    for (const cells of tableRows(row, textWidth, palette)) table.push(cells);
    const explanation = row.source.kind === 'pair' ? row.source.alignment.explanation : undefined;
    // With --explain, the evidence under its pair, across the sentence columns.
    if (explanation) {
      const why = wrapText(explanationLine(explanation), Math.max(10, spanWidth)).map((line) => palette.rule(line)).join('\n');
      table.push(['', '', { content: why, colSpan: columns.length }]);
    }
  }
  const summary = [summaryLine(comparison, columns.map((a) => a.id), names), ...kindLines(comparison, columns.map((a) => a.id), names)].flatMap(
    (line) => wrapText(line, width),
  );
  if (rows.some((row) => row.source.kind === 'pair')) summary.push(...legendLines(palette, width));
  return `${table.toString()}\n${summary.join('\n')}\n`;
};

/** Text width of each sentence column: what is left of `width` after the number and score columns and the borders. */
function sentenceColumnWidth(width: number, idWidth: number, scoreWidth: number, articles: number): number {
  const borders = articles + 3;
  const available = width - idWidth - scoreWidth - borders;
  return Math.max(MIN_TEXT, Math.floor(available / Math.max(1, articles)) - PADDING);
}

function headCell(article: Article, names: ReadonlyMap<string, string>, width: number, palette: Palette): string {
  const name = wrapText(names.get(article.id) ?? article.id, width).map((line) => palette.name(line));
  const about = [article.date ?? 'date unknown', article.title ?? 'untitled'].flatMap((text) => wrapText(text, width));
  return [...name, ...about].join('\n');
}

/**
 * The table rows of one view row: a pair is one; a run only one article has is one per sentence,
 * so no cell is taller than its sentence (unpatched, cli-table3 took time quadratic in a cell's height).
 */
function tableRows(row: Row, width: number, palette: Palette): string[][] {
  const { source } = row;
  if (source.kind === 'only') {
    const column = row.cells.findIndex((cell) => cell !== null);
    const items = row.cells[column] ?? [];
    return items.map((item) => ['', '', ...row.cells.map((_, k) => (k === column ? renderRowCell([item], width, palette).join('\n') : ''))]);
  }
  const cells = row.cells.map((cell) => (cell ? renderRowCell(cell, width, palette).join('\n') : ''));
  return [[String(source.alignment.id), source.alignment.score.toFixed(2), ...cells]];
}
