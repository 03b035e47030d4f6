/**
 * `npm run bench`: speed, memory and recall figures. Prints; asserts nothing.
 * (a) each pair of seed articles compared in-process, from decoded text to a finished comparison;
 * (b) two generated 2,000-sentence articles with a known share of reworded versions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { alignSentences } from '../src/align/index.js';
import { compareArticles } from '../src/compare.js';
import { bundledCorpusDir, listCorpus, loadArticleText } from '../src/load/index.js';
import { splitSentences } from '../src/segment/index.js';
import type { Article } from '../src/types.js';
import { generateArticlePair } from './generate.js';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

function timeRuns(runs: number, work: () => void): number[] {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return times;
}

function benchSeedPairs(): void {
  const dir = bundledCorpusDir();
  const entries = listCorpus(dir);
  const texts = entries.map((entry) => ({ entry, text: readFileSync(join(dir, entry.file), 'utf8') }));
  const compareTexts = (a: (typeof texts)[number], b: (typeof texts)[number]) => {
    const articles = [a, b].map(({ entry, text }) =>
      splitSentences(loadArticleText(text, { id: entry.id, source: entry.file, metadata: entry })),
    );
    return compareArticles(articles);
  };
  console.log('(a) seed pairs, load + segment + align + diff, in-process (median of 30 runs after 5 warm-up runs)');
  const medians: number[] = [];
  for (let i = 0; i < texts.length; i += 1) {
    for (let j = i + 1; j < texts.length; j += 1) {
      timeRuns(5, () => compareTexts(texts[i], texts[j]));
      const m = median(timeRuns(30, () => compareTexts(texts[i], texts[j])));
      medians.push(m);
      const pairs = compareTexts(texts[i], texts[j]).alignments.length;
      console.log(`    ${texts[i].entry.id.padEnd(20)} ${texts[j].entry.id.padEnd(20)} ${m.toFixed(2).padStart(7)} ms  ${pairs} alignments`);
    }
  }
  console.log(`    slowest median ${Math.max(...medians).toFixed(2)} ms (target < 20 ms); peak RSS so far ${peakRssMb().toFixed(0)} MB`);
}

function asArticle(id: string, sentences: string[]): Article {
  let offset = 0;
  const text = sentences.join(' ');
  return {
    id,
    source: id,
    outlet: null,
    title: null,
    url: null,
    author: null,
    date: null,
    published: null,
    text,
    removed: [],
    sentences: sentences.map((sentence, index) => {
      const start = offset;
      offset += sentence.length + 1;
      return { index, text: sentence, start, end: start + sentence.length, heading: false, paragraph: index };
    }),
  };
}

/** Sentence pairs (left, right) that the beads hold together. */
function heldTogether(beads: ReturnType<typeof alignSentences>): Set<string> {
  const together = new Set<string>();
  for (const bead of beads) for (const i of bead.left) for (const j of bead.right) together.add(`${i}:${j}`);
  return together;
}

function benchGenerated(seed: number, timed: boolean): void {
  const options = { sentences: 2000, sharedShare: 0.6, rewordShare: 0.3, splitShare: 0.05, moveShare: 0.02, seed };
  const pair = generateArticlePair(options);
  const left = asArticle('left', pair.left);
  const right = asArticle('right', pair.right);
  console.log(
    `(b) generated articles, seed ${seed}: ${pair.left.length} and ${pair.right.length} sentences; ${pair.versions.size} versions ` +
      `(${options.rewordShare * 100}% of content words replaced, ${options.splitShare * 100}% split in two, ${options.moveShare * 100}% moved)`,
  );
  if (timed) {
    const alignTimes = timeRuns(5, () => alignSentences(left.sentences, right.sentences));
    const compareTimes = timeRuns(3, () => compareArticles([left, right]));
    console.log(`    align median ${median(alignTimes).toFixed(0)} ms of 5 runs (target < 1000 ms); whole comparison with word diffs median ${median(compareTimes).toFixed(0)} ms of 3`);
  }
  const beads = alignSentences(left.sentences, right.sentences);
  const together = heldTogether(beads);
  const truePairs = new Set([...pair.versions].flatMap(([i, js]) => js.map((j) => `${i}:${j}`)));
  const found = [...truePairs].filter((key) => together.has(key)).length;
  const correct = [...together].filter((key) => truePairs.has(key)).length;
  console.log(
    `    recall of versions ${(found / truePairs.size).toFixed(3)} (target ≥ 0.95); precision ${(correct / together.size).toFixed(3)}; ` +
      `${beads.length} alignments; peak RSS ${peakRssMb().toFixed(0)} MB`,
  );
}

benchSeedPairs();
benchGenerated(20220218, true);
for (const seed of [1, 2, 3]) benchGenerated(seed, false);
