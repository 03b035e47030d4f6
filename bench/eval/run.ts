/**
 * `npm run eval -- --data DIR`: the pair scorer on public gold standards.
 * - MSRP training split, 10-fold cross-validation (the equivalent model retrained inside every
 *   fold; the score model never sees MSRP; no sentence in two folds, see ./folds.ts):
 *   accuracy, precision, recall and F1 of `equivalent` against the paraphrase label;
 * - STS Benchmark dev headlines and SMT-europarl: Spearman and Pearson of the score (the score
 *   model learns from SMT-europarl's pairs too, so there it is retrained without each fold's pairs);
 * - pairs scored per second on one core, sentences read and scored from text.
 * Whole-string character Dice is printed beside each figure for orientation.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import stringSimilarity from 'string-similarity';
import { DEFAULT_MIN_SCORE } from '../../src/align/index.js';
import { forgetReadings } from '../../src/align/features.js';
import { predict } from '../../src/align/model.js';
import { judgePair, readSide, type PairModels } from '../../src/align/pairScore.js';
import { normaliseForMatching } from '../../src/text/normalise.js';
import { dataDirFrom, readMsrpTrain, readSmtEuroparl, readSts, type LabelledPair } from './datasets.js';
import { FOLDS, sentenceGroupFolds } from './folds.js';
import { classification, pearson, spearman, type Classification } from './metrics.js';
import { trainEquivalenceModel, trainScoreModel, withFeatures, type FeaturedPair } from './pairData.js';

function dice(pair: LabelledPair): number {
  return stringSimilarity.compareTwoStrings(normaliseForMatching(pair.left), normaliseForMatching(pair.right));
}

function format(result: Classification): string {
  return `accuracy ${(result.accuracy * 100).toFixed(1)}%  precision ${result.precision.toFixed(3)}  recall ${result.recall.toFixed(3)}  F1 ${result.f1.toFixed(3)}`;
}

/** The threshold on `values` that classifies `labels` most accurately (ties: the lower threshold). */
function bestThreshold(values: readonly number[], labels: readonly boolean[]): number {
  const candidates = [...new Set(values)].sort((a, b) => a - b);
  let best = { threshold: 0, correct: -1 };
  for (const threshold of candidates) {
    const correct = values.reduce((sum, value, k) => sum + ((value >= threshold) === labels[k] ? 1 : 0), 0);
    if (correct > best.correct) best = { threshold, correct };
  }
  return best.threshold;
}

function crossValidateMsrp(msrp: readonly FeaturedPair[], scoreModel: PairModels['score']): void {
  const equivalentPredicted = new Array<boolean>(msrp.length);
  const dicePredicted = new Array<boolean>(msrp.length);
  const labels = msrp.map((pair) => pair.gold === 1);
  const diceValues = msrp.map(dice);
  const foldOf = sentenceGroupFolds(msrp);
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const inFold = (k: number) => foldOf[k] === fold;
    const train = msrp.filter((_, k) => !inFold(k));
    const equivalentModel = trainEquivalenceModel(train, scoreModel);
    const threshold = bestThreshold(diceValues.filter((_, k) => !inFold(k)), labels.filter((_, k) => !inFold(k)));
    msrp.forEach((pair, k) => {
      if (!inFold(k)) return;
      const score = predict(scoreModel, pair.features);
      const equivalence = predict(equivalentModel, { ...pair.features, score });
      equivalentPredicted[k] = score >= DEFAULT_MIN_SCORE && equivalence >= 0.5;
      dicePredicted[k] = diceValues[k] >= threshold;
    });
  }
  console.log(`MSRP training split, ${msrp.length} pairs, ${FOLDS}-fold cross-validation (equivalent model retrained in every fold; folds share no sentence)`);
  console.log(`  outletdiff equivalent            ${format(classification(equivalentPredicted, labels))}`);
  console.log(`  whole-string Dice, tuned cut     ${format(classification(dicePredicted, labels))}`);
}

function correlate(name: string, pairs: readonly FeaturedPair[], scores: readonly number[]): void {
  const gold = pairs.map((pair) => pair.gold);
  const diceValues = pairs.map(dice);
  console.log(`${name}, ${pairs.length} pairs`);
  console.log(`  outletdiff score                 Spearman ${spearman(scores, gold).toFixed(3)}  Pearson ${pearson(scores, gold).toFixed(3)}`);
  console.log(`  whole-string Dice                Spearman ${spearman(diceValues, gold).toFixed(3)}  Pearson ${pearson(diceValues, gold).toFixed(3)}`);
}

/**
 * Scores of translation pairs from score models that never saw them: each fold's model learns from
 * STS and the other folds, which share no sentence with it.
 */
function crossValidatedScores(sts: readonly FeaturedPair[], translations: readonly FeaturedPair[]): number[] {
  const scores = new Array<number>(translations.length);
  const foldOf = sentenceGroupFolds(translations);
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const inFold = (k: number) => foldOf[k] === fold;
    const model = trainScoreModel(sts, translations.filter((_, k) => !inFold(k)));
    translations.forEach((pair, k) => {
      if (inFold(k)) scores[k] = predict(model, pair.features);
    });
  }
  return scores;
}

/**
 * Speed on one core, in the two parts the aligner pays for: reading each sentence once, then
 * scoring pairs of read sentences (the target: 20,000 pairs a second "once articles are loaded").
 */
function speed(pairs: readonly LabelledPair[]): void {
  forgetReadings();
  const readStart = performance.now();
  const sides = pairs.map((pair) => [readSide(pair.left), readSide(pair.right)] as const);
  const readSeconds = (performance.now() - readStart) / 1000;
  // One whole pass first, so the figure is the steady rate of a long comparison, not the
  // compiler's warm-up; then the median of five passes.
  const scorePass = () => {
    const start = performance.now();
    for (const [left, right] of sides) judgePair(left, right);
    return (performance.now() - start) / 1000;
  };
  scorePass();
  const scoreRuns = Array.from({ length: 5 }, scorePass).sort((a, b) => a - b);
  const rates = scoreRuns.map((seconds) => Math.round(pairs.length / seconds));
  console.log(
    `Speed on one core: ${rates[2]} pairs scored per second once sentences are read ` +
      `(median of 5 passes over ${pairs.length} MSRP pairs after one warm-up pass; slowest ${rates[4]}, fastest ${rates[0]}); ` +
      `sentences read at ${Math.round((2 * pairs.length) / readSeconds)} per second (none cached, one pass)`,
  );
}

/** How long loading the synonym table takes in a fresh process (the target: under 100 ms), median of five. */
function synonymLoad(): void {
  const tables = new URL('../../src/align/tables.js', import.meta.url).href;
  const script = `const { wordnetSynonyms } = await import(${JSON.stringify(tables)});
    const start = performance.now(); wordnetSynonyms().areSynonyms('rectifi', 'correct');
    console.log(performance.now() - start);`;
  const times = Array.from({ length: 5 }, () => {
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    const ms = Number.parseFloat(result.stdout);
    if (result.status !== 0 || !Number.isFinite(ms)) throw new Error(`timing the synonym table failed: ${result.stderr.trim() || 'no output'}`);
    return ms;
  }).sort((a, b) => a - b);
  console.log(`Synonym table: loaded and first looked up in ${times[2].toFixed(1)} ms in a fresh process (median of 5)`);
}

let dataDir: string;
try {
  dataDir = dataDirFrom(process.argv);
  readMsrpTrain(dataDir);
} catch (error) {
  console.error(`eval: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
// The score model is trained exactly as scripts/trainModel.ts trains the committed one.
const sts = withFeatures(readSts(dataDir, 'train').filter((pair) => pair.source !== 'MSRpar'));
const translations = withFeatures(readSmtEuroparl(dataDir));
const scoreModel = trainScoreModel(sts, translations);
const msrpPairs = readMsrpTrain(dataDir);
crossValidateMsrp(withFeatures(msrpPairs), scoreModel);
const headlines = withFeatures(readSts(dataDir, 'dev', 'headlines'));
correlate('STS Benchmark dev, headlines', headlines, headlines.map((pair) => predict(scoreModel, pair.features)));
correlate(
  `SMT-europarl (SemEval 2012 training pairs), ${FOLDS}-fold cross-validation (score model retrained without each fold; folds share no sentence)`,
  translations,
  crossValidatedScores(sts, translations),
);
speed(msrpPairs);
synonymLoad();
