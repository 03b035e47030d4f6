/**
 * The standfirst (dek, summary) a page prints under its headline: article prose that
 * readability often leaves out, as it sits with the headline, apart from the body.
 */
import { blockText } from './blockText.js';
import { ELEMENT_NODE, all, attributeTokens, collapseSpace, tagName, textOf, type DomDocument, type DomElement, type DomNode } from './dom.js';

/**
 * Words in the class, id or data attributes of the element holding a standfirst, as news sites
 * name it: `standfirst` (The Guardian, The Times), `dek`/`deck` (US sites), `subhead` (Al Jazeera), `subheadline`,
 * `subtitle`, `strapline`, `summary`, `teaser` (DW's `teaser-text`), `description`, `intro`.
 */
const STANDFIRST_WORDS = new Set([
  'standfirst', 'dek', 'deck', 'subhead', 'subheadline', 'subtitle', 'strapline', 'summary', 'teaser', 'description', 'intro',
]);
/** Attributes whose words name an element's role. */
const ROLE_ATTRIBUTES = ['class', 'id', 'itemprop', 'data-gu-name', 'data-component', 'data-testid'];
/** A standfirst is a sentence or two: at least this many words… */
const MIN_WORDS = 4;
/** …and at most this many. */
const MAX_WORDS = 80;
/** Elements that never hold a standfirst: headings, lists, figures and their captions, forms. */
const NOT_STANDFIRST = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'figure', 'figcaption', 'form', 'nav', 'time', 'a', 'button']);

/** `<meta>` keys whose content is the page's description, often the standfirst word for word. */
const DESCRIPTION_METAS = new Set(['description', 'og:description', 'twitter:description']);

/** The standfirst found, and whether readability kept it as its article's first paragraph. */
export interface Standfirst {
  /** Its text, white space collapsed. */
  text: string;
  /** Its lines as the article's text lays them out: one, or a `- point` per item of a list of points. */
  lines: string[];
  kept: boolean;
}

/**
 * Reads the page before readability rewrites it, and returns what to ask afterwards: given
 * readability's article element, the standfirst, or `null`. A standfirst is an element after the
 * page's `<h1>` that names itself one (`STANDFIRST_WORDS`) or whose text is the page's description
 * (`DESCRIPTION_METAS`); it holds `MIN_WORDS`–`MAX_WORDS` words, is not in a figure and holds no
 * image. It is either the first such element before the first element readability kept, not
 * holding the body and not in readability's text (`kept: false`), or, when readability kept it
 * with the body (Al Jazeera's `article__subhead` in the article's `<header>`), the start of
 * readability's text, with no paragraph beside it in its parent: a lede whose text is the
 * description sits among the body's paragraphs (`kept: true`). Cost: the elements' text
 * lengths summed, at worst the page's text times its nesting depth.
 */
export function findStandfirst(document: DomDocument): (article: DomNode) => Standfirst | null {
  const elements = all(document, '*');
  const order = new Map(elements.map((element, i) => [element, i]));
  const h1 = document.querySelector('article h1') ?? document.querySelector('h1');
  const from = h1 ? (order.get(h1) ?? -1) : -1;
  if (from < 0) return () => null;
  const described = new Set(
    all(document, 'meta')
      .filter((meta) => ['name', 'property'].some((key) => DESCRIPTION_METAS.has((meta.getAttribute(key) ?? '').trim().toLowerCase())))
      .map((meta) => withoutStop(collapseSpace(meta.getAttribute('content') ?? '')))
      .filter((d) => d !== ''),
  );
  const candidates = elements.slice(from + 1).filter((element) => isCandidate(element, described));
  return (article) => {
    // The first element readability kept after the <h1>: its article element is new, its paragraphs
    // the page's own, and it may keep a container of the headline (an <article> it emptied).
    let bodyStart = Infinity;
    for (const element of all(article as DomElement, '*')) {
      const at = order.get(element);
      if (at !== undefined && at > from) bodyStart = Math.min(bodyStart, at);
    }
    if (bodyStart === Infinity) return null;
    const kept = collapseSpace(article.textContent ?? '');
    const found = candidates.find(
      (element) => order.get(element)! < bodyStart && !contains(element, elements[bodyStart]) && !kept.includes(textOf(element)),
    );
    if (found) return { text: textOf(found), lines: linesOf(found), kept: false };
    const opening = candidates.find(
      (element) => contains(article, element) && kept.startsWith(textOf(element)) && !besideParagraphs(element),
    );
    return opening ? { text: textOf(opening), lines: [textOf(opening)], kept: true } : null;
  };
}

/** The element's lines, so that the points of a list are not glued into one ("…near AvdiivkaRussia's…"). */
function linesOf(element: DomElement): string[] {
  return blockText(element, null).text.split('\n').filter((line) => line !== '');
}

/** Whether a sibling of `element` is a paragraph with text: then `element` is one of the body's paragraphs. */
function besideParagraphs(element: DomElement): boolean {
  const siblings = Array.from(element.parentNode?.childNodes ?? []);
  return siblings.some((node) => node !== element && tagName(node) === 'p' && textOf(node as DomElement) !== '');
}

function isCandidate(element: DomElement, described: Set<string>): boolean {
  if (NOT_STANDFIRST.has(tagName(element)) || inFigure(element) || element.querySelector('figure, img, picture')) return false;
  const named = ROLE_ATTRIBUTES.flatMap((name) => attributeTokens(element, name)).some((token) =>
    token.split(/[-_:]+/u).some((word) => STANDFIRST_WORDS.has(word)),
  );
  if (!named && described.size === 0) return false;
  const text = textOf(element);
  const words = text === '' ? 0 : text.split(' ').length;
  if (words < MIN_WORDS || words > MAX_WORDS) return false;
  return named || described.has(withoutStop(text));
}

function withoutStop(text: string): string {
  return text.replace(/\.$/u, '');
}

function inFigure(element: DomElement): boolean {
  for (let node: DomNode | null = element; node; node = node.parentNode) {
    if (node.nodeType === ELEMENT_NODE && (tagName(node) === 'figure' || tagName(node) === 'figcaption')) return true;
  }
  return false;
}

/** Whether `node` is `ancestor` or inside it. */
function contains(ancestor: DomNode, node: DomNode): boolean {
  for (let at: DomNode | null = node; at; at = at.parentNode) if (at === ancestor) return true;
  return false;
}
