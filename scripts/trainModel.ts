/**
 * Trains the pair scorer's two models and writes src/align/data/model.json:
 * - `score` on the STS Benchmark training split (MSRpar rows left out, so MSRP stays unseen) and
 *   the SMT-europarl translation pairs,
 * - `equivalent` on the MSRP training split.
 * Run: `npm run train -- --data DIR` (after `npm run build:idf` and `npm run build:synonyms`).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/packageRoot.js';
import { dataDirFrom, readMsrpTrain, readSmtEuroparl, readSts } from '../bench/eval/datasets.js';
import { trainEquivalenceModel, trainScoreModel, withFeatures } from '../bench/eval/pairData.js';

const dataDir = dataDirFrom(process.argv);
// STS's MSRpar rows are MSRP training pairs: leaving them out keeps MSRP unseen by the score model.
const stsWithoutMsrp = withFeatures(readSts(dataDir, 'train').filter((pair) => pair.source !== 'MSRpar'));
const translations = withFeatures(readSmtEuroparl(dataDir));
const score = trainScoreModel(stsWithoutMsrp, translations);
const equivalent = trainEquivalenceModel(withFeatures(readMsrpTrain(dataDir)), score);
const models = {
  about:
    'Logistic models of scripts/trainModel.ts. score: STS Benchmark train (MSRpar rows left out) and SMT-europarl train (counted twice), targets score/5. ' +
    'equivalent: MSRP train, paraphrase labels. Inputs are standardised with mean and scale before the weights apply.',
  score,
  equivalent,
  equivalentThreshold: 0.5,
};
writeFileSync(join(packageRoot(), 'src/align/data/model.json'), `${JSON.stringify(models, null, 1)}\n`);
console.log(`score model from ${stsWithoutMsrp.length} STS pairs and ${translations.length} translation pairs; equivalent model from MSRP`);
