/**
 * The few DOM features the HTML loader uses, typed locally: the project compiles without
 * the DOM library, and linkedom's own types lean on it. Parsing goes through linkedom,
 * which builds a document and never runs the page's scripts.
 */
import { parseHTML } from 'linkedom';

/** Node types the loader tells apart (the DOM's `Node.ELEMENT_NODE`, `Node.TEXT_NODE`). */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export interface DomNode {
  readonly nodeType: number;
  /** Upper or lower case depending on how the node was made: compare with {@link tagName}. */
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly parentNode: DomNode | null;
  /** Takes the node out of its parent. */
  remove(): void;
}

export interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export interface DomDocument {
  readonly documentElement: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

/**
 * Parses a page into a document. Pure: no scripts run, no resources are fetched.
 * linkedom does not infer the `<html>` and `<body>` elements HTML lets a page leave out
 * (a fragment, or `…</head><p>…` with no `<body>` tag): without them it keeps only the
 * first element, so they are written in first (see {@link withDocumentElements}).
 */
export function parseDocument(html: string): DomDocument {
  return parseHTML(withDocumentElements(html)).document as unknown as DomDocument;
}

/**
 * `html` with an `<html>` and a `<body>` start tag, added where a browser would infer them:
 * `<body>` after `</head>`, else after `<html …>`, else first. A leading doctype is dropped
 * (it means nothing to linkedom). Pages that have both tags are returned unchanged.
 */
export function withDocumentElements(html: string): string {
  const hasHtml = /<html[\s>]/i.test(html);
  const hasBody = /<body[\s>]/i.test(html);
  if (hasHtml && hasBody) return html;
  let page = html.replace(/^\s*<!doctype[^>]*>/i, '');
  if (!hasBody) {
    const headEnd = /<\/head\s*>/i.exec(page);
    const htmlStart = /<html[^>]*>/i.exec(page);
    const at = headEnd ? headEnd.index + headEnd[0].length : htmlStart ? htmlStart.index + htmlStart[0].length : 0;
    page = `${page.slice(0, at)}<body>${page.slice(at)}`;
  }
  return hasHtml ? page : `<html>${page}</html>`;
}

/** The element's tag name in lower case (`p`, `h2`), or `''` for other nodes. */
export function tagName(node: DomNode): string {
  return node.nodeType === ELEMENT_NODE ? node.nodeName.toLowerCase() : '';
}

/** Every element matching `selector`, as an array. */
export function all(root: DomDocument | DomElement, selector: string): DomElement[] {
  return Array.from(root.querySelectorAll(selector));
}

/** The node's text with each white-space run (no-break spaces included) collapsed, trimmed; `''` if none. */
export function textOf(node: DomNode | null): string {
  return collapseSpace(node?.textContent ?? '');
}

export function collapseSpace(s: string): string {
  return s.replace(/[\s\u0085]+/gu, ' ').trim();
}

/** The space-separated tokens of an attribute (`rel`, `class`), lower-cased. */
export function attributeTokens(element: DomElement, name: string): string[] {
  return (element.getAttribute(name) ?? '').toLowerCase().split(/\s+/).filter((t) => t !== '');
}
