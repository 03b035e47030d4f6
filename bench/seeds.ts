/**
 * `npm run eval:seeds`: precision and recall of the aligner on the hand-made seed gold
 * alignments, the written fixtures, the written development set and the written test set,
 * against whole-sentence Dice with greedy matching at several thresholds.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { alignSentences, DEFAULT_MIN_SCORE } from '../src/align/index.js';
import { listCorpus, readInputs } from '../src/load/index.js';
import { splitSentences } from '../src/segment/index.js';
import type { Article } from '../src/types.js';
import { diceGreedyAligner, readGold, scoreAgainstGold, type AlignerUnderTest, type GoldFile } from './seedGold.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Every text file of a fixture directory, sorted so article ids and their order do not depend on the file system. */
function textsIn(folder: string): string[] {
  const dir = `${root}${folder}`;
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => `${dir}${name}`);
}

async function articlesOf(inputs: string[]): Promise<Map<string, Article>> {
  const loaded = await readInputs(inputs);
  return new Map(loaded.map(splitSentences).map((article) => [article.id, article]));
}

function report(label: string, gold: GoldFile, articles: ReadonlyMap<string, Article>, align: AlignerUnderTest): void {
  const score = scoreAgainstGold(gold, articles, align);
  const falsePairs = score.pairs.reduce((sum, pair) => sum + pair.falsePairs.length, 0);
  console.log(`  ${label.padEnd(44)} precision ${score.precision.toFixed(3)}  recall ${score.recall.toFixed(3)}  (${falsePairs} false pairs)`);
}

async function main(): Promise<void> {
  const suites = [
    { name: 'seed articles (fixtures/gold/seed-alignments.json)', gold: 'fixtures/gold/seed-alignments.json', inputs: listCorpus().map((entry) => entry.id) },
    {
      name: 'written fixtures (fixtures/align/gold.json)',
      gold: 'fixtures/align/gold.json',
      inputs: ['agency-grain', 'outlet-grain', 'other-grain-story'].map((name) => `${root}fixtures/align/${name}.txt`),
    },
    {
      // Gold-annotated before the aligner was run on them; then used to choose the aligner's constants.
      name: 'written development set (fixtures/align/dev/gold.json)',
      gold: 'fixtures/align/dev/gold.json',
      inputs: textsIn('fixtures/align/dev/'),
    },
    {
      // Written and gold-annotated without running the aligner on them, and measured after the
      // constants were chosen on the development set: a measurement, never a target.
      name: 'written test set (fixtures/align/test/gold.json)',
      gold: 'fixtures/align/test/gold.json',
      inputs: textsIn('fixtures/align/test/'),
    },
  ];
  for (const suite of suites) {
    const gold = readGold(`${root}${suite.gold}`);
    const articles = await articlesOf(suite.inputs);
    const goldPairs = gold.pairs.reduce((sum, pair) => sum + pair.sure.length, 0);
    console.log(`${suite.name}: ${gold.pairs.length} article pairs, ${goldPairs} sure sentence pairs`);
    report(`outletdiff, --min-score ${DEFAULT_MIN_SCORE} (default)`, gold, articles, (left, right) => alignSentences(left.sentences, right.sentences));
    for (const minScore of [0.35, 0.5]) {
      report(`outletdiff, --min-score ${minScore}`, gold, articles, (left, right) => alignSentences(left.sentences, right.sentences, { minScore }));
    }
    for (const threshold of [0.4, 0.5, 0.6, 0.7]) {
      report(`whole-sentence Dice, greedy, threshold ${threshold}`, gold, articles, diceGreedyAligner(threshold));
    }
  }
}

await main();
