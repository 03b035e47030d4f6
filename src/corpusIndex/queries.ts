/**
 * What the index answers: which articles reuse which (`reuse`), which articles tell one story
 * (`stories`), and which indexed articles share sentences with a new one (`search`).
 */
import { DEFAULT_MIN_SCORE } from '../align/index.js';
import type { Article } from '../types.js';
import { articleShingles } from './shingles.js';
import type { IndexedAlignment, IndexedArticle, IndexStore } from './store.js';
import { diffWording } from '../diff/index.js';
import { labelRuns } from '../diff/labels.js';
import type { DiffRun } from '../types.js';
import { alignArticlePair, MAX_SHINGLE_DF, MIN_SHARED_SHINGLES } from './update.js';

/** One row of `reuse`: a pair of indexed articles joined by at least one alignment (CONTRACT.md). */
export interface ReuseRow {
  article_a: string;
  article_b: string;
  outlet_a: string | null;
  outlet_b: string | null;
  date_a: string | null;
  date_b: string | null;
  pairs: number;
  share_a: number;
  share_b: number;
  mean_score: number;
  earliest: string | null;
}

/** Per article pair (`a` < `b`), its alignments. */
function byPair(alignments: readonly IndexedAlignment[]): Map<string, IndexedAlignment[]> {
  const pairs = new Map<string, IndexedAlignment[]>();
  for (const alignment of alignments) {
    const key = `${alignment.articleA}\u0000${alignment.articleB}`;
    const list = pairs.get(key);
    if (list) list.push(alignment);
    else pairs.set(key, [alignment]);
  }
  return pairs;
}

/**
 * The id of the article published first: by `published` when both have it, else by `date`;
 * `null` when they tie or either is unknown.
 */
export function earlierOf(a: IndexedArticle, b: IndexedArticle): string | null {
  const both = a.published !== null && b.published !== null;
  const when = (article: IndexedArticle) => Date.parse((both ? article.published : article.date) ?? '');
  const x = when(a);
  const y = when(b);
  if (Number.isNaN(x) || Number.isNaN(y) || x === y) return null;
  return x < y ? a.id : b.id;
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

/** `reuse`: one row per pair of articles joined by at least one alignment, in id order. */
export async function reuseRows(store: IndexStore): Promise<ReuseRow[]> {
  const articles = new Map((await store.articles()).map((article) => [article.id, article]));
  const rows: ReuseRow[] = [];
  for (const list of byPair(await store.alignments()).values()) {
    const a = articles.get(list[0].articleA);
    const b = articles.get(list[0].articleB);
    if (!a || !b) continue;
    const body = list.filter((alignment) => !alignment.heading);
    const coveredA = new Set(body.flatMap((alignment) => alignment.sentencesA)).size;
    const coveredB = new Set(body.flatMap((alignment) => alignment.sentencesB)).size;
    rows.push({
      article_a: a.id,
      article_b: b.id,
      outlet_a: a.outlet,
      outlet_b: b.outlet,
      date_a: a.date,
      date_b: b.date,
      pairs: list.length,
      share_a: a.body > 0 ? round(coveredA / a.body) : 0,
      share_b: b.body > 0 ? round(coveredB / b.body) : 0,
      mean_score: round(list.reduce((sum, alignment) => sum + alignment.score, 0) / list.length),
      earliest: earlierOf(a, b),
    });
  }
  return rows.sort((x, y) => (x.article_a < y.article_a ? -1 : x.article_a > y.article_a ? 1 : x.article_b < y.article_b ? -1 : x.article_b > y.article_b ? 1 : 0));
}

/** Default `--min-share` of `stories`: a fifth of the smaller article. */
export const DEFAULT_MIN_SHARE = 0.2;

export interface Story {
  /** 1-based, stories ordered by their earliest article's date, then id. */
  id: number;
  /** The first published version, or `null` when dates cannot tell. */
  earliest: string | null;
  articles: Array<{
    id: string;
    outlet: string | null;
    date: string | null;
    published: string | null;
    title: string | null;
    /**
     * How much of the earliest version this article reuses: the share of the earliest's non-heading
     * sentences aligned with this article (`null` for the earliest itself, or when there is none).
     */
    reusesEarliest: number | null;
  }>;
}

/**
 * `stories`: connected groups of articles joined by alignments that cover at least `minShare` of
 * the smaller article (CONTRACT.md), each with its outlets, dates, its earliest version and how much
 * of it each other article reuses. Articles joined to nothing are not stories.
 */
export async function findStories(store: IndexStore, minShare: number = DEFAULT_MIN_SHARE): Promise<Story[]> {
  const articles = new Map((await store.articles()).map((article) => [article.id, article]));
  const rows = await reuseRows(store);
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while ((parent.get(root) ?? root) !== root) root = parent.get(root) ?? root;
    parent.set(id, root);
    return root;
  };
  const strong = rows.filter((row) => {
    const a = articles.get(row.article_a);
    const b = articles.get(row.article_b);
    if (!a || !b) return false;
    const smaller = a.body <= b.body ? row.share_a : row.share_b;
    return smaller >= minShare;
  });
  for (const row of strong) {
    const ra = find(row.article_a);
    const rb = find(row.article_b);
    if (ra !== rb) parent.set(rb < ra ? ra : rb, rb < ra ? rb : ra);
  }
  const members = new Map<string, string[]>();
  for (const id of new Set(strong.flatMap((row) => [row.article_a, row.article_b]))) {
    const root = find(id);
    members.set(root, [...(members.get(root) ?? []), id]);
  }
  const share = new Map(rows.map((row) => [`${row.article_a}\u0000${row.article_b}`, row]));
  const stories = [...members.values()].map((ids) => {
    const list = ids.map((id) => articles.get(id)).filter((article): article is IndexedArticle => article !== undefined);
    const earliest = earliestOf(list);
    return {
      id: 0,
      earliest: earliest?.id ?? null,
      articles: list
        .sort((x, y) => (dateKey(x) < dateKey(y) ? -1 : dateKey(x) > dateKey(y) ? 1 : x.id < y.id ? -1 : 1))
        .map((article) => {
          let reuses: number | null = null;
          if (earliest && article.id !== earliest.id) {
            const [a, b] = article.id < earliest.id ? [article.id, earliest.id] : [earliest.id, article.id];
            const row = share.get(`${a}\u0000${b}`);
            // The earliest's side of the pair: how much of it this article took up.
            reuses = row ? (row.article_a === earliest.id ? row.share_a : row.share_b) : 0;
          }
          return { id: article.id, outlet: article.outlet, date: article.date, published: article.published, title: article.title, reusesEarliest: reuses };
        }),
    };
  });
  stories.sort((x, y) => {
    const kx = x.articles[0] ? dateKey(articles.get(x.articles[0].id) as IndexedArticle) : '';
    const ky = y.articles[0] ? dateKey(articles.get(y.articles[0].id) as IndexedArticle) : '';
    return kx < ky ? -1 : kx > ky ? 1 : (x.articles[0]?.id ?? '') < (y.articles[0]?.id ?? '') ? -1 : 1;
  });
  return stories.map((story, k) => ({ ...story, id: k + 1 }));
}

/** Sort key by publication: the timestamp, else the date, unknown last. */
function dateKey(article: IndexedArticle): string {
  return article.published ?? article.date ?? '\uffff';
}

/** The one article published before every other, if the dates say so. */
function earliestOf(articles: readonly IndexedArticle[]): IndexedArticle | null {
  let best: IndexedArticle | null = null;
  for (const article of articles) {
    if (!best) {
      best = article;
      continue;
    }
    const earlier = earlierOf(best, article);
    if (earlier === article.id) best = article;
  }
  if (!best) return null;
  // Earliest only if it is earlier than every other article, not tied or undated against one.
  return articles.every((article) => article === best || earlierOf(best as IndexedArticle, article) === (best as IndexedArticle).id) ? best : null;
}

/** One indexed article that shares sentences with the searched one. */
export interface SearchHit {
  article: IndexedArticle;
  /** Shingles in common, the candidate step's evidence. */
  shared: number;
  /** The aligned sentence pairs: A is the searched article, B the indexed one. */
  alignments: DescribedAlignment[];
  /** Share of the searched article's non-heading sentences aligned with this one. */
  share: number;
  meanScore: number;
}

/**
 * `search`: the indexed articles that share sentences with `article`, best first (most of the
 * searched article covered, then mean score, then id). Only candidates sharing shingles are aligned.
 */
export async function searchIndex(store: IndexStore, article: Article, minScore: number = DEFAULT_MIN_SCORE): Promise<SearchHit[]> {
  const sentences = article.sentences.map(({ index, text, heading }) => ({ index, text, heading }));
  const candidates = await store.articlesSharing(articleShingles(sentences), { minShared: MIN_SHARED_SHINGLES, maxDf: MAX_SHINGLE_DF });
  const stored = await store.sentencesOf(candidates.map((candidate) => candidate.article));
  const indexed = new Map((await store.articlesById(candidates.map((candidate) => candidate.article))).map((row) => [row.id, row]));
  const body = sentences.filter((sentence) => !sentence.heading).length;
  const hits: SearchHit[] = [];
  for (const candidate of candidates) {
    const row = indexed.get(candidate.article);
    if (!row) continue;
    const alignments = alignArticlePair(article.id, sentences, row.id, stored.get(row.id) ?? [], minScore).map(describeAlignment);
    if (alignments.length === 0) continue;
    const covered = new Set(alignments.filter((alignment) => !alignment.heading).flatMap((alignment) => alignment.sentencesA)).size;
    hits.push({
      article: row,
      shared: candidate.shared,
      alignments,
      share: body > 0 ? round(covered / body) : 0,
      meanScore: round(alignments.reduce((sum, alignment) => sum + alignment.score, 0) / alignments.length),
    });
  }
  return hits.sort((x, y) => y.share - x.share || y.meanScore - x.meanScore || (x.article.id < y.article.id ? -1 : 1));
}

/** An alignment with B's wording diffed and labelled against A's, as `compare` diffs a member against its reference. */
export interface DescribedAlignment extends IndexedAlignment {
  diff: DiffRun[];
}

export function describeAlignment(alignment: IndexedAlignment): DescribedAlignment {
  return { ...alignment, diff: labelRuns(diffWording(alignment.textA, alignment.textB)) };
}

/** Every alignment of the index with its wording difference (for `reuse --sentences`). */
export async function reuseSentences(store: IndexStore): Promise<DescribedAlignment[]> {
  return (await store.alignments()).map(describeAlignment);
}
