/**
 * Page elements whose markup names them as chrome the text rules cannot tell by their words: a
 * byline (a reporter's name reads like a subheadline right under the headline) and a pull quote
 * (a sentence of the body, printed again in large type).
 */
import { ELEMENT_NODE, TEXT_NODE, all, attributeTokens, collapseSpace, tagName, textOf, type DomDocument, type DomElement, type DomNode } from './dom.js';

/** The removed-piece reason of the text of an element named so. */
export type RoleReason = 'byline' | 'pull quote';

/** Attributes whose words name an element's role (BBC: `data-component="byline-block"`, `data-testid`). */
const ROLE_ATTRIBUTES = ['class', 'id', 'itemprop', 'rel', 'data-component', 'data-testid'];
/** A byline's name in those attributes; not "authority" (a council's box) or "authorised". */
const BYLINE_TOKEN = /byline|author(?!i)/u;
/** A byline element longer than this is an author box or a bio, not a byline. */
const BYLINE_MAX_WORDS = 12;
/** A pull quote is a sentence or two: an element named so that holds more than this is a container. */
const PULL_QUOTE_MAX_WORDS = 80;

/**
 * The text nodes inside the page's byline and pull-quote elements, with the reason to remove them.
 * Read before readability rewrites the page: it drops the attributes of an element it replaces
 * (a `<div>` holding one paragraph becomes that paragraph), but moves the page's own text nodes.
 * A byline is an element named `byline` or `author` of at most `BYLINE_MAX_WORDS` words, outside a
 * quotation or figure (a quoted post names its author; a figure's credit is a caption); a pull quote
 * is an element named `pull-quote`, `pullquote`, `pull_quote` or `quote--pull`. A `<blockquote>` not
 * named so is a quotation of the story and is never one. Cost: linear in the page size, plus the
 * text of each named element.
 */
export function roleTextNodes(document: DomDocument): Map<DomNode, RoleReason> {
  const roles = new Map<DomNode, RoleReason>();
  for (const element of all(document, '[class], [id], [itemprop], [rel], [data-component], [data-testid]')) {
    const reason = roleOf(element);
    if (reason === null) continue;
    // Document order: an outer element's role wins (a pull quote's attribution named "author" is the quote's).
    for (const node of textNodes(element)) if (!roles.has(node)) roles.set(node, reason);
  }
  return roles;
}

function roleOf(element: DomElement): RoleReason | null {
  const tokens = ROLE_ATTRIBUTES.flatMap((name) => attributeTokens(element, name));
  // The words are counted only for a named element: most elements of a page have a class.
  if (tokens.some(isPullQuoteToken)) return wordsOf(element) <= PULL_QUOTE_MAX_WORDS ? 'pull quote' : null;
  if (!tokens.some((token) => BYLINE_TOKEN.test(token)) || wordsOf(element) > BYLINE_MAX_WORDS) return null;
  return inQuotationOrFigure(element) ? null : 'byline';
}

function wordsOf(element: DomElement): number {
  const text = textOf(element);
  return text === '' ? 0 : text.split(' ').length;
}

/** `pull-quote`, `pullquote`, `article__pull_quote`, `quote--pull`. */
function isPullQuoteToken(token: string): boolean {
  const words = token.split(/[-_:]+/u);
  return words.join('').includes('pullquote') || (words.includes('pull') && words.includes('quote'));
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
