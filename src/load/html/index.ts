/**
 * Web pages as input: decoding a page's bytes, telling a page from plain text, and
 * extracting the article (with @mozilla/readability over a linkedom document, which never
 * runs the page's scripts) into the same `LoadedArticle` the plain-text loader makes.
 */
export { decodeHtmlBytes } from './decode.js';
export { looksLikeHtml } from './looksLikeHtml.js';
export { loadHtmlArticle, MIN_ARTICLE_CHARS, type HtmlInit } from './loadHtmlArticle.js';
