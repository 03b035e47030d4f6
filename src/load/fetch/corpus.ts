/**
 * Saving fetched articles as a corpus (`outletdiff fetch URL… --out DIR`): one text file per
 * article and DIR/manifest.json in the contract's format, created or extended.
 */
import { mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileErrorProblem, OutletdiffError } from '../../errors.js';
import type { ArticleMetadata } from '../../types.js';
import { firstFreeId } from '../ids.js';
import { MANIFEST_FILE, readManifest, type ManifestArticle } from '../manifest.js';

/** One article to save. */
export interface CorpusEntry {
  /** The wanted corpus id (e.g. from `idForUrl`); a clash with another entry gets `-2`, `-3`. */
  id: string;
  /** The article text, written as UTF-8 without a byte-order mark. */
  text: string;
  /** The article's metadata; `metadata.url` identifies the entry a later save replaces. */
  metadata: ArticleMetadata;
  /** The story the article belongs to. `undefined` keeps a replaced entry's story (else `null`). */
  story?: string | null;
}

/**
 * Saves one article into the corpus folder `outDir`: creates the folder if needed, writes the
 * text as `<id>.txt` and adds the article to `outDir/manifest.json` (creating it), keeping the
 * other articles, their order and any fields outletdiff does not know. An entry with the same
 * `url` is replaced in place (it keeps its id and file); otherwise the article is appended with
 * an id unique in the manifest, and a file name that no other entry uses and no file in the
 * folder has (`<id>-2.txt`, …). The text is written before the manifest, each atomically
 * (temporary file, then rename), so the manifest never names a missing or half-written file.
 * Calls on one folder must not run concurrently. Throws `OutletdiffError` naming the file when
 * the existing manifest is not valid (it is left untouched) or a file cannot be written.
 */
export async function saveToCorpus(outDir: string, entry: CorpusEntry): Promise<ManifestArticle> {
  await ensureFolder(outDir);
  const existing = await readExistingManifest(outDir);
  const metadata = cleanMetadata(entry.metadata);
  const replaced = metadata.url === null ? -1 : existing.articles.findIndex((a) => a.url === metadata.url);

  let article: ManifestArticle;
  if (replaced >= 0) {
    const old = existing.articles[replaced];
    article = { id: old.id, file: old.file, ...metadata, story: entry.story === undefined ? old.story : entry.story };
  } else {
    const id = firstFreeId(entry.id, new Set(existing.articles.map((a) => a.id)));
    article = { id, file: await freeFileName(outDir, id, existing.articles), ...metadata, story: entry.story ?? null };
  }

  const textPath = resolve(outDir, article.file);
  await ensureFolder(dirname(textPath));
  await writeAtomically(textPath, entry.text.replace(/^\uFEFF/, ''));

  const fields = contractOrder(article);
  const rawArticles = [...existing.rawArticles];
  if (replaced >= 0) rawArticles[replaced] = { ...(rawArticles[replaced] as Record<string, unknown>), ...fields };
  else rawArticles.push(fields);
  const manifest = { ...existing.raw, schemaVersion: 1, articles: rawArticles };
  await writeAtomically(join(outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return article;
}

interface ExistingManifest {
  /** The manifest object as stored (unknown top-level fields kept). */
  raw: Record<string, unknown>;
  /** Its articles as stored (unknown fields and `""` kept, so untouched entries are written back as they were). */
  rawArticles: unknown[];
  /** The same articles as `readManifest` validated them. */
  articles: ManifestArticle[];
}

async function readExistingManifest(dir: string): Promise<ExistingManifest> {
  const file = join(dir, MANIFEST_FILE);
  try {
    await stat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { raw: {}, rawArticles: [], articles: [] };
    throw new OutletdiffError(`${file}: cannot read the corpus manifest: ${fileErrorProblem(error)}`);
  }
  // readManifest throws an OutletdiffError naming the file for anything that is not a valid manifest.
  const { articles } = readManifest(dir);
  const raw = JSON.parse((await readFile(file, 'utf8')).replace(/^\uFEFF/, '')) as Record<string, unknown>;
  return { raw, rawArticles: raw.articles as unknown[], articles };
}

/**
 * Checks a corpus folder before any page is fetched into it: an existing manifest must be valid
 * (else `OutletdiffError` naming it), so a bad folder fails once, not once per URL.
 */
export async function checkCorpusFolder(outDir: string): Promise<void> {
  // A file in the folder's place would otherwise surface as an unreadable manifest inside it.
  const found = await stat(outDir).catch((error: unknown) => {
    // Missing: created when the first page is saved. Anything else is named on the folder itself.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new OutletdiffError(`${outDir}: ${fileErrorProblem(error)}`);
  });
  if (found !== undefined && !found.isDirectory()) throw new OutletdiffError(`${outDir}: not a folder (--out names the corpus folder)`);
  await readExistingManifest(outDir);
}


/**
 * `<id>.txt`, else `<id>-2.txt`, … — the first name no manifest entry uses and no file in the
 * folder has (a file the manifest does not know is the user's: never overwritten).
 * Names compare case-insensitively, as on macOS and Windows file systems.
 */
async function freeFileName(dir: string, id: string, articles: ManifestArticle[]): Promise<string> {
  const used = new Set(articles.map((a) => relative(dir, resolve(dir, a.file)).toLowerCase()));
  const base = id.replace(/[/\\:*?"<>|\u0000-\u001f]/g, '-').replace(/^\.+/, '') || 'article';
  // Bounded: each taken name is a manifest entry or an existing file, both finitely many.
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base}.txt` : `${base}-${n}.txt`;
    if (!used.has(name.toLowerCase()) && !(await exists(join(dir, name)))) return name;
  }
}

/** Unknown metadata is `null`, never `""`; a date the manifest would refuse is unknown too. */
function cleanMetadata(metadata: ArticleMetadata): ArticleMetadata {
  const clean = (value: string | null): string | null => (value === null || value.trim() === '' ? null : value);
  const date = clean(metadata.date);
  return {
    outlet: clean(metadata.outlet),
    title: clean(metadata.title),
    url: clean(metadata.url),
    author: clean(metadata.author),
    date: date !== null && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
    published: clean(metadata.published),
  };
}

/** The article's fields in the contract's order. */
function contractOrder(a: ManifestArticle): Record<string, string | null> {
  return {
    id: a.id,
    file: a.file,
    outlet: a.outlet,
    date: a.date,
    published: a.published,
    title: a.title,
    url: a.url,
    author: a.author,
    story: a.story,
  };
}

async function ensureFolder(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new OutletdiffError(`${dir}: cannot create the folder: ${fileErrorProblem(error)}`);
  }
}

/** Writes `content` to a temporary file beside `path`, then renames it over `path`. */
async function writeAtomically(path: string, content: string): Promise<void> {
  // node:crypto is loaded here, on first use, not by every run of the command line.
  const { randomBytes } = await import('node:crypto');
  const temp = join(dirname(path), `.${randomBytes(6).toString('hex')}.outletdiff.tmp`);
  try {
    await writeFile(temp, content, 'utf8');
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw new OutletdiffError(`${path}: cannot write: ${fileErrorProblem(error)}`);
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
