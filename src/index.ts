/** The library API: the same pipeline as the command line, without it. */
export { loadArticleText, readInputs, decodeBytes, listCorpus, bundledCorpusDir, readManifest, storyArticleIds } from './load/index.js';
export { loadHtmlArticle, decodeHtmlBytes, looksLikeHtml } from './load/html/index.js';
export { splitSentences, segmentText } from './segment/index.js';
export { alignSentences, learnedScorer, DEFAULT_MIN_SCORE, type Bead, type AlignOptions, type PairEvidence, type PairScorer } from './align/index.js';
export { judgePair, scorePair, fullVerdict, readSide, explainVerdict, type PairVerdict, type ScoredPair } from './align/pairScore.js';
export { FEATURE_NAMES, type PairFeatures, type PairSide } from './align/features.js';
export { diffWording } from './diff/index.js';
export { labelRuns, verdictOf } from './diff/labels.js';
export { extractQuotes, trackQuotes, type ExtractedQuote } from './quotes/index.js';
export { compareArticles, chooseBase, type CompareOptions } from './compare.js';
export { reporters, type FormatName } from './report/index.js';
export { quoteReporters, type QuoteFormatName } from './report/quotes.js';
export { OutletdiffError } from './errors.js';
export type * from './types.js';
