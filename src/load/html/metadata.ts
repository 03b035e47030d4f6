/**
 * A page's own statement of its metadata: `<meta>` tags (Open Graph, Twitter, article:,
 * schema.org microdata), JSON-LD, `<link rel>`, `<time>` and headings. Read before
 * readability rewrites the document. For each field, sources are tried in the order of the
 * tables below and the first that gives a usable value wins.
 */
import type { ArticleMetadata } from '../../types.js';
import { parseDateExpression, type StatedDate } from '../dates.js';
import { BAR_SUFFIX, SUFFIX_MAX_WORDS, isStampOrSection, lookupOutlet, namesOfOutlet } from '../rules.js';
import { wordCount } from '../text.js';
import { ELEMENT_NODE, all, attributeTokens, collapseSpace, tagName, textOf, type DomDocument, type DomElement, type DomNode } from './dom.js';
import { readJsonLd, type JsonLdArticle } from './jsonLd.js';
import { nameWords } from './roles.js';

/** `<meta>` keys giving the headline, best first (JSON-LD's headline comes after these). */
const TITLE_METAS = ['og:title', 'twitter:title'];
/** `<meta>` keys giving the author. */
const AUTHOR_METAS = ['author', 'parsely-author', 'sailthru.author'];
/** `<meta>` keys giving the publication time, after JSON-LD's `datePublished`, best first. */
const PUBLISHED_METAS = ['article:published_time', 'og:article:published_time', 'datepublished'];
/** Less common publication-time keys, tried after schema.org microdata. */
const OTHER_DATE_METAS = [
  'pubdate', 'publishdate', 'publish-date', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'date',
];
/** Separators between a headline and the site name in `<title>`: "Talks resume | Example News". */
const SITE_SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' · ', ' :: '];
/** Where the article sits, for `<time>` and `<h1>`: the first of these the page has. */
const ARTICLE_SCOPES = ['article', 'main', '[role="main"]'];

/**
 * The metadata the page states, each field present only when the page gives it, so a
 * caller can let the article text fill in the rest. `pageUrl` is where the page came from:
 * it resolves a relative canonical link and is the `url` when the page names none.
 * Dates follow the contract: `published` is the timestamp exactly as given, `date` its
 * calendar day in its own offset (`2022-02-18T23:30:00-05:00` → `2022-02-18`).
 */
export function readPageMetadata(document: DomDocument, pageUrl?: string): PageMetadata {
  const metas = metaTable(document);
  const { article: jsonLd, siteName } = readJsonLd(document);
  const scope = articleScope(document);
  // The outlet, best first: Open Graph, the article's publisher, the web app's name, the JSON-LD WebSite.
  const siteNames = [metas.get('og:site_name'), jsonLd?.publisher, metas.get('application-name'), siteName].filter(isText);
  const title = readTitle(document, metas, jsonLd, scope, siteNames);
  const stated = statedDate(document, metas, jsonLd, scope, title?.title ?? null);
  const organisationAuthor = joinNames(jsonLd?.organisationAuthors ?? []);
  const found: Partial<ArticleMetadata> = {
    outlet: outletName(siteNames[0] ?? title?.site ?? null) ?? undefined,
    title: title?.title,
    url: readUrl(document, metas, pageUrl) ?? undefined,
    author: readAuthor(document, metas, jsonLd, organisationAuthor) ?? undefined,
    date: stated?.date,
    published: stated?.published ?? undefined,
  };
  return {
    stated: Object.fromEntries(Object.entries(found).filter(([, v]) => v !== undefined)) as Partial<ArticleMetadata>,
    organisationAuthor,
  };
}

/** What {@link readPageMetadata} finds. */
export interface PageMetadata {
  /** The fields the page states. */
  stated: Partial<ArticleMetadata>;
  /**
   * An organisation the JSON-LD names as author: the author only when no person is named,
   * in the page's metadata or in a byline of the text.
   */
  organisationAuthor: string | null;
}

/** Every `<meta>`'s content by its property, name and itemprop (lower-cased); the first tag wins. */
function metaTable(document: DomDocument): Map<string, string> {
  const table = new Map<string, string>();
  for (const meta of all(document, 'meta')) {
    const content = collapseSpace(meta.getAttribute('content') ?? '');
    if (content === '') continue;
    for (const attribute of ['property', 'name', 'itemprop']) {
      const key = (meta.getAttribute(attribute) ?? '').trim().toLowerCase();
      if (key !== '' && !table.has(key)) table.set(key, content);
    }
  }
  return table;
}

function articleScope(document: DomDocument): DomElement | null {
  for (const selector of ARTICLE_SCOPES) {
    const element = document.querySelector(selector);
    if (element) return element;
  }
  return null;
}

/**
 * The outlet's name as the plain-text loader reports it (`ТАСС` → `TASS`), so one outlet
 * has one name whatever the input; an outlet the rules do not know keeps the page's spelling.
 * A site name cut from the title counts when the page names the site nowhere else.
 */
function outletName(name: string | null): string | null {
  return name === null ? null : (lookupOutlet(name) ?? name);
}

// ---- Title -------------------------------------------------------------------------------

function readTitle(
  document: DomDocument,
  metas: Map<string, string>,
  jsonLd: JsonLdArticle | null,
  scope: DomElement | null,
  siteNames: string[],
): { title: string; site: string | null } | null {
  const h1 = textOf(scope?.querySelector('h1') ?? document.querySelector('h1'));
  const titleElement = textOf(document.querySelector('title'));
  const stated = firstOf([...TITLE_METAS.map((k) => metas.get(k)), jsonLd?.headline]);
  if (stated === null && titleElement !== '') {
    const named = namesOnlySite(titleElement, h1) ?? shortensH1(titleElement, h1);
    if (named) return named;
  }
  const title = firstOf([stated, titleElement, h1]);
  return title === null ? null : withoutSiteName(title, siteNames, mastheadNames(document), h1);
}

/**
 * A headline is at least this long; a shorter `<title>` (or the part of it before " | Site")
 * names the site or a section ("Daily Courier", "World news | Daily Courier"). Readability's limit.
 */
const MIN_HEADLINE_CHARS = 15;

/**
 * When `<title>` only names the site or a section and the `<h1>` is headline-length, the `<h1>`
 * is the headline; `site` is the name after the `<title>`'s bar, if any. Else `null`.
 */
function namesOnlySite(titleElement: string, h1: string): { title: string; site: string | null } | null {
  const bar = BAR_SUFFIX.exec(titleElement);
  const head = bar && bar.index > 0 ? titleElement.slice(0, bar.index) : titleElement;
  if (head.length >= MIN_HEADLINE_CHARS || h1.length < MIN_HEADLINE_CHARS) return null;
  return { title: h1, site: bar?.groups && bar.index > 0 ? asSiteName(bar.groups.outlet.trim()) : null };
}

/**
 * When `<title>` is the start of the `<h1>` (at least `MIN_HEADLINE_CHARS`, up to a word's end), then
 * a separator and more ("Council approves new housing plan | The Courier" over the `<h1>` "Council
 * approves new housing plan after long debate"), the `<h1>` is the headline `<title>` shortens, and
 * what follows the separator was added to it: its last part is the site, if it reads as a name. A
 * `<title>` the `<h1>` starts with, separators and all, is the headline itself ("Biden - the final
 * year"): `null`, as when the `<h1>` does not start so.
 */
function shortensH1(titleElement: string, h1: string): { title: string; site: string | null } | null {
  const title = withoutTitleDate(titleElement);
  const lowerH1 = h1.toLowerCase();
  if (h1 === '' || lowerH1.startsWith(title.toLowerCase())) return null;
  for (const separator of SITE_SEPARATORS) {
    for (let cut = title.indexOf(separator); cut >= MIN_HEADLINE_CHARS; cut = title.indexOf(separator, cut + 1)) {
      const head = title.slice(0, cut).trim().toLowerCase();
      if (lowerH1.startsWith(head) && !/[\p{L}\p{N}]/u.test(lowerH1.charAt(head.length))) {
        return { title: h1, site: asSiteName(lastPart(title.slice(cut + separator.length))) };
      }
    }
  }
  return null;
}

/** The part after the last separator ("World | The Courier" → "The Courier"). */
function lastPart(tail: string): string {
  let from = 0;
  for (const separator of SITE_SEPARATORS) {
    const cut = tail.lastIndexOf(separator);
    if (cut >= 0) from = Math.max(from, cut + separator.length);
  }
  return tail.slice(from).trim();
}

/**
 * `name` if it reads as a site's name: capitalised, at most `SUFFIX_MAX_WORDS` words, and no stamp or
 * section ("05:32 pm GMT+7", "World"), as the text loader takes a title's suffix.
 */
function asSiteName(name: string): string | null {
  return /^[\p{Lu}\p{N}]/u.test(name) && wordCount(name) <= SUFFIX_MAX_WORDS && isStampOrSection(name) === null ? name : null;
}

/** A date after the site name in a title, as some sites print it ("Headline – DW – 03/07/2024"). */
const TITLE_DATE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/u;

/**
 * Cuts a trailing " | Site" or " - Site" when Site is one of the page's site names (`siteNames`, from
 * its metadata, or `mastheads`) or another name of the outlet they name ("DW" for a site named
 * "dw.com"), with a date after it if any ("– DW – 03/07/2024"), or when what precedes it is the
 * page's `<h1>`, or when Site is a known outlet's name, or, on a page whose metadata names no site, a
 * short name after a bar, as the text loader cuts a title line's suffix ("bars are not used in prose
 * headlines"). `site` is the name cut off. Case-insensitive. A dash before anything else stays:
 * headlines use it.
 */
function withoutSiteName(title: string, siteNames: string[], mastheads: string[], h1: string): { title: string; site: string | null } {
  const given = [...siteNames, ...mastheads];
  const names = [...new Set([...given, ...given.flatMap(namesOfOutlet)])];
  const dated = withoutTitleDate(title);
  const lower = dated.toLowerCase();
  for (const separator of SITE_SEPARATORS) {
    for (const name of names) {
      const suffix = `${separator}${name}`.toLowerCase();
      if (lower.endsWith(suffix) && lower.length > suffix.length) {
        return { title: dated.slice(0, -suffix.length).trim(), site: dated.slice(-name.length) };
      }
    }
  }
  for (const separator of SITE_SEPARATORS) {
    const cut = title.lastIndexOf(separator);
    const head = title.slice(0, cut).trim();
    if (h1 !== '' && cut > 0 && head.toLowerCase() === h1.toLowerCase()) {
      return { title: head, site: title.slice(cut + separator.length).trim() || null };
    }
  }
  for (const separator of SITE_SEPARATORS) {
    const cut = dated.lastIndexOf(separator);
    const tail = dated.slice(cut + separator.length).trim();
    if (cut > 0 && lookupOutlet(tail) !== null) return { title: dated.slice(0, cut).trim(), site: tail };
  }
  // A page that names its site and puts another name after the bar may mean a section, or a headline ("Buses | Trams").
  const bar = siteNames.length === 0 ? BAR_SUFFIX.exec(dated) : null;
  const barName = bar?.groups ? asSiteName(bar.groups.outlet.trim()) : null;
  if (bar && bar.index > 0 && barName !== null) return { title: dated.slice(0, bar.index).trim(), site: barName };
  // A stamp or a section after the bar is cut as the text loader cuts it, and names no site.
  if (bar?.groups && bar.index > 0 && isStampOrSection(bar.groups.outlet.trim()) !== null) return { title: dated.slice(0, bar.index).trim(), site: null };
  return { title, site: null };
}

/** Words in the class or id of the element that shows the site's name atop the page. */
const MASTHEAD_WORDS = new Set(['logo', 'masthead', 'brand', 'branding', 'sitename']);

/**
 * The names the page's masthead shows (`<a class="site-logo">The Courier</a>`, a logo's `alt`, an
 * `aria-label`): an element whose class or id holds a `MASTHEAD_WORDS` word, or "site" with "name"
 * or "title". Names of at most `SUFFIX_MAX_WORDS` words, a trailing "logo" or "home" dropped. Cost:
 * linear in the page size.
 */
function mastheadNames(document: DomDocument): string[] {
  const named = all(document, '[class], [id]').filter((element) =>
    [...attributeTokens(element, 'class'), ...attributeTokens(element, 'id')].some((token) => {
      const words = token.split(/[-_]+/u);
      return words.some((word) => MASTHEAD_WORDS.has(word)) || (words.includes('site') && (words.includes('name') || words.includes('title')));
    }),
  );
  const names = named.flatMap((element) => [
    textOf(element),
    ...[element, ...all(element, 'img')].flatMap((e) => ['alt', 'aria-label', 'title'].map((key) => e.getAttribute(key) ?? '')),
  ]);
  return unique(names.map((name) => collapseSpace(name).replace(/\s+(?:logo|home)$/iu, '')).filter((name) => name !== '' && wordCount(name) <= SUFFIX_MAX_WORDS));
}

/** The title without a date closing it after a separator ("… – DW – 03/07/2024" → "… – DW"). */
function withoutTitleDate(title: string): string {
  for (const separator of SITE_SEPARATORS) {
    const cut = title.lastIndexOf(separator);
    if (cut > 0 && TITLE_DATE.test(title.slice(cut + separator.length).trim())) return title.slice(0, cut);
  }
  return title;
}

// ---- Author ------------------------------------------------------------------------------

function readAuthor(document: DomDocument, metas: Map<string, string>, jsonLd: JsonLdArticle | null, organisationAuthor: string | null): string | null {
  const relAuthors = unique(
    all(document, 'a[rel]')
      .filter((a) => attributeTokens(a, 'rel').includes('author'))
      .map((a) => textOf(a)),
  );
  const candidates = [joinNames(jsonLd?.authors ?? []), ...AUTHOR_METAS.map((k) => metas.get(k)), joinNames(relAuthors)];
  // A profile link is not a name; nor is the organisation the JSON-LD names as author, which sites
  // repeat in <meta name="author">: it would win over the reporter's byline in the text.
  const organisation = organisationAuthor?.toLowerCase();
  return firstOf(candidates.filter((c) => !/^https?:\/\//i.test(c ?? '') && c?.trim().toLowerCase() !== organisation));
}

/** Several authors as one byline: "Jane Doe, John Roe". */
function joinNames(names: string[]): string | null {
  const kept = unique(names.filter(isText));
  return kept.length === 0 ? null : kept.join(', ');
}

// ---- URL ---------------------------------------------------------------------------------

function readUrl(document: DomDocument, metas: Map<string, string>, pageUrl: string | undefined): string | null {
  const canonical = all(document, 'link[rel]').find((l) => attributeTokens(l, 'rel').includes('canonical'));
  for (const candidate of [canonical?.getAttribute('href'), metas.get('og:url'), pageUrl]) {
    const url = absoluteUrl(collapseSpace(candidate ?? ''), pageUrl);
    if (url !== null) return url;
  }
  return null;
}

/** `href` if it is an absolute http(s) URL, else resolved against `base`; `null` if neither works. */
function absoluteUrl(href: string, base: string | undefined): string | null {
  if (href === '') return null;
  const absolute = URL.canParse(href);
  if (!absolute && (base === undefined || !URL.canParse(href, base))) return null;
  const parsed = new URL(href, absolute ? undefined : base);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return absolute ? href : parsed.href;
}

// ---- Date --------------------------------------------------------------------------------

/**
 * The first publication date the page states, from JSON-LD, `<meta>`, microdata and then
 * the page's `<time datetime>` (see `pageTime`). When that source gives only a day, a later
 * source's full timestamp on the same day supplies `published`.
 */
function statedDate(
  document: DomDocument,
  metas: Map<string, string>,
  jsonLd: JsonLdArticle | null,
  scope: DomElement | null,
  title: string | null,
): StatedDate | null {
  const microdata = all(document, '[itemprop]')
    .filter((e) => e.nodeName.toLowerCase() !== 'meta' && attributeTokens(e, 'itemprop').includes('datepublished'))
    .map((e) => e.getAttribute('content') ?? e.getAttribute('datetime') ?? undefined);
  const stated = [
    jsonLd?.datePublished,
    ...PUBLISHED_METAS.map((k) => metas.get(k)),
    ...microdata,
    ...OTHER_DATE_METAS.map((k) => metas.get(k)),
    pageTime(document, scope, title),
  ]
    .map((value) => readStamp(value))
    .filter((s): s is StatedDate => s !== null);
  const first = stated[0];
  if (!first) return null;
  const sameDay = stated.find((s) => s.published !== null && s.date === first.date);
  return { date: first.date, published: first.published ?? sameDay?.published ?? null };
}

/** Elements whose `<time>` dates something else than the story: a list's item, a teaser, a menu, a sidebar, the site's foot. */
const OTHER_TIME_TAGS = new Set(['li', 'article', 'nav', 'aside', 'footer', 'form']);
/** Words in the class or id of an element whose `<time>` dates something else: comments, related stories, a sidebar. */
const OTHER_TIME_WORDS = new Set(['comment', 'comments', 'related', 'sidebar', 'recommended', 'recommendations', 'trending', 'popular', 'promo', 'teaser']);

/**
 * The `datetime` of the page's own `<time>`: the first in the article (`scope`); else, outside it, the
 * first in the `<header>` that holds the `<h1>` (a story's header printed apart from its body), when
 * that `<h1>` is the headline (see `isHeadline`); else the page's only one, when one value is all that
 * is left once the times of other things are set aside (see `datesOtherThing`): a stamp in the site's
 * header above the `<article>`. A `<time>` in a `<header>` whose `<h1>` is not the headline is a
 * masthead's (the site's logo and today's date) and is set aside too. Two different values left are
 * not read, as which one is the story's is not known. Cost: linear in the page size.
 */
function pageTime(document: DomDocument, scope: DomElement | null, title: string | null): string | undefined {
  const datetime = (time: DomElement | undefined) => time?.getAttribute('datetime') ?? undefined;
  if (scope) {
    const inArticle = scope.querySelector('time[datetime]');
    if (inArticle) return datetime(inArticle);
  }
  const h1 = document.querySelector('h1');
  const headlineHeader = all(document, 'header').find((header) => contains(header, h1) && !datesOtherThing(header));
  if (headlineHeader && h1 && isHeadline(h1, title)) {
    const inHeader = headlineHeader.querySelector('time[datetime]');
    if (inHeader && !datesOtherThing(inHeader)) return datetime(inHeader);
  }
  const values = unique(
    all(document, 'time[datetime]')
      .filter((time) => !datesOtherThing(time) && !inMasthead(time, title))
      .map((time) => collapseSpace(datetime(time) ?? '')),
  );
  return values.length === 1 ? values[0] : undefined;
}

/**
 * Whether the `<h1>` is the story's headline, not the site's logo: it is inside the article
 * (`<article>`, `<main>`, `role="main"`), or its text is the page's `title` as read or starts it or
 * is started by it (a `<title>` that shortens the headline), case and spacing aside.
 */
function isHeadline(h1: DomElement, title: string | null): boolean {
  const inArticle = (node: DomElement) => tagName(node) === 'article' || tagName(node) === 'main' || node.getAttribute('role') === 'main';
  if (enclosing(h1, inArticle) !== null) return true;
  const text = collapseSpace(textOf(h1)).toLowerCase();
  const read = collapseSpace(title ?? '').toLowerCase();
  if (text === '' || read === '') return false;
  // A shortened headline is one still (readability's limit): a logo "City" does not start "City council …".
  const [shorter, longer] = text.length <= read.length ? [text, read] : [read, text];
  return shorter === longer || (shorter.length >= MIN_HEADLINE_CHARS && longer.startsWith(shorter));
}

/** Whether `time` is in a `<header>` whose `<h1>`s are none of them the headline: a masthead. */
function inMasthead(time: DomElement, title: string | null): boolean {
  const header = enclosing(time, (node) => tagName(node) === 'header');
  if (header === null) return false;
  const headings = all(header, 'h1');
  return headings.length > 0 && !headings.some((h1) => isHeadline(h1, title));
}

/** Whether `element` is inside, or is, an element of `OTHER_TIME_TAGS` or one named with an `OTHER_TIME_WORDS` word. */
function datesOtherThing(element: DomElement): boolean {
  for (let node: DomNode | null = element; node !== null && node.nodeType === ELEMENT_NODE; node = node.parentNode) {
    const named = node as DomElement;
    if (OTHER_TIME_TAGS.has(tagName(named))) return true;
    // Split as written, so `relatedStories` gives "related".
    const names = ['class', 'id'].flatMap((attribute) => (named.getAttribute(attribute) ?? '').split(/\s+/u));
    if (names.some((name) => nameWords(name).some((word) => OTHER_TIME_WORDS.has(word)))) return true;
  }
  return false;
}

/** The nearest element around `element` (not itself) that passes `test`, or `null`. */
function enclosing(element: DomElement, test: (node: DomElement) => boolean): DomElement | null {
  for (let node = element.parentNode; node !== null && node.nodeType === ELEMENT_NODE; node = node.parentNode) {
    if (test(node as DomElement)) return node as DomElement;
  }
  return null;
}

/** Whether `node` is `ancestor` or inside it. */
function contains(ancestor: DomNode, node: DomNode | null): boolean {
  for (let at = node; at !== null; at = at.parentNode) if (at === ancestor) return true;
  return false;
}

/**
 * A stated timestamp or day, read as the contract asks (ISO 8601, the RFC 2822 form some feeds and
 * CMSs write, "Fri, 18 Feb 2022 23:30:00 -0500", and the forms the text's stamps take); `null` for
 * anything else.
 */
function readStamp(value: string | null | undefined): StatedDate | null {
  const s = collapseSpace(value ?? '');
  return s === '' ? null : parseDateExpression(s);
}

// ---- Helpers -----------------------------------------------------------------------------

function firstOf(values: Array<string | null | undefined>): string | null {
  return values.find(isText) ?? null;
}

function isText(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter((v) => v !== ''))];
}
