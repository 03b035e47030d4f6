/** The segment stage: loaded articles → sentences with offsets into the article text. */
export { splitSentences, displayText, requireBodySentences } from './splitSentences.js';
export { segmentText, trimSpan, type Span } from './segmentText.js';
export { abbreviationKind, SENTENCE_STARTERS, type AbbreviationKind } from './abbreviations.js';
