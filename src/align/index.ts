import type { Sentence } from '../types.js';
import { contentTermsOf, joinPairSides, readPairSide, type PairSide } from './features.js';
import { scorePair } from './pairScore.js';
import { newsRarity, wordnetSynonyms, type RarityTable } from './tables.js';
import { locatedTerms } from './terms.js';

/** What the aligner reads of a sentence. */
export type AlignableSentence = Pick<Sentence, 'text' | 'heading'>;

/** A group of sentences from the left and right article that are versions of each other (1:1, 1:2 or 2:1). */
export interface Bead {
  /** Left sentence indices, ascending, consecutive. */
  left: number[];
  /** Right sentence indices, ascending, consecutive. */
  right: number[];
  /** Confidence, 0–1, rounded to three decimals. */
  score: number;
  /** What the scorer found for this bead. */
  evidence: PairEvidence;
}

/** What the aligner needs of a pair score: the confidence, and how much of each side the other covers. */
export interface PairEvidence {
  /** Confidence (0–1) that the two are versions of one sentence. */
  score: number;
  /** Share of each side's term weight matched in the other: [left, right]. */
  coverage: readonly [number, number];
}

/** Scores one side of a candidate bead against the other; the learned pair scorer by default. */
export type PairScorer = (left: PairSide, right: PairSide) => PairEvidence;

/** The learned scorer ({@link scorePair}) as the aligner uses it. */
export const learnedScorer: PairScorer = (left, right) => scorePair(left, right);

export interface AlignOptions {
  /** Acceptance threshold (0–1): beads scoring below it are not aligned. */
  minScore: number;
  /** The pair scorer; a better one drops in here without touching the aligner. */
  scorer: PairScorer;
}

/**
 * Default acceptance threshold: between the best-scoring pair of sentences from different stories
 * on the seeds and fixtures and the weakest true version pair of the seeds (see README for the figures).
 */
export const DEFAULT_MIN_SCORE = 0.42;

/** A right sentence is a candidate for a left one when they share this much of the lighter one's term weight. */
const CANDIDATE_SHARE = 0.25;
/** Terms in more sentences than this are too common to propose candidates (they still count in scores). */
const POSTINGS_CAP = 100;
/** Only pairs at least this good are tried as halves of a 1:2 or 2:1 bead. */
const MERGE_FLOOR = 0.2;
/** A merged bead must beat each of its 1:1 halves by this much… */
const MERGE_MARGIN = 0.03;
/**
 * …and each half must have at least this share of its own term weight in the other side. About a
 * third: a half that opens with an attribution ("According to the ruling, read out … by presiding judge
 * Elena Marin, the minister took …") finds little more, and 0.5 left such splits untried.
 */
const HALF_COVERAGE = 0.35;
/** Above this many cells (left × right sentences), the monotone pass runs between anchors instead of over the whole grid. */
const FULL_GRID_CELLS = 250_000;
/** Anchors for long articles: mutual-best 1:1 pairs at least this good… */
const ANCHOR_MIN = 0.6;
/** …that beat each sentence's runner-up by this much. */
const ANCHOR_MARGIN = 0.1;
/**
 * A bead that breaks the order of the rest must clear the threshold by this much: moved paragraphs
 * pair, stray look-alikes do not. Lower margins pair more reworded moved paragraphs (0.46–0.51 in
 * the written development set) but also one speaker's two different statements, which share the
 * attribution and a topic word ("Mark Doyle, the union's general secretary, said members had lost a
 * tenth of their income to inflation" / "… said inflation was falling": 0.50).
 */
const OUT_OF_ORDER_PENALTY = 0.1;

interface Candidate {
  left: number[];
  right: number[];
  evidence: PairEvidence;
}

/**
 * Pairs each sentence of `left` with its version in `right`, if it has one: 1:1, 1:2 and 2:1
 * beads, translation variants and paraphrases included. Headings align only with headings.
 *
 * Steps: rarity-weighted term profiles; candidate pairs from an inverted index (cost proportional
 * to shared postings, not to |left| × |right|); merges of neighbouring sentences where one side
 * split a sentence; the order-keeping set of beads with the greatest total score (outlets mostly
 * keep order), computed between confident anchors when the articles are long; then strong pairs
 * left over, best first, out of order (moved paragraphs). Each sentence is used once.
 * Deterministic: ties break by left index, then right index, then smaller bead.
 */
export function alignSentences(
  left: readonly AlignableSentence[],
  right: readonly AlignableSentence[],
  options: Partial<AlignOptions> = {},
): Bead[] {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const scorer = options.scorer ?? learnedScorer;
  const rarity = storyRarity([...left, ...right].map((sentence) => sentence.text));
  const leftProfiles = left.map((sentence) => readPairSide(sentence.text, rarity));
  const rightProfiles = right.map((sentence) => readPairSide(sentence.text, rarity));

  const singles = scoreCandidatePairs(left, right, leftProfiles, rightProfiles, scorer);
  const merges = scoreMerges(left, right, leftProfiles, rightProfiles, singles, scorer);
  const lookup = new BeadLookup(right.length, [...singles.values(), ...merges]);

  // Outlets mostly keep order: first the best order-keeping set of beads…
  const anchors = left.length * right.length > FULL_GRID_CELLS ? orderAnchors(singles, minScore) : [];
  const chosen: Candidate[] = anchors.map((anchor) => singles.get(pairKey(anchor.left, anchor.right)) as Candidate);
  let leftFrom = 0;
  let rightFrom = 0;
  for (const anchor of [...anchors, { left: left.length, right: right.length }]) {
    chosen.push(...alignInOrder(lookup, leftFrom, anchor.left, rightFrom, anchor.right, minScore));
    leftFrom = anchor.left + 1;
    rightFrom = anchor.right + 1;
  }

  // …then moved paragraphs: strong pairs among the sentences still free, best first.
  const leftovers = [...singles.values(), ...merges].filter((candidate) => candidate.evidence.score - OUT_OF_ORDER_PENALTY >= minScore);
  chosen.push(...takeBestFirst(leftovers, chosen));

  return chosen
    .map((candidate) => ({
      left: candidate.left,
      right: candidate.right,
      score: Math.round(candidate.evidence.score * 1000) / 1000,
      evidence: candidate.evidence,
    }))
    .sort((a, b) => a.left[0] - b.left[0] || a.right[0] - b.right[0]);
}

function byScoreThenPosition(a: Candidate, b: Candidate): number {
  return (
    b.evidence.score - a.evidence.score ||
    a.left[0] - b.left[0] ||
    a.right[0] - b.right[0] ||
    a.left.length + a.right.length - (b.left.length + b.right.length)
  );
}

/** Scored beads by shape and first sentences, for constant-time look-up in the monotone pass. */
class BeadLookup {
  private readonly beads = new Map<number, Candidate>();

  constructor(
    private readonly rightCount: number,
    candidates: readonly Candidate[],
  ) {
    for (const candidate of candidates) {
      this.beads.set(this.key(candidate.left[0], candidate.right[0], candidate.left.length, candidate.right.length), candidate);
    }
  }

  all(): Candidate[] {
    return [...this.beads.values()];
  }

  get(leftFirst: number, rightFirst: number, leftLength: number, rightLength: number): Candidate | undefined {
    return this.beads.get(this.key(leftFirst, rightFirst, leftLength, rightLength));
  }

  private key(leftFirst: number, rightFirst: number, leftLength: number, rightLength: number): number {
    const shape = leftLength === 1 ? (rightLength === 1 ? 0 : 1) : 2;
    return (leftFirst * (this.rightCount + 1) + rightFirst) * 3 + shape;
  }
}

/** The bead shapes the monotone pass can use, as [left sentences, right sentences]. */
const SHAPES: ReadonlyArray<readonly [number, number]> = [
  [1, 1],
  [1, 2],
  [2, 1],
];

/**
 * The order-keeping set of beads in left [leftFrom, leftTo) × right [rightFrom, rightTo), each at
 * or above the threshold, with the greatest total score: dynamic programming over 1:1, 1:2, 2:1
 * and skipped sentences, as Gale–Church and hunalign do, with our scores in place of length costs.
 * Cost: O(cells) time and memory; callers keep windows within {@link FULL_GRID_CELLS}
 * (past that, a window falls back to best-first choice).
 */
function alignInOrder(
  lookup: BeadLookup,
  leftFrom: number,
  leftTo: number,
  rightFrom: number,
  rightTo: number,
  minScore: number,
): Candidate[] {
  const rows = leftTo - leftFrom;
  const columns = rightTo - rightFrom;
  if (rows <= 0 || columns <= 0) return [];
  if (rows * columns > FULL_GRID_CELLS) return bestFirst(lookup, leftFrom, leftTo, rightFrom, rightTo, minScore);

  const width = columns + 1;
  const gain = new Float64Array((rows + 1) * width);
  // 0: skip a left sentence, 1: skip a right one, 2 + k: bead of SHAPES[k].
  const step = new Uint8Array((rows + 1) * width);
  for (let a = 0; a <= rows; a += 1) {
    for (let b = 0; b <= columns; b += 1) {
      if (a === 0 && b === 0) continue;
      let best = -1;
      let bestStep = 0;
      if (a > 0) {
        best = gain[(a - 1) * width + b];
        bestStep = 0;
      }
      if (b > 0 && gain[a * width + b - 1] > best) {
        best = gain[a * width + b - 1];
        bestStep = 1;
      }
      SHAPES.forEach(([leftLength, rightLength], k) => {
        if (a < leftLength || b < rightLength) return;
        const bead = lookup.get(leftFrom + a - leftLength, rightFrom + b - rightLength, leftLength, rightLength);
        if (!bead || bead.evidence.score < minScore) return;
        // Gain is the bead's whole score, not its margin over the threshold: two confident beads
        // (a lede and a split sentence) must outweigh one bead that swallows half of each.
        const total = gain[(a - leftLength) * width + b - rightLength] + bead.evidence.score;
        if (total > best) {
          best = total;
          bestStep = 2 + k;
        }
      });
      gain[a * width + b] = best;
      step[a * width + b] = bestStep;
    }
  }

  const chosen: Candidate[] = [];
  let a = rows;
  let b = columns;
  while (a > 0 || b > 0) {
    const taken = step[a * width + b];
    if (taken === 0) a -= 1;
    else if (taken === 1) b -= 1;
    else {
      const [leftLength, rightLength] = SHAPES[taken - 2];
      chosen.push(lookup.get(leftFrom + a - leftLength, rightFrom + b - rightLength, leftLength, rightLength) as Candidate);
      a -= leftLength;
      b -= rightLength;
    }
  }
  return chosen.reverse();
}

/** Best-first choice within a window too large for the grid: each sentence used once. */
function bestFirst(
  lookup: BeadLookup,
  leftFrom: number,
  leftTo: number,
  rightFrom: number,
  rightTo: number,
  minScore: number,
): Candidate[] {
  const inside = lookup
    .all()
    .filter(
      (candidate) =>
        candidate.evidence.score >= minScore &&
        candidate.left[0] >= leftFrom &&
        candidate.left[candidate.left.length - 1] < leftTo &&
        candidate.right[0] >= rightFrom &&
        candidate.right[candidate.right.length - 1] < rightTo,
    );
  return takeBestFirst(inside, []);
}

/** The candidates, best first, that use no sentence `taken` or an earlier pick uses. */
function takeBestFirst(candidates: readonly Candidate[], taken: readonly Candidate[]): Candidate[] {
  const usedLeft = new Set(taken.flatMap((candidate) => candidate.left));
  const usedRight = new Set(taken.flatMap((candidate) => candidate.right));
  const picked: Candidate[] = [];
  for (const candidate of [...candidates].sort(byScoreThenPosition)) {
    if (candidate.left.some((i) => usedLeft.has(i)) || candidate.right.some((j) => usedRight.has(j))) continue;
    candidate.left.forEach((i) => usedLeft.add(i));
    candidate.right.forEach((j) => usedRight.add(j));
    picked.push(candidate);
  }
  return picked;
}

/**
 * Term weights for one comparison: rarity in news text (the scorer's table), scaled down for the
 * story's own topic words. A term found in most sentences of the two articles ("NATO",
 * "security" in a NATO story) tells two sentences of that story apart no better than "the".
 */
function storyRarity(texts: readonly string[]): RarityTable {
  const frequency = new Map<string, number>();
  for (const text of texts) {
    for (const term of new Set(contentTermsOf(text))) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  }
  const count = texts.length;
  const news = newsRarity();
  const most = Math.log(1 + count);
  return { idf: (term) => news.idf(term) * (Math.log(1 + count / (frequency.get(term) ?? 1)) / most) };
}

function pairKey(i: number, j: number): string {
  return `${i}:${j}`;
}

/** Scores every left/right pair that shares enough weighted terms (headings only with headings). */
function scoreCandidatePairs(
  left: readonly AlignableSentence[],
  right: readonly AlignableSentence[],
  leftProfiles: readonly PairSide[],
  rightProfiles: readonly PairSide[],
  scorer: PairScorer,
): Map<string, Candidate> {
  // Postings under each term and under its WordNet groups, so that a translation variant
  // (rectifying/correcting) proposes a pair as a shared word does.
  const synonyms = wordnetSynonyms();
  const postings = new Map<string, number[]>();
  const post = (key: string, j: number) => {
    const list = postings.get(key);
    if (!list) postings.set(key, [j]);
    else if (list[list.length - 1] !== j) list.push(j);
  };
  rightProfiles.forEach((profile, j) => {
    for (const term of profile.terms.keys()) {
      post(term, j);
      const groups = synonyms.groupsOf(term);
      if (!groups) continue;
      for (const id of groups.main) post(`main:${id}`, j);
    }
  });
  const termTotal = (profile: PairSide) => {
    let sum = 0;
    for (const weight of profile.terms.values()) sum += weight;
    return sum;
  };
  const rightTotals = rightProfiles.map(termTotal);

  const singles = new Map<string, Candidate>();
  leftProfiles.forEach((profile, i) => {
    const shared = new Map<number, number>();
    for (const [term, weight] of profile.terms) {
      // Proposing through main senses on both sides keeps the candidates few; the scorer still
      // credits the wider synonym rule once a pair is proposed.
      const keys = [term, ...(synonyms.groupsOf(term)?.main.map((id) => `main:${id}`) ?? [])];
      const partners = new Set<number>();
      for (const key of keys) {
        const list = postings.get(key);
        if (list && list.length <= POSTINGS_CAP) for (const j of list) partners.add(j);
      }
      for (const j of partners) shared.set(j, (shared.get(j) ?? 0) + weight);
    }
    const leftTotal = termTotal(profile);
    for (const [j, weight] of shared) {
      if (left[i].heading !== right[j].heading) continue;
      if (weight < CANDIDATE_SHARE * Math.min(leftTotal, rightTotals[j])) continue;
      singles.set(pairKey(i, j), { left: [i], right: [j], evidence: scorer(profile, rightProfiles[j]) });
    }
  });
  return singles;
}

/**
 * Tries 1:2 and 2:1 beads where one sentence is a candidate partner of two neighbouring ones:
 * one outlet's sentence split in two by the other. Cost: at most four merges per promising pair,
 * tried only when both halves are candidates themselves.
 */
function scoreMerges(
  left: readonly AlignableSentence[],
  right: readonly AlignableSentence[],
  leftProfiles: readonly PairSide[],
  rightProfiles: readonly PairSide[],
  singles: ReadonlyMap<string, Candidate>,
  scorer: PairScorer,
): Candidate[] {
  const merges: Candidate[] = [];
  const tried = new Set<string>();
  const joinedLeft = new Map<number, PairSide>();
  const joinedRight = new Map<number, PairSide>();
  const joined = (cache: Map<number, PairSide>, profiles: readonly PairSide[], first: number) => {
    let side = cache.get(first);
    if (!side) cache.set(first, (side = joinPairSides([profiles[first], profiles[first + 1]])));
    return side;
  };
  const mergeable = (sentences: readonly AlignableSentence[], first: number) =>
    first >= 0 && first + 1 < sentences.length && !sentences[first].heading && !sentences[first + 1].heading;

  for (const single of singles.values()) {
    if (single.evidence.score < MERGE_FLOOR) continue;
    const [i] = single.left;
    const [j] = single.right;
    if (left[i].heading) continue;
    for (const first of [j - 1, j]) {
      const key = `${i}|${first}+`;
      if (tried.has(key) || !mergeable(right, first)) continue;
      tried.add(key);
      // Each half's own pair with the single sentence says how much of the half it holds.
      const halves = [singles.get(pairKey(i, first)), singles.get(pairKey(i, first + 1))];
      if (!halves.every((half) => half && half.evidence.coverage[1] >= HALF_COVERAGE)) continue;
      const evidence = scorer(leftProfiles[i], joined(joinedRight, rightProfiles, first));
      if (evidence.score >= Math.max(...halves.map((half) => half?.evidence.score ?? 0)) + MERGE_MARGIN) {
        merges.push({ left: [i], right: [first, first + 1], evidence });
      }
    }
    for (const first of [i - 1, i]) {
      const key = `${first}+|${j}`;
      if (tried.has(key) || !mergeable(left, first)) continue;
      tried.add(key);
      const halves = [singles.get(pairKey(first, j)), singles.get(pairKey(first + 1, j))];
      if (!halves.every((half) => half && half.evidence.coverage[0] >= HALF_COVERAGE)) continue;
      const evidence = scorer(joined(joinedLeft, leftProfiles, first), rightProfiles[j]);
      if (evidence.score >= Math.max(...halves.map((half) => half?.evidence.score ?? 0)) + MERGE_MARGIN) {
        merges.push({ left: [first, first + 1], right: [j], evidence });
      }
    }
  }
  return merges;
}

interface Anchor {
  left: number;
  right: number;
}

/**
 * The longest order-keeping chain of unambiguous 1:1 pairs: mutual best, at least
 * {@link ANCHOR_MIN} (and the acceptance threshold), and clear of each sentence's runner-up
 * by {@link ANCHOR_MARGIN}.
 * Cost: O(k log k) for k pairs (patience sorting).
 */
function orderAnchors(singles: ReadonlyMap<string, Candidate>, minScore: number): Anchor[] {
  const bestOfLeft = new Map<number, Candidate[]>();
  const bestOfRight = new Map<number, Candidate[]>();
  const keepTopTwo = (map: Map<number, Candidate[]>, index: number, single: Candidate) => {
    const top = [...(map.get(index) ?? []), single].sort(byScoreThenPosition).slice(0, 2);
    map.set(index, top);
  };
  for (const single of singles.values()) {
    keepTopTwo(bestOfLeft, single.left[0], single);
    keepTopTwo(bestOfRight, single.right[0], single);
  }
  const clearWinner = (top: Candidate[] | undefined, single: Candidate) =>
    top !== undefined && top[0] === single && (top.length < 2 || single.evidence.score - top[1].evidence.score >= ANCHOR_MARGIN);
  const anchors = [...singles.values()]
    .filter(
      (single) =>
        single.evidence.score >= Math.max(ANCHOR_MIN, minScore) &&
        clearWinner(bestOfLeft.get(single.left[0]), single) &&
        clearWinner(bestOfRight.get(single.right[0]), single),
    )
    .map((single) => ({ left: single.left[0], right: single.right[0] }))
    .sort((a, b) => a.left - b.left);
  return longestIncreasingByRight(anchors);
}

function longestIncreasingByRight(anchors: readonly Anchor[]): Anchor[] {
  const tails: number[] = [];
  const previous: number[] = new Array(anchors.length).fill(-1);
  anchors.forEach((anchor, k) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (anchors[tails[mid]].right < anchor.right) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[k] = tails[low - 1];
    tails[low] = k;
  });
  const chain: Anchor[] = [];
  for (let k = tails.length > 0 ? tails[tails.length - 1] : -1; k >= 0; k = previous[k]) chain.push(anchors[k]);
  return chain.reverse();
}
