import { alignSentences, DEFAULT_MIN_SCORE, type Bead } from './align/index.js';
import { explainVerdict, isVerdict } from './align/pairScore.js';
import { diffWording } from './diff/index.js';
import { labelRuns, verdictOf } from './diff/labels.js';
import { OutletdiffError } from './errors.js';
import type { Alignment, AlignmentMember, Article, Comparison, ComparisonSummary, Unmatched } from './types.js';

export interface CompareOptions {
  /** Acceptance threshold of the aligner (0–1); defaults to {@link DEFAULT_MIN_SCORE}. */
  minScore?: number;
  /** Base article: an article id, `earliest`, or undefined for the first article. */
  base?: string;
  /** Attach to each alignment the evidence behind its score. */
  explain?: boolean;
}

/**
 * Compares two articles: aligns their sentences, diffs the wording of every aligned group
 * against the base article's member, and lists what only one article has. Pure.
 */
export function compareArticles(articles: readonly Article[], options: CompareOptions = {}): Comparison {
  if (articles.length !== 2) {
    throw new OutletdiffError(`compare takes exactly two articles, got ${articles.length}`);
  }
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const base = chooseBase(articles, options.base);
  const other = articles.find((article) => article !== base) as Article;
  const beads = alignSentences(base.sentences, other.sentences, { minScore });
  const alignments = beads.map((bead, k) => toAlignment(bead, k + 1, base, other, articles, options.explain ?? false));
  const unmatched = listUnmatched(articles, alignments);
  return {
    base: base.id,
    articles: [...articles],
    alignments,
    unmatched,
    summary: summarise(articles, alignments, unmatched, minScore),
  };
}

/**
 * The first article, the one with the given id, or the one published earliest: by `published`
 * when every dated article has a timestamp, else by `date` (a timestamp and a bare date are not
 * comparable to the hour). Articles with no date cannot be earliest; ties, and articles none of
 * which is dated, fall back to input order.
 */
export function chooseBase(articles: readonly Article[], base: string | undefined): Article {
  if (base === undefined) return articles[0];
  if (base === 'earliest') return earliestArticle(articles);
  const found = articles.find((article) => article.id === base);
  if (!found) {
    const ids = articles.map((article) => article.id).join(', ');
    throw new OutletdiffError(`--base ${base}: no such article in this comparison (articles: ${ids})`);
  }
  return found;
}

function earliestArticle(articles: readonly Article[]): Article {
  const dated = articles.filter((article) => article.date !== null || article.published !== null);
  if (dated.length === 0) return articles[0];
  const byTimestamp = dated.every((article) => article.published !== null);
  const when = (article: Article) => timeOf((byTimestamp ? article.published : article.date ?? article.published?.slice(0, 10)) ?? '');
  // A stable sort keeps input order among ties.
  return [...dated].sort((a, b) => when(a) - when(b))[0];
}

function timeOf(when: string): number {
  const time = Date.parse(when);
  return Number.isNaN(time) ? Number.POSITIVE_INFINITY : time;
}

function memberOf(article: Article, sentences: number[], diff: AlignmentMember['diff'] | null): AlignmentMember {
  const text = sentences.map((index) => article.sentences[index].text).join(' ');
  return { article: article.id, sentences, text, diff: diff ?? [{ op: 'equal', text }] };
}

function toAlignment(
  bead: Bead,
  id: number,
  base: Article,
  other: Article,
  inputOrder: readonly Article[],
  explain: boolean,
): Alignment {
  const baseMember = memberOf(base, bead.left, null);
  const otherText = bead.right.map((index) => other.sentences[index].text).join(' ');
  const otherMember = memberOf(other, bead.right, labelRuns(diffWording(baseMember.text, otherText)));
  const members = inputOrder[0] === base ? [baseMember, otherMember] : [otherMember, baseMember];
  const alignment: Alignment = { id, score: bead.score, reference: base.id, members, verdict: verdictOf(otherMember.diff) };
  if (explain && isVerdict(bead.evidence)) alignment.explanation = explainVerdict(bead.evidence);
  return alignment;
}

function listUnmatched(articles: readonly Article[], alignments: readonly Alignment[]): Unmatched[] {
  const unmatched: Unmatched[] = [];
  for (const article of articles) {
    const aligned = new Set(
      alignments.flatMap((alignment) =>
        alignment.members.filter((member) => member.article === article.id).flatMap((member) => member.sentences),
      ),
    );
    for (const sentence of article.sentences) {
      if (!aligned.has(sentence.index)) {
        unmatched.push({ article: article.id, sentences: [sentence.index], text: sentence.text });
      }
    }
  }
  return unmatched;
}

function summarise(
  articles: readonly Article[],
  alignments: readonly Alignment[],
  unmatched: readonly Unmatched[],
  minScore: number,
): ComparisonSummary {
  const summary: ComparisonSummary = {
    articles: articles.length,
    alignments: alignments.length,
    unmatched: {},
    coverage: {},
    sentences: {},
    aligned: {},
    meanScore: null,
    minScore,
  };
  for (const article of articles) {
    const body = article.sentences.filter((sentence) => !sentence.heading);
    const unmatchedBody = unmatched.filter(
      (entry) => entry.article === article.id && !article.sentences[entry.sentences[0]].heading,
    ).length;
    summary.unmatched[article.id] = unmatched.filter((entry) => entry.article === article.id).length;
    summary.sentences[article.id] = body.length;
    summary.aligned[article.id] = body.length - unmatchedBody;
    summary.coverage[article.id] = body.length > 0 ? round((body.length - unmatchedBody) / body.length) : 0;
  }
  if (alignments.length > 0) {
    summary.meanScore = round(alignments.reduce((sum, alignment) => sum + alignment.score, 0) / alignments.length);
  }
  return summary;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
