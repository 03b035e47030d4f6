/**
 * Features of benchmark pairs and the two models trained from them, shared by
 * scripts/trainModel.ts and `npm run eval` (which retrains inside every fold).
 */
import { FEATURE_NAMES, pairFeatures, readPairSide, type PairFeatures } from '../../src/align/features.js';
import { predict, trainLogistic, type LogisticModel } from '../../src/align/model.js';
import { newsRarity, wordnetSynonyms } from '../../src/align/tables.js';
import type { LabelledPair } from './datasets.js';

export interface FeaturedPair extends LabelledPair {
  features: PairFeatures;
}

export function withFeatures(pairs: readonly LabelledPair[]): FeaturedPair[] {
  const rarity = newsRarity();
  const synonyms = wordnetSynonyms();
  return pairs.map((pair) => ({
    ...pair,
    features: pairFeatures(readPairSide(pair.left, rarity), readPairSide(pair.right, rarity), synonyms).features,
  }));
}

/** Signals of agreement only: a changed number or name must not stop two versions from aligning. */
export const SCORE_FEATURES = FEATURE_NAMES.filter((name) => !name.endsWith('Mismatch'));
/** Every signal, and the score itself. */
export const EQUIVALENCE_FEATURES = [...FEATURE_NAMES, 'score'];

/**
 * Graded similarity from STS pairs and translation pairs (SMT-europarl: a machine and a human
 * translation of one sentence, the case of two outlets translating one statement, which STS
 * lacks); the target is the annotators' score over 5. The translation pairs count
 * {@link TRANSLATION_WEIGHT} times, so they weigh about as much as one of STS's three genres
 * (news, captions, forums: 4,749 pairs without MSRpar, 734 translation pairs). Every score signal
 * measures agreement, so its weight may not be negative: more agreement never lowers the score,
 * and a verbatim copy scores at least as high as any rewording. Free weights traded near-twin
 * signals off against each other (character trigrams up, four-grams down) and scored identical
 * sentences 0.86, below reworded pairs.
 */
export function trainScoreModel(sts: readonly FeaturedPair[], translations: readonly FeaturedPair[]): LogisticModel {
  const pairs = [...sts, ...Array.from({ length: TRANSLATION_WEIGHT }, () => translations).flat()];
  return trainLogistic(
    pairs.map((pair) => pair.features),
    pairs.map((pair) => pair.gold / 5),
    SCORE_FEATURES,
    { l2: SCORE_L2, iterations: 25, nonNegative: true },
  );
}

/** How many times each translation pair counts in the score model's training. */
export const TRANSLATION_WEIGHT = 2;

/** L2 penalties, chosen by cross-validation on the training splits only. */
const SCORE_L2 = 1;
const EQUIVALENCE_L2 = 10;

/** Same meaning from MSRP pairs: the target is the paraphrase label. */
export function trainEquivalenceModel(pairs: readonly FeaturedPair[], scoreModel: LogisticModel): LogisticModel {
  return trainLogistic(
    pairs.map((pair) => ({ ...pair.features, score: predict(scoreModel, pair.features) })),
    pairs.map((pair) => pair.gold),
    EQUIVALENCE_FEATURES,
    { l2: EQUIVALENCE_L2, iterations: 25 },
  );
}
