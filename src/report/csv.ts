import type { Alignment, AlignmentMember, Article, Comparison, Unmatched } from '../types.js';
import { diffToNotation } from './diffNotation.js';
import { toTerminalText } from './terminalText.js';
import type { Reporter } from './types.js';

const WIDE_HEADER = [
  'group', 'left_outlet', 'left_file', 'left_index', 'left_text',
  'right_outlet', 'right_file', 'right_index', 'right_text', 'score', 'diff', 'labels',
] as const;
const LONG_HEADER = ['group', 'article', 'outlet', 'file', 'index', 'text', 'is_base', 'score', 'diff', 'labels'] as const;

type WideColumn = (typeof WIDE_HEADER)[number];
type LongColumn = (typeof LONG_HEADER)[number];
export const BOM = '\ufeff';
export const CRLF = '\r\n';

/**
 * `compare --format csv` (RFC 4180, CRLF, header row). Wide — one row per alignment, base on the
 * left — for exactly two articles unless `csvShape` is `long`; long — one row per alignment
 * member — otherwise. Then one row per unmatched sentence, in the comparison's order (article
 * input order, then sentence index). `labels` lists the kinds of difference in the member's diff.
 */
export const renderCsv: Reporter = (comparison, options) => {
  const wide = options.csvShape === 'wide' && comparison.articles.length === 2;
  const lines = wide ? wideTable(comparison) : longTable(comparison);
  return (options.bom ? BOM : '') + lines.map((line) => `${line}${CRLF}`).join('');
};

// ── Wide ───────────────────────────────────────────────────────────────────────────────────

function wideTable(comparison: Comparison): string[] {
  const left = comparison.articles.find((article) => article.id === comparison.base);
  const right = comparison.articles.find((article) => article.id !== comparison.base);
  const rows = [
    ...comparison.alignments.map((alignment) => widePairRow(alignment, left, right)),
    ...comparison.unmatched.map((entry) => wideUnmatchedRow(entry, comparison, left)),
  ];
  return [WIDE_HEADER.join(','), ...rows.map((row) => csvLine(WIDE_HEADER, row))];
}

/** The four cells of one side of a wide row; empty when that side has nothing. */
function side(prefix: 'left' | 'right', article: Article | undefined, member: Pick<Unmatched, 'sentences' | 'text'> | undefined): Partial<Record<WideColumn, string>> {
  if (!article || !member) return {};
  const outlet = article.outlet ?? '';
  const index = member.sentences.join(';');
  return prefix === 'left'
    ? { left_outlet: outlet, left_file: article.source, left_index: index, left_text: member.text }
    : { right_outlet: outlet, right_file: article.source, right_index: index, right_text: member.text };
}

function widePairRow(alignment: Alignment, left?: Article, right?: Article): Partial<Record<WideColumn, string>> {
  const memberOf = (article?: Article): AlignmentMember | undefined =>
    alignment.members.find((member) => member.article === article?.id);
  const rightMember = memberOf(right);
  return {
    group: String(alignment.id),
    ...side('left', left, memberOf(left)),
    ...side('right', right, rightMember),
    score: String(alignment.score),
    diff: rightMember ? diffToNotation(rightMember.diff) : '',
    labels: rightMember ? labelsOf(rightMember.diff) : '',
  };
}

/** The kinds of difference in a member's diff, in first-seen order, joined with `;`. */
export function labelsOf(runs: AlignmentMember['diff']): string {
  return [...new Set(runs.flatMap((run) => (run.label ? [run.label] : [])))].join(';');
}

function wideUnmatchedRow(entry: Unmatched, comparison: Comparison, left?: Article): Partial<Record<WideColumn, string>> {
  const article = comparison.articles.find((a) => a.id === entry.article);
  return side(entry.article === left?.id ? 'left' : 'right', article, entry);
}

// ── Long ───────────────────────────────────────────────────────────────────────────────────

function longTable(comparison: Comparison): string[] {
  const articleById = new Map(comparison.articles.map((article) => [article.id, article]));
  const describe = (id: string): Partial<Record<LongColumn, string>> => {
    const article = articleById.get(id);
    return { article: id, outlet: article?.outlet ?? '', file: article?.source ?? '' };
  };
  const memberRows = comparison.alignments.flatMap((alignment) =>
    alignment.members.map((member) => ({
      group: String(alignment.id),
      ...describe(member.article),
      index: member.sentences.join(';'),
      text: member.text,
      is_base: String(member.article === comparison.base),
      score: String(alignment.score),
      diff: diffToNotation(member.diff),
      labels: labelsOf(member.diff),
    })),
  );
  const unmatchedRows = comparison.unmatched.map((entry) => ({
    ...describe(entry.article),
    index: entry.sentences.join(';'),
    text: entry.text,
  }));
  return [LONG_HEADER.join(','), ...[...memberRows, ...unmatchedRows].map((row) => csvLine(LONG_HEADER, row))];
}

// ── Cells ──────────────────────────────────────────────────────────────────────────────────

/** One CSV record in `header` order; missing columns are empty cells. */
export function csvLine<C extends string>(header: readonly C[], row: Partial<Record<C, string>>): string {
  // CSV is often printed to a terminal too: no cell carries escape sequences or control characters.
  return header.map((column) => csvField(guardFormula(toTerminalText(row[column] ?? '')))).join(',');
}

/**
 * A cell that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a
 * leading `'`. Every cell is guarded, not only the text: an outlet, title, author, file name or
 * id comes from the input as much as the text does (a page's og:site_name can be `=HYPERLINK(…)`).
 * The numbers and dates the tool writes never begin so and stay as they are; so does a lone `-`,
 * standard input's name in `file`, which no spreadsheet evaluates.
 */
function guardFormula(value: string): string {
  return value !== '-' && /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
}

/** RFC 4180: a field with a comma, quote, CR or LF is quoted, its quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/u.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
