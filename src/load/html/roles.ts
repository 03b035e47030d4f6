/**
 * Page elements whose markup names them as chrome the text rules cannot tell by their words: a
 * byline (a reporter's name reads like a subheadline right under the headline) and a pull quote
 * (a sentence printed again in large type: chrome where it repeats the body, see `loadHtmlArticle`).
 */
import { wordCount } from '../text.js';
import { ELEMENT_NODE, TEXT_NODE, all, collapseSpace, tagName, textOf, type DomDocument, type DomElement, type DomNode } from './dom.js';

/** The removed-piece reason of the text of an element named so. */
export type RoleReason = 'byline' | 'pull quote';

/** Attributes whose words name an element's role (BBC: `data-component="byline-block"`, `data-testid`). */
const ROLE_ATTRIBUTES = ['class', 'id', 'itemprop', 'rel', 'data-component', 'data-testid'];
/** The elements carrying one of `ROLE_ATTRIBUTES`. */
const ROLE_SELECTOR = ROLE_ATTRIBUTES.map((name) => `[${name}]`).join(', ');
/** Whole words of a name that mark a byline: `article-byline`, `author-name`, `Page-authors`; not `authority`, `coauthored`. */
const BYLINE_WORDS = new Set(['byline', 'bylines', 'author', 'authors']);
/**
 * A first word that makes a name state a container's setting, not the element's role: `no-pullquote`,
 * `has-byline`, `hide-author` name an element around the article, or one that holds no such text.
 */
const SETTING_WORDS = new Set(['no', 'not', 'non', 'has', 'hide', 'hidden', 'without']);
/** A byline element longer than this is an author box or a bio, not a byline. */
export const BYLINE_MAX_WORDS = 12;
/** A pull quote is a sentence or two: an element named so that holds more than this is a container. */
const PULL_QUOTE_MAX_WORDS = 80;

/**
 * The text nodes inside the page's byline and pull-quote elements, with the reason to remove them.
 * Read before readability rewrites the page: it drops the attributes of an element it replaces
 * (a `<div>` holding one paragraph becomes that paragraph), but moves the page's own text nodes.
 * See `roleOf` for the elements. Cost: linear in the page size, plus the text of each named element.
 */
export function roleTextNodes(document: DomDocument): Map<DomNode, RoleReason> {
  const roles = new Map<DomNode, RoleReason>();
  for (const element of all(document, ROLE_SELECTOR)) {
    const reason = roleOf(element);
    if (reason === null) continue;
    // Document order: an outer element's role wins (a pull quote's attribution named "author" is the quote's).
    for (const node of textNodes(element)) if (!roles.has(node)) roles.set(node, reason);
  }
  return roles;
}

/**
 * The texts of the page's byline elements (see `roleOf`), in page order, empty ones left out.
 * Cost: linear in the page size.
 */
export function bylineElementTexts(document: DomDocument): string[] {
  return all(document, ROLE_SELECTOR)
    .filter((element) => roleOf(element) === 'byline')
    .map(textOf)
    .filter((text) => text !== '');
}

/**
 * The role `element`'s name gives it, by the words of `ROLE_ATTRIBUTES` (see `nameWords`). A byline
 * is an element named `byline` or `author` of at most `BYLINE_MAX_WORDS` words, outside a quotation or
 * figure (a quoted post names its author; a figure's credit is a caption); a pull quote is an element
 * named `pull-quote`, `pullquote`, `pull_quote`, `quote--pull` or `PullQuote`, of at most
 * `PULL_QUOTE_MAX_WORDS` words. A `<blockquote>` not named so is a quotation of the story and is
 * never one. A name whose first word is in `SETTING_WORDS` counts for neither.
 */
export function roleOf(element: DomElement): RoleReason | null {
  const names = ROLE_ATTRIBUTES.flatMap((name) => (element.getAttribute(name) ?? '').split(/\s+/u))
    .map(nameWords)
    .filter((words) => words.length > 0 && !SETTING_WORDS.has(words[0]));
  // The words are counted only for a named element: most elements of a page have a class.
  if (names.some(isPullQuoteName)) return wordCount(textOf(element)) <= PULL_QUOTE_MAX_WORDS ? 'pull quote' : null;
  if (!names.some((words) => words.some((word) => BYLINE_WORDS.has(word)))) return null;
  return wordCount(textOf(element)) > BYLINE_MAX_WORDS || inQuotationOrFigure(element) ? null : 'byline';
}

/**
 * The words of one name of an attribute, lower case: split at hyphens, underscores, colons and
 * camelCase boundaries (`ssrcss-1w4d3cx-BylineBlock` → `ssrcss`, `1w4d3cx`, `byline`, `block`).
 */
export function nameWords(name: string): string[] {
  return name
    .replace(/(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/gu, '-')
    .toLowerCase()
    .split(/[-_:]+/u)
    .filter((word) => word !== '');
}

/** `pull-quote`, `pullquote`, `article__pull_quote`, `quote--pull`: both words in one name. */
function isPullQuoteName(words: string[]): boolean {
  return words.includes('pullquote') || (words.includes('pull') && words.includes('quote'));
}

const QUOTE_OR_FIGURE = new Set(['blockquote', 'figure', 'figcaption']);

/** Whether `element` is inside a quotation or a figure, where a name "author" is the quoted post's or the photographer's. */
export function inQuotationOrFigure(element: DomElement): boolean {
  for (let node: DomNode | null = element.parentNode; node; node = node.parentNode) {
    if (QUOTE_OR_FIGURE.has(tagName(node))) return true;
  }
  return false;
}

/** The text nodes under `node` that hold more than white space. */
function textNodes(node: DomNode): DomNode[] {
  if (node.nodeType === TEXT_NODE) return collapseSpace(node.textContent ?? '') === '' ? [] : [node];
  if (node.nodeType !== ELEMENT_NODE) return [];
  return Array.from(node.childNodes).flatMap(textNodes);
}
