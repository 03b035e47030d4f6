/**
 * The files of a corpus on disk, for `index`: every article file under the roots given, with the
 * contract's ids, and each one read, hashed and loaded on request. Reading stays in the load stage.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';
import { OutletdiffError } from '../errors.js';
import type { ArticleMetadata, LoadedArticle } from '../types.js';
import type { TextEncoding } from './decode.js';
import { loadArticleBytes } from './inputs.js';
import type { Layout } from './layout.js';
import { MANIFEST_FILE, manifestMetadata, readManifest } from './manifest.js';

/** One article file found under a root. */
export interface CorpusFile {
  /** The contract's id: the manifest's, else the path relative to the root (a root that is a file: its name). */
  id: string;
  /** The root as given, resolved to an absolute path. */
  root: string;
  /** The file, absolute. */
  path: string;
  /** Metadata a manifest in the root gives for it. */
  metadata?: ArticleMetadata;
}

/** Extensions of article files: plain text and saved web pages. */
const ARTICLE_FILE = /\.(?:txt|text|html?|xhtml)$/iu;

/**
 * Every article file under `roots` (files and folders; folders recursively, hidden entries and
 * manifests left out), in a stable order, with unique ids: when two roots hold the same relative
 * path, each id is prefixed with its root folder's name. Throws `OutletdiffError` for a root that
 * does not exist.
 */
export async function listCorpusFiles(roots: readonly string[]): Promise<CorpusFile[]> {
  const found: CorpusFile[] = [];
  for (const given of roots) {
    const root = resolve(given);
    const info = await stat(root).catch(() => null);
    if (!info) throw new OutletdiffError(`${given}: no such file or folder`);
    if (info.isFile()) {
      found.push({ id: basename(root), root, path: root });
      continue;
    }
    const manifest = existsSync(join(root, MANIFEST_FILE)) ? readManifest(root) : null;
    const byFile = new Map((manifest?.articles ?? []).map((article) => [resolve(root, article.file), article]));
    for (const path of (await filesUnder(root)).sort()) {
      const entry = byFile.get(path);
      const id = entry ? entry.id : relative(root, path).split(sep).join('/');
      found.push({ id, root, path, metadata: entry ? manifestMetadata(entry) : undefined });
    }
  }
  return uniqueIds(found);
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(path)));
    else if (entry.isFile() && ARTICLE_FILE.test(entry.name)) files.push(path);
  }
  return files;
}

/** Ids clash only across roots: each clashing file then gets its root folder's name in front. */
function uniqueIds(files: CorpusFile[]): CorpusFile[] {
  const roots = new Map<string, Set<string>>();
  for (const file of files) roots.set(file.id, (roots.get(file.id) ?? new Set()).add(file.root));
  const seen = new Set<string>();
  return files
    .map((file) => ((roots.get(file.id)?.size ?? 0) > 1 ? { ...file, id: `${basename(file.root)}/${file.id}` } : file))
    .filter((file) => {
      // The same file reached through two roots (a folder and a file in it) is one article.
      const key = `${file.id}\u0000${file.path}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** A corpus file's bytes and their SHA-256, the index's test of whether a file changed. */
export async function readCorpusBytes(file: CorpusFile): Promise<{ bytes: Uint8Array; hash: string }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file.path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new OutletdiffError(`${file.path}: cannot read (${code})`);
  }
  // node:crypto is loaded on first use: comparing articles never hashes, and loading it cost every run.
  const { createHash } = await import('node:crypto');
  return { bytes, hash: createHash('sha256').update(bytes).digest('hex') };
}

/** Loads a corpus file's article from its bytes, as an argument's would be loaded. */
export async function loadCorpusBytes(
  file: CorpusFile,
  bytes: Uint8Array,
  options: { encoding?: TextEncoding; layout?: Layout | 'auto' } = {},
): Promise<LoadedArticle> {
  return loadArticleBytes(bytes, { id: file.id, source: file.path, metadata: file.metadata, ...options });
}
