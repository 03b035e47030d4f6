/**
 * The tab-separated sentence pairs `score-pairs` reads (CONTRACT.md): one pair per line, CRLF
 * or LF, quote characters literal, an optional header line that is never guessed.
 */
import { OutletdiffError } from '../errors.js';

export interface PairLineOptions {
  /** 1-based column of the left sentence. */
  leftColumn: number;
  /** 1-based column of the right sentence. */
  rightColumn: number;
  /** The first line is a header: it is skipped and gives no output. */
  header: boolean;
}

/** One input line: a pair to score, or an empty line (which gives an empty output line). */
export type PairLine = { line: number; empty: false; left: string; right: string } | { line: number; empty: true };

/**
 * Splits decoded text into pair lines, numbered by physical line (1-based, the header counted).
 * Throws `OutletdiffError` naming the first line with too few columns, before anything is scored.
 */
export function parsePairLines(text: string, source: string, options: PairLineOptions): PairLine[] {
  const lines = text.split(/\r?\n/);
  // A final line break ends the last line; it does not start an empty one.
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const needed = Math.max(options.leftColumn, options.rightColumn);
  const pairs: PairLine[] = [];
  lines.forEach((content, index) => {
    const line = index + 1;
    if (options.header && index === 0) return;
    if (content === '') {
      pairs.push({ line, empty: true });
      return;
    }
    const columns = content.split('\t');
    if (columns.length < needed) {
      throw new OutletdiffError(`${source}: line ${line} has ${columns.length} column${columns.length === 1 ? '' : 's'}, but column ${needed} is needed`);
    }
    pairs.push({ line, empty: false, left: columns[options.leftColumn - 1], right: columns[options.rightColumn - 1] });
  });
  return pairs;
}
