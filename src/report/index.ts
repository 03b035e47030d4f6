import { renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderSideBySide } from './sideBySide.js';
import { renderTable } from './table.js';
import type { Reporter } from './types.js';

/** `compare --format` choices: name → reporter. The CLI offers `Object.keys(reporters)`; the first is the default view. */
export const reporters = {
  'side-by-side': renderSideBySide,
  table: renderTable,
  csv: renderCsv,
  json: renderJson,
  html: renderHtml,
} satisfies Record<string, Reporter>;

export type FormatName = keyof typeof reporters;

export type { Reporter, ReportOptions } from './types.js';
export type { ComparisonReport } from './json.js';
export { diffToNotation } from './diffNotation.js';
export { toTerminalText } from './terminalText.js';
