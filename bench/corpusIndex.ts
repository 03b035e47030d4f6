/**
 * The corpus-index benchmark (`npm run bench:index [-- --articles N]`): generates a seeded corpus
 * with planted reuse, indexes it, re-indexes it unchanged, runs `reuse`, `stories` and `search`,
 * and prints the times, peak memory, the recall and precision of the planted sentence pairs, how
 * many planted stories got the right earliest article, and the candidate step's recall against
 * exhaustive comparison on a small corpus.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findStories, reuseRows, searchIndex } from '../src/corpusIndex/queries.js';
import { IndexStore } from '../src/corpusIndex/store.js';
import { alignArticlePair, updateIndex } from '../src/corpusIndex/update.js';
import { readInputs } from '../src/load/index.js';
import { splitSentences } from '../src/segment/index.js';
import { generateCorpus } from './corpusGenerate.js';

const argument = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};

const peakMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

async function main(): Promise<void> {
  const articles = argument('articles', 10_000);
  const dir = mkdtempSync(join(tmpdir(), 'outletdiff-bench-index-'));
  try {
    const corpusDir = join(dir, 'corpus');
    const planted = generateCorpus(corpusDir, { articles, sentences: 30, seed: 20220218 });
    const db = join(dir, 'index.duckdb');
    const store = await IndexStore.open(db, { create: true });
    const built = await timed(() => updateIndex(store, [corpusDir]));
    console.log(
      `(c) corpus index, ${articles} generated articles: ${built.value.sentences} sentences, ${planted.stories.length} planted stories, ${planted.gold.size} planted sentence pairs`,
    );
    console.log(`    index ${(built.ms / 1000).toFixed(1)} s (target < 60 s); ${built.value.pairs} candidate pairs aligned; peak RSS ${peakMb()} MB (target < 2048 MB)`);
    const again = await timed(() => updateIndex(store, [corpusDir]));
    console.log(`    re-index with nothing changed ${(again.ms / 1000).toFixed(1)} s (target < 5 s); ${again.value.unchanged} unchanged`);
    const reuse = await timed(() => reuseRows(store));
    console.log(`    reuse over the whole index ${(reuse.ms / 1000).toFixed(1)} s (target < 60 s); ${reuse.value.length} article pairs`);

    const alignments = await store.alignments();
    const found = new Set(alignments.flatMap((a) => a.sentencesA.flatMap((i) => a.sentencesB.map((j) => `${a.articleA}|${a.articleB}|${i}|${j}`))));
    const hits = [...found].filter((pair) => planted.gold.has(pair)).length;
    console.log(`    planted pairs: recall ${(hits / Math.max(1, planted.gold.size)).toFixed(3)} (target ≥ 0.95), precision ${(hits / Math.max(1, found.size)).toFixed(3)} (target ≥ 0.95)`);

    const stories = await findStories(store);
    let right = 0;
    planted.stories.forEach((ids, k) => {
      const story = stories.find((candidate) => candidate.articles.some((article) => article.id === ids[0]));
      if (story && story.earliest === planted.earliest.get(k)) right += 1;
    });
    console.log(`    earliest right for ${right} of ${planted.stories.length} planted stories; ${stories.length} stories found`);

    const probeId = planted.stories[0]?.[1] ?? planted.stories[0]?.[0];
    if (probeId) {
      const [probe] = await readInputs([probeId], { corpusDir });
      const article = splitSentences(probe);
      const searches: number[] = [];
      for (let k = 0; k < 5; k += 1) searches.push((await timed(() => searchIndex(store, article))).ms);
      searches.sort((a, b) => a - b);
      console.log(`    search for one article: median ${searches[2].toFixed(0)} ms after start-up (target < 200 ms)`);
    }
    store.close();
    await candidateRecall(join(dir, 'small'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The candidate step against exhaustive comparison: every pair of a small corpus aligned, and the share of its reuse pairs the shingles find. */
async function candidateRecall(dir: string): Promise<void> {
  const articles = argument('exhaustive', 120);
  generateCorpus(join(dir, 'corpus'), { articles, sentences: 30, seed: 7 });
  const store = await IndexStore.open(join(dir, 'index.duckdb'), { create: true });
  await updateIndex(store, [join(dir, 'corpus')]);
  const indexed = await store.articles();
  const sentences = await store.sentencesOf(indexed.map((article) => article.id));
  const started = performance.now();
  const exhaustive = new Set<string>();
  for (let x = 0; x < indexed.length; x += 1) {
    for (let y = x + 1; y < indexed.length; y += 1) {
      const a = indexed[x].id;
      const b = indexed[y].id;
      if (alignArticlePair(a, sentences.get(a) ?? [], b, sentences.get(b) ?? []).length > 0) exhaustive.add(`${a}|${b}`);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const candidates = new Set((await store.alignments()).map((alignment) => `${alignment.articleA}|${alignment.articleB}`));
  const found = [...exhaustive].filter((pair) => candidates.has(pair)).length;
  console.log(
    `    candidate step: ${found} of the ${exhaustive.size} article pairs exhaustive comparison aligns (${indexed.length} articles, ${(indexed.length * (indexed.length - 1)) / 2} pairs, ${seconds.toFixed(0)} s) — recall ${(found / Math.max(1, exhaustive.size)).toFixed(3)}`,
  );
  store.close();
}

await main();
