/**
 * Reading an article's metadata from the page's JSON-LD (schema.org) blocks, as news
 * sites and SEO plugins write them: one object, an array of objects, or an `@graph` whose
 * nodes refer to one another by `@id` (Yoast: the article's `author` and `publisher` are
 * `{ "@id": … }` references to a Person and an Organization elsewhere in the graph).
 */
import { all, collapseSpace, type DomDocument } from './dom.js';

/** What the first article node of the page states; fields it lacks are `null` (or empty). */
export interface JsonLdArticle {
  headline: string | null;
  /** `datePublished`, exactly as written (trimmed). */
  datePublished: string | null;
  /** Names of the authors that are people (or untyped), in the order given. */
  authors: string[];
  /**
   * Names of the authors typed as an organisation ("author": {"@type": "Organization", "name":
   * "Reuters"}), which sites give when the page names a reporter only in its byline.
   */
  organisationAuthors: string[];
  /** The publisher's name. */
  publisher: string | null;
}

/** What the page's JSON-LD states. */
export interface JsonLd {
  /** The first article node's fields, or `null` when no node is an article. */
  article: JsonLdArticle | null;
  /** The name of the first `WebSite` node (WordPress and Yoast pages name the site there). */
  siteName: string | null;
}

/** schema.org types that mark a node as the page's article. */
const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'BackgroundNewsArticle',
  'OpinionNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'LiveBlogPosting',
  'BlogPosting',
  'Report',
]);

type JsonObject = Record<string, unknown>;

/**
 * The first article node and the first `WebSite` node in the page's JSON-LD, in document
 * order. Blocks that are not valid JSON are skipped, as search engines do. Cost: linear in
 * the size of the JSON-LD.
 */
export function readJsonLd(document: DomDocument): JsonLd {
  const nodes = all(document, 'script')
    .filter((s) => (s.getAttribute('type') ?? '').trim().toLowerCase().startsWith('application/ld+json'))
    .flatMap((s) => flattenNodes(parseJson(s.textContent ?? '')));
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) {
    const id = node['@id'];
    if (typeof id !== 'string') continue;
    // The fullest node with an id wins over bare `{ "@id": … }` references to it.
    const known = byId.get(id);
    if (!known || Object.keys(node).length > Object.keys(known).length) byId.set(id, node);
  }
  const resolve = (value: unknown): unknown => {
    if (!isObject(value) || typeof value['@id'] !== 'string') return value;
    return byId.get(value['@id']) ?? value;
  };
  const website = nodes.find((node) => hasType(node, (t) => t === 'WebSite'));
  const article = nodes.find((node) => hasType(node, (t) => ARTICLE_TYPES.has(t)));
  return { article: articleFields(article, resolve), siteName: nameOf(website) };
}

function articleFields(article: JsonObject | undefined, resolve: (value: unknown) => unknown): JsonLdArticle | null {
  if (!article) return null;
  return {
    headline: stringValue(article.headline),
    datePublished: stringValue(article.datePublished),
    authors: authorNames(article, resolve, false),
    organisationAuthors: authorNames(article, resolve, true),
    publisher: asList(article.publisher).map((p) => nameOf(resolve(p))).find((name) => name !== null) ?? null,
  };
}

/** The names of the article's authors that are (or are not) organisations. */
function authorNames(article: JsonObject, resolve: (value: unknown) => unknown, organisations: boolean): string[] {
  return asList(article.author)
    .map(resolve)
    .filter((author) => (isObject(author) && hasType(author, (t) => ORGANISATION_TYPE.test(t))) === organisations)
    .map(nameOf)
    .filter((name): name is string => name !== null);
}

/** schema.org's Organization and its kinds (NewsMediaOrganization, Corporation, GovernmentOrganization …). */
const ORGANISATION_TYPE = /Organi[sz]ation$|^(?:Corporation|NGO)$/;

function parseJson(text: string): unknown {
  // Some CMSs wrap the JSON in an HTML comment or a CDATA section.
  const bare = text.trim().replace(/^(?:<!--|\/\/\s*<!\[CDATA\[)/, '').replace(/(?:-->|\/\/\s*\]\]>)$/, '');
  try {
    return JSON.parse(bare);
  } catch {
    return null;
  }
}

/** Every object in document order: top-level objects, array members, `@graph` members, `mainEntity`. */
function flattenNodes(value: unknown): JsonObject[] {
  if (Array.isArray(value)) return value.flatMap(flattenNodes);
  if (!isObject(value)) return [];
  return [value, ...flattenNodes(value['@graph']), ...flattenNodes(value.mainEntity)];
}

/** Whether one of the node's `@type`s (short or as a schema.org URL) passes `test`. */
function hasType(node: JsonObject, test: (type: string) => boolean): boolean {
  return asList(node['@type']).some((t) => typeof t === 'string' && test(t.replace(/^(?:https?:\/\/)?schema\.org\//, '')));
}

/** A Person's or Organization's name; a plain string is a name already. */
function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return stringValue(value);
  if (isObject(value)) return stringValue(value.name);
  return null;
}

function stringValue(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const s = collapseSpace(value);
  return s === '' ? null : s;
}

function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
