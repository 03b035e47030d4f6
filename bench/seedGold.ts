/**
 * Scores an aligner against the hand-made gold alignments of the seed articles
 * (fixtures/gold/seed-alignments.json). Used by `npm run eval:seeds` and by the tests.
 */
import { readFileSync } from 'node:fs';
import stringSimilarity from 'string-similarity';
import type { Article } from '../src/types.js';
import { foldTypography, normaliseForMatching } from '../src/text/normalise.js';

export interface GoldArticlePair {
  left: string;
  right: string;
  /** Pairs of sentence-text fragments that must be aligned. */
  sure: Array<[string, string]>;
  /** Pairs that may be aligned without counting as errors. */
  possible: Array<[string, string]>;
}

export interface GoldFile {
  pairs: GoldArticlePair[];
}

/** What an aligner under test returns: groups of left and right sentence indices. */
export type AlignerUnderTest = (left: Article, right: Article) => Array<{ left: number[]; right: number[] }>;

export interface PairResult {
  left: string;
  right: string;
  predicted: number;
  correct: number;
  sure: number;
  found: number;
  /** Predicted sentence pairs that are neither sure nor possible, as text. */
  falsePairs: Array<[string, string]>;
  /** Sure pairs no alignment holds, as text. */
  missed: Array<[string, string]>;
}

export interface GoldScore {
  precision: number;
  recall: number;
  pairs: PairResult[];
}

export function readGold(path: string): GoldFile {
  return JSON.parse(readFileSync(path, 'utf8')) as GoldFile;
}

/** The index of the one sentence that contains `fragment` (typography and opening quotes ignored); throws unless exactly one does. */
export function sentenceByFragment(article: Article, fragment: string): number {
  const comparable = (text: string) => foldTypography(text).replace(/^["' ]+/, '');
  const wanted = comparable(fragment);
  const matches = article.sentences.filter((sentence) => comparable(sentence.text).includes(wanted));
  if (matches.length !== 1) {
    throw new Error(`gold: ${matches.length} sentences of ${article.id} contain ${JSON.stringify(fragment)}`);
  }
  return matches[0].index;
}

/**
 * Precision: predicted sentence pairs (every left × right sentence of an alignment) that are
 * sure or possible gold pairs. Recall: sure pairs whose two sentences one alignment holds.
 * Both are micro-averaged over all article pairs in the gold file.
 */
export function scoreAgainstGold(gold: GoldFile, articles: ReadonlyMap<string, Article>, align: AlignerUnderTest): GoldScore {
  const results: PairResult[] = [];
  for (const goldPair of gold.pairs) {
    const left = articles.get(goldPair.left);
    const right = articles.get(goldPair.right);
    if (!left || !right) throw new Error(`gold: unknown article ${goldPair.left} or ${goldPair.right}`);
    const key = (i: number, j: number) => `${i}:${j}`;
    const resolve = (pair: [string, string]) => key(sentenceByFragment(left, pair[0]), sentenceByFragment(right, pair[1]));
    const sure = new Set(goldPair.sure.map(resolve));
    const allowed = new Set([...sure, ...goldPair.possible.map(resolve)]);
    const predicted = new Set<string>();
    const falsePairs: Array<[string, string]> = [];
    for (const group of align(left, right)) {
      for (const i of group.left) {
        for (const j of group.right) {
          predicted.add(key(i, j));
          if (!allowed.has(key(i, j))) falsePairs.push([left.sentences[i].text, right.sentences[j].text]);
        }
      }
    }
    const missed = goldPair.sure.filter((pair) => !predicted.has(resolve(pair)));
    results.push({
      left: left.id,
      right: right.id,
      predicted: predicted.size,
      correct: [...predicted].filter((pair) => allowed.has(pair)).length,
      sure: sure.size,
      found: sure.size - missed.length,
      falsePairs,
      missed,
    });
  }
  const predicted = results.reduce((sum, r) => sum + r.predicted, 0);
  const correct = results.reduce((sum, r) => sum + r.correct, 0);
  const sure = results.reduce((sum, r) => sum + r.sure, 0);
  const found = results.reduce((sum, r) => sum + r.found, 0);
  return { precision: predicted > 0 ? correct / predicted : 1, recall: sure > 0 ? found / sure : 1, pairs: results };
}

/**
 * The baseline the aligner is measured against: whole-sentence character Dice over all
 * pairs, greedy best-first, one-to-one, pairs at or above `threshold`.
 */
export function diceGreedyAligner(threshold: number): AlignerUnderTest {
  return (left, right) => {
    const scored: Array<{ i: number; j: number; score: number }> = [];
    left.sentences.forEach((a) => {
      right.sentences.forEach((b) => {
        const score = stringSimilarity.compareTwoStrings(normaliseForMatching(a.text), normaliseForMatching(b.text));
        if (score >= threshold) scored.push({ i: a.index, j: b.index, score });
      });
    });
    scored.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
    const usedLeft = new Set<number>();
    const usedRight = new Set<number>();
    const groups: Array<{ left: number[]; right: number[] }> = [];
    for (const { i, j } of scored) {
      if (usedLeft.has(i) || usedRight.has(j)) continue;
      usedLeft.add(i);
      usedRight.add(j);
      groups.push({ left: [i], right: [j] });
    }
    return groups;
  };
}
