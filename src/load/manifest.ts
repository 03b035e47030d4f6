/**
 * Corpus manifests (`manifest.json`, schema version 1, see CONTRACT.md) and the corpus
 * bundled with outletdiff.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileErrorProblem, OutletdiffError } from '../errors.js';
import { packageRoot } from '../packageRoot.js';
import { metadataOf } from '../metadata.js';
import type { ArticleMetadata } from '../types.js';

/** One article of a corpus manifest. Unknown values are `null`. */
export interface ManifestArticle extends ArticleMetadata {
  /** The corpus id, unique within the manifest. */
  id: string;
  /** The article's text file, relative to the manifest's folder. */
  file: string;
  /** A short name of the story the article belongs to. */
  story: string | null;
}

/** A corpus manifest, as `readManifest` validated it. */
export interface Manifest {
  schemaVersion: 1;
  articles: ManifestArticle[];
}

export const MANIFEST_FILE = 'manifest.json';

const NULLABLE_FIELDS = ['outlet', 'date', 'published', 'title', 'url', 'author', 'story'] as const;

/** The bundled `corpus/` folder. */
export function bundledCorpusDir(): string {
  return join(packageRoot(), 'corpus');
}

/**
 * Reads and validates `<dir>/manifest.json`. Throws `OutletdiffError` naming the file when
 * it is missing, not JSON, of another schema version, has a malformed article, or gives one id
 * or one file to two articles.
 */
export function readManifest(dir: string): Manifest {
  const file = join(dir, MANIFEST_FILE);
  const data = parseJsonFile(file);
  if (!isRecord(data)) throw manifestError(file, 'not a JSON object');
  if (data.schemaVersion !== 1) {
    throw manifestError(file, `unsupported schemaVersion ${JSON.stringify(data.schemaVersion)} (expected 1)`);
  }
  if (!Array.isArray(data.articles)) throw manifestError(file, '"articles" must be an array');
  const articles = data.articles.map((entry, i) => validateArticle(entry, `articles[${i}]`, file));
  const seen = new Set<string>();
  // One file under two ids: a path naming it could not say which article it is.
  const idOfFile = new Map<string, string>();
  for (const article of articles) {
    if (seen.has(article.id)) throw manifestError(file, `duplicate article id "${article.id}"`);
    seen.add(article.id);
    const path = resolve(dir, article.file);
    const other = idOfFile.get(path);
    if (other !== undefined) throw manifestError(file, `articles "${other}" and "${article.id}" name the same file "${article.file}"`);
    idOfFile.set(path, article.id);
  }
  return { schemaVersion: 1, articles };
}

/** The articles of the corpus in `dir` (default: the bundled corpus), in manifest order. */
export function listCorpus(dir: string = bundledCorpusDir()): ManifestArticle[] {
  return readManifest(dir).articles;
}

/**
 * The ids of a story's articles, in manifest order. `story` matches a story label ignoring case,
 * or, when no label equals it, the one label that contains it ("zakharova" finds "Zakharova on
 * NATO, 18 Feb 2022"). Throws `OutletdiffError` listing the labels when none or several match.
 */
export function storyArticleIds(story: string, dir: string = bundledCorpusDir()): string[] {
  const articles = listCorpus(dir);
  const labels = [...new Set(articles.flatMap((article) => (article.story === null ? [] : [article.story])))];
  const wanted = story.trim().toLowerCase();
  const exact = labels.filter((label) => label.toLowerCase() === wanted);
  const matching = exact.length > 0 ? exact : labels.filter((label) => wanted !== '' && label.toLowerCase().includes(wanted));
  const known = labels.length > 0 ? `stories: ${labels.map((label) => JSON.stringify(label)).join(', ')}` : 'no article has a story label';
  if (matching.length === 0) throw new OutletdiffError(`--story ${story}: no such story in ${join(dir, MANIFEST_FILE)} (${known})`);
  if (matching.length > 1) {
    throw new OutletdiffError(`--story ${story}: matches ${matching.length} stories (${matching.map((label) => JSON.stringify(label)).join(', ')}); give more of the label`);
  }
  return articles.filter((article) => article.story === matching[0]).map((article) => article.id);
}

/** The absolute path of a manifest article's text file. */
export function corpusFilePath(dir: string, article: ManifestArticle): string {
  return resolve(dir, article.file);
}

/** The article metadata a manifest entry gives (all fields, nulls included). */
export function manifestMetadata(article: ManifestArticle): ArticleMetadata {
  return metadataOf(article);
}

function parseJsonFile(file: string): unknown {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new OutletdiffError(`${file}: no such corpus manifest`);
    // A file where the corpus folder should be: the path given is what is wrong, not the manifest.
    if (code === 'ENOTDIR') throw new OutletdiffError(`${dirname(file)}: not a folder (a corpus is a folder with a ${MANIFEST_FILE})`);
    throw new OutletdiffError(`${file}: cannot read the corpus manifest: ${fileErrorProblem(error)}`);
  }
  try {
    return JSON.parse(raw.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    throw manifestError(file, `not valid JSON (${(error as Error).message})`);
  }
}

function validateArticle(entry: unknown, where: string, file: string): ManifestArticle {
  if (!isRecord(entry)) throw manifestError(file, `${where} must be an object`);
  for (const key of ['id', 'file'] as const) {
    if (typeof entry[key] !== 'string' || entry[key] === '') {
      throw manifestError(file, `${where}.${key} must be a non-empty string`);
    }
  }
  const article = { id: entry.id as string, file: entry.file as string } as ManifestArticle;
  for (const key of NULLABLE_FIELDS) {
    const value = entry[key] ?? null;
    if (value !== null && typeof value !== 'string') throw manifestError(file, `${where}.${key} must be a string or null`);
    article[key] = value === '' ? null : value;
  }
  if (article.date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(article.date)) {
    throw manifestError(file, `${where}.date must be "YYYY-MM-DD" or null`);
  }
  return article;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function manifestError(file: string, problem: string): OutletdiffError {
  return new OutletdiffError(`${file}: bad corpus manifest: ${problem}`);
}
