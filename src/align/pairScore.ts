/**
 * Scores two sentences as the aligner does: how likely they are versions of one sentence
 * (`score`, `aligned`), and whether they also say the same thing (`equivalent`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../packageRoot.js';
import type { PairExplanation } from '../types.js';
import { pairFeatures, readPairSide, selectedPairFeatures, type PairFeatures, type PairMatches, type PairSide } from './features.js';
import { contributions, predict, type LogisticModel } from './model.js';
import { newsRarity, wordnetSynonyms, type RarityTable } from './tables.js';

/** The two learned models (scripts/trainModel.ts). */
export interface PairModels {
  about: string;
  /** Graded similarity: trained on STS Benchmark training pairs (targets score / 5), agreement signals only. */
  score: LogisticModel;
  /** Same meaning: trained on MSRP training pairs (paraphrase labels), every signal plus the score. */
  equivalent: LogisticModel;
  /** `equivalent` is 1 when its probability reaches this. */
  equivalentThreshold: number;
}

let models: PairModels | undefined;

export function pairModels(): PairModels {
  models ??= JSON.parse(readFileSync(join(packageRoot(), 'src/align/data/model.json'), 'utf8')) as PairModels;
  return models;
}

export interface PairVerdict {
  left: PairSide;
  right: PairSide;
  /** Confidence (0–1) that the two are versions of one sentence. */
  score: number;
  /** The probability (0–1) that they say the same thing. */
  equivalence: number;
  features: PairFeatures;
  matches: PairMatches;
  /** Share of each side's term weight matched in the other: [left, right]. */
  coverage: [number, number];
}

/** Reads one side with the news rarity table. */
export function readSide(text: string, rarity: RarityTable = newsRarity()): PairSide {
  return readPairSide(text, rarity);
}

/**
 * A pair as the aligner scores it: the score and coverage, and the two sides read. A class, so
 * that {@link fullVerdict} knows the learned scorer's evidence by its type, never by its fields.
 */
export class ScoredPair {
  constructor(
    readonly left: PairSide,
    readonly right: PairSide,
    /** Confidence (0–1) that the two are versions of one sentence; as {@link judgePair} gives it. */
    readonly score: number,
    /** Share of each side's term weight matched in the other: [left, right]. */
    readonly coverage: [number, number],
  ) {}
}

/** {@link judgePair}'s verdict, as a class for the same reason as {@link ScoredPair}. */
class JudgedPair implements PairVerdict {
  constructor(
    readonly left: PairSide,
    readonly right: PairSide,
    readonly score: number,
    readonly equivalence: number,
    readonly features: PairFeatures,
    readonly matches: PairMatches,
    readonly coverage: [number, number],
  ) {}
}

/**
 * Scores an already-read pair as {@link judgePair} does, reading only the signals the score
 * model weighs: the aligner scores every candidate pair and keeps few; {@link fullVerdict} gives
 * the full verdict of the ones kept.
 */
export function scorePair(left: PairSide, right: PairSide, chosen: PairModels = pairModels()): ScoredPair {
  const { features, sideCoverage } = selectedPairFeatures(left, right, wordnetSynonyms(), chosen.score.features);
  return new ScoredPair(left, right, round(predict(chosen.score, features)), sideCoverage);
}

/**
 * The learned scorer's full verdict on a pair it scored ({@link judgePair}'s or
 * {@link scorePair}'s), worked out if need be; `undefined` for another scorer's evidence.
 */
export function fullVerdict(evidence: object): PairVerdict | undefined {
  if (evidence instanceof JudgedPair) return evidence;
  if (evidence instanceof ScoredPair) return judgePair(evidence.left, evidence.right);
  return undefined;
}

/** Scores an already-read pair. Cost: see {@link pairFeatures}. */
export function judgePair(left: PairSide, right: PairSide, chosen: PairModels = pairModels()): PairVerdict {
  const { features, matches, sideCoverage } = pairFeatures(left, right, wordnetSynonyms());
  // Rounded here, once: every decision (aligned, the aligner's threshold) sees the score printed.
  const score = round(predict(chosen.score, features));
  const equivalence = predict(chosen.equivalent, features, { name: 'score', value: score });
  return new JudgedPair(left, right, score, equivalence, features, matches, sideCoverage);
}

/** The signals behind a verdict, strongest first, for `--explain`. */
export function explainVerdict(verdict: PairVerdict, chosen: PairModels = pairModels()): PairExplanation {
  const byWeight = (record: Record<string, number>) =>
    Object.fromEntries(Object.entries(record).sort(([, a], [, b]) => Math.abs(b) - Math.abs(a)).map(([key, value]) => [key, round(value)]));
  return {
    sharedRareWords: verdict.matches.shared.slice(0, 8).map((match) => {
      const left = wordOf(verdict.left, match.left);
      const right = wordOf(verdict.right, match.right);
      return left.toLowerCase() === right.toLowerCase() ? left : `${left}~${right}`;
    }),
    synonymPairs: verdict.matches.synonyms.map((match): [string, string] => [wordOf(verdict.left, match.left), wordOf(verdict.right, match.right)]),
    numbersOnlyLeft: verdict.matches.numbers.left,
    numbersOnlyRight: verdict.matches.numbers.right,
    namesOnlyLeft: verdict.matches.names.left.map((term) => wordOf(verdict.left, term)),
    namesOnlyRight: verdict.matches.names.right.map((term) => wordOf(verdict.right, term)),
    scoreDrivers: byWeight(contributions(chosen.score, verdict.features)),
    equivalenceDrivers: byWeight(contributions(chosen.equivalent, { ...verdict.features, score: verdict.score })),
  };
}

function wordOf(side: PairSide, term: string): string {
  return side.surface.get(term) ?? term;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** The contract's two decisions for one pair. */
export interface PairDecision {
  /** 1-based physical input line. */
  line: number;
  score: number;
  /** The score reaches the acceptance threshold for a one-to-one pair. */
  aligned: boolean;
  /** Aligned, and the two also say the same thing; never true when not aligned. */
  equivalent: boolean;
  /** Every signal, and the equivalence probability. */
  components: Record<string, number>;
  /** With `--explain`: the evidence behind the score. */
  explanation?: PairExplanation;
}

/** Decides one pair: `aligned` at `threshold`, `equivalent` when also judged the same in meaning. */
export function decidePair(line: number, left: string, right: string, threshold: number, explain: boolean): PairDecision {
  const chosen = pairModels();
  const verdict = judgePair(readSide(left), readSide(right), chosen);
  const aligned = verdict.score >= threshold;
  const decision: PairDecision = {
    line,
    score: round(verdict.score),
    aligned,
    equivalent: aligned && verdict.equivalence >= chosen.equivalentThreshold,
    components: Object.fromEntries(
      [...Object.entries(verdict.features), ['equivalence', verdict.equivalence] as const].map(([name, value]) => [name, round(value)]),
    ),
  };
  if (explain) decision.explanation = explainVerdict(verdict, chosen);
  return decision;
}
