/** The library API: the same pipeline as the command line, without it. */
export { loadArticleText, readInputs, decodeBytes, listCorpus, bundledCorpusDir, readManifest } from './load/index.js';
export { splitSentences, segmentText } from './segment/index.js';
export { alignSentences, DEFAULT_MIN_SCORE, type Bead, type AlignOptions } from './align/index.js';
export { scorePair, profileOf, type PairEvidence, type SentenceProfile } from './align/similarity.js';
export { diffWording } from './diff/index.js';
export { compareArticles, chooseBase, type CompareOptions } from './compare.js';
export { reporters, type FormatName } from './report/index.js';
export { OutletdiffError } from './errors.js';
export type * from './types.js';
