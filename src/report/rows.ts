import type { Alignment, AlignmentMember, Article, Comparison, DiffRun, Unmatched } from '../types.js';
import { projectTones } from './projectTones.js';
import { plainCell, type CellText, type Span, type Tone } from './styledText.js';

/** What a row of a human view shows: an alignment, or one sentence that only one article has. */
export type RowSource = { kind: 'pair'; alignment: Alignment } | { kind: 'only'; entry: Unmatched };

/** One row of a human view: its source and one cell per column (`null` where that article has nothing). */
export interface Row {
  source: RowSource;
  cells: Array<CellText | null>;
}

/**
 * The rows of a human view in reading order. Rows that hold a base sentence follow the base
 * article's order. Every other row (another article's unmatched sentence, an alignment without a
 * base member) comes right after the base-order row that precedes it in its own article, so it is
 * read in its place; rows attached to the same place are ordered by article input order, then
 * sentence index. `columns` is the column order (base first). Ordering is linear in the sentences;
 * toning each pair's text is bounded in projectTones.
 */
export function buildRows(comparison: Comparison, columns: readonly Article[]): Row[] {
  return orderSources(comparison).map((source) => ({ source, cells: cellsFor(source, columns) }));
}

function sentenceKey(article: string, index: number): string {
  return `${article}\u0000${index}`;
}

/** Where a source sits in its own article: the article and its first sentence. */
function anchorOf(source: RowSource): { article: string; index: number } {
  const member = source.kind === 'pair' ? source.alignment.members[0] : source.entry;
  return { article: member?.article ?? '', index: member?.sentences[0] ?? 0 };
}

function orderSources(comparison: Comparison): RowSource[] {
  const owner = new Map<string, RowSource>();
  const sources: RowSource[] = [
    ...comparison.alignments.map((alignment): RowSource => ({ kind: 'pair', alignment })),
    ...comparison.unmatched.map((entry): RowSource => ({ kind: 'only', entry })),
  ];
  for (const source of sources) {
    const members = source.kind === 'pair' ? source.alignment.members : [source.entry];
    for (const member of members) {
      for (const index of member.sentences) owner.set(sentenceKey(member.article, index), source);
    }
  }

  // The backbone: every row holding a base sentence, in base order.
  const backbone: RowSource[] = [];
  const onBackbone = new Set<RowSource>();
  const base = comparison.articles.find((article) => article.id === comparison.base);
  for (const sentence of base?.sentences ?? []) {
    const source = owner.get(sentenceKey(comparison.base, sentence.index));
    if (source && !onBackbone.has(source)) {
      backbone.push(source);
      onBackbone.add(source);
    }
  }

  // Every other row hangs after the nearest backbone row before it in its own article (or at the start).
  const backboneBefore = new Map<string, RowSource | 'start'>();
  for (const article of comparison.articles) {
    let last: RowSource | 'start' = 'start';
    for (const sentence of article.sentences) {
      const key = sentenceKey(article.id, sentence.index);
      backboneBefore.set(key, last);
      const source = owner.get(key);
      if (source && onBackbone.has(source)) last = source;
    }
  }
  const attached = new Map<RowSource | 'start', RowSource[]>();
  for (const source of sources.filter((s) => !onBackbone.has(s))) {
    const { article, index } = anchorOf(source);
    const anchor = backboneBefore.get(sentenceKey(article, index)) ?? 'start';
    const list = attached.get(anchor);
    if (list) list.push(source);
    else attached.set(anchor, [source]);
  }

  const articleOrder = new Map(comparison.articles.map((article, i) => [article.id, i]));
  const byArticleThenIndex = (a: RowSource, b: RowSource): number => {
    const x = anchorOf(a);
    const y = anchorOf(b);
    return (articleOrder.get(x.article) ?? 0) - (articleOrder.get(y.article) ?? 0) || x.index - y.index;
  };
  const hanging = (anchor: RowSource | 'start'): RowSource[] => (attached.get(anchor) ?? []).sort(byArticleThenIndex);
  return [...hanging('start'), ...backbone.flatMap((source) => [source, ...hanging(source)])];
}

function cellsFor(source: RowSource, columns: readonly Article[]): Array<CellText | null> {
  return columns.map((article) => {
    if (source.kind === 'only') {
      if (source.entry.article !== article.id) return null;
      return plainCell(source.entry.text, allHeadings(article, source.entry.sentences));
    }
    const member = source.alignment.members.find((m) => m.article === article.id);
    if (!member) return null;
    return { spans: memberSpans(source.alignment, member), heading: allHeadings(article, member.sentences) };
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

const TONE_OF: Record<DiffRun['op'], Tone> = { equal: 'plain', removed: 'removed', added: 'added' };

function runSpans(runs: readonly DiffRun[], keep: ReadonlyArray<DiffRun['op']>): Span[] {
  return runs.filter((run) => keep.includes(run.op)).map((run) => ({ text: run.text, tone: TONE_OF[run.op] }));
}
