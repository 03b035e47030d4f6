import { alignSentences, DEFAULT_MIN_SCORE, type Bead } from './align/index.js';
import { explainVerdict, fullVerdict } from './align/pairScore.js';
import { diffWording } from './diff/index.js';
import { labelRuns, strongestVerdict, verdictOf, weakestVerdict } from './diff/labels.js';
import { OutletdiffError } from './errors.js';
import { trackQuotes } from './quotes/track.js';
import { normaliseForMatching } from './text/normalise.js';
import type { Alignment, AlignmentMember, Article, Comparison, ComparisonSummary, DiffRun, SentenceKinds, Unmatched } from './types.js';

export interface CompareOptions {
  /** Acceptance threshold of the aligner (0–1); defaults to {@link DEFAULT_MIN_SCORE}. */
  minScore?: number;
  /** Base article: an article id, `earliest`, or undefined for the first article. */
  base?: string;
  /** Attach to each alignment the evidence behind its score. */
  explain?: boolean;
  /** Track direct quotations across the articles (`quotes`); off by default, since only JSON and `quotes` show them. */
  quotes?: boolean;
}

/**
 * Compares two or more articles: aligns their sentences into groups of versions, diffs every
 * member's wording against its group's reference member, and lists what only one article has. Pure.
 *
 * Two articles are one alignment of base against other. With more, the base is aligned with each
 * other article (a pivot, as multi-parallel aligners do), and groups that share a base sentence
 * are merged; then the sentences still free in the other articles are aligned among themselves,
 * each article in input order serving as pivot for the later ones, so a sentence the base lacks
 * but two other outlets share still forms a group (with no base member). A group's score is its
 * weakest pair's: the confidence that all its members are versions of one sentence.
 */
export function compareArticles(articles: readonly Article[], options: CompareOptions = {}): Comparison {
  if (articles.length < 2) {
    throw new OutletdiffError(`compare takes at least two articles, got ${articles.length}`);
  }
  // Groups key sentences by article id: two articles with one id would silently merge.
  const seen = new Set<string>();
  for (const article of articles) {
    if (seen.has(article.id)) {
      throw new OutletdiffError(`compare needs a different id for each article; "${article.id}" is given twice`);
    }
    seen.add(article.id);
  }
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const base = chooseBase(articles, options.base);
  const groups = groupVersions(base, articles, minScore);
  const alignments = orderGroups(groups, base, articles).map((group, k) =>
    toAlignment(group, k + 1, base, articles, options.explain ?? false),
  );
  const unmatched = listUnmatched(articles, alignments);
  return {
    base: base.id,
    articles: [...articles],
    alignments,
    unmatched,
    summary: summarise(articles, alignments, unmatched, minScore),
    ...(options.quotes ? { quotes: trackQuotes(articles, alignments, base.id) } : {}),
  };
}

/** One aligned pair of sentence sets from two articles: an aligner bead with article ids. */
interface Link {
  from: string;
  fromSentences: number[];
  to: string;
  toSentences: number[];
  bead: Bead;
}

/** A group of versions before it is diffed: each article's sentences, and the pairs that joined them. */
interface Group {
  sentences: Map<string, number[]>;
  links: Link[];
}

/**
 * Aligns the articles pairwise and joins links that share a sentence into groups. The base is
 * aligned with every other article; then each other article, in input order, with the sentences
 * the later ones still have free, so a sentence the base lacks (or words differently) can still
 * join the version two other outlets share.
 */
function groupVersions(base: Article, articles: readonly Article[], minScore: number): Group[] {
  const pivots = [base, ...articles.filter((article) => article !== base)];
  const free = new Map(pivots.map((article) => [article.id, article.sentences.map((sentence) => sentence.index)]));
  const links: Link[] = [];
  pivots.forEach((pivot, p) => {
    const all = pivot.sentences.map((sentence) => sentence.index);
    for (const other of pivots.slice(p + 1)) {
      const otherFree = free.get(other.id) ?? [];
      if (otherFree.length === 0) continue;
      const beads = alignSentences(
        all.map((index) => pivot.sentences[index]),
        otherFree.map((index) => other.sentences[index]),
        { minScore },
      );
      const linked = new Set<number>();
      for (const bead of beads) {
        const toSentences = bead.right.map((k) => otherFree[k]);
        links.push({ from: pivot.id, fromSentences: bead.left.map((k) => all[k]), to: other.id, toSentences, bead });
        toSentences.forEach((index) => linked.add(index));
      }
      free.set(other.id, otherFree.filter((index) => !linked.has(index)));
    }
  });
  return joinLinks(links);
}

/**
 * Groups from links, union–find over sentences, in link order. Two groups merge only when every
 * article they share keeps consecutive sentences (one member per article, as a bead has); a
 * sentence whose group cannot merge stays where it is, so a link can join a group in part.
 */
function joinLinks(links: readonly Link[]): Group[] {
  const parent = new Map<string, string>();
  const members = new Map<string, Map<string, number[]>>();
  const keyOf = (article: string, index: number): string => `${article}\u0000${index}`;
  const nodeOf = (article: string, index: number): string => {
    const key = keyOf(article, index);
    if (!parent.has(key)) {
      parent.set(key, key);
      members.set(key, new Map([[article, [index]]]));
    }
    return key;
  };
  const find = (key: string): string => {
    let root = key;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    // Path compression keeps later look-ups flat.
    for (let node = key; node !== root; ) {
      const next = parent.get(node) ?? root;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  const tryUnion = (a: string, b: string): boolean => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return true;
    const ma = members.get(ra) ?? new Map<string, number[]>();
    const mb = members.get(rb) ?? new Map<string, number[]>();
    for (const [article, indices] of mb) {
      const shared = ma.get(article);
      if (shared && !consecutive([...shared, ...indices])) return false;
    }
    for (const [article, indices] of mb) ma.set(article, [...new Set([...(ma.get(article) ?? []), ...indices])].sort((x, y) => x - y));
    parent.set(rb, ra);
    members.set(ra, ma);
    members.delete(rb);
    return true;
  };
  const contributing = new Map<Link, string>();
  for (const link of links) {
    const first = nodeOf(link.from, link.fromSentences[0]);
    let joined = false;
    for (const index of link.toSentences) joined = tryUnion(first, nodeOf(link.to, index)) || joined;
    // A link none of whose other side could join adds nothing, not even its own side's sentences.
    if (!joined) continue;
    for (const index of link.fromSentences.slice(1)) tryUnion(first, nodeOf(link.from, index));
    contributing.set(link, first);
  }
  const groups = new Map<string, Group>();
  for (const [link, node] of contributing) {
    const root = find(node);
    let group = groups.get(root);
    if (!group) {
      group = { sentences: members.get(root) ?? new Map(), links: [] };
      groups.set(root, group);
    }
    group.links.push(link);
  }
  return [...groups.values()].filter((group) => group.sentences.size >= 2);
}

function consecutive(indices: readonly number[]): boolean {
  const sorted = [...new Set(indices)].sort((a, b) => a - b);
  return sorted.every((index, k) => k === 0 || index === sorted[k - 1] + 1);
}

/**
 * Groups in reading order: those with a base member by the base member's first sentence; each
 * other group right after the base-holding group that precedes it in its first member's article
 * (the order the human views read), ties by article input order, then sentence index.
 */
function orderGroups(groups: readonly Group[], base: Article, articles: readonly Article[]): Group[] {
  const withBase = groups
    .filter((group) => group.sentences.has(base.id))
    .sort((a, b) => firstOf(a, base.id) - firstOf(b, base.id));
  const position = new Map<Group, number>(withBase.map((group, k) => [group, k]));
  const baseGroupOf = new Map<string, number>();
  for (const group of withBase) {
    for (const [article, indices] of group.sentences) {
      for (const index of indices) baseGroupOf.set(`${article}\u0000${index}`, position.get(group) ?? 0);
    }
  }
  const inputOrder = new Map(articles.map((article, k) => [article.id, k]));
  const placed = groups
    .filter((group) => !group.sentences.has(base.id))
    .map((group) => {
      const article = firstArticle(group, articles);
      const first = firstOf(group, article.id);
      let anchor = -1;
      for (let index = first - 1; index >= 0 && anchor < 0; index -= 1) {
        anchor = baseGroupOf.get(`${article.id}\u0000${index}`) ?? -1;
      }
      return { group, anchor, article: inputOrder.get(article.id) ?? 0, first };
    })
    .sort((a, b) => a.anchor - b.anchor || a.article - b.article || a.first - b.first);
  const ordered: Group[] = placed.filter((entry) => entry.anchor < 0).map((entry) => entry.group);
  withBase.forEach((group, k) => {
    ordered.push(group, ...placed.filter((entry) => entry.anchor === k).map((entry) => entry.group));
  });
  return ordered;
}

function firstOf(group: Group, article: string): number {
  return group.sentences.get(article)?.[0] ?? 0;
}

function firstArticle(group: Group, articles: readonly Article[]): Article {
  return articles.find((article) => group.sentences.has(article.id)) ?? articles[0];
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

function memberText(article: Article, sentences: readonly number[]): string {
  return sentences.map((index) => article.sentences[index].text).join(' ');
}

/**
 * An alignment from a group: members in input order, each diffed and labelled against the
 * reference member (the base's, else the first member's), the group's verdict the strongest of its
 * members', its score the weakest link's, and with `explain` that link's evidence.
 */
function toAlignment(group: Group, id: number, base: Article, inputOrder: readonly Article[], explain: boolean): Alignment {
  const present = inputOrder.filter((article) => group.sentences.has(article.id));
  const reference = group.sentences.has(base.id) ? base : present[0];
  const referenceText = memberText(reference, group.sentences.get(reference.id) ?? []);
  const members: AlignmentMember[] = present.map((article) => {
    const sentences = group.sentences.get(article.id) ?? [];
    const text = memberText(article, sentences);
    const diff: DiffRun[] = article === reference ? [{ op: 'equal', text }] : labelRuns(diffWording(referenceText, text));
    return { article: article.id, sentences, text, diff };
  });
  const weakest = group.links.reduce((low, link) => (link.bead.score < low.bead.score ? link : low));
  const verdicts = members.filter((member) => member.article !== reference.id).map((member) => verdictOf(member.diff));
  const alignment: Alignment = { id, score: weakest.bead.score, reference: reference.id, members, verdict: strongestVerdict(verdicts) };
  const evidence = explain ? fullVerdict(weakest.bead.evidence) : undefined;
  if (evidence) alignment.explanation = explainVerdict(evidence);
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
    kinds: {},
    only: {},
    meanScore: null,
    minScore,
  };
  const kindOf = sentenceKinds(alignments);
  for (const article of articles) {
    const body = article.sentences.filter((sentence) => !sentence.heading);
    const counts = { verbatim: 0, reworded: 0, substantive: 0, new: 0 };
    for (const sentence of body) counts[kindOf.get(`${article.id}\u0000${sentence.index}`) ?? 'new'] += 1;
    summary.kinds[article.id] = {
      verbatim: share(counts.verbatim, body.length),
      reworded: share(counts.reworded, body.length),
      substantive: share(counts.substantive, body.length),
      new: share(counts.new, body.length),
    };
    summary.only[article.id] = body.filter((sentence) => !kindOf.has(`${article.id}\u0000${sentence.index}`)).map((sentence) => sentence.index);
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

/**
 * How each aligned sentence relates to the others, by article and sentence: a member's kind is its
 * own verdict against the group's reference; the reference member's is the closest of the others'
 * (a sentence another outlet copied word for word is verbatim, whatever a third did with it); a
 * member worded exactly as another member is verbatim too.
 */
function sentenceKinds(alignments: readonly Alignment[]): Map<string, Exclude<keyof SentenceKinds, 'new'>> {
  const kinds = new Map<string, Exclude<keyof SentenceKinds, 'new'>>();
  for (const alignment of alignments) {
    const verdicts = alignment.members.filter((member) => member.article !== alignment.reference).map((member) => verdictOf(member.diff));
    const forms = alignment.members.map((member) => normaliseForMatching(member.text));
    for (const [k, member] of alignment.members.entries()) {
      // Another member worded exactly alike (up to typography and case) makes a member verbatim, reference or not.
      const copied = forms.some((form, other) => other !== k && form === forms[k]);
      const verdict = copied ? 'identical' : member.article === alignment.reference ? weakestVerdict(verdicts) : verdictOf(member.diff);
      const kind = verdict === 'identical' || verdict === 'cosmetic' ? 'verbatim' : verdict === 'rewording' ? 'reworded' : 'substantive';
      for (const index of member.sentences) kinds.set(`${member.article}\u0000${index}`, kind);
    }
  }
  return kinds;
}

function share(count: number, total: number): number {
  return total > 0 ? round(count / total) : 0;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
