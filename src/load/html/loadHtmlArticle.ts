/**
 * From a web page to a loaded article: the page's own metadata, readability's article
 * body as plain text, and then the plain-text loader's chrome rules over that text.
 */
import { Readability } from '@mozilla/readability';
import { OutletdiffError } from '../../errors.js';
import type { LoadedArticle, RemovedPiece } from '../../types.js';
import { detectedMetadata, loadArticleText } from '../article.js';
import { findChrome, looksLikeHeading } from '../chrome.js';
import { lookupOutlet, TITLE_END, TITLE_MAX_WORDS } from '../rules.js';
import { normaliseForMatching } from '../../text/normalise.js';
import { wordCount } from '../text.js';
import { blockText, type BlockText } from './blockText.js';
import { collapseSpace, parseDocument, type DomDocument, type DomElement, type DomNode } from './dom.js';
import { readPageMetadata } from './metadata.js';
import { bylineElementTexts, roleTextNodes } from './roles.js';
import { findStandfirst } from './standfirst.js';
import { holdsProse, saysNoArticle, storyOnlyDocument } from './story.js';

/** What the caller knows about the page. */
export interface HtmlInit {
  /** The article's id, unique within the run. */
  id: string;
  /** The argument as given: the path as typed, or the URL. Named in errors. */
  source: string;
  /**
   * Where the page came from, if fetched: resolves a relative canonical link, and is the
   * `url` when the page names none.
   */
  url?: string;
}

/**
 * Readability returns its best guess even on a page without an article (a login form): less text
 * than this, white space collapsed, is an article only when it holds prose (see `holdsProse`), as
 * a news brief of a paragraph or two does.
 */
export const MIN_ARTICLE_CHARS = 200;
/**
 * Readability's own threshold (its `DEFAULT_CHAR_THRESHOLD`): finding less text than this, it
 * retries with its filters off and returns the longest block found, on a short page perhaps a cookie
 * notice or the comments instead of the story; the story element is then read alone (see `storyOnlyDocument`).
 */
const READABILITY_CHAR_THRESHOLD = 500;

/**
 * Loads an article from a web page's HTML. Pure: the page is parsed with linkedom, which
 * never runs its scripts or fetches anything.
 *
 * - Metadata comes from the page (see `readPageMetadata`), read before readability
 *   rewrites the document; fields the page does not give are detected from the text.
 * - `text` is the extracted article text: the title as its first line (when it reads as a
 *   title line, so the loader marks it a heading), then readability's body, a paragraph
 *   per line. Offsets in `blocks` and `removed` index into it.
 * - The plain-text loader's chrome rules apply to that text (bylines, "Read more" links,
 *   share prompts, comment prompts). Lines from `<figure>` elements are chrome by
 *   structure: removed as `caption`, or with the chrome rule's reason when one matches
 *   the line (`photo credit`), and hidden from the loader's body rules so that a caption
 *   above the lede is not taken for the lede.
 * - So are lines made only of the text of an element the page names as a byline or a pull quote
 *   (see `roleTextNodes`): a byline's as `byline`, or with the rule's reason (`masthead`, `date
 *   stamp`), and its name is the author when the page's metadata names none; a pull quote's as
 *   `pull quote` when it repeats the body (see `withUniquePullQuotesKept`): one that does not is
 *   article text.
 * - A standfirst under the headline that readability left out (see `findStandfirst`) is put back
 *   as the paragraph under the title: article prose, a paragraph when it ends like a sentence and a
 *   heading when it is written in headline style, as the plain-text loader reads a line under a
 *   headline. It is hidden from the loader's rules, so the lede under it keeps its dateline rule;
 *   so is a standfirst readability kept as its first paragraph.
 * - On a short page (readability finds less than `READABILITY_CHAR_THRESHOLD` characters), a story
 *   the page marks is read alone (see `storyOnlyDocument`), and less than `MIN_ARTICLE_CHARS` is an
 *   article only when it holds prose (see `holdsProse`) and the page does not say it is an error or
 *   sign-in page (see `saysNoArticle`): a news brief loads, a login form or a "Page not found" does not.
 *
 * Throws `OutletdiffError` naming `init.source` for an empty page and for a page where
 * readability finds no article. Cost: linear in the page size (readability's scoring
 * passes are a few linear walks of the document; a short page is parsed and read twice).
 */
export function loadHtmlArticle(html: string, init: HtmlInit): LoadedArticle {
  if (html.trim() === '') throw new OutletdiffError(`${init.source}: empty page`);
  const document = parseDocument(html);
  const { stated: metadata, organisationAuthor } = readPageMetadata(document, init.url);
  // Read before readability rewrites the page: an error or sign-in page's paragraph may read as prose.
  const noArticle = saysNoArticle(document, metadata.title ?? null);
  let extraction = extract(document, organisationAuthor);
  if (extraction.chars < READABILITY_CHAR_THRESHOLD) {
    // A short page: readability's longest block may not be the story the page marks.
    const story = storyOnlyDocument(html);
    const narrowed = story === null ? null : extract(story, organisationAuthor);
    if (narrowed?.parsed?.content) extraction = narrowed;
  }
  const { parsed, chars, standfirstOf, bylineElements, roles } = extraction;
  if (!parsed?.content || (chars < MIN_ARTICLE_CHARS && (noArticle || !holdsProse(parsed.content as DomElement)))) {
    throw new OutletdiffError(`${init.source}: no article text found in the page`);
  }
  const title = metadata.title ?? null;
  const standfirst = standfirstOf(parsed.content);
  const extracted = withUniquePullQuotesKept(
    blockText(parsed.content, title !== null && looksLikeTitleLine(title) ? title : null, standfirst !== null && standfirst.text !== title ? standfirst : null, roles),
  );
  // The names of the byline element readability kept, a line each; lines a chrome rule takes whole
  // (the desk's "BBC News", the stamp's "Published") are not names.
  const bylineLines = extracted.roleLines
    .filter((line) => line.reason === 'byline')
    .map(({ start, end }) => extracted.text.slice(start, end))
    .filter((line) => (ruleReason(line) ?? 'byline') === 'byline');
  // Readability removes the byline element it recognises: its text is the author's last source.
  const byline =
    metadata.author === undefined
      ? ([parsed.byline, ...bylineLines, ...bylineElements].map((text) => bylineAuthor(text, organisationAuthor)).find((name) => name !== null) ??
        null)
      : null;
  if (byline !== null) metadata.author = byline;
  const loaded = loadWithFigures(extracted, { id: init.id, source: init.source, metadata });
  if (!loaded.blocks.some((b) => !b.heading)) {
    throw new OutletdiffError(`${init.source}: no article text found in the page`);
  }
  const article = withBylineMetadata(loaded, extracted);
  // A reporter's byline in the text names the author better than the organisation of the JSON-LD.
  return article.author === null && organisationAuthor !== null ? { ...article, author: organisationAuthor } : article;
}

/** Readability's article and what is read from the page before readability rewrites it. */
interface Extraction {
  parsed: ReturnType<Readability<DomNode>['parse']>;
  /** The length of the article's text, white space collapsed. */
  chars: number;
  standfirstOf: ReturnType<typeof findStandfirst>;
  bylineElements: string[];
  roles: ReturnType<typeof roleTextNodes>;
}

/** Runs readability over `document`, which it rewrites; the page's standfirst, bylines and pull quotes are read first. */
function extract(document: DomDocument, organisationAuthor: string | null): Extraction {
  const standfirstOf = findStandfirst(document);
  // Read before readability rewrites the document: when the page's metadata names an organisation,
  // readability takes that as its byline and leaves the reporter's byline element uncaptured.
  const bylineElements = organisationAuthor !== null ? bylineElementTexts(document) : [];
  const roles = roleTextNodes(document);
  // Readability's serializer hook hands back the article element itself: no second parse.
  const parsed = new Readability<DomNode>(document, { keepClasses: true, serializer: (node) => node as DomNode }).parse();
  return { parsed, chars: collapseSpace(parsed?.textContent ?? '').length, standfirstOf, bylineElements, roles };
}

/**
 * The outlet and date the byline element's lines state (a desk "BBC News", a stamp "4 March 2024"),
 * where neither the page nor the text gave them: those lines are hidden from the text rules.
 */
function withBylineMetadata(article: LoadedArticle, extracted: BlockText): LoadedArticle {
  const fields = ['outlet', 'date', 'published'] as const;
  if (fields.every((field) => article[field] !== null)) return article;
  const lines = extracted.roleLines.filter((line) => line.reason === 'byline').map(({ start, end }) => extracted.text.slice(start, end));
  const stated = detectedMetadata(lines.flatMap((line) => findChrome(line).detections.filter((d) => fields.some((f) => f === d.field))));
  return { ...article, outlet: article.outlet ?? stated.outlet, date: article.date ?? stated.date, published: article.published ?? stated.published };
}

/**
 * The names in readability's byline ("By Jane Doe" → "Jane Doe"), if the loader's byline
 * rule accepts them as names; readability also takes any element whose class says
 * "author" or "dateline", so "Posted in Local" and "MOSCOW" must not pass. Nor must an
 * outlet: readability copies the JSON-LD author, which may be the organisation
 * (`organisationAuthor`), and a person's byline in the text names the author better.
 */
function bylineAuthor(byline: string | null | undefined, organisationAuthor: string | null): string | null {
  const names = collapseSpace(byline ?? '').replace(/^(?:by|written by|words by|story by|author:?)\s+/i, '');
  if (names === '') return null;
  const found = findChrome(`By ${names}`).detections.find((d) => d.field === 'author')?.value;
  if (found === undefined || lookupOutlet(found) !== null || found.toLowerCase() === organisationAuthor?.toLowerCase()) return null;
  return found;
}

/**
 * A line of the text this many words long, or longer, that a pull quote holds makes the pull quote a
 * repeat; a pull-quote line shorter than this right under another is its attribution ("Pere Aragonès").
 */
const PULL_QUOTE_MIN_SHARED_WORDS = 5;

/**
 * `extracted` with the pull quotes that print text of their own left as article text: only a pull
 * quote that repeats the body is chrome. A pull-quote line repeats the body when its key (see
 * `pullQuoteKey`) occurs in the key of another line of the text, or holds that of a line of at least
 * `PULL_QUOTE_MIN_SHARED_WORDS` words; lines of figures and pull quotes are not body. An attribution
 * line goes with the quote above it. Cost: the pull quotes' length times the text's, a page holding
 * a pull quote or two.
 */
function withUniquePullQuotesKept(extracted: BlockText): BlockText {
  const { text, roleLines, figureLines } = extracted;
  const quotes = roleLines.filter((line) => line.reason === 'pull quote');
  if (quotes.length === 0) return extracted;
  const notBody = [...quotes, ...figureLines];
  const bodyKeys: string[] = [];
  let from = 0;
  for (const line of text.split('\n')) {
    const start = from;
    from += line.length + 1;
    if (notBody.some((span) => span.start <= start && start < span.end)) continue;
    const key = pullQuoteKey(line);
    if (key !== '') bodyKeys.push(key);
  }
  const repeats = (key: string) =>
    bodyKeys.some((body) => body.includes(key) || (key.includes(body) && wordCount(body) >= PULL_QUOTE_MIN_SHARED_WORDS));
  const kept = new Set<(typeof quotes)[number]>();
  let previous: { line: (typeof quotes)[number]; kept: boolean } | null = null;
  for (const line of quotes) {
    const key = pullQuoteKey(text.slice(line.start, line.end));
    const attribution: boolean =
      previous !== null && text.slice(previous.line.end, line.start).trim() === '' && wordCount(key) < PULL_QUOTE_MIN_SHARED_WORDS;
    const keep: boolean = attribution && previous !== null ? previous.kept : !repeats(key);
    if (keep) kept.add(line);
    previous = { line, kept: keep };
  }
  return kept.size === 0 ? extracted : { ...extracted, roleLines: roleLines.filter((line) => !kept.has(line)) };
}

/** A line's text for finding it again: typography folded, lower case, single spaces, no quote marks, no punctuation at the ends. */
function pullQuoteKey(line: string): string {
  return normaliseForMatching(line)
    .replace(/["'\u2039\u203A]/gu, ' ')
    .replace(/ +/gu, ' ')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

function looksLikeTitleLine(title: string): boolean {
  return looksLikeHeading(title, TITLE_MAX_WORDS, TITLE_END);
}

/**
 * Runs the plain-text loader with the figure lines, the standfirst and the lines of bylines and pull
 * quotes blanked out (same length, so offsets hold), then puts the real text back, reports each
 * figure, byline and pull-quote line as removed and adds the standfirst's blocks. The byline's lines
 * are hidden, not left to the text rules: right under the headline a name reads as a subheadline.
 * A table's rows stay with the text rules, but are never headings.
 */
function loadWithFigures(extracted: BlockText, init: Parameters<typeof loadArticleText>[1]): LoadedArticle {
  const { text, figureLines, standfirst, roleLines, tableRows } = extracted;
  let masked = '';
  let from = 0;
  const hidden = [...figureLines, ...standfirst, ...roleLines].sort((a, b) => a.start - b.start);
  for (const { start, end } of hidden) {
    masked += text.slice(from, start) + ' '.repeat(end - start);
    from = end;
  }
  masked += text.slice(from);
  const article = loadArticleText(masked, init);
  const figurePieces: RemovedPiece[] = figureLines.map(({ start, end }) => {
    const line = text.slice(start, end);
    return { text: collapseSpace(line), reason: ruleReason(line) ?? 'caption', start, end };
  });
  const rolePieces: RemovedPiece[] = roleLines.map(({ start, end, reason }) => {
    const line = text.slice(start, end);
    // A byline element also holds the desk and the stamp: their own rules name them.
    return { text: collapseSpace(line), reason: reason === 'byline' ? (ruleReason(line) ?? reason) : reason, start, end };
  });
  const removed = [...article.removed, ...figurePieces, ...rolePieces].sort((a, b) => a.start - b.start);
  const standfirstBlocks = standfirst.map((span) => ({ ...span, heading: looksLikeTitleLine(text.slice(span.start, span.end)) }));
  // A table's row is no subhead, however short (the text rules see a run of short lines as such already).
  const bodyBlocks = article.blocks.map((b) => (b.heading && tableRows.some((row) => row.start <= b.start && b.end <= row.end) ? { ...b, heading: false } : b));
  const blocks = standfirstBlocks.length > 0 ? [...bodyBlocks, ...standfirstBlocks].sort((a, b) => a.start - b.start) : bodyBlocks;
  return { ...article, text, blocks, removed };
}

/** The chrome rule's reason when one takes the whole line (`photo credit`, `masthead`), else `null`. */
function ruleReason(line: string): string | null {
  const { blocks, removed } = findChrome(line);
  return blocks.length === 0 && removed.length === 1 ? removed[0].reason : null;
}
