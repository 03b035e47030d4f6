/**
 * A worker thread of the corpus index: reads the article files it is sent (load, split, shingle)
 * or aligns the article pairs it is sent, and posts back the results. Files and pairs are
 * independent, so an index run spreads them over the machine's cores.
 */
import { parentPort } from 'node:worker_threads';
import type { CorpusFile } from '../load/walk.js';
import type { TextEncoding } from '../load/decode.js';
import type { Layout } from '../load/layout.js';
import type { IndexedSentence } from './store.js';
import { alignArticlePair, readArticleFile } from './update.js';

export interface AlignJob {
  kind: 'align';
  pairs: Array<{ a: string; left: IndexedSentence[]; b: string; right: IndexedSentence[] }>;
  minScore: number;
}

export interface ReadJob {
  kind: 'read';
  files: Array<{ file: CorpusFile; hash: string }>;
  encoding?: TextEncoding;
  layout?: Layout | 'auto';
}

parentPort?.on('message', async (job: AlignJob | ReadJob) => {
  if (job.kind === 'align') {
    parentPort?.postMessage(job.pairs.map((pair) => alignArticlePair(pair.a, pair.left, pair.b, pair.right, job.minScore)));
    return;
  }
  const results = [];
  for (const { file, hash } of job.files) results.push(await readArticleFile(file, hash, { encoding: job.encoding, layout: job.layout }));
  parentPort?.postMessage(results);
});
