import type { Comparison, Verdict } from '../types.js';

/** How a reporter should render a comparison. The CLI decides every field once; reporters never look at the environment. */
export interface ReportOptions {
  /** Emit ANSI colour and style codes (human formats only). Without colour, changes are marked `[-removed-]` and `{+added+}`. */
  color: boolean;
  /** Width in terminal columns that human formats must fit (every line is at most this wide). */
  width: number;
  /** outletdiff's version, written into the JSON document's `tool.version`. */
  toolVersion: string;
  /** Prepend a UTF-8 byte-order mark (U+FEFF) to CSV, for spreadsheet programs that need one. */
  bom: boolean;
  /** CSV layout: `wide` (one row per alignment) applies only to exactly two articles; otherwise CSV is `long` (one row per member). */
  csvShape: 'wide' | 'long';
  /** Human views only: show just the groups whose verdict is at least this (`--changes`); JSON and CSV stay complete. */
  changes?: Verdict;
}

/** A reporter turns a fully computed comparison into the text of one output format. Pure: same input, same string. */
export type Reporter = (comparison: Comparison, options: ReportOptions) => string;
