import Table from 'cli-table3';
import type { ManifestArticle } from '../load/index.js';
import { makePalette, usableWidth, wrapText } from './styledText.js';
import { toTerminalText } from './terminalText.js';

export interface CorpusListOptions {
  color: boolean;
  width: number;
}

/** `outletdiff corpus`: the articles of a corpus manifest, as a table or as JSON. */
export const corpusFormats = {
  table: renderCorpusTable,
  json: (entries: readonly ManifestArticle[]) => `${JSON.stringify(entries, null, 2)}\n`,
} satisfies Record<string, (entries: readonly ManifestArticle[], options: CorpusListOptions) => string>;

export type CorpusFormatName = keyof typeof corpusFormats;

export function renderCorpusList(entries: readonly ManifestArticle[], format: CorpusFormatName, options: CorpusListOptions): string {
  return corpusFormats[format](entries, options);
}

const COLUMNS = ['id', 'outlet', 'date', 'title', 'story'] as const;
/** Shares of the width left after the id and date columns; titles are long. */
const SHARES = { outlet: 0.25, title: 0.45, story: 0.3 };
const DATE_WIDTH = 'YYYY-MM-DD'.length;

function renderCorpusTable(entries: readonly ManifestArticle[], options: CorpusListOptions): string {
  const palette = makePalette(options.color);
  // cli-table3 adds a border before each column and after the last, and one space of padding each side.
  const room = usableWidth(options.width) - (COLUMNS.length + 1) - COLUMNS.length * 2;
  // Ids are never cut: they are what a reader copies into `compare`.
  const idWidth = Math.max(2, ...entries.map((entry) => entry.id.length));
  const rest = Math.max(18, room - idWidth - DATE_WIDTH);
  const share = (column: keyof typeof SHARES) => Math.max(6, Math.floor(rest * SHARES[column]));
  const widths = [idWidth, share('outlet'), DATE_WIDTH, share('title'), share('story')].map((width) => width + 2);
  const tableWidth = widths.reduce((sum, width) => sum + width, 0) + COLUMNS.length + 1;
  if (tableWidth > usableWidth(options.width)) return renderCorpusLines(entries, options);
  const table = new Table({
    head: COLUMNS.map((column) => palette.name(column)),
    colWidths: widths,
    wordWrap: true,
    style: { head: [], border: [] },
  });
  for (const entry of entries) {
    table.push(COLUMNS.map((column) => toTerminalText(entry[column] ?? '—')));
  }
  return `${table.toString()}\n${countLine(entries)}`;
}

/** Too narrow for a table: one block per article, the id on its own line, the rest wrapped beneath it. */
function renderCorpusLines(entries: readonly ManifestArticle[], options: CorpusListOptions): string {
  const palette = makePalette(options.color);
  const width = usableWidth(options.width);
  const blocks = entries.map((entry) => {
    const details = [entry.outlet ?? 'outlet unknown', entry.date ?? 'date unknown', entry.title, entry.story ? `story: ${entry.story}` : null]
      .filter((part): part is string => part !== null)
      .join(' · ');
    return [palette.name(toTerminalText(entry.id)), ...wrapText(details, width - 2).map((line) => `  ${line}`)].join('\n');
  });
  return `${blocks.join('\n')}\n${countLine(entries)}`;
}

function countLine(entries: readonly ManifestArticle[]): string {
  return `${entries.length} article${entries.length === 1 ? '' : 's'}\n`;
}
