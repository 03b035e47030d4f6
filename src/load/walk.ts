/**
 * The files of a corpus on disk, for `index`: every article file under the roots given, with the
 * contract's ids, and each one read, hashed and loaded on request. Reading stays in the load stage.
 */
import type { Dirent } from 'node:fs';
import { lstat, readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileErrorProblem, OutletdiffError } from '../errors.js';
import type { ArticleMetadata, LoadedArticle } from '../types.js';
import type { TextEncoding } from './decode.js';
import { loadArticleBytes } from './inputs.js';
import type { Layout } from './layout.js';
import { MANIFEST_FILE, manifestMetadata, readManifest, type Manifest } from './manifest.js';

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

/** Something under the roots that could not be listed or is not read: reported, counted and skipped. */
export interface CorpusProblem {
  /** The root as given, or the absolute path of the folder, link or file. */
  path: string;
  /** What is wrong, without the path. */
  problem: string;
}

/** What {@link listCorpusFiles} found under the roots of one run. */
export interface CorpusListing {
  /** Every root given, resolved to an absolute path (missing ones too), in the order given. */
  roots: string[];
  /** The article files, in a stable order, with unique ids. */
  files: CorpusFile[];
  /** Roots, folders and links that were not read, in the order met. */
  problems: CorpusProblem[];
  /**
   * Absolute paths whose contents this run could not see (missing roots, unreadable folders, roots
   * with a bad manifest): articles indexed from under them are neither re-read nor dropped.
   */
  unlisted: string[];
  /** The roots that do not exist, as given. */
  missing: string[];
}

/**
 * Whether the index holds `id` for another file that this run keeps whatever it finds (an article
 * of a root not given, or under a folder it could not read): a new file must not take that id over.
 */
export type HeldElsewhere = (id: string, file: CorpusFile) => boolean;

/** Extensions of article files: plain text and saved web pages. */
const ARTICLE_FILE = /\.(?:txt|text|html?|xhtml)$/iu;

/**
 * Every article file under `roots` (files and folders; folders recursively, hidden entries and
 * manifests left out), in a stable order, with unique ids ({@link uniqueIds}). Symbolic links
 * inside a folder are not followed: each one to a folder or an article file is a problem, as are
 * a missing root, a folder that cannot be read, a bad manifest (its root is then not read at
 * all: its ids are unknown) and a manifest entry whose file is not listed. An index passes
 * `heldElsewhere`, which learns the run's roots and unlisted paths once the walk knows them, so
 * new files do not take the ids of articles it keeps.
 */
export async function listCorpusFiles(
  roots: readonly string[],
  options: { heldElsewhere?: (walked: Pick<CorpusListing, 'roots' | 'unlisted'>) => HeldElsewhere } = {},
): Promise<CorpusListing> {
  const listing: CorpusListing = { roots: [], files: [], problems: [], unlisted: [], missing: [] };
  // Checked once every root is walked: an entry may name a file another root lists.
  const manifests: Array<{ root: string; manifest: Manifest }> = [];
  for (const given of roots) {
    const root = resolve(given);
    listing.roots.push(root);
    const info = await stat(root).catch((error: unknown) => ({ error }));
    if ('error' in info || (!info.isFile() && !info.isDirectory())) {
      const code = 'error' in info ? errorCode(info.error) : null;
      const missing = code === 'ENOENT' || code === 'ENOTDIR';
      if (missing) listing.missing.push(given);
      const problem = missing ? 'no such file or folder' : 'error' in info ? fileErrorProblem(info.error, 'reading it') : 'not a file or folder';
      listing.problems.push({ path: given, problem });
      listing.unlisted.push(root);
      continue;
    }
    if (info.isFile()) {
      listing.files.push({ id: basename(root), root, path: root });
      continue;
    }
    let manifest: Manifest | null = null;
    try {
      // Any entry by that name counts, a link that leads nowhere too: it is reported, not passed over.
      const named = await lstat(join(root, MANIFEST_FILE)).then(() => true, () => false);
      manifest = named ? readManifest(root) : null;
    } catch (error) {
      if (!(error instanceof OutletdiffError)) throw error;
      listing.problems.push({ path: given, problem: error.message });
      listing.unlisted.push(root);
      continue;
    }
    const byFile = new Map((manifest?.articles ?? []).map((article) => [resolve(root, article.file), article]));
    for (const path of (await filesUnder(root, listing)).sort()) {
      const entry = byFile.get(path);
      const id = entry ? entry.id : relative(root, path).split(sep).join('/');
      listing.files.push({ id, root, path, metadata: entry ? manifestMetadata(entry) : undefined });
    }
    if (manifest) manifests.push({ root, manifest });
  }
  for (const { root, manifest } of manifests) await checkManifestEntries(root, manifest, listing);
  listing.files = uniqueIds(listing.files, options.heldElsewhere?.(listing));
  return listing;
}

/**
 * Adds a problem for each entry of `root`'s manifest whose file the walk did not list (missing, a
 * folder, a link, hidden, not an article file, outside the root) and that no other problem covers
 * already: the manifest promises an article there, so leaving it out silently would hide a stale
 * or mistyped entry. Cost: one `lstat` per entry not listed.
 */
async function checkManifestEntries(root: string, manifest: Manifest, listing: CorpusListing): Promise<void> {
  const listed = new Set(listing.files.map((file) => file.path));
  const reported = new Set(listing.problems.map((problem) => problem.path));
  for (const entry of manifest.articles) {
    const path = resolve(root, entry.file);
    if (listed.has(path) || reported.has(path) || isUnder(path, listing.unlisted)) continue;
    const problem = await manifestFileProblem(path, root);
    listing.problems.push({ path, problem: `${problem} (entry "${entry.id}" of ${join(root, MANIFEST_FILE)})` });
    reported.add(path);
  }
}

/** Why a file a manifest names was not listed under its root. */
async function manifestFileProblem(path: string, root: string): Promise<string> {
  const info = await lstat(path).catch((error: unknown) => ({ error }));
  if ('error' in info) {
    const code = errorCode(info.error);
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'no such file' : fileErrorProblem(info.error, 'reading the file');
  }
  if (info.isDirectory()) return 'a folder, not an article file';
  const inside = relative(root, path);
  if (inside.startsWith('..') || isAbsolute(inside)) return `outside ${root}, not read`;
  if (info.isSymbolicLink()) return 'symbolic link, not followed (give the file itself to index it)';
  if (inside.split(sep).some((name) => name.startsWith('.'))) return 'hidden, not read';
  if (!info.isFile()) return 'not a regular file';
  return 'not an article file (.txt, .text, .html, .htm, .xhtml), not read';
}

/** `path` is one of `folders` or inside one. */
export function isUnder(path: string, folders: readonly string[]): boolean {
  return folders.some((folder) => path === folder || path.startsWith(folder.endsWith(sep) ? folder : `${folder}${sep}`));
}

/** The article files under `dir`; folders and links it cannot or does not read go to `listing`. */
async function filesUnder(dir: string, listing: CorpusListing): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    listing.problems.push({ path: dir, problem: `cannot read the folder: ${fileErrorProblem(error)}` });
    listing.unlisted.push(dir);
    return [];
  }
  const files: string[] = [];
  // By name, so problems are reported in the same order on every run.
  for (const entry of entries.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(path, listing)));
    else if (entry.isFile() && ARTICLE_FILE.test(entry.name)) files.push(path);
    else if (entry.isSymbolicLink()) {
      const problem = await linkProblem(path, entry.name);
      if (problem !== null) listing.problems.push({ path, problem });
    }
  }
  return files;
}

/**
 * Why a symbolic link inside a root is not read, or `null` for a link that would not be read anyway
 * (to a file that is not an article). Links are not followed: a link to a folder may loop, and one
 * to a file already under the roots would index the same article twice, as its own reuse.
 */
async function linkProblem(path: string, name: string): Promise<string | null> {
  const target = await stat(path).catch((error: unknown) => errorCode(error));
  if (typeof target === 'string') {
    if (!ARTICLE_FILE.test(name)) return null;
    return target === 'ELOOP' ? 'symbolic link in a loop, not followed' : 'broken symbolic link';
  }
  if (target.isDirectory()) return 'symbolic link to a folder, not followed (give the folder itself to index it)';
  if (ARTICLE_FILE.test(name)) return 'symbolic link, not followed (give the file itself to index it)';
  return null;
}

/**
 * Makes the ids of one run unique. An id that files of two or more root folders give, or that the
 * index holds for another file (`heldElsewhere`), gets the name of the file's root folder in front
 * (a file given directly: the folder it is in), and as many more names of the folder's path as it
 * takes to differ from the other folders (`clash/a/news` and `clash/b/news` give `a/news/x.txt`
 * and `b/news/x.txt`, `tass` beside them `tass/x.txt`), and more while the id is taken. Ids that no
 * prefix can tell apart (one folder giving an id twice) get `-2`, `-3`, … in listing order. A file
 * reached through two roots (a folder and a file in it) is one article: the first root's.
 * Cost: linear in the files; a clashing file's folder is compared with those of the other files
 * giving its id, name by name (a handful of roots in practice).
 */
export function uniqueIds(files: readonly CorpusFile[], heldElsewhere: HeldElsewhere = () => false): CorpusFile[] {
  const byPath = new Map<string, CorpusFile>();
  for (const file of files) if (!byPath.has(file.path)) byPath.set(file.path, file);
  const listed = [...byPath.values()];
  const folders = new Map<string, Set<string>>();
  for (const file of listed) folders.set(file.id, (folders.get(file.id) ?? new Set()).add(rootFolder(file)));
  const needsPrefix = (file: CorpusFile) => (folders.get(file.id)?.size ?? 0) > 1 || heldElsewhere(file.id, file);
  // Ids kept as they are, reserved first: no prefixed or numbered id may take one of them.
  const kept = new Set(listed.filter((file) => !needsPrefix(file)).map((file) => file.id));
  const taken = new Set<string>();
  const free = (id: string, file: CorpusFile) => !taken.has(id) && !kept.has(id) && !heldElsewhere(id, file);
  return listed.map((file) => {
    const prefixed = needsPrefix(file);
    let id = !prefixed && !taken.has(file.id) ? file.id : undefined;
    if (prefixed) {
      const own = segments(rootFolder(file));
      const others = [...(folders.get(file.id) ?? [])].filter((folder) => folder !== rootFolder(file)).map(segments);
      for (let depth = distinguishingDepth(own, others); depth <= own.length && id === undefined; depth++) {
        const candidate = [...own.slice(-depth), file.id].join('/');
        if (free(candidate, file)) id = candidate;
      }
    }
    // One folder giving an id twice, or no folder name left to add: the contract's general clash rule.
    for (let n = 2; id === undefined; n++) if (free(`${file.id}-${n}`, file)) id = `${file.id}-${n}`;
    taken.add(id);
    return id === file.id ? file : { ...file, id };
  });
}

/** The folder whose name goes in front of a clashing id: the root, or for a file given directly, its folder. */
function rootFolder(file: CorpusFile): string {
  return file.root === file.path ? dirname(file.root) : file.root;
}

function segments(folder: string): string[] {
  return folder.split(sep).filter((part) => part !== '');
}

/**
 * The fewest trailing names of `own` (at least 1) that differ from as many trailing names of each of
 * `others`; all of `own` when it runs out of names first.
 */
function distinguishingDepth(own: readonly string[], others: ReadonlyArray<readonly string[]>): number {
  const tail = (path: readonly string[], depth: number) => path.slice(-depth).join('/');
  let depth = 1;
  while (depth < own.length && others.some((other) => tail(other, depth) === tail(own, depth))) depth += 1;
  return depth;
}

/** A corpus file's bytes and their SHA-256, the index's test of whether a file changed. */
export async function readCorpusBytes(file: CorpusFile): Promise<{ bytes: Uint8Array; hash: string }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file.path);
  } catch (error) {
    throw new OutletdiffError(`${file.path}: ${fileErrorProblem(error, 'reading the file')}`);
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

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? 'unknown error';
}
