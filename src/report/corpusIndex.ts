/**
 * Reporters of the corpus commands (`reuse`, `stories`, `search`). Like the others they return
 * strings; CSV follows compare's conventions (RFC 4180, CRLF, header row, formula guard).
 */
import Table from 'cli-table3';
import type { DescribedAlignment, ReuseRow, SearchHit, Story } from '../corpusIndex/queries.js';
import type { IndexedArticle } from '../corpusIndex/store.js';
import type { IndexSummary } from '../corpusIndex/update.js';
import { quantity } from '../text/quantity.js';
import { BOM, CRLF, csvLine, labelsOf } from './csv.js';
import { diffToNotation } from './diffNotation.js';
import { usableWidth, wrapText } from './styledText.js';
import { toTerminalText } from './terminalText.js';

const REUSE_HEADER = ['article_a', 'article_b', 'outlet_a', 'outlet_b', 'date_a', 'date_b', 'pairs', 'share_a', 'share_b', 'mean_score', 'earliest'] as const;
const REUSE_SENTENCES_HEADER = [
  'article_a', 'article_b', 'group', 'left_outlet', 'left_file', 'left_index', 'left_text',
  'right_outlet', 'right_file', 'right_index', 'right_text', 'score', 'diff', 'labels',
] as const;

function csv(header: readonly string[], rows: ReadonlyArray<Partial<Record<string, string>>>, bom: boolean): string {
  return (bom ? BOM : '') + [header.join(','), ...rows.map((row) => csvLine(header, row))].map((line) => `${line}${CRLF}`).join('');
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** `reuse --format csv`: the contract's columns; an unknown `earliest` is an empty cell. */
export function renderReuseCsv(rows: readonly ReuseRow[], bom = false): string {
  return csv(
    REUSE_HEADER,
    rows.map((row) => Object.fromEntries(REUSE_HEADER.map((column) => [column, row[column] === null ? '' : String(row[column])]))),
    bom,
  );
}

/** `reuse --format json`: an array of the rows, `null` where unknown. */
export function renderReuseJson(rows: readonly ReuseRow[]): string {
  return json(rows);
}

/**
 * A row of `reuse --sentences`: `article_a, article_b`, then compare's wide CSV columns. The file
 * columns hold the article ids, as every other corpus output names articles: an index knows its
 * files only by absolute paths, which would differ from machine to machine.
 */
function sentenceRow(alignment: DescribedAlignment, group: number, articles: ReadonlyMap<string, IndexedArticle>): Record<(typeof REUSE_SENTENCES_HEADER)[number], string> {
  const a = articles.get(alignment.articleA);
  const b = articles.get(alignment.articleB);
  return {
    article_a: alignment.articleA,
    article_b: alignment.articleB,
    group: String(group),
    left_outlet: a?.outlet ?? '',
    left_file: alignment.articleA,
    left_index: alignment.sentencesA.join(';'),
    left_text: alignment.textA,
    right_outlet: b?.outlet ?? '',
    right_file: alignment.articleB,
    right_index: alignment.sentencesB.join(';'),
    right_text: alignment.textB,
    score: String(alignment.score),
    diff: diffToNotation(alignment.diff),
    labels: labelsOf(alignment.diff),
  };
}

/** Groups are numbered within each article pair, in the order of A's sentences. */
function numbered(alignments: readonly DescribedAlignment[]): Array<{ alignment: DescribedAlignment; group: number }> {
  let pair = '';
  let group = 0;
  return alignments.map((alignment) => {
    const key = `${alignment.articleA}\u0000${alignment.articleB}`;
    group = key === pair ? group + 1 : 1;
    pair = key;
    return { alignment, group };
  });
}

function sortedAlignments(alignments: readonly DescribedAlignment[]): DescribedAlignment[] {
  return [...alignments].sort(
    (x, y) =>
      (x.articleA < y.articleA ? -1 : x.articleA > y.articleA ? 1 : 0) ||
      (x.articleB < y.articleB ? -1 : x.articleB > y.articleB ? 1 : 0) ||
      (x.sentencesA[0] ?? 0) - (y.sentencesA[0] ?? 0),
  );
}

export function renderReuseSentencesCsv(alignments: readonly DescribedAlignment[], articles: ReadonlyMap<string, IndexedArticle>, bom = false): string {
  return csv(REUSE_SENTENCES_HEADER, numbered(sortedAlignments(alignments)).map(({ alignment, group }) => sentenceRow(alignment, group, articles)), bom);
}

export function renderReuseSentencesJson(alignments: readonly DescribedAlignment[], articles: ReadonlyMap<string, IndexedArticle>): string {
  return json(
    numbered(sortedAlignments(alignments)).map(({ alignment, group }) => {
      const row = sentenceRow(alignment, group, articles);
      const a = articles.get(alignment.articleA);
      const b = articles.get(alignment.articleB);
      return {
        ...row,
        group,
        // JSON: unknown values are null, never "".
        left_outlet: a?.outlet ?? null,
        left_index: alignment.sentencesA,
        right_outlet: b?.outlet ?? null,
        right_index: alignment.sentencesB,
        score: alignment.score,
        diff: alignment.diff,
        labels: kindsOf(alignment),
      };
    }),
  );
}

const STORY_HEADER = ['story', 'earliest', 'article', 'outlet', 'date', 'published', 'title', 'reuses_earliest'] as const;

export function renderStoriesCsv(stories: readonly Story[], bom = false): string {
  const rows = stories.flatMap((story) =>
    story.articles.map((article) => ({
      story: String(story.id),
      earliest: story.earliest ?? '',
      article: article.id,
      outlet: article.outlet ?? '',
      date: article.date ?? '',
      published: article.published ?? '',
      title: article.title ?? '',
      reuses_earliest: article.reusesEarliest === null ? '' : String(article.reusesEarliest),
    })),
  );
  return csv(STORY_HEADER, rows, bom);
}

export function renderStoriesJson(stories: readonly Story[]): string {
  return json(stories);
}

/** `stories` as text: each story, its earliest version, then each article with how much of the earliest it reuses. */
export function renderStoriesText(stories: readonly Story[], width: number): string {
  const usable = usableWidth(width);
  const lines: string[] = [];
  for (const story of stories) {
    lines.push(...wrapText(`Story ${story.id} · ${quantity(story.articles.length, 'article')} · earliest: ${story.earliest ?? 'unknown (dates tie or are missing)'}`, usable));
    for (const article of story.articles) {
      const reuse = article.reusesEarliest === null ? (article.id === story.earliest ? 'earliest' : '') : `reuses ${Math.round(article.reusesEarliest * 100)}% of the earliest`;
      const about = [article.outlet ?? 'outlet unknown', article.published ?? article.date ?? 'date unknown', reuse].filter((part) => part !== '').join(' · ');
      lines.push(...wrapText(`${article.id}  ${about}`, usable - 2).map((line) => `  ${line}`));
    }
  }
  if (stories.length === 0) lines.push('No stories: no two indexed articles share enough sentences.');
  return `${lines.map(toTerminalText).join('\n')}\n`;
}

/** `reuse` as a table for people: one row per pair. */
export function renderReuseTable(rows: readonly ReuseRow[], width: number): string {
  if (rows.length === 0) return 'No reuse: no two indexed articles share a sentence.\n';
  const table = new Table({ head: ['article a', 'article b', 'pairs', 'share a', 'share b', 'mean', 'earliest'], style: { head: [], border: [] }, wordWrap: true });
  for (const row of rows) {
    table.push([row.article_a, row.article_b, String(row.pairs), pct(row.share_a), pct(row.share_b), row.mean_score.toFixed(2), row.earliest ?? ''].map(toTerminalText));
  }
  const text = table.toString();
  // Too wide for the terminal: the CSV, which any width can show.
  if (Math.max(...text.split('\n').map((line) => line.length)) > usableWidth(width)) return renderReuseCsv(rows).replaceAll(CRLF, '\n');
  return `${text}\n`;
}

/** The kinds of difference in an alignment, each once, in reading order. */
function kindsOf(alignment: DescribedAlignment): string[] {
  return [...new Set(alignment.diff.flatMap((run) => (run.label ? [run.label] : [])))];
}

const pct = (share: number): string => `${Math.round(share * 100)}%`;

const SEARCH_HEADER = ['article', 'outlet', 'date', 'share', 'group', 'query_index', 'query_text', 'indexed_index', 'indexed_text', 'score', 'diff', 'labels'] as const;

export function renderSearchCsv(hits: readonly SearchHit[], bom = false): string {
  const rows = hits.flatMap((hit) =>
    hit.alignments.map((alignment, k) => ({
      article: hit.article.id,
      outlet: hit.article.outlet ?? '',
      date: hit.article.date ?? '',
      share: String(hit.share),
      group: String(k + 1),
      query_index: alignment.sentencesA.join(';'),
      query_text: alignment.textA,
      indexed_index: alignment.sentencesB.join(';'),
      indexed_text: alignment.textB,
      score: String(alignment.score),
      diff: diffToNotation(alignment.diff),
      labels: labelsOf(alignment.diff),
    })),
  );
  return csv(SEARCH_HEADER, rows, bom);
}

export function renderSearchJson(query: { id: string; source: string }, hits: readonly SearchHit[]): string {
  return json({
    query,
    hits: hits.map((hit) => ({
      article: hit.article,
      shared: hit.shared,
      share: hit.share,
      meanScore: hit.meanScore,
      alignments: hit.alignments.map((alignment) => ({
        query: alignment.sentencesA,
        indexed: alignment.sentencesB,
        queryText: alignment.textA,
        indexedText: alignment.textB,
        score: alignment.score,
        diff: alignment.diff,
        labels: kindsOf(alignment),
      })),
    })),
  });
}

/** `search` as text: each hit with its figures, then its aligned pairs (the indexed wording in diff notation). */
export function renderSearchText(hits: readonly SearchHit[], width: number): string {
  const usable = usableWidth(width);
  const lines: string[] = [];
  for (const hit of hits) {
    const { article } = hit;
    const head = `${article.id} · ${article.outlet ?? 'outlet unknown'} · ${article.published ?? article.date ?? 'date unknown'} · ${pct(hit.share)} of this article · ${hit.alignments.length} ${hit.alignments.length === 1 ? 'pair' : 'pairs'} · mean score ${hit.meanScore.toFixed(2)}`;
    lines.push(...wrapText(head, usable));
    for (const alignment of hit.alignments) {
      const kinds = kindsOf(alignment);
      const pair = `${alignment.sentencesA.join(';')} ↔ ${alignment.sentencesB.join(';')} · ${alignment.score.toFixed(2)}${kinds.length > 0 ? ` · ${kinds.join(', ')}` : ''}`;
      lines.push(...wrapText(pair, usable - 2).map((line) => `  ${line}`));
      lines.push(...wrapText(diffToNotation(alignment.diff), usable - 4).map((line) => `    ${line}`));
    }
  }
  if (hits.length === 0) lines.push('No indexed article shares a sentence with this one.');
  return `${lines.map(toTerminalText).join('\n')}\n`;
}

/** `search --format table`: one row per hit. */
export function renderSearchTable(hits: readonly SearchHit[], width: number): string {
  if (hits.length === 0) return 'No indexed article shares a sentence with this one.\n';
  const table = new Table({ head: ['article', 'outlet', 'date', 'pairs', 'share', 'mean'], style: { head: [], border: [] } });
  for (const hit of hits) {
    table.push([hit.article.id, hit.article.outlet ?? '', hit.article.date ?? '', String(hit.alignments.length), pct(hit.share), hit.meanScore.toFixed(2)].map(toTerminalText));
  }
  const text = table.toString();
  if (Math.max(...text.split('\n').map((line) => line.length)) > usableWidth(width)) return renderSearchText(hits, width);
  return `${text}\n`;
}

/**
 * The line that ends an `index` run (stderr): what the index holds, what this run did to it, and
 * how long it took, `seconds` as the CLI measured it.
 */
export function renderIndexSummary(summary: IndexSummary, seconds: number): string {
  const { articles, sentences, added, updated, unchanged, dropped, skipped, pairs, alignments } = summary;
  return (
    `indexed ${quantity(articles, 'article')} (${quantity(sentences, 'sentence')}): ` +
    `${added} added, ${updated} updated, ${unchanged} unchanged, ${dropped} dropped, ${skipped} skipped; ` +
    `${quantity(pairs, 'candidate pair')} aligned, ${quantity(alignments, 'alignment')}; ${seconds.toFixed(1)} s\n`
  );
}

/** How the corpus reporters are asked to render: the CLI decides every field once. */
export interface CorpusReportOptions {
  width: number;
  bom: boolean;
}

/** `search --format` choices: name → reporter; the first is the default. */
export const searchFormats = {
  text: (query: { id: string; source: string }, hits: readonly SearchHit[], options: CorpusReportOptions) => renderSearchText(hits, options.width),
  table: (query: { id: string; source: string }, hits: readonly SearchHit[], options: CorpusReportOptions) => renderSearchTable(hits, options.width),
  csv: (query: { id: string; source: string }, hits: readonly SearchHit[], options: CorpusReportOptions) => renderSearchCsv(hits, options.bom),
  json: (query: { id: string; source: string }, hits: readonly SearchHit[]) => renderSearchJson(query, hits),
};

/** `reuse --format` choices (one row per article pair); the first is the default. */
export const reuseFormats = {
  csv: (rows: readonly ReuseRow[], options: CorpusReportOptions) => renderReuseCsv(rows, options.bom),
  json: (rows: readonly ReuseRow[]) => renderReuseJson(rows),
  table: (rows: readonly ReuseRow[], options: CorpusReportOptions) => renderReuseTable(rows, options.width),
};

/** `reuse --sentences --format` choices (one row per alignment). */
export const reuseSentenceFormats = {
  csv: (alignments: readonly DescribedAlignment[], articles: ReadonlyMap<string, IndexedArticle>, options: CorpusReportOptions) =>
    renderReuseSentencesCsv(alignments, articles, options.bom),
  json: (alignments: readonly DescribedAlignment[], articles: ReadonlyMap<string, IndexedArticle>) => renderReuseSentencesJson(alignments, articles),
};

/** `stories --format` choices; the first is the default. */
export const storyFormats = {
  text: (stories: readonly Story[], options: CorpusReportOptions) => renderStoriesText(stories, options.width),
  csv: (stories: readonly Story[], options: CorpusReportOptions) => renderStoriesCsv(stories, options.bom),
  json: (stories: readonly Story[]) => renderStoriesJson(stories),
};
