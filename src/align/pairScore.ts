/**
 * Scores two sentences as the aligner does: how likely they are versions of one sentence
 * (`score`, `aligned`), and whether they also say the same thing (`equivalent`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../packageRoot.js';
import { pairFeatures, readPairSide, type PairFeatures, type PairMatches, type PairSide } from './features.js';
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

/** Scores an already-read pair. Cost: see {@link pairFeatures}. */
export function judgePair(left: PairSide, right: PairSide, chosen: PairModels = pairModels()): PairVerdict {
  const { features, matches, sideCoverage } = pairFeatures(left, right, wordnetSynonyms());
  const score = predict(chosen.score, features);
  const equivalence = predict(chosen.equivalent, { ...features, score });
  return { score, equivalence, features, matches, coverage: sideCoverage };
}

/** The signals behind a verdict, strongest first, for `--explain`. */
export function explainVerdict(verdict: PairVerdict, chosen: PairModels = pairModels()) {
  const byWeight = (record: Record<string, number>) =>
    Object.fromEntries(Object.entries(record).sort(([, a], [, b]) => Math.abs(b) - Math.abs(a)).map(([key, value]) => [key, round(value)]));
  return {
    sharedRareWords: verdict.matches.shared.slice(0, 8).map((match) => (match.left === match.right ? match.left : `${match.left}~${match.right}`)),
    synonymPairs: verdict.matches.synonyms.map((match) => [match.left, match.right]),
    numbersOnlyLeft: verdict.matches.numbers.left,
    numbersOnlyRight: verdict.matches.numbers.right,
    namesOnlyLeft: verdict.matches.names.left,
    namesOnlyRight: verdict.matches.names.right,
    scoreDrivers: byWeight(contributions(chosen.score, verdict.features)),
    equivalenceDrivers: byWeight(contributions(chosen.equivalent, { ...verdict.features, score: verdict.score })),
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
