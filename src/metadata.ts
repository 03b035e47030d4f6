import type { ArticleMetadata } from './types.js';

/**
 * Just the metadata fields of anything that carries them (a manifest entry, a loaded article),
 * in the order the contract's JSON lists them.
 */
export function metadataOf(source: ArticleMetadata): ArticleMetadata {
  const { outlet, date, published, title, url, author } = source;
  return { outlet, date, published, title, url, author };
}
