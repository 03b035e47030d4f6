/**
 * URL input for the load stage: fetching pages, their ids, and saving fetched articles as a corpus.
 */
export {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_REDIRECTS,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_USER_AGENT,
  fetchPage,
  parseContentType,
  type FetchedPage,
  type FetchOptions,
} from './page.js';
export { idForUrl, isUrlArgument } from './urlId.js';
export { checkCorpusFolder, saveToCorpus, type CorpusEntry } from './corpus.js';
export { fetchAll, type FetchProgress } from './fetchAll.js';
