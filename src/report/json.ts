import { metadataOf } from '../metadata.js';
import type { Alignment, Article, ArticleMetadata, Comparison, ComparisonSummary, DiffRun, PairExplanation, RemovedPiece, Sentence, TrackedQuote, Verdict } from '../types.js';
import type { Reporter } from './types.js';

/** A diff run as JSON carries it. */
export type ReportDiffRun = Pick<DiffRun, 'op' | 'text' | 'label'>;

/** A sentence as JSON carries it (the internal `paragraph` number is not part of the document). */
export type ReportSentence = Pick<Sentence, 'index' | 'text' | 'start' | 'end' | 'heading'>;

/** A piece of removed site chrome. */
export type ReportRemovedPiece = Pick<RemovedPiece, 'text' | 'reason' | 'start' | 'end'>;

/** An article with its metadata, decoded text, sentences and removed chrome. */
export interface ReportArticle extends ArticleMetadata {
  id: string;
  source: string;
  text: string;
  sentences: ReportSentence[];
  removed: ReportRemovedPiece[];
}

export interface ReportMember {
  article: string;
  sentences: number[];
  text: string;
  diff: ReportDiffRun[];
}

export interface ReportAlignment {
  id: number;
  score: number;
  reference: string;
  members: ReportMember[];
  /** Only with exactly two articles: the non-reference member's `diff` again. */
  diff?: ReportDiffRun[];
  /** The group's differences summed up: identical, cosmetic, rewording or substantive. */
  verdict?: Verdict;
  /** Only with `--explain`: the evidence behind the score. */
  explanation?: PairExplanation;
}

export interface ReportUnmatched {
  article: string;
  sentences: number[];
  text: string;
}

/** The `compare --format json` document, exactly as the output contract lays it out (schemaVersion 1). */
export interface ComparisonReport {
  schemaVersion: 1;
  tool: { name: 'outletdiff'; version: string };
  base: string;
  articles: ReportArticle[];
  alignments: ReportAlignment[];
  unmatched: ReportUnmatched[];
  summary: ComparisonSummary;
  quotes?: TrackedQuote[];
}

/** Builds the JSON document from a comparison, copying fields by name so nothing internal leaks into the contract. */
export function toComparisonReport(comparison: Comparison, toolVersion: string): ComparisonReport {
  const pairwise = comparison.articles.length === 2;
  return {
    schemaVersion: 1,
    tool: { name: 'outletdiff', version: toolVersion },
    base: comparison.base,
    articles: comparison.articles.map(reportArticle),
    alignments: comparison.alignments.map((alignment) => reportAlignment(alignment, pairwise)),
    unmatched: comparison.unmatched.map(({ article, sentences, text }) => ({ article, sentences: [...sentences], text })),
    summary: comparison.summary,
    ...(comparison.quotes ? { quotes: comparison.quotes } : {}),
  };
}

/** `compare --format json`: the whole comparison, pretty-printed with two-space indentation and a final newline. */
export const renderJson: Reporter = (comparison, options) =>
  `${JSON.stringify(toComparisonReport(comparison, options.toolVersion), null, 2)}\n`;

/** An article as the JSON document carries it (also what `inspect --format json` prints). */
export function reportArticle(article: Article): ReportArticle {
  return {
    id: article.id,
    source: article.source,
    ...metadataOf(article),
    text: article.text,
    sentences: article.sentences.map(({ index, text, start, end, heading }) => ({ index, text, start, end, heading })),
    removed: article.removed.map(({ text, reason, start, end }) => ({ text, reason, start, end })),
  };
}

function reportDiff(runs: readonly DiffRun[]): ReportDiffRun[] {
  return runs.map(({ op, text, label }) => (label ? { op, text, label } : { op, text }));
}

function reportAlignment(alignment: Alignment, pairwise: boolean): ReportAlignment {
  const members = alignment.members.map(({ article, sentences, text, diff }) => ({
    article,
    sentences: [...sentences],
    text,
    diff: reportDiff(diff),
  }));
  const report: ReportAlignment = { id: alignment.id, score: alignment.score, reference: alignment.reference, members };
  if (alignment.verdict) report.verdict = alignment.verdict;
  if (pairwise) {
    // The non-reference member; a lone member (not expected with two articles) repeats its own diff.
    const other = members.find((member) => member.article !== alignment.reference) ?? members[0];
    report.diff = other ? other.diff : [];
  }
  if (alignment.explanation) report.explanation = alignment.explanation;
  return report;
}
