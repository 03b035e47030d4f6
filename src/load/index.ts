/**
 * The load stage: reading inputs (files, stdin, corpus ids), decoding them, and telling
 * the article body from site chrome.
 */
export { loadArticleText, type LoadInit } from './article.js';
export { decodeBytes, TEXT_ENCODINGS, type TextEncoding } from './decode.js';
export { fetchArticle, readInputs, readTextInput, type ReadInputsOptions } from './inputs.js';
export { articleBodyText } from './article.js';
export { checkCorpusFolder, fetchAll, idForUrl, saveToCorpus, type CorpusEntry, type FetchOptions, type FetchProgress } from './fetch/index.js';
export { parsePairLines, type PairLine, type PairLineOptions } from './pairLines.js';
export {
  bundledCorpusDir,
  corpusFilePath,
  listCorpus,
  manifestMetadata,
  readManifest,
  storyArticleIds,
  type Manifest,
  type ManifestArticle,
} from './manifest.js';
export { LINE_RULES, LEDE_PREFIXES, LAST_LINE_SUFFIXES, OUTLETS, type LineRule, type Outlet, type PrefixRule, type SuffixRule } from './rules.js';
export { detectWrapWidth, LAYOUTS, type Layout } from './layout.js';
