import type { ReportOptions } from '../../src/report/types.js';

/** Report options for tests: no colour, width 100, wide CSV, no BOM, unless overridden. */
export function options(overrides: Partial<ReportOptions> = {}): ReportOptions {
  return { color: false, width: 100, toolVersion: '0.1.0-test', bom: false, csvShape: 'wide', ...overrides };
}

// Any ESC-introduced sequence as chalk writes them, for measuring lines without their colours.
const ANSI = /\u001b\[[0-9;]*m/g;

/** Display columns of a line the way a terminal shows it: colours removed; every character in these fixtures is one column wide. */
export function visibleLength(line: string): number {
  return [...line.replace(ANSI, '')].length;
}

/**
 * A strict RFC 4180 parser: CRLF between records, fields optionally quoted, quotes doubled inside
 * quoted fields; a bare CR or LF outside quotes, or a quote inside an unquoted field, is an error.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`invalid CSV at ${i}: ${why}`);
  };
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) fail('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') fail('quote in unquoted field');
        field += text[i++];
      }
    }
    record.push(field);
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text.startsWith('\r\n', i)) {
      records.push(record);
      record = [];
      i += 2;
      continue;
    }
    if (i < text.length) fail(`unexpected ${JSON.stringify(text[i])}`);
  }
  if (record.length > 0) records.push(record);
  return records;
}
