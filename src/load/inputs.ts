/**
 * Turning command-line arguments into loaded articles: the only place that reads input.
 * Argument order (CONTRACT.md): a URL, else an existing path, else a corpus id.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { parse as parsePath } from 'node:path';
import { fileErrorProblem, OutletdiffError } from '../errors.js';
import type { ArticleMetadata, LoadedArticle } from '../types.js';
import { loadArticleText } from './article.js';
import { charsetLabel, decodeBytes, utf16ByteOrder, type TextEncoding } from './decode.js';
import type { Layout } from './layout.js';
import { firstFreeId } from './ids.js';
import { fetchPage, idForUrl, isUrlArgument, type FetchOptions } from './fetch/index.js';
import { decodeHtmlBytes } from './html/decode.js';
import { looksLikeHtml } from './html/looksLikeHtml.js';
import {
  bundledCorpusDir,
  corpusFilePath,
  manifestMetadata,
  readManifest,
  type ManifestArticle,
} from './manifest.js';

export interface ReadInputsOptions {
  /** A corpus folder with a `manifest.json`; its ids and files take precedence over the bundled corpus. */
  corpusDir?: string;
  /** Reads all of standard input; defaults to reading `process.stdin`. */
  readStdin?: () => Promise<Uint8Array>;
  /** How URL arguments are fetched (timeout, size cap, redirects; a resolver for tests). */
  fetch?: FetchOptions;
  /** The character set of text files and standard input (UTF-8 by default); for a saved web page, it overrides the page's own `<meta>` charset. */
  encoding?: TextEncoding;
  /** How text files lay out paragraphs: detected by default (see `src/load/layout.ts`). */
  layout?: Layout | 'auto';
}

/** A corpus to look arguments up in. */
interface Corpus {
  dir: string;
  articles: ManifestArticle[];
  /** Real paths of the corpus files, filled on first use. */
  byPath?: Map<string, ManifestArticle>;
}

/** One argument's bytes and what is known about them before decoding. */
interface RawInput {
  bytes: Uint8Array;
  /** The id before clashes are resolved. */
  baseId: string;
  /** Manifest metadata for a corpus article. */
  metadata?: ArticleMetadata;
  /** A web page (a fetched HTML URL, or an .html file): its article is extracted first. */
  html?: { charset?: string; url?: string };
  /** A fetched plain-text page: the charset its `Content-Type` names, and the URL it came from. */
  plain?: { charset?: string; url: string };
}

/**
 * Reads, decodes and loads each argument, in order. Ids follow the contract: corpus id,
 * else the file name without extension, `stdin` for `-`; a clash gets `-2`, `-3`, … in
 * input order. `source` is the argument as given. Throws `OutletdiffError` (exit 2) naming
 * the argument on the first input that cannot be read.
 */
export async function readInputs(args: string[], options: ReadInputsOptions = {}): Promise<LoadedArticle[]> {
  const corpora = openCorpora(options.corpusDir);
  const readStdin = onlyOnce(options.readStdin ?? readProcessStdin);
  const taken = new Set<string>();
  const articles: LoadedArticle[] = [];
  for (const arg of args) {
    const input = await readArgument(arg, corpora, readStdin, options.fetch);
    const id = uniqueId(input.baseId, taken);
    articles.push(await loadRawInput(input, id, arg, options.encoding, options.layout));
  }
  return articles;
}

/** Decodes and loads one input: a web page through article extraction, anything else as text. */
async function loadRawInput(input: RawInput, id: string, source: string, encoding?: TextEncoding, layout?: Layout | 'auto'): Promise<LoadedArticle> {
  if (input.html) {
    return (await htmlLoader())(decodeHtmlBytes(input.bytes, source, input.html.charset), { id, source, url: input.html.url });
  }
  if (input.plain) {
    // As for a web page without a canonical link, the URL is the one the text came from.
    const text = decodeBytes(input.bytes, source, { headerCharset: input.plain.charset });
    return loadArticleText(text, { id, source, metadata: { url: input.plain.url }, layout });
  }
  return loadArticleBytes(input.bytes, { id, source, metadata: input.metadata, encoding, layout });
}

/**
 * Loads an article from a file's bytes: a saved web page (whatever its name, in any character set
 * its `<meta>` names, unless `encoding` names one) through the page extractor, anything else as
 * text. A manifest article is always text. Used for arguments and for the files an index reads.
 */
export async function loadArticleBytes(
  bytes: Uint8Array,
  init: { id: string; source: string; metadata?: ArticleMetadata; encoding?: TextEncoding; layout?: Layout | 'auto' },
): Promise<LoadedArticle> {
  const { id, source, metadata, encoding, layout } = init;
  // Decide before decoding: a page's charset may be any its <meta> names. Any single-byte reading
  // shows the markup of an ASCII-compatible page; a UTF-16 one (a page saved by some Windows
  // programs) must be read as UTF-16 to show it.
  const probe = new TextDecoder(utf16ByteOrder(bytes) ?? 'windows-1252').decode(bytes.subarray(0, 2048));
  if (!metadata && looksLikeHtml(probe, source)) {
    return (await htmlLoader())(decodeHtmlBytes(bytes, source, charsetLabel(encoding)), { id, source });
  }
  return loadArticleText(decodeBytes(bytes, source, { encoding }), { id, source, metadata, layout });
}

/**
 * The page extractor, loaded on first use: its DOM library takes longer to load than a whole
 * comparison of two text articles takes to run.
 */
async function htmlLoader(): Promise<typeof import('./html/loadHtmlArticle.js').loadHtmlArticle> {
  return (await import('./html/loadHtmlArticle.js')).loadHtmlArticle;
}

/** Fetches one URL and extracts its article (for `outletdiff fetch`); the id follows the contract's URL rule. */
export async function fetchArticle(url: string, options: FetchOptions = {}): Promise<LoadedArticle> {
  const input = await readUrl(url, options);
  return loadRawInput(input, input.baseId, url);
}

async function readUrl(url: string, options: FetchOptions | undefined): Promise<RawInput> {
  const page = await fetchPage(url, options);
  const charset = page.charset ?? undefined;
  const isHtml = page.contentType === null || !/^text\/plain\b/i.test(page.contentType);
  const fetched = { charset, url: page.finalUrl };
  return { bytes: page.bytes, baseId: idForUrl(url), ...(isHtml ? { html: fetched } : { plain: fetched }) };
}

/**
 * Reads one plain-text input that is not an article (`score-pairs` lines): a file path or `-`
 * for standard input, decoded like an article, but empty input is allowed (it has no lines).
 */
export async function readTextInput(arg: string, options: Pick<ReadInputsOptions, 'readStdin' | 'encoding'> = {}): Promise<string> {
  const decode = { allowEmpty: true, encoding: options.encoding };
  // Named so, since a message starting ": no such file" names nothing.
  if (arg === '') throw new OutletdiffError('"" (an empty argument): expected a file, or - for standard input');
  if (arg === '-') return decodeBytes(await (options.readStdin ?? readProcessStdin)(), arg, decode);
  const kind = await pathKind(arg);
  if (kind === 'directory') throw new OutletdiffError(`${arg}: is a directory`);
  if (kind === 'missing') throw new OutletdiffError(`${arg}: no such file`);
  return decodeBytes(await readBytes(arg, arg), arg, decode);
}

/** `base`, or `base-2`, `base-3`, … whichever is free first; marks it taken. */
export function uniqueId(base: string, taken: Set<string>): string {
  const id = firstFreeId(base, taken);
  taken.add(id);
  return id;
}

function openCorpora(corpusDir: string | undefined): Corpus[] {
  const dirs = corpusDir === undefined ? [bundledCorpusDir()] : [corpusDir, bundledCorpusDir()];
  return dirs.map((dir) => ({ dir, articles: readManifest(dir).articles }));
}

async function readArgument(
  arg: string,
  corpora: Corpus[],
  readStdin: () => Promise<Uint8Array>,
  fetchOptions: FetchOptions | undefined,
): Promise<RawInput> {
  if (isUrlArgument(arg)) return readUrl(arg, fetchOptions);
  if (arg === '-') return { bytes: await readStdin(), baseId: 'stdin' };
  // Named so, since a message starting ": no such file" names nothing.
  if (arg === '') throw new OutletdiffError('"" (an empty argument): expected a file, a URL, - for standard input or a corpus id');
  const kind = await pathKind(arg);
  if (kind === 'directory') throw new OutletdiffError(`${arg}: is a directory`);
  if (kind === 'file') {
    const bytes = await readBytes(arg, arg);
    const article = await corpusArticleAt(arg, corpora);
    return article ? corpusInput(bytes, article) : { bytes, baseId: parsePath(arg).name };
  }
  const found = findCorpusId(arg, corpora);
  if (!found) throw new OutletdiffError(`${arg}: no such file or corpus article`);
  return corpusInput(await readBytes(corpusFilePath(found.dir, found.article), arg), found.article);
}

function corpusInput(bytes: Uint8Array, article: ManifestArticle): RawInput {
  return { bytes, baseId: article.id, metadata: manifestMetadata(article) };
}

/** Whether `path` names a directory, something readable, or nothing at all. */
async function pathKind(path: string): Promise<'directory' | 'file' | 'missing'> {
  try {
    return (await stat(path)).isDirectory() ? 'directory' : 'file';
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing';
    throw readError(path, error);
  }
}

async function readBytes(path: string, arg: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') throw new OutletdiffError(`${arg}: corpus file ${path} is missing`);
    throw readError(arg, error);
  }
}

function readError(arg: string, error: unknown): OutletdiffError {
  return new OutletdiffError(`${arg}: ${fileErrorProblem(error, 'reading the file')}`);
}

/** The manifest article whose file is `path` (compared as real absolute paths), if any. */
async function corpusArticleAt(path: string, corpora: Corpus[]): Promise<ManifestArticle | null> {
  const real = await realpath(path);
  for (const corpus of corpora) {
    corpus.byPath ??= await indexByRealPath(corpus);
    const article = corpus.byPath.get(real);
    if (article) return article;
  }
  return null;
}

async function indexByRealPath(corpus: Corpus): Promise<Map<string, ManifestArticle>> {
  const byPath = new Map<string, ManifestArticle>();
  for (const article of corpus.articles) {
    // A manifest entry whose file is missing simply matches no path.
    const real = await realpath(corpusFilePath(corpus.dir, article)).catch(() => null);
    if (real && !byPath.has(real)) byPath.set(real, article);
  }
  return byPath;
}

function findCorpusId(id: string, corpora: Corpus[]): { dir: string; article: ManifestArticle } | null {
  for (const corpus of corpora) {
    const article = corpus.articles.find((a) => a.id === id);
    if (article) return { dir: corpus.dir, article };
  }
  return null;
}

/** Standard input can be read once per run; a second `-` is a usage error. */
function onlyOnce(read: () => Promise<Uint8Array>): () => Promise<Uint8Array> {
  let used = false;
  return () => {
    if (used) throw new OutletdiffError('-: standard input can be given only once');
    used = true;
    return read();
  };
}

async function readProcessStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}
