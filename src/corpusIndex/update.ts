/**
 * Building and updating a corpus index: find the article files under the roots, load the new and
 * changed ones with the same loader and splitter as `compare`, drop what is gone, then align each
 * changed article with the candidates its shingles find (never with every article).
 */
import { availableParallelism } from 'node:os';
import { alignSentences, DEFAULT_MIN_SCORE } from '../align/index.js';
import { OutletdiffError } from '../errors.js';
import { metadataOf } from '../metadata.js';
import { isUnder, listCorpusFiles, loadCorpusBytes, readCorpusBytes, type CorpusFile, type CorpusListing, type HeldElsewhere } from '../load/walk.js';
import type { TextEncoding } from '../load/decode.js';
import type { Layout } from '../load/layout.js';
import { splitSentences } from '../segment/index.js';
import type { ArticleMetadata } from '../types.js';
import type { AlignJob, ReadJob } from './indexWorker.js';
import { articleShingles } from './shingles.js';
import type { IndexedAlignment, IndexedArticle, IndexedSentence, IndexStore } from './store.js';

/** A pair of articles is a candidate when they share at least this many shingles… */
export const MIN_SHARED_SHINGLES = 3;
/** …that occur in at most this many articles (more: a stock phrase, not reuse). */
export const MAX_SHINGLE_DF = 50;

export interface IndexOptions {
  encoding?: TextEncoding;
  layout?: Layout | 'auto';
  /** Also drop every article not under this run's roots. */
  prune?: boolean;
  /** Stop at the first file that cannot be read. */
  strict?: boolean;
  minScore?: number;
  /** Called as files are read and pairs aligned. */
  onProgress?: (stage: 'reading' | 'aligning', done: number, total: number) => void;
  /**
   * Called for each root, folder, link or file that is not read (a missing root, an unreadable
   * folder, a file that cannot be read or decoded, a symbolic link, a manifest entry whose file is
   * missing); `problem` leaves out the path.
   */
  onSkip?: (path: string, problem: string) => void;
}

export interface IndexSummary {
  /** Articles in the index after the run. */
  articles: number;
  added: number;
  updated: number;
  unchanged: number;
  dropped: number;
  /** Roots, folders, links and files reported through `onSkip`. */
  skipped: number;
  /** Sentences in the index after the run. */
  sentences: number;
  /** Candidate pairs aligned in this run. */
  pairs: number;
  /** Alignments written in this run. */
  alignments: number;
}

/** An article read in this run, ready to store. */
interface Fresh {
  row: IndexedArticle;
  sentences: IndexedSentence[];
  shingles: Set<number>;
}

/**
 * Updates `store` from the files under `roots` (see the contract's corpus rules): new files are
 * added, changed ones (by content hash) re-indexed, unchanged ones skipped, articles whose manifest
 * entry alone changed given the new metadata, and files gone from these roots dropped; with `prune`,
 * articles from other roots are dropped too. A new file never takes the id of an article the run
 * keeps from elsewhere: it gets its root folder's name in front ({@link uniqueIds}). Missing roots,
 * unreadable folders and files, and symbolic links are reported through `onSkip` and skipped (with
 * `strict`, the first one is an error); what was indexed from under them stays as it was. Throws
 * OutletdiffError when no root exists or no article could be read at all.
 */
export async function updateIndex(store: IndexStore, roots: readonly string[], options: IndexOptions = {}): Promise<IndexSummary> {
  const known = new Map((await store.articles()).map((article) => [article.id, article]));
  const listing = await listCorpusFiles(roots, { heldElsewhere: (walked) => heldElsewhere(known.values(), walked, options.prune ?? false) });
  if (listing.missing.length === roots.length) throw new OutletdiffError(`${listing.missing.join(', ')}: no such file or folder`);
  const { files } = listing;
  const runRoots = new Set(listing.roots);
  const seen = new Set<string>();
  const toRead: Array<{ file: CorpusFile; hash: string }> = [];
  const retagged: Array<{ id: string; metadata: ArticleMetadata }> = [];
  let unchanged = 0;
  let skipped = 0;
  const skip = (path: string, problem: string) => {
    const plain = problem.startsWith(`${path}: `) ? problem.slice(path.length + 2) : problem;
    if (options.strict) throw new OutletdiffError(`${path}: ${plain}`);
    skipped += 1;
    options.onSkip?.(path, plain);
  };
  for (const { path, problem } of listing.problems) skip(path, problem);
  for (const file of files) {
    seen.add(file.id);
    let hash: string;
    try {
      ({ hash } = await readCorpusBytes(file));
    } catch (error) {
      if (!(error instanceof OutletdiffError)) throw error;
      skip(file.path, error.message);
      continue;
    }
    const before = known.get(file.id);
    if (!before || before.hash !== hash || before.path !== file.path || before.root !== file.root) toRead.push({ file, hash });
    // The file is as indexed; its manifest entry may not be (a corrected date): only the metadata changes.
    else if (file.metadata && !sameMetadata(before, file.metadata)) retagged.push({ id: file.id, metadata: file.metadata });
    else unchanged += 1;
  }
  const fresh: Fresh[] = [];
  const read = await inParallel<{ file: CorpusFile; hash: string }, ReadOutcome>(
    toRead,
    (chunk) => ({ kind: 'read', files: chunk, encoding: options.encoding, layout: options.layout }),
    async (item) => readArticleFile(item.file, item.hash, options),
    (done) => options.onProgress?.('reading', unchanged + retagged.length + done, files.length),
  );
  read.forEach((outcome, k) => {
    if ('problem' in outcome) skip(toRead[k].file.path, outcome.problem);
    else fresh.push(outcome);
  });
  options.onProgress?.('reading', files.length, files.length);
  if (fresh.length + unchanged + retagged.length === 0) {
    throw new OutletdiffError(skipped > 0 ? `no article could be read under ${roots.join(', ')}` : `no article files (.txt, .text, .html, .htm, .xhtml) under ${roots.join(', ')}`);
  }
  // Re-read in place (same root), or a file that takes over the id of an article dropped in this run.
  const reread = fresh.filter((entry) => known.get(entry.row.id)?.root === entry.row.root).length;
  const replaced = fresh.filter((entry) => (known.get(entry.row.id)?.root ?? entry.row.root) !== entry.row.root).length;

  // Gone: indexed from one of this run's roots but no longer there (or, with prune, from any other
  // root), unless under a path this run could not read.
  const gone = [...known.values()]
    .filter((article) => !seen.has(article.id) && (runRoots.has(article.root) || options.prune) && !isUnder(article.path, listing.unlisted))
    .map((article) => article.id);
  // A skipped file keeps its last good version: it is neither re-indexed nor dropped.
  const changedIds = fresh.map((entry) => entry.row.id);

  let pairs = 0;
  let written = 0;
  await store.write(async (writer) => {
    await writer.drop([...gone, ...changedIds]);
    await writer.updateMetadata(retagged);
    await writer.add(fresh.map((entry) => ({ article: entry.row, sentences: entry.sentences, shingles: entry.shingles })));
    const candidates = await store.candidatePairs(changedIds, { minShared: MIN_SHARED_SHINGLES, maxDf: MAX_SHINGLE_DF });
    pairs = candidates.length;
    const inMemory = new Map(fresh.map((entry) => [entry.row.id, entry.sentences]));
    const needed = [...new Set(candidates.flatMap((pair) => [pair.a, pair.b]))].filter((id) => !inMemory.has(id));
    const stored = await store.sentencesOf(needed);
    const sentencesOf = (id: string): IndexedSentence[] => inMemory.get(id) ?? stored.get(id) ?? [];
    const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
    const aligned = await inParallel<AlignJob['pairs'][number], IndexedAlignment[]>(
      candidates.map((pair) => ({ a: pair.a, left: sentencesOf(pair.a), b: pair.b, right: sentencesOf(pair.b) })),
      (chunk) => ({ kind: 'align', pairs: chunk, minScore }),
      (pair) => alignArticlePair(pair.a, pair.left, pair.b, pair.right, minScore),
      (done) => options.onProgress?.('aligning', done, candidates.length),
    );
    const alignments = aligned.flat();
    await writer.addAlignments(alignments);
    written = alignments.length;
  });

  const after = await store.articles();
  return {
    articles: after.length,
    added: fresh.length - reread,
    updated: reread + retagged.length,
    unchanged,
    dropped: gone.length + replaced,
    skipped,
    sentences: after.reduce((sum, article) => sum + article.sentences, 0),
    pairs,
    alignments: written,
  };
}

/**
 * Whether the index holds an id for another file than `file` that this run keeps whatever it finds:
 * an article from a root not given (unless pruning), or from under a path the run could not read.
 */
function heldElsewhere(known: Iterable<IndexedArticle>, walked: Pick<CorpusListing, 'roots' | 'unlisted'>, prune: boolean): HeldElsewhere {
  const runRoots = new Set(walked.roots);
  const holders = new Map<string, IndexedArticle>();
  for (const article of known) {
    if ((!runRoots.has(article.root) && !prune) || isUnder(article.path, walked.unlisted)) holders.set(article.id, article);
  }
  return (id, file) => {
    const holder = holders.get(id);
    return holder !== undefined && holder.path !== file.path;
  };
}

function sameMetadata(a: ArticleMetadata, b: ArticleMetadata): boolean {
  const x = metadataOf(a);
  const y = metadataOf(b);
  return (Object.keys(x) as Array<keyof ArticleMetadata>).every((field) => x[field] === y[field]);
}

/** Below this many items, starting worker threads costs more than it saves. */
const PARALLEL_FROM = 200;
/** Items sent to a worker at a time: large enough to amortise messaging, small enough to balance. */
const CHUNK = 32;

/**
 * Runs independent work items on worker threads (one per core, at most four) when there are many,
 * else in this thread; results in the order of `items`.
 */
async function inParallel<T, R>(
  items: readonly T[],
  jobOf: (chunk: T[]) => AlignJob | ReadJob,
  here: (item: T) => Promise<R> | R,
  onProgress: (done: number) => void,
): Promise<R[]> {
  const threads = Math.min(4, availableParallelism());
  if (items.length < PARALLEL_FROM || threads < 2) {
    const out: R[] = [];
    for (const [k, item] of items.entries()) {
      onProgress(k);
      out.push(await here(item));
    }
    onProgress(items.length);
    return out;
  }
  const chunks: T[][] = [];
  for (let k = 0; k < items.length; k += CHUNK) chunks.push(items.slice(k, k + CHUNK));
  const results: R[][] = new Array(chunks.length);
  let next = 0;
  let done = 0;
  // Loaded here, not at the top: this module shares a bundle chunk with every command, and only
  // a large index needs threads.
  const { Worker } = await import('node:worker_threads');
  const workers = Array.from({ length: threads }, () => new Worker(new URL('./indexWorker.js', import.meta.url)));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= chunks.length) {
                resolve();
                return;
              }
              const at = next;
              next += 1;
              worker.once('message', (result: R[]) => {
                results[at] = result;
                done += chunks[at].length;
                onProgress(done);
                send();
              });
              worker.postMessage(jobOf(chunks[at]));
            };
            worker.once('error', reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results.flat();
}

/** A file read for the index, or why it could not be (errors do not cross threads as objects). */
type ReadOutcome = Fresh | { problem: string };

/** Reads one article file for the index; an input problem comes back as `{ problem }`. */
export async function readArticleFile(file: CorpusFile, hash: string, options: Pick<IndexOptions, 'encoding' | 'layout'>): Promise<ReadOutcome> {
  try {
    const { bytes } = await readCorpusBytes(file);
    return await readArticle(file, bytes, hash, options);
  } catch (error) {
    if (error instanceof OutletdiffError) return { problem: error.message };
    throw error;
  }
}

async function readArticle(file: CorpusFile, bytes: Uint8Array, hash: string, options: Pick<IndexOptions, 'encoding' | 'layout'>): Promise<Fresh> {
  const article = splitSentences(await loadCorpusBytes(file, bytes, { encoding: options.encoding, layout: options.layout }));
  if (article.sentences.length === 0) throw new OutletdiffError(`${file.path}: no sentences left after removing site chrome`);
  const sentences = article.sentences.map(({ index, text, heading }) => ({ index, text, heading }));
  return {
    row: {
      id: file.id,
      root: file.root,
      path: file.path,
      hash,
      ...metadataOf(article),
      sentences: sentences.length,
      body: sentences.filter((sentence) => !sentence.heading).length,
    },
    sentences,
    shingles: articleShingles(sentences),
  };
}

/**
 * The alignments between two indexed articles, as `compare` would make them for the pair (`a`'s
 * side the reference). Wording differences are worked out only where they are shown
 * ({@link describeAlignment}): an index needs the pairs alone.
 */
export function alignArticlePair(
  a: string,
  left: readonly IndexedSentence[],
  b: string,
  right: readonly IndexedSentence[],
  minScore: number = DEFAULT_MIN_SCORE,
): IndexedAlignment[] {
  return alignSentences(left, right, { minScore }).map((bead) => ({
    articleA: a,
    articleB: b,
    sentencesA: bead.left.map((k) => left[k].index),
    sentencesB: bead.right.map((k) => right[k].index),
    textA: bead.left.map((k) => left[k].text).join(' '),
    textB: bead.right.map((k) => right[k].text).join(' '),
    score: bead.score,
    heading: bead.left.every((k) => left[k].heading),
  }));
}
