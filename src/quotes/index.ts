/** The quotes stage: direct quotations of an article and who said them. */
export { extractQuotes, type ExtractedQuote } from './extract.js';
export { isSubstantive, LONG_QUOTE_WORDS, SHORT_QUOTE_WORDS } from './substance.js';
export { trackQuotes } from './track.js';
