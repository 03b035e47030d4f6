/**
 * The corpus index's database: the only module that opens it. An embedded DuckDB file (no server)
 * holding the indexed articles, their sentences, the shingles that find candidate pairs, and the
 * alignments between candidate articles. Every update runs in one transaction, so a run that stops
 * half-way leaves the index as it was; opening checks the schema version and the index's integrity.
 */
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { fileErrorProblem, OutletdiffError } from '../errors.js';
import type { ArticleMetadata } from '../types.js';

/** The schema this version writes and reads. A file from a newer one is refused. */
export const SCHEMA_VERSION = 1;
const APPLICATION = 'outletdiff-index';
/** DuckDB's memory budget for one index connection. */
const INDEX_MEMORY_LIMIT = '1GB';

/** An indexed article's row. */
export interface IndexedArticle extends ArticleMetadata {
  id: string;
  /** The root it was found under, absolute. */
  root: string;
  /** The file, absolute. */
  path: string;
  /** SHA-256 of the file's bytes when indexed. */
  hash: string;
  /** Sentences, headings included. */
  sentences: number;
  /** Non-heading sentences. */
  body: number;
}

/** An indexed sentence. */
export interface IndexedSentence {
  index: number;
  text: string;
  heading: boolean;
}

/** One alignment between two indexed articles; `articleA` < `articleB`. */
export interface IndexedAlignment {
  articleA: string;
  articleB: string;
  sentencesA: number[];
  sentencesB: number[];
  textA: string;
  textB: string;
  score: number;
  /** A group of headings: left out of shares. */
  heading: boolean;
}

const SCHEMA = [
  `CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)`,
  `CREATE TABLE articles (id VARCHAR PRIMARY KEY, root VARCHAR NOT NULL, path VARCHAR NOT NULL, hash VARCHAR NOT NULL,
     outlet VARCHAR, date VARCHAR, published VARCHAR, title VARCHAR, url VARCHAR, author VARCHAR,
     sentences INTEGER NOT NULL, body INTEGER NOT NULL)`,
  `CREATE TABLE sentences (article VARCHAR NOT NULL, idx INTEGER NOT NULL, text VARCHAR NOT NULL, heading BOOLEAN NOT NULL)`,
  `CREATE TABLE shingles (article VARCHAR NOT NULL, shingle UINTEGER NOT NULL)`,
  `CREATE TABLE alignments (article_a VARCHAR NOT NULL, article_b VARCHAR NOT NULL, sentences_a VARCHAR NOT NULL, sentences_b VARCHAR NOT NULL,
     text_a VARCHAR NOT NULL, text_b VARCHAR NOT NULL, score DOUBLE NOT NULL, heading BOOLEAN NOT NULL)`,
];
const TABLES = ['meta', 'articles', 'sentences', 'shingles', 'alignments'];
/** The metadata columns of `articles`, in table order. */
const METADATA_COLUMNS = ['outlet', 'date', 'published', 'title', 'url', 'author'] as const;

/** An open index. Close it when done; writes go through {@link IndexStore.write}. */
export class IndexStore {
  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly db: DuckDBConnection,
    readonly file: string,
    /** This open made the file (it did not exist before). */
    readonly created: boolean,
  ) {}

  /**
   * Opens the index in `file`. With `create`, a missing file becomes a new, empty index; without
   * it a missing file is an error. Refuses (OutletdiffError, exit 2) a file that is not an
   * outletdiff index, one from a newer schema, and one whose tables disagree with each other.
   */
  static async open(file: string, options: { create: boolean }): Promise<IndexStore> {
    const exists = existsSync(file);
    if (!exists) {
      const unusable = unusablePath(file);
      if (unusable !== null) throw new OutletdiffError(`${file}: ${unusable}`);
    }
    if (!exists && !options.create) throw new OutletdiffError(`${file}: no such index (build one with "outletdiff index PATH --db ${file}")`);
    if (exists && statSync(file).isDirectory()) throw new OutletdiffError(`${file}: is a folder, not an index file`);
    let instance: DuckDBInstance;
    try {
      instance = await DuckDBInstance.create(file);
    } catch (error) {
      throw new OutletdiffError(`${file}: ${openProblem(error)}`);
    }
    const store = new IndexStore(instance, await instance.connect(), file, !exists);
    try {
      // Joins over millions of shingle rows may use this much memory and spill the rest to disk,
      // so an index run stays within a laptop's means whatever the corpus size.
      await store.db.run(`SET memory_limit = '${INDEX_MEMORY_LIMIT}'`);
      if (!(await store.hasTable('meta'))) {
        if (exists && (await store.tableNames()).length > 0) throw new OutletdiffError(`${file}: not an outletdiff index (a database of something else)`);
        if (!options.create) throw new OutletdiffError(`${file}: not an outletdiff index`);
        await store.createSchema();
      }
      await store.check();
    } catch (error) {
      store.discard();
      throw error;
    }
    return store;
  }

  close(): void {
    this.db.closeSync();
    this.instance.closeSync();
  }

  /**
   * Closes the index and, when this open created it, deletes the file (and DuckDB's write-ahead
   * log): a run that failed before indexing anything leaves no empty index behind.
   */
  discard(): void {
    this.close();
    if (!this.created) return;
    for (const file of [this.file, `${this.file}.wal`]) rmSync(file, { force: true });
  }

  private async rows(sql: string, values?: DuckDBValue[]): Promise<Array<Record<string, unknown>>> {
    const reader = await this.db.runAndReadAll(sql, values);
    return reader.getRowObjectsJS() as Array<Record<string, unknown>>;
  }

  private async tableNames(): Promise<string[]> {
    return (await this.rows(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'`)).map((row) => String(row.table_name));
  }

  private async hasTable(name: string): Promise<boolean> {
    return (await this.tableNames()).includes(name);
  }

  private async createSchema(): Promise<void> {
    await this.db.run('BEGIN TRANSACTION');
    for (const statement of SCHEMA) await this.db.run(statement);
    await this.db.run(`INSERT INTO meta VALUES ('application', '${APPLICATION}'), ('schema_version', '${SCHEMA_VERSION}')`);
    await this.db.run('COMMIT');
  }

  /** The application and schema version, every table, and sentence counts that match the articles. */
  private async check(): Promise<void> {
    const meta = new Map((await this.rows('SELECT key, value FROM meta')).map((row) => [String(row.key), String(row.value)]));
    if (meta.get('application') !== APPLICATION) throw new OutletdiffError(`${this.file}: not an outletdiff index`);
    const version = Number(meta.get('schema_version'));
    if (!Number.isInteger(version)) throw new OutletdiffError(`${this.file}: damaged index (no schema version); rebuild it`);
    if (version > SCHEMA_VERSION) {
      throw new OutletdiffError(`${this.file}: index from a newer outletdiff (schema ${version}; this version reads ${SCHEMA_VERSION}); upgrade outletdiff`);
    }
    const names = await this.tableNames();
    const missing = TABLES.filter((table) => !names.includes(table));
    if (missing.length > 0) throw new OutletdiffError(`${this.file}: damaged index (missing ${missing.join(', ')}); rebuild it`);
    const [mismatch] = await this.rows(
      `SELECT count(*) AS n FROM articles a LEFT JOIN (SELECT article, count(*) AS n FROM sentences GROUP BY article) s ON s.article = a.id
       WHERE coalesce(s.n, 0) <> a.sentences`,
    );
    const [orphans] = await this.rows(`SELECT count(*) AS n FROM (SELECT DISTINCT article FROM sentences) s LEFT JOIN articles a ON a.id = s.article WHERE a.id IS NULL`);
    if (Number(mismatch?.n ?? 0) > 0 || Number(orphans?.n ?? 0) > 0) {
      throw new OutletdiffError(`${this.file}: damaged index (sentences do not match their articles); rebuild it`);
    }
  }

  /** Every indexed article, by id. */
  async articles(): Promise<IndexedArticle[]> {
    return (await this.rows('SELECT * FROM articles ORDER BY id')).map(articleOf);
  }

  /** The rows of the given articles (those indexed), by id. */
  async articlesById(ids: readonly string[]): Promise<IndexedArticle[]> {
    if (ids.length === 0) return [];
    await idTable(this.db, 'wanted', ids);
    return (await this.rows('SELECT * FROM articles WHERE id IN (SELECT id FROM wanted) ORDER BY id')).map(articleOf);
  }

  /** The sentences of the given articles, in order. */
  async sentencesOf(ids: readonly string[]): Promise<Map<string, IndexedSentence[]>> {
    const result = new Map<string, IndexedSentence[]>(ids.map((id) => [id, []]));
    if (ids.length === 0) return result;
    await idTable(this.db, 'wanted', ids);
    const rows = await this.rows(`SELECT article, idx, text, heading FROM sentences WHERE article IN (SELECT id FROM wanted) ORDER BY article, idx`);
    for (const row of rows) result.get(String(row.article))?.push({ index: Number(row.idx), text: String(row.text), heading: Boolean(row.heading) });
    return result;
  }

  /**
   * Articles sharing at least `minShared` shingles with `probe` (shingles in more than `maxDf`
   * articles do not count: they are the story's common phrases, or boilerplate), most shared first.
   * `exclude` leaves articles out (the probe itself).
   */
  async articlesSharing(probe: ReadonlySet<number>, options: { minShared: number; maxDf: number; exclude?: readonly string[] }): Promise<Array<{ article: string; shared: number }>> {
    if (probe.size === 0) return [];
    await this.db.run('CREATE OR REPLACE TEMP TABLE probe (shingle UINTEGER)');
    const appender = await this.db.createAppender('probe');
    for (const shingle of probe) {
      appender.appendUInteger(shingle);
      appender.endRow();
    }
    appender.closeSync();
    await idTable(this.db, 'excluded', options.exclude ?? []);
    const rows = await this.rows(
      `WITH df AS (SELECT shingle, count(*) AS n FROM shingles WHERE shingle IN (SELECT shingle FROM probe) GROUP BY shingle)
       SELECT s.article, count(*) AS shared FROM shingles s JOIN df ON df.shingle = s.shingle AND df.n <= $1
       WHERE s.article NOT IN (SELECT id FROM excluded)
       GROUP BY s.article HAVING count(*) >= $2 ORDER BY shared DESC, s.article`,
      [options.maxDf, options.minShared],
    );
    return rows.map((row) => ({ article: String(row.article), shared: Number(row.shared) }));
  }

  /**
   * Candidate pairs involving any of `ids`: article pairs sharing at least `minShared` shingles
   * that occur in at most `maxDf` articles. Each unordered pair once, `a` < `b`.
   */
  async candidatePairs(ids: readonly string[], options: { minShared: number; maxDf: number }): Promise<Array<{ a: string; b: string; shared: number }>> {
    if (ids.length === 0) return [];
    await idTable(this.db, 'changed', ids);
    const rows = await this.rows(
      `WITH df AS (SELECT shingle FROM shingles GROUP BY shingle HAVING count(*) <= $1),
            theirs AS (SELECT s.article, s.shingle FROM shingles s JOIN df USING (shingle)),
            mine AS (SELECT t.article, t.shingle FROM theirs t WHERE t.article IN (SELECT id FROM changed))
       SELECT least(m.article, t.article) AS a, greatest(m.article, t.article) AS b, count(*) AS shared
       FROM mine m JOIN theirs t ON m.shingle = t.shingle AND m.article <> t.article
       -- A pair of two listed articles would be met from both sides: count it from the smaller id only.
       WHERE m.article < t.article OR t.article NOT IN (SELECT id FROM changed)
       GROUP BY 1, 2 HAVING count(*) >= $2 ORDER BY 1, 2`,
      [options.maxDf, options.minShared],
    );
    return rows.map((row) => ({ a: String(row.a), b: String(row.b), shared: Number(row.shared) }));
  }

  /** Every alignment, by article pair. */
  async alignments(): Promise<IndexedAlignment[]> {
    return (await this.rows('SELECT * FROM alignments ORDER BY article_a, article_b, sentences_a')).map(alignmentOf);
  }

  /**
   * Writes the articles, sentences and shingles as Parquet files (`articles.parquet`,
   * `sentences.parquet`, `shingles.parquet`) into `dir`, for engines beyond one machine.
   */
  async exportParquet(dir: string): Promise<string[]> {
    createExportFolder(dir);
    const files: string[] = [];
    for (const table of ['articles', 'sentences', 'shingles']) {
      const file = join(dir, `${table}.parquet`);
      try {
        await this.db.run(`COPY (SELECT * FROM ${table} ORDER BY ALL) TO '${file.replaceAll("'", "''")}' (FORMAT parquet)`);
      } catch (error) {
        throw new OutletdiffError(`${file}: cannot write: ${firstLine(error)}`);
      }
      files.push(file);
    }
    return files;
  }

  /**
   * Runs `update` in one transaction: all of it is written, or (on any error) none of it.
   * Concurrent runs against one file are refused by DuckDB's own file lock.
   */
  async write(update: (writer: IndexWriter) => Promise<void>): Promise<void> {
    await this.db.run('BEGIN TRANSACTION');
    try {
      await update(new IndexWriter(this.db));
      await this.db.run('COMMIT');
    } catch (error) {
      await this.db.run('ROLLBACK');
      throw error;
    }
  }
}

/** Writes inside one {@link IndexStore.write} transaction. */
export class IndexWriter {
  constructor(private readonly db: DuckDBConnection) {}

  /** Drops articles with everything that refers to them: sentences, shingles, alignments. */
  async drop(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await idTable(this.db, 'dropped', ids);
    await this.db.run('DELETE FROM alignments WHERE article_a IN (SELECT id FROM dropped) OR article_b IN (SELECT id FROM dropped)');
    await this.db.run('DELETE FROM shingles WHERE article IN (SELECT id FROM dropped)');
    await this.db.run('DELETE FROM sentences WHERE article IN (SELECT id FROM dropped)');
    await this.db.run('DELETE FROM articles WHERE id IN (SELECT id FROM dropped)');
  }

  /** Adds articles with their sentences and shingles (their ids must not be indexed yet). */
  async add(entries: ReadonlyArray<{ article: IndexedArticle; sentences: readonly IndexedSentence[]; shingles: ReadonlySet<number> }>): Promise<void> {
    const articles = await this.db.createAppender('articles');
    const sentences = await this.db.createAppender('sentences');
    const shingles = await this.db.createAppender('shingles');
    for (const { article, sentences: rows, shingles: set } of entries) {
      for (const value of [article.id, article.root, article.path, article.hash]) articles.appendVarchar(value);
      for (const value of METADATA_COLUMNS.map((column) => article[column])) {
        if (value === null) articles.appendNull();
        else articles.appendVarchar(value);
      }
      articles.appendInteger(article.sentences);
      articles.appendInteger(article.body);
      articles.endRow();
      for (const sentence of rows) {
        sentences.appendVarchar(article.id);
        sentences.appendInteger(sentence.index);
        sentences.appendVarchar(sentence.text);
        sentences.appendBoolean(sentence.heading);
        sentences.endRow();
      }
      for (const shingle of set) {
        shingles.appendVarchar(article.id);
        shingles.appendUInteger(shingle);
        shingles.endRow();
      }
    }
    for (const appender of [articles, sentences, shingles]) appender.closeSync();
  }

  /** Replaces the metadata of indexed articles, nothing else (their manifest entry changed, their file did not). */
  async updateMetadata(entries: ReadonlyArray<{ id: string; metadata: ArticleMetadata }>): Promise<void> {
    if (entries.length === 0) return;
    await this.db.run(`CREATE OR REPLACE TEMP TABLE retagged (id VARCHAR, ${METADATA_COLUMNS.map((column) => `${column} VARCHAR`).join(', ')})`);
    const appender = await this.db.createAppender('retagged');
    for (const { id, metadata } of entries) {
      appender.appendVarchar(id);
      for (const column of METADATA_COLUMNS) {
        const value = metadata[column];
        if (value === null) appender.appendNull();
        else appender.appendVarchar(value);
      }
      appender.endRow();
    }
    appender.closeSync();
    await this.db.run(
      `UPDATE articles SET ${METADATA_COLUMNS.map((column) => `${column} = retagged.${column}`).join(', ')} FROM retagged WHERE articles.id = retagged.id`,
    );
  }

  /** Drops the alignments of the given article pairs (to re-align them). */
  async dropPairs(pairs: ReadonlyArray<{ a: string; b: string }>): Promise<void> {
    for (const { a, b } of pairs) await this.db.run('DELETE FROM alignments WHERE article_a = $1 AND article_b = $2', [a, b]);
  }

  async addAlignments(alignments: readonly IndexedAlignment[]): Promise<void> {
    const appender = await this.db.createAppender('alignments');
    for (const alignment of alignments) {
      appender.appendVarchar(alignment.articleA);
      appender.appendVarchar(alignment.articleB);
      appender.appendVarchar(alignment.sentencesA.join(';'));
      appender.appendVarchar(alignment.sentencesB.join(';'));
      appender.appendVarchar(alignment.textA);
      appender.appendVarchar(alignment.textB);
      appender.appendDouble(alignment.score);
      appender.appendBoolean(alignment.heading);
      appender.endRow();
    }
    appender.closeSync();
  }
}

function articleOf(row: Record<string, unknown>): IndexedArticle {
  return {
    id: String(row.id),
    root: String(row.root),
    path: String(row.path),
    hash: String(row.hash),
    outlet: nullable(row.outlet),
    date: nullable(row.date),
    published: nullable(row.published),
    title: nullable(row.title),
    url: nullable(row.url),
    author: nullable(row.author),
    sentences: Number(row.sentences),
    body: Number(row.body),
  };
}

function alignmentOf(row: Record<string, unknown>): IndexedAlignment {
  const indices = (value: unknown) => String(value).split(';').filter((part) => part !== '').map(Number);
  return {
    articleA: String(row.article_a),
    articleB: String(row.article_b),
    sentencesA: indices(row.sentences_a),
    sentencesB: indices(row.sentences_b),
    textA: String(row.text_a),
    textB: String(row.text_b),
    score: Number(row.score),
    heading: Boolean(row.heading),
  };
}

function nullable(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

/**
 * Fills the temporary table `name` (one column, `id`) with `ids`: queries join it, which stays
 * fast for thousands of ids where a list literal would be tested row by row.
 */
async function idTable(db: DuckDBConnection, name: string, ids: readonly string[]): Promise<void> {
  await db.run(`CREATE OR REPLACE TEMP TABLE ${name} (id VARCHAR)`);
  const appender = await db.createAppender(name);
  for (const id of new Set(ids)) {
    appender.appendVarchar(id);
    appender.endRow();
  }
  appender.closeSync();
}

/**
 * Makes the folder `--export-parquet` writes into (and any folder above it), or refuses one that
 * cannot be: called before indexing too, so a mistyped folder fails before the long work, not after.
 */
export function createExportFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new OutletdiffError(`${dir}: ${code === 'EEXIST' ? 'not a folder' : `cannot create the folder: ${fileErrorProblem(error)}`}`);
  }
}

/**
 * Why an index file that does not exist cannot be made or read there, or `null` when it can: a
 * symbolic link that leads nowhere readable (a loop), or a folder to put it in that is missing.
 * Asked before DuckDB, whose own message ("Cannot open file …") would read as a bad index.
 */
function unusablePath(file: string): string | null {
  try {
    statSync(file);
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') return fileErrorProblem(error);
  }
  const folder = dirname(resolve(file));
  return isFolder(folder) ? null : `no such folder ${folder}`;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** DuckDB's failure to open an existing file, as a problem a user can act on. */
export function openProblem(error: unknown): string {
  const message = firstLine(error);
  // Another process holds the file: DuckDB allows one writer (or several readers) at a time.
  if (/Could not set lock on file/i.test(message)) {
    const holder = /\(PID (\d+)\)/.exec(message);
    return `in use by another process${holder ? ` (PID ${holder[1]})` : ''}; try again when it has finished`;
  }
  const refused = /Cannot open file "[^"]*": (.+)$/.exec(message);
  if (refused) return `cannot open the index (${refused[1].toLowerCase()})`;
  return `not an outletdiff index (${message})`;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}
