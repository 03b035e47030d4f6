import { atLeast } from './changes.js';
import type { Alignment, AlignmentMember, Article, Comparison, DiffRun, RunLabel, Unmatched, Verdict } from '../types.js';
import { projectTones } from './projectTones.js';
import { plainCell, renderCell, type CellText, type Palette, type Span, type Tone } from './styledText.js';

/**
 * What a row of a human view shows: an alignment, or a run of sentences that only one article has
 * (`entries`: at least one, all of `article`, in sentence order, with consecutive indices).
 */
export type RowSource =
  | { kind: 'pair'; alignment: Alignment }
  | { kind: 'only'; article: string; entries: Unmatched[] };

/**
 * What one column of a row shows: one item per piece that starts on a new line. A pair's member is
 * one item (its sentences joined); a run of unmatched sentences has one item per sentence.
 */
export type Cell = CellText[];

/** One row of a human view: its source and one cell per column (`null` where that article has nothing). */
export interface Row {
  source: RowSource;
  cells: Array<Cell | null>;
}

/**
 * The rows of a human view in reading order. Rows that hold a base sentence follow the base
 * article's order. Every other row (another article's unmatched sentence, an alignment without a
 * base member) comes right after the base-order row that precedes it in its own article, so it is
 * read in its place; rows attached to the same place are ordered by article input order, then
 * sentence index. Unmatched sentences of one article that end up next to each other in that order,
 * with consecutive sentence indices, share one row, so a long stretch only one article has reads
 * as one block. `columns` is the column order (base first). Ordering and grouping are linear in
 * the sentences; toning each pair's text is bounded in projectTones.
 */
export function buildRows(comparison: Comparison, columns: readonly Article[], changes?: Verdict): Row[] {
  if (changes) comparison = { ...comparison, alignments: comparison.alignments.filter((alignment) => atLeast(alignment.verdict, changes)) };
  return groupRuns(orderSources(comparison)).map((source) => ({ source, cells: cellsFor(source, columns) }));
}

/** One alignment or one unmatched entry, before runs are grouped. */
type Placed = { kind: 'pair'; alignment: Alignment } | { kind: 'only'; entry: Unmatched };

/**
 * Joins neighbouring unmatched entries into runs: an entry extends the run before it when it is of
 * the same article and starts at the sentence right after the run's last one. Anything else in
 * between (an alignment, another article's sentence) or a gap in the indices starts a new run.
 */
function groupRuns(placed: readonly Placed[]): RowSource[] {
  const out: RowSource[] = [];
  for (const item of placed) {
    if (item.kind === 'pair') {
      out.push(item);
      continue;
    }
    const last = out.at(-1);
    const lastIndex = last?.kind === 'only' ? last.entries.at(-1)?.sentences.at(-1) : undefined;
    const first = item.entry.sentences[0];
    if (last?.kind === 'only' && last.article === item.entry.article && lastIndex !== undefined && first === lastIndex + 1) {
      last.entries.push(item.entry);
    } else {
      out.push({ kind: 'only', article: item.entry.article, entries: [item.entry] });
    }
  }
  return out;
}

function sentenceKey(article: string, index: number): string {
  return `${article}\u0000${index}`;
}

/** Where a source sits in its own article: the article and its first sentence. */
function anchorOf(source: Placed): { article: string; index: number } {
  const member = source.kind === 'pair' ? source.alignment.members[0] : source.entry;
  return { article: member?.article ?? '', index: member?.sentences[0] ?? 0 };
}

function orderSources(comparison: Comparison): Placed[] {
  const owner = new Map<string, Placed>();
  const sources: Placed[] = [
    ...comparison.alignments.map((alignment): Placed => ({ kind: 'pair', alignment })),
    ...comparison.unmatched.map((entry): Placed => ({ kind: 'only', entry })),
  ];
  for (const source of sources) {
    const members = source.kind === 'pair' ? source.alignment.members : [source.entry];
    for (const member of members) {
      for (const index of member.sentences) owner.set(sentenceKey(member.article, index), source);
    }
  }

  // The backbone: every row holding a base sentence, in base order.
  const backbone: Placed[] = [];
  const onBackbone = new Set<Placed>();
  const base = comparison.articles.find((article) => article.id === comparison.base);
  for (const sentence of base?.sentences ?? []) {
    const source = owner.get(sentenceKey(comparison.base, sentence.index));
    if (source && !onBackbone.has(source)) {
      backbone.push(source);
      onBackbone.add(source);
    }
  }

  // Every other row hangs after the nearest backbone row before it in its own article (or at the start).
  const backboneBefore = new Map<string, Placed | 'start'>();
  for (const article of comparison.articles) {
    let last: Placed | 'start' = 'start';
    for (const sentence of article.sentences) {
      const key = sentenceKey(article.id, sentence.index);
      backboneBefore.set(key, last);
      const source = owner.get(key);
      if (source && onBackbone.has(source)) last = source;
    }
  }
  const attached = new Map<Placed | 'start', Placed[]>();
  for (const source of sources.filter((s) => !onBackbone.has(s))) {
    const { article, index } = anchorOf(source);
    const anchor = backboneBefore.get(sentenceKey(article, index)) ?? 'start';
    const list = attached.get(anchor);
    if (list) list.push(source);
    else attached.set(anchor, [source]);
  }

  const articleOrder = new Map(comparison.articles.map((article, i) => [article.id, i]));
  const byArticleThenIndex = (a: Placed, b: Placed): number => {
    const x = anchorOf(a);
    const y = anchorOf(b);
    return (articleOrder.get(x.article) ?? 0) - (articleOrder.get(y.article) ?? 0) || x.index - y.index;
  };
  const hanging = (anchor: Placed | 'start'): Placed[] => (attached.get(anchor) ?? []).sort(byArticleThenIndex);
  return [...hanging('start'), ...backbone.flatMap((source) => [source, ...hanging(source)])];
}

function cellsFor(source: RowSource, columns: readonly Article[]): Array<Cell | null> {
  return columns.map((article) => {
    if (source.kind === 'only') {
      if (source.article !== article.id) return null;
      return source.entries.map((entry) => plainCell(entry.text, allHeadings(article, entry.sentences)));
    }
    const member = source.alignment.members.find((m) => m.article === article.id);
    if (!member) return null;
    return [{ spans: memberSpans(source.alignment, member), heading: allHeadings(article, member.sentences) }];
  });
}

/** How far the wrapped lines of an item in a multi-item cell are indented, so each item's first line stands out. */
const HANGING_INDENT = 2;

/**
 * Lays a cell out as display lines of at most `width` columns (see renderCell). Each item starts
 * on a new line; in a cell of several items, every item is wrapped to `width − HANGING_INDENT`
 * and its continuation lines are indented, so that, without colour too, one can tell where each
 * sentence starts. The indent is dropped in columns too narrow to spare it. Cost: linear in the text.
 */
export function renderRowCell(cell: Cell, width: number, palette: Palette): string[] {
  const indent = cell.length > 1 && width > 4 * HANGING_INDENT ? HANGING_INDENT : 0;
  const pad = ' '.repeat(indent);
  return cell.flatMap((item) => {
    const [first, ...rest] = renderCell(item, width - indent, palette);
    return first === undefined ? [] : [first, ...rest.map((line) => pad + line)];
  });
}

function allHeadings(article: Article, indices: readonly number[]): boolean {
  return indices.length > 0 && indices.every((index) => article.sentences[index]?.heading === true);
}

/**
 * How a member's text is toned. In a pair, the reference shows the wording the other lacks
 * (`removed`) and the other shows its own additions (`added`), both in their own original wording.
 * With three or more members the reference is plain and every other member shows both kinds of
 * change inline, since one reference text cannot show several members' removals.
 */
export function memberSpans(alignment: Alignment, member: AlignmentMember): Span[] {
  const plain: Span[] = [{ text: member.text, tone: 'plain' }];
  const reference = alignment.members.find((m) => m.article === alignment.reference);
  if (!reference || alignment.members.length < 2) return plain;
  const isReference = member.article === reference.article;
  if (alignment.members.length === 2) {
    const other = alignment.members.find((m) => m.article !== reference.article);
    if (!other) return plain;
    return isReference
      ? projectTones(member.text, runSpans(other.diff, ['equal', 'removed']))
      : projectTones(member.text, runSpans(member.diff, ['equal', 'added']));
  }
  return isReference ? plain : runSpans(member.diff, ['equal', 'removed', 'added']);
}

/** Which tone family a run label belongs to: form only, rewording, or substantive (the plain change tones). */
const LABEL_KIND: Record<RunLabel, '-form' | '-rewording' | ''> = {
  cosmetic: '-form',
  spelling: '-form',
  inflection: '-form',
  compounding: '-form',
  synonym: '-rewording',
  reordering: '-rewording',
  number: '',
  name: '',
  attribution: '',
  content: '',
};

/** The tone of a diff run: its op, set apart by its label's kind. */
export function toneOf(run: Pick<DiffRun, 'op' | 'label'>): Tone {
  if (run.op === 'equal') return 'plain';
  return `${run.op}${run.label ? LABEL_KIND[run.label] : ''}`;
}

function runSpans(runs: readonly DiffRun[], keep: ReadonlyArray<DiffRun['op']>): Span[] {
  return runs.filter((run) => keep.includes(run.op)).map((run) => ({ text: run.text, tone: toneOf(run) }));
}
