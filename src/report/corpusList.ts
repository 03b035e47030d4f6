import Table from 'cli-table3';
import type { ManifestArticle } from '../load/index.js';
import { makePalette, usableWidth } from './styledText.js';
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
/** Shares of the text width given to each column; ids and dates are short, titles long. */
const SHARES = [0.17, 0.16, 0.11, 0.33, 0.23];

function renderCorpusTable(entries: readonly ManifestArticle[], options: CorpusListOptions): string {
  const palette = makePalette(options.color);
  // cli-table3 adds a border before each column and after the last, and one space of padding each side.
  const room = usableWidth(options.width) - (COLUMNS.length + 1) - COLUMNS.length * 2;
  const widths = SHARES.map((share) => Math.max(6, Math.floor(room * share)) + 2);
  const table = new Table({
    head: COLUMNS.map((column) => palette.name(column)),
    colWidths: widths,
    wordWrap: true,
    style: { head: [], border: [] },
  });
  for (const entry of entries) {
    table.push(COLUMNS.map((column) => toTerminalText(entry[column] ?? '—')));
  }
  return `${table.toString()}\n${entries.length} article${entries.length === 1 ? '' : 's'}\n`;
}
