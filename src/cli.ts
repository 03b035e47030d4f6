/**
 * The command line: the only module that reads argv, decides colour and width,
 * writes to stdout/stderr and sets exit codes. Everything else returns data or strings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_MIN_SCORE } from './align/index.js';
import { compareArticles } from './compare.js';
import { fileErrorProblem, OutletdiffError } from './errors.js';
import type { Article, Verdict } from './types.js';
import { packageRoot } from './packageRoot.js';
import { decidePair } from './align/pairScore.js';
import {
  articleBodyText,
  bundledCorpusDir,
  checkCorpusFolder,
  fetchAll,
  fetchArticle,
  listCorpus,
  parsePairLines,
  readInputs,
  readTextInput,
  saveToCorpus,
  storyArticleIds,
  TEXT_ENCODINGS,
  LAYOUTS,
  type Layout,
  type TextEncoding,
} from './load/index.js';
import { quoteReporters, type QuoteFormatName } from './report/quotes.js';
import type { SingleBar } from 'cli-progress';
// Only the constant and the reporters: neither loads the database.
import { DEFAULT_MIN_SHARE } from './corpusIndex/queries.js';
import { renderIndexSummary, reuseFormats, reuseSentenceFormats, searchFormats, storyFormats } from './report/corpusIndex.js';
import { pairScoreFormats, type PairScoreFormatName, type PairScoreResult } from './report/pairScores.js';
import { renderCorpusList, corpusFormats, type CorpusFormatName } from './report/corpusList.js';
import { renderInspection, inspectFormats, type InspectFormatName } from './report/inspect.js';
import { atLeast } from './report/changes.js';
import { reporters, toTerminalText, type FormatName } from './report/index.js';
import { requireBodySentences, splitSentences } from './segment/index.js';
import { quantity } from './text/quantity.js';

/** Exit codes fixed by the output contract. */
const EXIT = { ok: 0, differences: 1, usage: 2, internal: 70 } as const;
const DEFAULT_WIDTH = 100;

interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream;
  env: NodeJS.ProcessEnv;
  /** Standard input for `-`; the loader reads `process.stdin` when absent. */
  readStdin?: () => Promise<Uint8Array>;
  /** Whether standard input is a terminal (someone typing), not a pipe or a file. */
  stdinIsTTY?: boolean;
}

interface CompareFlags {
  format: FormatName;
  width?: number;
  minScore: number;
  base?: string;
  csvShape?: 'wide' | 'long';
  bom: boolean;
  color: boolean;
  corpus?: string;
  failOnDiff: boolean;
  explain: boolean;
  timeout: number;
  changes?: Verdict;
  story?: string;
  encoding?: TextEncoding;
  layout?: Layout;
}

interface QuotesFlags {
  format: QuoteFormatName;
  width?: number;
  minScore: number;
  base?: string;
  bom: boolean;
  color: boolean;
  corpus?: string;
  timeout: number;
  story?: string;
  encoding?: TextEncoding;
  layout?: Layout;
}

interface OutputFlags {
  width?: number;
  color: boolean;
}

/** `--encoding`: the character set of text files and standard input. */
const ENCODING_OPTION = (read = 'text files and standard input') =>
  new Option('--encoding <charset>', `character set of ${read} (default utf-8; latin1 is read as windows-1252)`).choices([...TEXT_ENCODINGS]);

/**
 * The corpus-index modules, loaded on first use: the database's native library takes longer to
 * load than a whole `compare` of two articles takes to run.
 */
async function corpusIndex() {
  const [store, update, queries] = await Promise.all([
    import('./corpusIndex/store.js'),
    import('./corpusIndex/update.js'),
    import('./corpusIndex/queries.js'),
  ]);
  return { ...store, ...update, ...queries };
}

/**
 * Progress of long index runs on stderr, as a cli-progress bar when stderr is a terminal (nothing
 * otherwise: logs get the summary line only). Shown once a stage takes more than a moment.
 */
async function progressReporter(io: Io): Promise<{ update: (stage: string, done: number, total: number) => void; pause: () => void; stop: () => void }> {
  const stream = io.stderr as NodeJS.WriteStream;
  if (!stream.isTTY) return { update: () => {}, pause: () => {}, stop: () => {} };
  const { SingleBar: Bar, Presets } = (await import('cli-progress')).default;
  let bar: SingleBar | null = null;
  let stage = '';
  const startedAt = Date.now();
  const stop = () => {
    bar?.stop();
    bar = null;
  };
  return {
    update: (next, done, total) => {
      if (Date.now() - startedAt < 1000 || total < 50) return;
      if (!bar || next !== stage) {
        stop();
        stage = next;
        bar = new Bar({ stream, format: `${next} {bar} {value}/{total}`, hideCursor: true, clearOnComplete: true }, Presets.shades_classic);
        bar.start(total, done);
      }
      bar.update(done);
    },
    pause: stop,
    stop,
  };
}

/** `--layout`: how text files lay out paragraphs. */
const LAYOUT_OPTION = () =>
  new Option('--layout <layout>', 'text files: "lines" (a paragraph per line) or "wrapped" (hard-wrapped wire copy); detected when not given').choices([...LAYOUTS]);

/**
 * Reads the articles `compare` and `quotes` work on: those given, after a story's with `--story`;
 * at least two, each with a sentence left after chrome removal.
 */
async function readArticlesToCompare(
  command: string,
  given: string[],
  flags: { story?: string; corpus?: string; timeout: number; encoding?: TextEncoding; layout?: Layout },
  io: Io,
): Promise<Article[]> {
  const inputs = flags.story === undefined ? given : [...storyArticleIds(flags.story, flags.corpus ?? bundledCorpusDir()), ...given];
  if (inputs.length < 2) {
    const what = flags.story === undefined ? `got ${inputs.length}` : `story "${flags.story}" has ${inputs.length - given.length} and ${given.length} more ${given.length === 1 ? 'was' : 'were'} given`;
    throw new OutletdiffError(`${command} takes at least two articles, ${what}`);
  }
  const loaded = await readInputs(inputs, { corpusDir: flags.corpus, readStdin: io.readStdin, fetch: { timeoutMs: flags.timeout }, encoding: flags.encoding, layout: flags.layout });
  const articles = loaded.map(splitSentences);
  for (const article of articles) requireBodySentences(article);
  return articles;
}

/** Runs the command line and sets `process.exitCode`; never calls `process.exit`. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<void> {
  const debug = argv.includes('--debug');
  const program = buildProgram(io);
  // Work still pending when Node has nothing left to run would otherwise end as a silent success.
  const unfinished = () => {
    if (process.exitCode !== undefined) return;
    io.stderr.write('outletdiff: internal error: the command ended before its work was done (this is a bug)\n');
    process.exitCode = EXIT.internal;
  };
  process.once('exit', unfinished);
  try {
    checkHelpTopic(program, argv.slice(2));
    await program.parseAsync([...argv]);
  } catch (error) {
    const code = exitCodeFor(error, io, debug);
    // Help or the version that could not be written (a full disk) has already set a failure.
    if (code !== EXIT.ok || process.exitCode === undefined) process.exitCode = code;
  } finally {
    process.removeListener('exit', unfinished);
  }
}

/**
 * `help NAME` for a command that does not exist: commander would print the whole program help to
 * stderr, where one line naming the argument is the rule for usage errors.
 */
function checkHelpTopic(program: Command, args: readonly string[]): void {
  // No program-level option takes a value, so the operands are the arguments not starting with "-".
  const [first, topic] = args.filter((arg) => !arg.startsWith('-'));
  if (first !== 'help' || topic === undefined) return;
  const names = program.commands.map((command) => command.name());
  if (!names.includes(topic)) throw new OutletdiffError(`help ${topic}: no such command (commands: ${names.join(', ')})`);
}

function processIo(): Io {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // A reader that stops early (`| head`) closes the pipe: not an error worth reporting.
    if (error.code === 'EPIPE') return;
    process.stderr.write(`outletdiff: cannot write the output: ${oneLine(fileErrorProblem(error))}\n`);
    process.exitCode = EXIT.usage;
  });
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, stdinIsTTY: process.stdin.isTTY === true };
}

function exitCodeFor(error: unknown, io: Io, debug: boolean): number {
  if (error instanceof CommanderError) {
    // Commander has already printed its message (or the help). Help asked for (`--help`,
    // `help`, `help NAME`) and `--version` exit 0 in commander; help shown because a command
    // was missing, and every parsing error, exit 1 there and are usage errors here.
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof OutletdiffError) {
    io.stderr.write(`outletdiff: ${oneLine(error.message)}\n`);
    if (debug && error.stack) io.stderr.write(`${safeLines(error.stack)}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`outletdiff: internal error: ${oneLine(message)} (this is a bug; rerun with --debug for the stack)\n`);
  if (debug && error instanceof Error && error.stack) io.stderr.write(`${safeLines(error.stack)}\n`);
  return EXIT.internal;
}

/**
 * A message as one line of stderr. Messages quote file names, URLs and arguments as given, which
 * may carry escape sequences or control characters: they are made terminal-safe as article text is.
 */
function oneLine(message: string): string {
  return safeLines(message.replace(/\s*\n\s*/g, ' ')).trim();
}

/** Several lines (a stack trace), each made terminal-safe. */
function safeLines(text: string): string {
  return text.split('\n').map(toTerminalText).join('\n');
}

function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

/**
 * A number as a person writes it: decimal digits with an optional fraction. `Number()` alone also
 * takes hexadecimal, exponents and surrounding spaces ("0x2", "1e1", " 2"), which are typos here,
 * not numbers anyone means.
 */
const DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)$/;
const WHOLE_NUMBER = /^\d+$/;

/**
 * A file, folder, id or label given as an option. An empty one names nothing and would quietly
 * mean something else: `--db ''` indexed into a throwaway in-memory database, `--story ''` wrote
 * `""` where the contract wants `null`, `--corpus ''` read the current folder.
 */
function nonEmpty(value: string): string {
  if (value.trim() === '') throw new InvalidArgumentError('expected a name, not an empty argument.');
  return value;
}

function parseScore(value: string): number {
  const score = Number(value);
  if (!DECIMAL.test(value) || score < 0 || score > 1) {
    throw new InvalidArgumentError('expected a number from 0 to 1.');
  }
  return score;
}

/** Seconds for fetching one URL (`--timeout`), as milliseconds. */
function parseTimeout(value: string): number {
  const seconds = Number(value);
  if (!DECIMAL.test(value) || seconds <= 0 || seconds > 600) {
    throw new InvalidArgumentError('expected a number of seconds, above 0 and at most 600.');
  }
  return seconds * 1000;
}

function parseColumn(value: string): number {
  const column = Number(value);
  if (!WHOLE_NUMBER.test(value) || column < 1) throw new InvalidArgumentError('expected a column number, 1 or more.');
  // Beyond this, the number is no longer exact: no line has so many columns anyway.
  if (!Number.isSafeInteger(column)) throw new InvalidArgumentError(`expected a column number no larger than ${Number.MAX_SAFE_INTEGER}.`);
  return column;
}

function parseWidth(value: string): number {
  const width = Number(value);
  if (!WHOLE_NUMBER.test(value) || width < 40 || width > 1000) {
    throw new InvalidArgumentError('expected a whole number of columns from 40 to 1000.');
  }
  return width;
}

/** Colour follows --no-color, NO_COLOR, FORCE_COLOR and whether stdout is a terminal, in that order. */
export function decideColor(flag: boolean, env: NodeJS.ProcessEnv, isTTY: boolean | undefined): boolean {
  if (!flag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return isTTY === true;
}

function outputSettings(flags: OutputFlags, io: Io): { color: boolean; width: number } {
  const color = decideColor(flags.color, io.env, io.stdout.isTTY);
  const width = flags.width ?? (io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : DEFAULT_WIDTH);
  return { color, width };
}

function write(io: Io, text: string): void {
  io.stdout.write(text.endsWith('\n') || text === '' ? text : `${text}\n`);
}

/** Commander's own messages, as one line in outletdiff's style with a pointer to --help. */
function outputSettingsFor(io: Io) {
  return {
    writeOut: (text: string) => io.stdout.write(text),
    writeErr: (text: string) => io.stderr.write(text),
    outputError: (text: string, write: (text: string) => void) =>
      write(`outletdiff: ${oneLine(text.replace(/^error: /, ''))} (see --help)\n`),
  };
}

function buildProgram(io: Io): Command {
  const version = packageVersion();
  const program = new Command('outletdiff')
    .description('Show how news outlets word the same story: which sentences they share, how the wording differs, and what only one printed.')
    .version(version)
    .option('--debug', 'print the stack trace of internal errors')
    .exitOverride()
    .configureOutput(outputSettingsFor(io))
    .addHelpText(
      'after',
      `
Examples:
  outletdiff compare tass-zakharova sputnik-zakharova       two bundled corpus articles
  outletdiff compare tass.txt sputnik.txt --format csv > pairs.csv
  cat rg.txt | outletdiff compare tass.txt - --format json | jq .summary
  outletdiff compare https://tass.com/politics/1406245 saved-page.html --format html > report.html
  outletdiff compare tass.txt sputnik.txt rt.txt             three outlets, one column each
  outletdiff quotes --story zakharova                        each quotation and how every outlet renders it
  outletdiff index archive --db month.duckdb                 index a month of copy, then:
  outletdiff reuse --db month.duckdb > reuse.csv             who reuses whom, how much, who was first
  outletdiff inspect sputnik.txt                             what the loader kept and removed
  outletdiff fetch URL URL --out mystory                     build a corpus to compare offline
  outletdiff score-pairs pairs.tsv --format json             score sentence pairs
  outletdiff corpus                                          list the bundled articles`,
    );

  const inheritSettings = (command: Command) => command.exitOverride().configureOutput(outputSettingsFor(io));

  inheritSettings(
    program
      .command('compare')
      .description('align two or more versions of a story sentence by sentence and show every wording difference')
      .argument('[articles...]', 'two or more articles: text or HTML files, URLs, - for standard input, or corpus ids')
      .option('--story <label>', 'compare every corpus article of this story (a story label, or a unique part of one; see "outletdiff corpus")', nonEmpty)
      .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(reporters)).default('side-by-side'))
      .option('-w, --width <columns>', 'width of the side-by-side and table views (default: the terminal, else 100)', parseWidth)
      .option('--min-score <score>', 'acceptance threshold of the aligner, 0–1; lower pairs more, higher pairs fewer', parseScore, DEFAULT_MIN_SCORE)
      .option('--base <id>', 'the article the others are diffed against: an article id, or "earliest" (default: the first given)', nonEmpty)
      .addOption(new Option('--csv-shape <shape>', 'CSV layout: wide (one row per pair; two articles only) or long (one row per member; default with three or more)').choices(['wide', 'long']))
      .option('--bom', 'start CSV output with a byte-order mark, for spreadsheet programs that need one', false)
      .option('--no-color', 'never colour the output (NO_COLOR and FORCE_COLOR are honoured too)')
      .option('--corpus <dir>', 'also resolve ids from the manifest.json in this folder', nonEmpty)
      .addOption(ENCODING_OPTION())
      .addOption(LAYOUT_OPTION())
      .addOption(new Option('--timeout <seconds>', 'for URL arguments: give up on a page after this long').argParser(parseTimeout).default(15_000, '15'))
      .option('--fail-on-diff', 'exit 1 when any sentence is unmatched or any aligned pair differs in wording', false)
      .option('--explain', 'show what drove each score: shared rare words, synonym pairs, numbers and names on one side only (not with CSV, whose columns are fixed)', false)
      .addOption(
        new Option('--changes <verdict>', 'human views: show only groups whose differences are at least this (JSON and CSV stay complete)').choices(['cosmetic', 'rewording', 'substantive']),
      )
      .addHelpText(
        'after',
        `
Each sentence is either aligned with its version in the other articles (1:1, or 1:2 / 2:1 where
one outlet split a sentence) or listed as unmatched. Word differences ignore typography
(quote and dash forms), case and spacing. Without colour, [-removed-] and {+added+} mark changes;
with colour, substantive changes are red and green, rewordings amber, changes of form dim.
With three or more articles each row is a group, one column per outlet (stacked when the
columns would not fit), each version diffed against the base; CSV takes the long shape.

Examples:
  outletdiff compare tass-zakharova sputnik-zakharova
  outletdiff compare --story zakharova                 every corpus article of a story
  outletdiff compare a.txt b.txt c.html --base earliest  three outlets, diffed against the first published
  outletdiff compare tass-fomin rg-fomin --format table --width 140
  outletdiff compare a.txt b.txt --format json | jq '.alignments[] | {score, diff}'
  outletdiff compare a.txt b.txt --format csv --bom > pairs.csv
  outletdiff compare a.txt b.txt --min-score 0.55     stricter: fewer, surer pairs
  outletdiff compare a.txt b.txt --changes substantive  only groups where a number, name, speaker or content changed`,
      )
      .action(async (given: string[], flags: CompareFlags) => {
        // The wide shape has a left and a right side: asked for with three articles, it would
        // silently come out long, and a script reading columns by position would misread it.
        // Checked before any page is fetched when the articles are named.
        const wideProblem = (count: number) =>
          flags.format === 'csv' && flags.csvShape === 'wide' && count > 2
            ? new OutletdiffError(`--csv-shape wide: takes exactly two articles, got ${count}; with three or more, CSV is long (leave out --csv-shape)`)
            : null;
        const named = wideProblem(given.length);
        if (named) throw named;
        // CSV columns are fixed by the contract: the evidence would be computed and then dropped.
        if (flags.explain && flags.format === 'csv') {
          throw new OutletdiffError('--explain: CSV has fixed columns and no room for the evidence; use --format json, html, table or side-by-side');
        }
        const articles = await readArticlesToCompare('compare', given, flags, io);
        const found = wideProblem(articles.length);
        if (found) throw found;
        const comparison = compareArticles(articles, { minScore: flags.minScore, base: flags.base, explain: flags.explain, quotes: flags.format === 'json' });
        const { color, width } = outputSettings(flags, io);
        const render = reporters[flags.format];
        write(io, render(comparison, { color, width, toolVersion: version, bom: flags.bom, csvShape: flags.csvShape ?? 'wide', changes: flags.changes }));
        if (flags.failOnDiff && hasDifferences(comparison, flags.changes)) process.exitCode = EXIT.differences;
      }),
  );

  inheritSettings(
    program
      .command('quotes')
      .description('list each direct quotation, per speaker, and how every outlet renders it: verbatim, translation variant, altered, truncated, reported speech or absent')
      .argument('[articles...]', 'two or more articles: text or HTML files, URLs, - for standard input, or corpus ids')
      .option('--story <label>', 'every corpus article of this story (a story label, or a unique part of one)', nonEmpty)
      .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(quoteReporters)).default('side-by-side'))
      .option('-w, --width <columns>', 'width of the human views (default: the terminal, else 100)', parseWidth)
      .option('--base <id>', 'the article whose quotations come first and the others are compared with: an article id, or "earliest"', nonEmpty)
      .option('--min-score <score>', "the aligner's acceptance threshold, 0–1 (it decides which sentences can hold reported speech)", parseScore, DEFAULT_MIN_SCORE)
      .option('--bom', 'start CSV output with a byte-order mark', false)
      .option('--no-color', 'never colour the output')
      .option('--corpus <dir>', 'also resolve ids from the manifest.json in this folder', nonEmpty)
      .addOption(ENCODING_OPTION())
      .addOption(LAYOUT_OPTION())
      .addOption(new Option('--timeout <seconds>', 'for URL arguments: give up on a page after this long').argParser(parseTimeout).default(15_000, '15'))
      .addHelpText(
        'after',
        `
A quotation is words in quotation marks of some substance (a clause, or eight words or more; a
quoted term such as "eastern flank" is not one), with its speaker resolved from the attribution
("she said" → Maria Zakharova, "the deputy defence minister" → Alexander Fomin). Each outlet's
version is: verbatim, cosmetic (typography, spelling), translation variant (synonyms, reordering,
function words), altered (a number, name, speaker or negation changed, or many words), truncated
(part of it missing), reported speech (the words without quotation marks) or absent.

Examples:
  outletdiff quotes tass-zakharova sputnik-zakharova
  outletdiff quotes --story fomin --format table
  outletdiff quotes a.txt b.txt c.txt --format csv > quotes.csv
  outletdiff quotes a.txt b.txt --format json | jq '.quotes[] | {speaker, text}'`,
      )
      .action(async (given: string[], flags: QuotesFlags) => {
        const articles = await readArticlesToCompare('quotes', given, flags, io);
        const comparison = compareArticles(articles, { minScore: flags.minScore, base: flags.base, quotes: true });
        const { color, width } = outputSettings(flags, io);
        write(io, quoteReporters[flags.format](comparison, { color, width, toolVersion: version, bom: flags.bom, csvShape: 'long' }));
      }),
  );

  inheritSettings(
    program
      .command('inspect')
      .description('show how an article was read: metadata, numbered sentences, and every piece of site chrome removed, with the reason')
      .argument('<article>', 'a text or HTML file, a URL, - for standard input, or a corpus id')
      .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(inspectFormats)).default('text'))
      .option('-w, --width <columns>', 'wrap width (default: the terminal, else 100)', parseWidth)
      .option('--no-color', 'never colour the output')
      .option('--corpus <dir>', 'also resolve ids from the manifest.json in this folder', nonEmpty)
      .addOption(ENCODING_OPTION())
      .addOption(LAYOUT_OPTION())
      .addOption(new Option('--timeout <seconds>', 'for a URL: give up on the page after this long').argParser(parseTimeout).default(15_000, '15'))
      .addHelpText(
        'after',
        `
Check that nothing real was dropped: headings are marked, removed pieces show their reason
and offsets. --format json prints the article object of compare's JSON.

Examples:
  outletdiff inspect sputnik-zakharova
  outletdiff inspect saved-article.txt --format json | jq '.removed'`,
      )
      .action(async (input: string, flags: OutputFlags & { format: InspectFormatName; corpus?: string; timeout: number; encoding?: TextEncoding; layout?: Layout }) => {
        const [loaded] = await readInputs([input], { corpusDir: flags.corpus, readStdin: io.readStdin, fetch: { timeoutMs: flags.timeout }, encoding: flags.encoding, layout: flags.layout });
        const article = splitSentences(loaded);
        const { color, width } = outputSettings(flags, io);
        write(io, renderInspection(article, flags.format, { color, width }));
      }),
  );

  inheritSettings(
    program
      .command('index')
      .description('build or update a corpus index: every article under the files and folders given, for search, reuse and stories')
      .argument('<paths...>', 'files and folders of articles (.txt, .text, .html, .htm, .xhtml); folders are read recursively, a manifest.json in one gives ids and metadata')
      .requiredOption('--db <file>', 'the index file (created when missing)', nonEmpty)
      .option('--prune', 'also drop every indexed article not under the paths of this run', false)
      .option('--strict', 'stop at the first file that cannot be read (exit 2) instead of skipping it', false)
      .addOption(ENCODING_OPTION('text files'))
      .addOption(LAYOUT_OPTION())
      .option('--min-score <score>', "the aligner's acceptance threshold, 0–1", parseScore, DEFAULT_MIN_SCORE)
      .option('--export-parquet <dir>', 'also write articles, sentences and shingles as Parquet files into this folder (see README for the SQL)', nonEmpty)
      .addHelpText(
        'after',
        `
Incremental: new files are added, changed ones (by content hash) re-indexed, unchanged ones
skipped, and files deleted under these paths dropped; articles indexed from other paths stay
unless --prune. An edited manifest.json entry updates the article's metadata. Files and folders
that cannot be read, paths that do not exist, manifest.json entries whose file is missing and
symbolic links (not followed) are reported on stderr and skipped. Ids are relative paths (or
manifest ids); when two paths give the same one, each gets its folder's name in front
(tass/football.txt, rt/football.txt), and a new file never takes the id of an article kept from
another path. Each changed article is aligned only with the indexed articles that share rare
word pairs with it.

Examples:
  outletdiff index archive/tass archive/sputnik --db month.duckdb
  outletdiff index archive --db month.duckdb --encoding windows-1252 --prune`,
      )
      .action(async (paths: string[], flags: { db: string; prune: boolean; strict: boolean; encoding?: TextEncoding; layout?: Layout; minScore: number; exportParquet?: string }) => {
        const started = Date.now();
        const { IndexStore, createExportFolder, updateIndex } = await corpusIndex();
        if (flags.exportParquet !== undefined) createExportFolder(flags.exportParquet);
        const store = await IndexStore.open(flags.db, { create: true });
        let indexed = false;
        try {
          const progress = await progressReporter(io);
          const summary = await updateIndex(store, paths, {
            encoding: flags.encoding,
            layout: flags.layout,
            prune: flags.prune,
            strict: flags.strict,
            minScore: flags.minScore,
            onProgress: progress.update,
            onSkip: (path, problem) => {
              progress.pause();
              io.stderr.write(`outletdiff: skipped ${oneLine(`${path}: ${problem}`)}\n`);
            },
          });
          indexed = true;
          progress.stop();
          const seconds = (Date.now() - started) / 1000;
          if (flags.exportParquet !== undefined) {
            const written = await store.exportParquet(flags.exportParquet);
            io.stderr.write(`${oneLine(`exported ${quantity(written.length, 'Parquet file')} to ${flags.exportParquet}`)}\n`);
          }
          io.stderr.write(renderIndexSummary(summary, seconds));
        } finally {
          // A run that created the index and then failed leaves no empty index behind.
          if (indexed) store.close();
          else store.discard();
        }
      }),
  );

  inheritSettings(
    program
      .command('search')
      .description('the indexed articles that share sentences with this one, best first, with the aligned sentence pairs')
      .argument('<article>', 'a text or HTML file, a URL, - for standard input, or a corpus id')
      .requiredOption('--db <file>', 'the index file', nonEmpty)
      .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(searchFormats)).default('text'))
      .option('-w, --width <columns>', 'width of the text and table views (default: the terminal, else 100)', parseWidth)
      .option('--min-score <score>', "the aligner's acceptance threshold, 0–1", parseScore, DEFAULT_MIN_SCORE)
      .option('--bom', 'start CSV output with a byte-order mark', false)
      .option('--corpus <dir>', 'also resolve ids from the manifest.json in this folder', nonEmpty)
      .addOption(ENCODING_OPTION())
      .addOption(LAYOUT_OPTION())
      .addOption(new Option('--timeout <seconds>', 'for a URL: give up on the page after this long').argParser(parseTimeout).default(15_000, '15'))
      .addHelpText(
        'after',
        `
Hits are ordered by the share of this article they cover, then by mean score; each lists its
aligned sentence pairs (this article's index, then the indexed one's) with their differences.
The article is not added to the index (use "outletdiff index" for that).

Examples:
  outletdiff search new-article.txt --db month.duckdb
  outletdiff search https://tass.com/politics/1406245 --db month.duckdb --format csv > hits.csv
  cat draft.txt | outletdiff search - --db month.duckdb --format json | jq '.hits[].article.id'`,
      )
      .action(async (input: string, flags: { db: string; format: keyof typeof searchFormats; width?: number; minScore: number; bom: boolean; corpus?: string; encoding?: TextEncoding; layout?: Layout; timeout: number }) => {
        const { IndexStore, searchIndex } = await corpusIndex();
        const store = await IndexStore.open(flags.db, { create: false });
        try {
          const [loaded] = await readInputs([input], { corpusDir: flags.corpus, readStdin: io.readStdin, fetch: { timeoutMs: flags.timeout }, encoding: flags.encoding, layout: flags.layout });
          const article = splitSentences(loaded);
          requireBodySentences(article);
          const hits = await searchIndex(store, article, flags.minScore);
          const { width } = outputSettings({ width: flags.width, color: false }, io);
          const query = { id: article.id, source: article.source };
          write(io, searchFormats[flags.format](query, hits, { width, bom: flags.bom }));
        } finally {
          store.close();
        }
      }),
  );

  inheritSettings(
    program
      .command('reuse')
      .description('one row per pair of indexed articles that share sentences: how many, what share of each, and which came first')
      .requiredOption('--db <file>', 'the index file', nonEmpty)
      .addOption(new Option('-f, --format <format>', 'output format (with --sentences: csv or json)').choices(Object.keys(reuseFormats)).default('csv'))
      .option('--sentences', 'one row per aligned sentence pair instead (article_a, article_b, then compare’s wide CSV columns)', false)
      .option('-w, --width <columns>', 'width of the table view (default: the terminal, else 100)', parseWidth)
      .option('--bom', 'start CSV output with a byte-order mark', false)
      .addHelpText(
        'after',
        `
Columns: article_a, article_b, outlet_a, outlet_b, date_a, date_b, pairs, share_a, share_b,
mean_score, earliest. share_a is the fraction of A's non-heading sentences aligned with B;
earliest is the article published first (published when both have it, else date), empty when
they tie or a date is unknown. With --sentences, left is A and right is B, and left_file and
right_file are the article ids.

Examples:
  outletdiff reuse --db month.duckdb > reuse.csv
  outletdiff reuse --db month.duckdb --sentences --format json | jq '.[0]'`,
      )
      .action(async (flags: { db: string; format: keyof typeof reuseFormats; sentences: boolean; width?: number; bom: boolean }) => {
        if (flags.sentences && !(flags.format in reuseSentenceFormats)) {
          throw new OutletdiffError(`--format ${flags.format}: reuse --sentences writes csv or json`);
        }
        const { IndexStore, reuseSentences, reuseRows } = await corpusIndex();
        const store = await IndexStore.open(flags.db, { create: false });
        try {
          const options = { width: outputSettings({ width: flags.width, color: false }, io).width, bom: flags.bom };
          if (flags.sentences) {
            const articles = new Map((await store.articles()).map((article) => [article.id, article]));
            write(io, reuseSentenceFormats[flags.format as keyof typeof reuseSentenceFormats](await reuseSentences(store), articles, options));
            return;
          }
          const rows = await reuseRows(store);
          write(io, reuseFormats[flags.format](rows, options));
        } finally {
          store.close();
        }
      }),
  );

  inheritSettings(
    program
      .command('stories')
      .description('group the indexed articles into stories: outlets, dates, the earliest version and how much of it each other one reuses')
      .requiredOption('--db <file>', 'the index file', nonEmpty)
      .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(storyFormats)).default('text'))
      .option('--min-share <share>', 'join two articles when their alignments cover at least this share of the smaller one, 0–1', parseScore, DEFAULT_MIN_SHARE)
      .option('-w, --width <columns>', 'width of the text view (default: the terminal, else 100)', parseWidth)
      .option('--bom', 'start CSV output with a byte-order mark', false)
      .addHelpText(
        'after',
        `
CSV columns: story, earliest, article, outlet, date, published, title, reuses_earliest
(reuses_earliest: the share of the earliest article's sentences this one reuses; empty for the
earliest itself, and when the dates cannot tell which is earliest).

Examples:
  outletdiff stories --db month.duckdb
  outletdiff stories --db month.duckdb --min-share 0.5     only articles that reuse half or more
  outletdiff stories --db month.duckdb --format json | jq '.[] | {earliest, n: (.articles | length)}'`,
      )
      .action(async (flags: { db: string; format: keyof typeof storyFormats; minShare: number; width?: number; bom: boolean }) => {
        const { IndexStore, findStories } = await corpusIndex();
        const store = await IndexStore.open(flags.db, { create: false });
        try {
          const stories = await findStories(store, flags.minShare);
          const { width } = outputSettings({ width: flags.width, color: false }, io);
          write(io, storyFormats[flags.format](stories, { width, bom: flags.bom }));
        } finally {
          store.close();
        }
      }),
  );

  inheritSettings(
    program
      .command('corpus')
      .description('list the bundled corpus articles (ids usable with compare and inspect)')
      .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(corpusFormats)).default('table'))
      .option('-w, --width <columns>', 'table width (default: the terminal, else 100)', parseWidth)
      .option('--no-color', 'never colour the output')
      .option('--corpus <dir>', 'list the manifest.json in this folder instead', nonEmpty)
      .addHelpText(
        'after',
        `
Examples:
  outletdiff corpus
  outletdiff corpus --format json | jq '.[].id'`,
      )
      .action((flags: OutputFlags & { format: CorpusFormatName; corpus?: string }) => {
        const entries = listCorpus(flags.corpus ?? bundledCorpusDir());
        const { color, width } = outputSettings(flags, io);
        write(io, renderCorpusList(entries, flags.format, { color, width }));
      }),
  );

  inheritSettings(
    program
      .command('fetch')
      .description('fetch web pages, extract each article, and save them as a corpus to compare offline later')
      .argument('<urls...>', 'http or https URLs of article pages')
      .requiredOption('--out <dir>', 'corpus folder: one text file per article and a manifest.json, created or extended', nonEmpty)
      .option('--story <label>', 'the story label to record for these articles', nonEmpty)
      .addOption(new Option('--timeout <seconds>', 'give up on a page after this long').argParser(parseTimeout).default(15_000, '15'))
      .addHelpText(
        'after',
        `
Each page's article is extracted (navigation, share bars and comments left out) and saved as
<id>.txt, with its outlet, date, title, author and URL in DIR/manifest.json; fetching a URL again
replaces its entry. Pages that fail are reported on stderr and the rest are saved (exit 2 if any
failed). Progress goes to stderr.

Examples:
  outletdiff fetch https://tass.com/politics/1406245 https://example.com/news/story --out zakharova --story "Zakharova on NATO"
  outletdiff compare tass-com-1406245 example-com-story --corpus zakharova`,
      )
      .action(async (urls: string[], flags: { out: string; story?: string; timeout: number }) => {
        await checkCorpusFolder(flags.out);
        let saved = 0;
        const { failed } = await fetchAll(
          urls,
          async (url) => {
            const article = await fetchArticle(url, { timeoutMs: flags.timeout });
            const { id, outlet, title, url: pageUrl, author, date, published } = article;
            const entry = await saveToCorpus(flags.out, {
              id,
              text: articleBodyText(article),
              metadata: { outlet, title, url: pageUrl ?? url, author, date, published },
              story: flags.story,
            });
            saved += 1;
            io.stderr.write(`outletdiff: ${oneLine(`saved ${url} as ${entry.id} (${entry.file})`)}\n`);
          },
          (done, total, url, error) => {
            if (error) io.stderr.write(`outletdiff: ${oneLine(error.message)}\n`);
            if (total > 1) io.stderr.write(`outletdiff: ${done} of ${total} pages done\n`);
          },
        );
        io.stderr.write(`outletdiff: ${oneLine(`${saved} of ${quantity(urls.length, 'article')} saved in ${flags.out}`)}\n`);
        if (failed > 0) process.exitCode = EXIT.usage;
      }),
  );

  inheritSettings(
    program
      .command('score-pairs')
      .description('score sentence pairs from tab-separated lines: how alike they are, and whether they are versions (aligned) and mean the same (equivalent)')
      .argument('[file]', 'tab-separated lines, or - for standard input (the default when lines are piped in)')
      .option('--left-column <n>', 'column of the left sentence (1-based)', parseColumn, 1)
      .option('--right-column <n>', 'column of the right sentence (1-based)', parseColumn, 2)
      .option('--header', 'the first line is a header: skip it (never guessed)', false)
      .option('--threshold <score>', `score at which a pair counts as aligned (default: compare's --min-score default, ${DEFAULT_MIN_SCORE})`, parseScore)
      .addOption(new Option('-f, --format <format>', 'tsv: score, aligned, equivalent; json: JSON Lines with the signals').choices(Object.keys(pairScoreFormats)).default('tsv'))
      .option('--explain', 'with --format json: the evidence behind each score (shared rare words, synonyms, numbers and names on one side only)', false)
      .addOption(ENCODING_OPTION())
      .addHelpText(
        'after',
        `
Output: one line per input line after the header, in order: score<TAB>aligned<TAB>equivalent
(1/0 flags). aligned: the score reaches the threshold compare uses for a one-to-one pair.
equivalent: aligned, and the two also say the same thing, in the sense of the Microsoft
Research Paraphrase Corpus labels the model learned from; never 1 when aligned is 0. Those
labels forgive a changed detail in an otherwise equal sentence, and so may this: read
numberMismatch, nameMismatch and negationMismatch (--format json) to catch such changes.
An empty input line gives an empty output line.

Examples:
  printf 'The talks resumed on Friday.\\tTalks restarted on Friday.\\n' | outletdiff score-pairs
  outletdiff score-pairs pairs.tsv --header --left-column 4 --right-column 5
  outletdiff score-pairs pairs.tsv --format json --explain | jq .explanation`,
      )
      .action(
        async (
          given: string | undefined,
          flags: { leftColumn: number; rightColumn: number; header: boolean; threshold?: number; format: PairScoreFormatName; explain: boolean; encoding?: TextEncoding },
        ) => {
          if (flags.explain && flags.format !== 'json') throw new OutletdiffError('--explain needs --format json');
          // A sentence scored against itself says nothing; the same number twice is a slip.
          if (flags.leftColumn === flags.rightColumn) {
            throw new OutletdiffError(`--left-column and --right-column are both ${flags.leftColumn}; name the two columns that hold the sentences`);
          }
          // Without a file, a terminal on standard input would only wait, silently, for lines nobody
          // meant to type; `-` given on purpose still reads it.
          if (given === undefined && io.stdinIsTTY === true) {
            throw new OutletdiffError('score-pairs: no file given and standard input is a terminal; name a file, or pipe the lines in (see --help)');
          }
          const file = given ?? '-';
          const text = await readTextInput(file, { readStdin: io.readStdin, encoding: flags.encoding });
          const lines = parsePairLines(text, file, flags);
          const threshold = flags.threshold ?? DEFAULT_MIN_SCORE;
          // Every line is checked above before any is written; then scored and written a batch at
          // a time, so a large file's output never sits whole in memory.
          const batches = function* () {
            for (let start = 0; start < lines.length; start += SCORE_PAIRS_BATCH) {
              const results: PairScoreResult[] = lines
                .slice(start, start + SCORE_PAIRS_BATCH)
                .map((line) => (line.empty ? line : decidePair(line.line, line.left, line.right, threshold, flags.explain)));
              yield pairScoreFormats[flags.format](results);
            }
          };
          await writeEach(io.stdout, batches());
        },
      ),
  );

  return program;
}

/** Input lines `score-pairs` scores before writing their output. */
const SCORE_PAIRS_BATCH = 2000;

/**
 * Writes the chunks in turn, waiting while the stream's buffer is full, and stops asking for more
 * once writing fails (a reader that stopped early, `| head`): the chunks are made as they are
 * written. Reporting the failure is left to the stream's own error handler.
 */
async function writeEach(stream: Io['stdout'], chunks: Iterable<string>): Promise<void> {
  let failed = false;
  const fail = () => {
    failed = true;
  };
  stream.on('error', fail);
  try {
    for (const chunk of chunks) {
      if ((stream as { destroyed?: boolean }).destroyed === true) break;
      if (!stream.write(chunk) && !failed) {
        await new Promise<void>((resolve) => {
          const settle = () => {
            stream.off('drain', settle);
            stream.off('error', settle);
            stream.off('close', settle);
            resolve();
          };
          stream.on('drain', settle);
          stream.on('error', settle);
          stream.on('close', settle);
        });
      }
      // Let pending I/O events in: a closed pipe is reported as an error event, not by write().
      await new Promise((resolve) => setImmediate(resolve));
      if (failed) break;
    }
  } finally {
    stream.off('error', fail);
  }
}

/** `--fail-on-diff`: an unmatched sentence, or a group whose verdict is above identical (at least `--changes`, when given). */
function hasDifferences(comparison: ReturnType<typeof compareArticles>, changes: Verdict | undefined): boolean {
  if (comparison.unmatched.length > 0) return true;
  return comparison.alignments.some((alignment) => alignment.verdict !== 'identical' && atLeast(alignment.verdict, changes ?? 'cosmetic'));
}
