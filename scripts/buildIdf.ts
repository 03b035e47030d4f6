/**
 * Derives the word-count table behind the scorer's rarity weights (src/align/data/idf.tsv):
 * in how many sentences of the training texts each content term occurs. Counts only — no
 * sentence is stored. Training texts: the MSRP training split and the STS Benchmark training
 * split (evaluation texts — STS dev, SMT-europarl — are left out).
 * Run: `npm run build:idf -- --data DIR`.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locatedTerms } from '../src/align/terms.js';
import { dataDirFrom, readMsrpTrain, readSts } from '../bench/eval/datasets.js';

/** Terms seen in fewer sentences are left out; the scorer treats a missing term as rare. */
const MIN_COUNT = 2;

const dataDir = dataDirFrom(process.argv);
const pairs = [...readMsrpTrain(dataDir), ...readSts(dataDir, 'train')];
const sentences = new Set(pairs.flatMap((pair) => [pair.left, pair.right]));
const counts = new Map<string, number>();
for (const sentence of sentences) {
  for (const term of new Set(locatedTerms(sentence).map((located) => located.term))) counts.set(term, (counts.get(term) ?? 0) + 1);
}
const kept = [...counts].filter(([, count]) => count >= MIN_COUNT).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
const header = [
  '# Sentence counts of content terms (Porter stems) in the MSRP and STS Benchmark training texts, from scripts/buildIdf.ts. Counts only.',
  '# One line per term, sorted by term: the term, a tab, the number of sentences holding it.',
  `# sentences: ${sentences.size}`,
];
const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
writeFileSync(join(root, 'src/align/data/idf.tsv'), `${[...header, ...kept.map(([term, count]) => `${term}\t${count}`)].join('\n')}\n`);
console.log(`${sentences.size} sentences, ${kept.length} terms kept of ${counts.size}`);
