/**
 * Telling a short article from a page without one. Readability returns its best guess on any page
 * (a login form's labels, an error page's links), and on a short page, having found no block as long
 * as an article, the longest block it found, which may be a cookie notice, the comments or the site's
 * footer rather than a news brief of two paragraphs. A page that marks its story (an `<article>` or
 * `<main>` holding the `<h1>`) is then read from that element alone, and what is found is an article
 * when it holds prose, unless the page says it is no article (see `saysNoArticle`).
 */
import { SENTENCE_END } from '../../text/punctuation.js';
import { wordCount } from '../text.js';
import { TEXT_NODE, all, collapseSpace, parseDocument, tagName, textOf, type DomDocument, type DomElement, type DomNode } from './dom.js';

/**
 * A paragraph of prose: this many words or more (as `Intl.Segmenter` counts them, so a text in a
 * script without spaces has words too) and a sentence's end, most of it outside links. A login
 * form's "Subscribers get unlimited access." and a link "Forgot your password?" are not.
 */
export const PROSE_MIN_WORDS = 10;
/** The elements whose text is a paragraph (readability turns a `<div>` holding only text into a `<p>`). */
const PARAGRAPH_SELECTOR = 'p, li, dd, blockquote, pre, td';
/** Elements that mark a page's story, when they hold its `<h1>`. */
const STORY_TAGS = new Set(['article', 'main']);

/**
 * What an error page's `<title>` or `<h1>` says, lower case, punctuation as spaces, once an HTTP
 * error code and the words in `ERROR_WORDS` are taken out ("Error 404 – Page not found" → "page not
 * found"); nothing left also says it ("404", "Error", "Oops!").
 */
const ERROR_PHRASES = new Set([
  'page not found', 'not found', 'page cannot be found', 'page could not be found', 'page does not exist', 'page unavailable',
  'access denied', 'forbidden', 'unauthorised', 'unauthorized', 'bad request', 'gone', 'server error', 'internal server error',
  'service unavailable', 'something went wrong',
]);
/** Words an error page's heading adds around its code or phrase. */
const ERROR_WORDS = /\b(?:http|error|oops|sorry|[45]\d\d)\b/gu;
/**
 * A sign-in or subscription page's `<title>` or `<h1>`, as normalised for `ERROR_PHRASES`: "Sign in",
 * "Log in to your account", "Subscribe to continue reading". A headline does not start so.
 */
const SIGN_IN_HEADING = /^(?:(?:sign|log) ?in|login)(?: (?:to|or|with)\b.*)?$|^subscribe(?: now)?(?: to (?:continue|keep|read)\b.*)?$/u;
/** Separators between a `<title>`'s headline and the site's name ("Page not found | Example News"). */
const TITLE_SEPARATOR = / [|\-–—·] /u;
/** Where a password field is the site's own sign-in box, not the page's content. */
const CHROME_TAGS = new Set(['header', 'nav', 'footer', 'aside', 'dialog']);

/**
 * Whether `root` holds a paragraph of prose (see `PROSE_MIN_WORDS`). Cost: linear in the text of
 * `root`'s paragraphs; stops at the first paragraph of prose.
 */
export function holdsProse(root: DomElement): boolean {
  return all(root, PARAGRAPH_SELECTOR).some(isProse);
}

function isProse(paragraph: DomElement): boolean {
  const text = textOf(paragraph);
  if (!SENTENCE_END.test(text)) return false;
  if (wordCount(text) < PROSE_MIN_WORDS) return false;
  const linked = all(paragraph, 'a').reduce((sum, link) => sum + textOf(link).length, 0);
  return linked * 2 < text.length;
}

/**
 * The page `html` parsed again with its body cut down to the element that marks its story (the
 * nearest `<article>`, `<main>` or `role="main"` element around the first `<h1>`), when that element
 * holds prose; `null` when the page marks none or it holds no prose. The `<head>` is kept: readability
 * and the caller read the title and JSON-LD there. Cost: one parse of the page.
 */
export function storyOnlyDocument(html: string): DomDocument | null {
  const document = parseDocument(html);
  const story = storyElement(document);
  if (story === null || !holdsProse(story)) return null;
  for (let node: DomNode = story; node.parentNode !== null && tagName(node) !== 'body'; node = node.parentNode) {
    for (const sibling of Array.from(node.parentNode.childNodes)) {
      if (sibling !== node && (sibling.nodeType !== TEXT_NODE || collapseSpace(sibling.textContent ?? '') !== '')) sibling.remove();
    }
  }
  return document;
}

function storyElement(document: DomDocument): DomElement | null {
  for (let node = document.querySelector('h1')?.parentNode ?? null; node !== null; node = node.parentNode) {
    const element = node as DomElement;
    if (STORY_TAGS.has(tagName(node)) || (tagName(node) !== '' && element.getAttribute('role') === 'main')) return element;
  }
  return null;
}

/**
 * Whether the page says it holds no article, as an error or sign-in page does while its one paragraph
 * reads as prose ("Sorry, the page you were looking for could not be found."): its `<title>` (up to a
 * separator before the site's name), its `<h1>` or its `title` as read names an HTTP error (see
 * `ERROR_PHRASES`) or a sign-in (`SIGN_IN_HEADING`), or a `<form>` outside the site's chrome holds a
 * password field. Read on the page before readability rewrites it. Cost: linear in the page size.
 */
export function saysNoArticle(document: DomDocument, title: string | null): boolean {
  const titleElement = textOf(document.querySelector('title'));
  const headings = [titleElement, titleElement.split(TITLE_SEPARATOR)[0], textOf(document.querySelector('h1')), title ?? ''];
  if (headings.map(headingKey).some((key) => key !== '' && (isErrorHeading(key) || SIGN_IN_HEADING.test(key)))) return true;
  return all(document, 'form input').some((input) => (input.getAttribute('type') ?? '').trim().toLowerCase() === 'password' && !inChrome(input));
}

/** A heading lower case, each run of other characters than letters and digits one space. */
function headingKey(heading: string): string {
  return heading.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function isErrorHeading(key: string): boolean {
  const rest = key.replace(ERROR_WORDS, ' ').replace(/ +/gu, ' ').trim();
  return rest === '' || ERROR_PHRASES.has(rest);
}

function inChrome(element: DomElement): boolean {
  for (let node: DomNode | null = element.parentNode; node !== null; node = node.parentNode) if (CHROME_TAGS.has(tagName(node))) return true;
  return false;
}
