/**
 * From decoded text to a loaded article: body blocks, removed chrome and metadata.
 */
import type { ArticleMetadata, LoadedArticle } from '../types.js';
import { findChrome, type Detection } from './chrome.js';
import { wrapWidthFor, type Layout } from './layout.js';

/** What the caller already knows about the text. */
export interface LoadInit {
  /** The article's id, unique within the run. */
  id: string;
  /** The argument as given: the path as typed, the URL, or `-`. */
  source: string;
  /**
   * Known metadata (e.g. a manifest entry). Every field given here, `null` included, wins
   * over what the text states; fields left out (or `undefined`) are detected from the text.
   */
  metadata?: Partial<ArticleMetadata>;
  /**
   * How the text is laid out: `lines` (a paragraph per line, as web text), `wrapped` (hard-wrapped
   * wire copy, paragraphs rebuilt from its lines), or `auto` (the default: detected from line lengths).
   */
  layout?: Layout | 'auto';
}

const METADATA_FIELDS = ['outlet', 'title', 'url', 'author', 'date', 'published'] as const;

/**
 * Loads an article from already decoded text. Pure: no I/O. `text` is kept exactly as
 * given, so block and piece offsets index into it. Cost: linear in the text length.
 */
export function loadArticleText(text: string, init: LoadInit): LoadedArticle {
  const { blocks, removed, detections } = findChrome(text, wrapWidthFor(text, init.layout ?? 'auto'));
  const metadata = mergeMetadata(detectedMetadata(detections), init.metadata ?? {});
  return { id: init.id, source: init.source, ...metadata, text, blocks, removed };
}

/**
 * The metadata the text states: for each field the lowest-ranked detection, the earliest
 * on a tie; `published` only on the day `date` names. The text never gives a URL, so `url` is
 * always `null`.
 */
export function detectedMetadata(detections: Detection[]): ArticleMetadata {
  const best = (field: keyof ArticleMetadata, fits: (value: string) => boolean = () => true): string | null => {
    const candidates = detections.filter((d) => d.field === field && fits(d.value));
    candidates.sort((a, b) => a.rank - b.rank || a.at - b.at);
    return candidates[0]?.value ?? null;
  };
  const date = best('date');
  return {
    outlet: best('outlet'),
    title: best('title'),
    url: null,
    author: best('author'),
    date,
    // A timestamp of another day than the date chosen is another stamp's: the contract's date is the
    // timestamp's own.
    published: best('published', (value) => value.startsWith(`${date}T`)),
  };
}

function mergeMetadata(detected: ArticleMetadata, given: Partial<ArticleMetadata>): ArticleMetadata {
  const merged = { ...detected };
  for (const field of METADATA_FIELDS) {
    const value = given[field];
    // The contract: unknown values are null, never "".
    if (value !== undefined) merged[field] = value === '' ? null : value;
  }
  return merged;
}

/**
 * The article without its chrome: the body blocks (headings included) as they stand in the text,
 * a blank line between them. What `outletdiff fetch` saves, so that reading the saved file gives
 * the same sentences as reading the page did (captions and credits found in the page's structure
 * are not left for the text rules to guess at).
 */
export function articleBodyText(article: LoadedArticle): string {
  return `${article.blocks.map((block) => article.text.slice(block.start, block.end)).join('\n\n')}\n`;
}
