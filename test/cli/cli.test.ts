/**
 * End-to-end: the built binary, run as a user runs it (`npm test` builds first).
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../report/helpers.js';

const BIN = join(import.meta.dirname, '../../bin/outletdiff.js');
const ROOT = join(import.meta.dirname, '../..');
const ANSI = /\u001b\[/;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], options: { input?: string | Buffer; env?: Record<string, string> } = {}): Run {
  const env: Record<string, string> = { ...(process.env as Record<string, string>), ...options.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  Object.assign(env, options.env);
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input: options.input ?? '', env, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A failure a user can act on: exit 2, one line on stderr naming the culprit, nothing on stdout. */
function expectUsageError(result: Run, mentions: string | RegExp): void {
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.endsWith('\n')).toBe(true);
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^outletdiff: /);
  expect(lines[0]).toMatch(mentions);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

interface JsonSentence {
  index: number;
  text: string;
  start: number;
  end: number;
  heading: boolean;
}
interface JsonReport {
  schemaVersion: number;
  tool: { name: string; version: string };
  base: string;
  articles: Array<{
    id: string;
    source: string;
    outlet: string | null;
    date: string | null;
    published: string | null;
    title: string | null;
    url: string | null;
    author: string | null;
    text: string;
    sentences: JsonSentence[];
    removed: Array<{ text: string; reason: string; start: number; end: number }>;
  }>;
  alignments: Array<{
    id: number;
    score: number;
    reference: string;
    members: Array<{ article: string; sentences: number[]; text: string; diff: Array<{ op: string; text: string }> }>;
    diff: Array<{ op: string; text: string }>;
  }>;
  unmatched: Array<{ article: string; sentences: number[]; text: string }>;
  summary: { articles: number; alignments: number; unmatched: Record<string, number>; coverage: Record<string, number> };
}

const collapse = (text: string) => text.replace(/[\s\u0085]+/g, ' ').trim();

/** A script that opens an index (argv[1]) with DuckDB, says so on stdout, and keeps it open until killed. */
const HOLD_INDEX = `
import { DuckDBInstance } from '@duckdb/node-api';
const instance = await DuckDBInstance.create(process.argv[1]);
await (await instance.connect()).run('SELECT 1');
process.stdout.write('open\\n');
setInterval(() => {}, 60_000);
`;

/** Whether opening `db`, which another process holds, fails for the lock, as it does where file locks are enforced. */
async function lockIsRefused(db: string): Promise<boolean> {
  try {
    const instance = await DuckDBInstance.create(db, { access_mode: 'READ_ONLY' });
    instance.closeSync();
    return false;
  } catch (error) {
    return /Could not set lock/i.test(String(error));
  }
}

describe('cli', () => {
  describe('compare', () => {
    it('shows the Zakharova pairs side by side, with changes marked without colour', () => {
      const result = run(['compare', 'tass-zakharova', 'sputnik-zakharova', '--width', '120']);
      expect(result.status).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout).not.toMatch(ANSI);
      expect(result.stdout).toContain('[-deteriorate-]');
      expect(result.stdout).toContain('{+degrade+}');
      expect(result.stdout).toContain('[-rectifying-]');
      expect(result.stdout).toContain('{+correcting+}');
      expect(result.stdout).toMatch(/4 of 13 TASS sentences have a version in Sputnik International; 9 only in TASS; 16 only in Sputnik International; mean\s+score 0\.\d\d/);
      for (const line of result.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(120);
    });

    it('colours changes when FORCE_COLOR is set and never with NO_COLOR or --no-color', () => {
      expect(run(['compare', 'tass-fomin', 'rg-fomin'], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(ANSI);
      expect(run(['compare', 'tass-fomin', 'rg-fomin'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(ANSI);
      expect(run(['compare', 'tass-fomin', 'rg-fomin', '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(ANSI);
    });

    it('leaves no site chrome in any output', () => {
      const chrome = [
        'Leave a Reply',
        'Back to top button',
        'Your email address',
        'Go to the mediabank',
        'Sputnik International, 1920',
        'log in or register',
        'To participate in the discussion',
        'Заголовок',
        'Russia-NATO Row on European Security',
        '/TASS/',
        'date 2022-02-18',
        'Photo: Pixabay',
        'by alex',
        'You may also like',
        'Home »',
      ];
      for (const [left, right] of [
        ['tass-zakharova', 'sputnik-zakharova'],
        ['tass-fomin', 'rg-fomin'],
        ['reprint-mfa-source', 'tass-zakharova'],
      ]) {
        for (const format of ['side-by-side', 'table', 'csv']) {
          const { stdout } = run(['compare', left, right, '--format', format, '--width', '200']);
          for (const piece of chrome) expect(stdout).not.toContain(piece);
        }
        const report = JSON.parse(run(['compare', left, right, '--format', 'json']).stdout) as JsonReport;
        const sentences = report.articles.flatMap((article) => article.sentences.map((sentence) => sentence.text)).join('\n');
        for (const piece of chrome) expect(sentences).not.toContain(piece);
      }
    });

    it('pairs the Fomin statement sentence by sentence, one TASS sentence against two RG sentences', () => {
      const report = JSON.parse(run(['compare', 'tass-fomin', 'rg-fomin', '--format', 'json']).stdout) as JsonReport;
      const [tass, rg] = report.articles;
      const pairs = report.alignments.map((alignment) => alignment.members.map((member) => member.text));
      expect(pairs).toContainEqual([
        expect.stringContaining('informed about Russia’s assessments'),
        expect.stringMatching(/^The ministry informed that there .* In addition, Fomin provided clarifications/),
      ]);
      expect(pairs).toContainEqual(['"On the part of the alliance, Russian initiatives were ignored.', 'But on the part of NATO, our initiatives were ignored.']);
      const split = report.alignments.find((alignment) => alignment.members[1].sentences.length === 2);
      expect(split?.members.map((member) => member.article)).toEqual([tass.id, rg.id]);
      expect(report.unmatched.map((entry) => entry.text)).toContain('Issues to be addressed');
    });

    it('writes JSON that follows the contract, with every sentence exactly once', () => {
      const result = run(['compare', 'tass-zakharova', 'sputnik-zakharova', '--format', 'json']);
      expect(result.status).toBe(0);
      const report = JSON.parse(result.stdout) as JsonReport;
      expect(report.schemaVersion).toBe(1);
      expect(report.tool.name).toBe('outletdiff');
      expect(report.tool.version).toMatch(/^\d+\.\d+\.\d+/);
      expect(report.base).toBe('tass-zakharova');
      expect(report.articles.map((article) => article.id)).toEqual(['tass-zakharova', 'sputnik-zakharova']);
      const [tass, sputnik] = report.articles;
      expect(tass).toMatchObject({ source: 'tass-zakharova', outlet: 'TASS', date: '2022-02-18', title: null, url: 'https://tass.com/politics/1406245', author: null, published: null });
      expect(sputnik.outlet).toBe('Sputnik International');
      expect(tass.text).toBe(readFileSync(join(ROOT, 'corpus/tass-zakharova-nato-2022-02-18.txt'), 'utf8'));
      for (const article of report.articles) {
        article.sentences.forEach((sentence, index) => {
          expect(sentence.index).toBe(index);
          expect(collapse(article.text.slice(sentence.start, sentence.end))).toBe(sentence.text);
        });
        for (const piece of article.removed) expect(collapse(article.text.slice(piece.start, piece.end))).toBe(piece.text);
        const seen = [
          ...report.alignments.flatMap((alignment) => alignment.members.filter((m) => m.article === article.id).flatMap((m) => m.sentences)),
          ...report.unmatched.filter((entry) => entry.article === article.id).flatMap((entry) => entry.sentences),
        ].sort((a, b) => a - b);
        expect(seen).toEqual(article.sentences.map((sentence) => sentence.index));
      }
      for (const alignment of report.alignments) {
        expect(alignment.reference).toBe('tass-zakharova');
        expect(alignment.score).toBeGreaterThan(0);
        expect(alignment.score).toBeLessThanOrEqual(1);
        const [reference, other] = alignment.members;
        expect(reference.diff).toEqual([{ op: 'equal', text: reference.text }]);
        expect(alignment.diff).toEqual(other.diff);
        expect(other.diff.filter((run) => run.op !== 'removed').map((run) => run.text).join('')).toBe(other.text);
      }
      expect(report.unmatched.every((entry) => entry.sentences.length === 1)).toBe(true);
      expect(report.summary).toMatchObject({ articles: 2, alignments: 5, unmatched: { 'tass-zakharova': 10, 'sputnik-zakharova': 16 } });
      // The fifth alignment pairs TASS's subhead with Sputnik's headline: headings count in no share.
      expect(report.summary.coverage['tass-zakharova']).toBeCloseTo(4 / 13, 3);
    });

    it('gives the same output on every run', () => {
      const first = run(['compare', 'tass-fomin', 'rg-fomin', '--format', 'json']).stdout;
      expect(run(['compare', 'tass-fomin', 'rg-fomin', '--format', 'json']).stdout).toBe(first);
    });

    it('writes wide CSV that parses back: one row per alignment, then one per unmatched sentence', () => {
      const result = run(['compare', 'corpus/tass-fomin-nato-russia-council-2022-01-12.txt', 'rg-fomin', '--format', 'csv']);
      expect(result.status).toBe(0);
      expect(result.stdout.startsWith('\uFEFF')).toBe(false);
      expect(result.stdout).toContain('\r\n');
      const rows = parseCsv(result.stdout);
      expect(rows[0]).toEqual(['group', 'left_outlet', 'left_file', 'left_index', 'left_text', 'right_outlet', 'right_file', 'right_index', 'right_text', 'score', 'diff', 'labels']);
      const report = JSON.parse(run(['compare', 'tass-fomin', 'rg-fomin', '--format', 'json']).stdout) as JsonReport;
      const body = rows.slice(1);
      expect(body).toHaveLength(report.alignments.length + report.unmatched.length);
      const split = body.find((row) => row[7].includes(';'));
      expect(split?.[1]).toBe('TASS');
      expect(split?.[2]).toBe('corpus/tass-fomin-nato-russia-council-2022-01-12.txt');
      expect(split?.[5]).toBe('Rossiyskaya Gazeta');
      expect(split?.[10]).toMatch(/\[-.+-\]|\{\+.+\+\}/);
      const unmatched = body.filter((row) => row[0] === '');
      expect(unmatched.every((row) => row[9] === '' && row[10] === '')).toBe(true);
      expect(run(['compare', 'tass-fomin', 'rg-fomin', '--format', 'csv', '--bom']).stdout.startsWith('\uFEFF')).toBe(true);
    });

    it('writes the long CSV shape on request', () => {
      const rows = parseCsv(run(['compare', 'tass-fomin', 'rg-fomin', '--format', 'csv', '--csv-shape', 'long']).stdout);
      expect(rows[0]).toEqual(['group', 'article', 'outlet', 'file', 'index', 'text', 'is_base', 'score', 'diff', 'labels']);
      expect(rows.slice(1).filter((row) => row[6] === 'true').every((row) => row[1] === 'tass-fomin')).toBe(true);
    });

    it('guards every CSV cell taken from the input, an outlet from og:site_name too, in compare and quotes', () => {
      // Regression: the outlet reached left_outlet and outlet as a live =HYPERLINK formula.
      const args = ['fixtures/csv-guard/page.html', 'fixtures/csv-guard/wire.txt', '--format', 'csv'];
      const guarded = '\'=HYPERLINK("http://evil.example","Click")';
      const wide = parseCsv(run(['compare', ...args]).stdout);
      expect(wide.slice(1).map((row) => row[1])).toEqual([guarded, guarded, guarded, guarded, guarded]);
      const long = parseCsv(run(['compare', ...args, '--csv-shape', 'long']).stdout);
      expect(long.slice(1).filter((row) => row[1] === 'page').map((row) => row[2])).toEqual([guarded, guarded, guarded, guarded, guarded]);
      const quotes = parseCsv(run(['quotes', ...args]).stdout);
      expect(quotes[1]!.slice(4, 6)).toEqual(['page', guarded]);
      for (const rows of [wide, long, quotes]) {
        for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+@]|^-./);
      }
    });

    it('shows a change inside an escape sequence without remnants of the sequence or lost markers, in every human format and CSV', () => {
      // Regression: the diff cuts "ESC[31mRED" after "ESC["; the CSV lost the "[" of "[-" and the views showed "31m".
      const args = ['compare', 'fixtures/escapes/agency.txt', 'fixtures/escapes/outlet.txt'];
      const csv = parseCsv(run([...args, '--format', 'csv']).stdout);
      expect(csv[2]![10]).toBe('The attackers left the text [-RED-]{+GREEN+} ALERT in the page source, the ministry said on Monday.');
      const outputs = [
        run([...args, '--no-color', '--width', '200']).stdout,
        run([...args, '--format', 'table', '--no-color', '--width', '200']).stdout,
        run([...args, '--format', 'html']).stdout,
        run([...args, '--width', '200'], { env: { FORCE_COLOR: '1' } }).stdout,
      ];
      expect(outputs[0]).toContain('The attackers left the text [-RED-] ALERT in the page source');
      expect(outputs[0]).toContain('The attackers left the text {+GREEN+} ALERT in the page source');
      expect(outputs[2]).toContain('the text <del>RED</del> ALERT');
      for (const output of outputs) {
        // The colour the view adds itself is the only escape left.
        const visible = output.replace(/\u001b\[[0-9;]*m/g, '');
        expect(visible).not.toContain('\u001b');
        expect(visible).not.toMatch(/3[12]m|\[0m/);
      }
    });

    it('reads standard input as -, and names files by their base name', () => {
      const rg = readFileSync(join(ROOT, 'corpus/rg-fomin-nato-russia-council.txt'));
      const dir = mkdtempSync(join(tmpdir(), 'outletdiff-'));
      const copy = join(dir, 'tass.txt');
      writeFileSync(copy, readFileSync(join(ROOT, 'corpus/tass-fomin-nato-russia-council-2022-01-12.txt')));
      const result = run(['compare', copy, '-', '--format', 'json'], { input: rg });
      expect(result.status).toBe(0);
      const report = JSON.parse(result.stdout) as JsonReport;
      expect(report.articles.map((article) => [article.id, article.source])).toEqual([
        ['tass', copy],
        ['stdin', '-'],
      ]);
      expect(report.articles[0]).toMatchObject({ outlet: 'TASS', date: '2022-01-12' });
      expect(report.articles[1].outlet).toBe('Rossiyskaya Gazeta');
      expect(report.alignments.length).toBeGreaterThanOrEqual(14);
    });

    it('finds no pairs between different stories', () => {
      for (const [left, right] of [
        ['tass-zakharova', 'tass-fomin'],
        ['sputnik-zakharova', 'rg-fomin'],
        ['reprint-mfa-source', 'tass-zakharova'],
        ['reprint-mfa-source', 'sputnik-zakharova'],
      ]) {
        const report = JSON.parse(run(['compare', left, right, '--format', 'json']).stdout) as JsonReport;
        expect(report.alignments).toEqual([]);
      }
    });

    it('changes the base with --base, and rejects an unknown one', () => {
      const report = JSON.parse(run(['compare', 'tass-fomin', 'rg-fomin', '--format', 'json', '--base', 'rg-fomin']).stdout) as JsonReport;
      expect(report.base).toBe('rg-fomin');
      expect(report.articles.map((article) => article.id)).toEqual(['tass-fomin', 'rg-fomin']);
      expect(report.alignments.every((alignment) => alignment.reference === 'rg-fomin')).toBe(true);
      expectUsageError(run(['compare', 'tass-fomin', 'rg-fomin', '--base', 'nope']), /--base nope/);
    });

    it('aligns less with a higher --min-score and rejects one outside 0–1', () => {
      const count = (minScore: string) =>
        (JSON.parse(run(['compare', 'tass-fomin', 'rg-fomin', '--format', 'json', '--min-score', minScore]).stdout) as JsonReport).alignments.length;
      expect(count('0.8')).toBeLessThan(count('0.42'));
      expectUsageError(run(['compare', 'tass-fomin', 'rg-fomin', '--min-score', '2']), /min-score/);
      expectUsageError(run(['compare', 'tass-fomin', 'rg-fomin', '--min-score', 'high']), /min-score/);
    });

    it('exits 1 with --fail-on-diff when the versions differ, 0 when they are the same', () => {
      expect(run(['compare', 'tass-fomin', 'rg-fomin', '--fail-on-diff']).status).toBe(1);
      const same = run(['compare', 'corpus/rg-fomin-nato-russia-council.txt', '-', '--fail-on-diff'], {
        input: readFileSync(join(ROOT, 'corpus/rg-fomin-nato-russia-council.txt')),
      });
      expect(same.status).toBe(0);
    });
  });

  describe('compare, three or more articles', () => {
    const GAZETTE = 'fixtures/nway/gazette-zakharova-nato.txt';

    it('aligns them all: JSON groups with a member per outlet, each diffed against the reference, no pairwise diff', () => {
      const result = run(['compare', 'tass-zakharova', 'sputnik-zakharova', GAZETTE, '--format', 'json']);
      expect(result.status).toBe(0);
      const report = JSON.parse(result.stdout);
      expect(report.articles.map((article: { id: string }) => article.id)).toEqual(['tass-zakharova', 'sputnik-zakharova', 'gazette-zakharova-nato']);
      const three = report.alignments.filter((alignment: { members: unknown[] }) => alignment.members.length === 3);
      expect(three.length).toBeGreaterThanOrEqual(3);
      for (const alignment of report.alignments) expect(alignment).not.toHaveProperty('diff');
      expect(Object.keys(report.summary.coverage)).toEqual(['tass-zakharova', 'sputnik-zakharova', 'gazette-zakharova-nato']);
    });

    it('writes the long CSV shape, one row per member', () => {
      const rows = parseCsv(run(['compare', 'tass-zakharova', 'sputnik-zakharova', GAZETTE, '--format', 'csv']).stdout);
      expect(rows[0]).toEqual(['group', 'article', 'outlet', 'file', 'index', 'text', 'is_base', 'score', 'diff', 'labels']);
      const groupOne = rows.slice(1).filter((row) => row[0] === '2');
      expect(groupOne.map((row) => row[1])).toEqual(['tass-zakharova', 'sputnik-zakharova', 'gazette-zakharova-nato']);
      expect(groupOne.map((row) => row[6])).toEqual(['true', 'false', 'false']);
    });

    it('sets three columns side by side when they fit, and stacks the versions, each tagged, when they do not', () => {
      const wide = run(['compare', 'tass-zakharova', 'sputnik-zakharova', GAZETTE, '--width', '150']).stdout;
      expect(wide.split('\n')[0]).toMatch(/^TASS +│ Sputnik International +│ gazette-zakharova-nato$/);
      const narrow = run(['compare', 'tass-zakharova', 'sputnik-zakharova', GAZETTE, '--width', '70']).stdout;
      const lines = narrow.split('\n');
      expect(lines.every((line) => line.length <= 70)).toBe(true);
      expect(lines.some((line) => /^sputnik-zakharova │ "The military/.test(line))).toBe(true);
      expect(lines.some((line) => /^TASS +│ "The military and political/.test(line))).toBe(true);
      // Tables too: where three columns cannot fit, the versions are stacked.
      for (const width of ['45', '60', '100']) {
        const table = run(['compare', 'tass-zakharova', 'sputnik-zakharova', GAZETTE, '--format', 'table', '--width', width]).stdout;
        expect(Math.max(...table.split('\n').map((line) => line.length))).toBeLessThanOrEqual(Number(width));
      }
      // Closes with how each article's sentences relate to the others.
      expect(wide).toMatch(/\ngazette-zakharova-nato: \d+% verbatim · \d+% reworded · \d+% substantive · 13% new, of 8 sentences\n$/);
    });

    it('compares every article of a corpus story with --story, plus any articles given', () => {
      const story = JSON.parse(run(['compare', '--story', 'Zakharova on NATO, 18 Feb 2022', '--format', 'json']).stdout);
      expect(story.articles.map((article: { id: string }) => article.id)).toEqual(['tass-zakharova', 'sputnik-zakharova']);
      const more = JSON.parse(run(['compare', '--story', 'zakharova', GAZETTE, '--format', 'json', '--base', 'gazette-zakharova-nato']).stdout);
      expect(more.articles).toHaveLength(3);
      expect(more.base).toBe('gazette-zakharova-nato');
    });
  });

  describe('quotes', () => {
    it('lists each quotation per speaker and how each outlet renders it', () => {
      const result = run(['quotes', 'tass-zakharova', 'sputnik-zakharova', '--width', '110']);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^Maria Zakharova\n── 1 · quoted by TASS ─+\n/);
      expect(result.stdout).toMatch(/\nSputnik International │ translation variant · "Maria Zakharova"\n/);
      expect(result.stdout).toMatch(/\nSputnik International │ altered\n/);
      expect(result.stdout).toMatch(/\nUS State Department\n/);
      expect(result.stdout.split('\n').every((line) => line.length <= 110)).toBe(true);
      for (const format of ['side-by-side', 'table']) {
        const narrow = run(['quotes', '--story', 'zakharova', 'fixtures/nway/gazette-zakharova-nato.txt', 'tass-fomin', '--format', format, '--width', '50']).stdout;
        expect(Math.max(...narrow.split('\n').map((line) => line.length))).toBeLessThanOrEqual(50);
      }
      // "citing" belongs to each quote, on its reference line.
      expect(run(['quotes', '--story', 'fomin', '--width', '120']).stdout).toMatch(/quoted · "the Russian Defense Ministry" · citing Alexander Fomin/);
    });

    it('writes CSV and JSON, and compare --format json carries the same quotes', () => {
      const rows = parseCsv(run(['quotes', '--story', 'fomin', '--format', 'csv']).stdout);
      expect(rows[0]).toEqual(['quote', 'speaker', 'citing', 'reference', 'article', 'outlet', 'status', 'speaker_as_written', 'index', 'quote_text', 'diff', 'labels']);
      expect(rows.some((row) => row[1] === 'Alexander Fomin' && row[4] === 'rg-fomin' && /critically low level/.test(row[9]))).toBe(true);
      expect(rows.some((row) => row[6] === 'reported')).toBe(true);
      const quotes = JSON.parse(run(['quotes', '--story', 'fomin', '--format', 'json']).stdout);
      const compared = JSON.parse(run(['compare', '--story', 'fomin', '--format', 'json']).stdout);
      expect(compared.quotes).toEqual(quotes.quotes);
      expect(quotes.quotes.length).toBeGreaterThan(3);
    });

    it('shows a contraction written out as a cosmetic rendering of the quotation', () => {
      const result = run(['quotes', 'fixtures/quotes/contraction-written-out.txt', 'fixtures/quotes/contraction.txt', '--width', '80'], { env: { NO_COLOR: '1' } });
      expect(result.stdout).toBe(
        [
          'Anna Berg',
          `── 1 · quoted by contraction-written-out ${'─'.repeat(39)}`,
          'contraction-written-out │ quoted · "Anna Berg"',
          '                        │ We will not back down until the government listens to',
          '                        │ us',
          'contraction             │ cosmetic · "Anna Berg"',
          "                        │ We [-will not-]{+won't+} back down until the",
          '                        │ government listens to us',
          '─'.repeat(80),
          '1 quotation; contraction-written-out: 1 quoted first; contraction: 1 cosmetic',
          '',
        ].join('\n'),
      );
    });

    it('needs two articles', () => {
      expectUsageError(run(['quotes', 'tass-fomin']), /quotes takes at least two articles, got 1/);
    });
  });

  describe('--encoding', () => {
    it('reads a Latin-1 file when told, and names the option when not', () => {
      const result = run(['inspect', 'fixtures/cli/latin1.txt', '--encoding', 'latin1', '--format', 'json']);
      expect(result.status).toBe(0);
      expect(JSON.parse(result.stdout).sentences[0].text).toBe('Café society met in Paris on Monday.');
      expectUsageError(run(['compare', 'fixtures/cli/latin1.txt', 'rg-fomin']), /latin1\.txt: not valid UTF-8.*--encoding/);
      expect(run(['compare', 'fixtures/cli/latin1.txt', 'rg-fomin', '--encoding', 'windows-1252']).status).toBe(0);
      expectUsageError(run(['compare', 'a', 'b', '--encoding', 'ebcdic']), /--encoding.*ebcdic/);
    });
  });

  describe('--layout', () => {
    it('detects hard-wrapped wire copy, and reads it line by line when told', () => {
      const detected = JSON.parse(run(['inspect', 'fixtures/load/wire-wrapped.txt', '--format', 'json']).stdout);
      const lines = JSON.parse(run(['inspect', 'fixtures/load/wire-wrapped.txt', '--format', 'json', '--layout', 'lines']).stdout);
      expect(detected.sentences).toHaveLength(8);
      expect(lines.sentences.length).toBeGreaterThan(detected.sentences.length);
      expectUsageError(run(['compare', 'a', 'b', '--layout', 'columns']), /--layout.*columns/);
    });
  });

  describe('index, search, reuse, stories', () => {
    it('builds an index of the corpus, reports who reuses whom, groups stories, and searches it', () => {
      const dir = mkdtempSync(join(tmpdir(), 'outletdiff-cli-index-'));
      const db = join(dir, 'corpus.duckdb');
      const built = run(['index', 'corpus', 'fixtures/nway', '--db', db]);
      expect(built.status).toBe(0);
      expect(built.stdout).toBe('');
      expect(built.stderr).toMatch(/^indexed 6 articles \(\d+ sentences\): 6 added, 0 updated, 0 unchanged, 0 dropped, 0 skipped; \d+ candidate pairs aligned, \d+ alignments; [\d.]+ s\n$/);
      expect(run(['index', 'corpus', 'fixtures/nway', '--db', db]).stderr).toMatch(/0 added, 0 updated, 6 unchanged/);
      const reuse = parseCsv(run(['reuse', '--db', db]).stdout);
      expect(reuse[0]).toEqual(['article_a', 'article_b', 'outlet_a', 'outlet_b', 'date_a', 'date_b', 'pairs', 'share_a', 'share_b', 'mean_score', 'earliest']);
      expect(reuse.slice(1).map((row) => `${row[0]} ${row[1]}`)).toEqual(
        expect.arrayContaining(['rg-fomin tass-fomin', 'sputnik-zakharova tass-zakharova', 'gazette-zakharova-nato.txt tass-zakharova']),
      );
      for (const row of reuse.slice(1)) expect(row[0] < row[1]).toBe(true);
      const sentences = parseCsv(run(['reuse', '--db', db, '--sentences']).stdout);
      expect(sentences[0]).toEqual(['article_a', 'article_b', 'group', 'left_outlet', 'left_file', 'left_index', 'left_text', 'right_outlet', 'right_file', 'right_index', 'right_text', 'score', 'diff', 'labels']);
      // The file columns name the articles as reuse, stories and search do.
      expect(sentences.slice(1).every((row) => row[4] === row[0] && row[8] === row[1])).toBe(true);
      expect(new Set(sentences.slice(1).map((row) => `${row[4]} ${row[8]}`))).toEqual(new Set(reuse.slice(1).map((row) => `${row[0]} ${row[1]}`)));
      const stories = JSON.parse(run(['stories', '--db', db, '--format', 'json']).stdout);
      expect(stories).toHaveLength(2);
      const search = JSON.parse(run(['search', 'fixtures/nway/gazette-zakharova-nato.txt', '--db', db, '--format', 'json']).stdout);
      expect(search.hits[0].article.id).toBe('gazette-zakharova-nato.txt');
      expect(search.hits.map((hit: { article: { id: string } }) => hit.article.id)).toContain('tass-zakharova');
      expectUsageError(run(['reuse', '--db', join(dir, 'none.duckdb')]), /none\.duckdb: no such index/);
      expectUsageError(run(['reuse', '--db', 'fixtures/cli/empty.txt']), /not an outletdiff index/);
      expectUsageError(run(['index', join(dir, 'missing'), '--db', db]), /missing: no such file or folder/);
      expectUsageError(run(['reuse']), /--db/);
      expectUsageError(run(['reuse', '--db', db, '--sentences', '--format', 'table']), /reuse --sentences writes csv or json/);
    });

    it('indexes same-named roots holding the same path, each id with as much of its root\'s path as tells them apart', () => {
      const dir = mkdtempSync(join(tmpdir(), 'outletdiff-cli-index-'));
      const news = (side: string, article: string) => {
        mkdirSync(join(dir, side, 'news'), { recursive: true });
        copyFileSync(join(ROOT, 'corpus', article), join(dir, side, 'news/x.txt'));
        return join(dir, side, 'news');
      };
      const roots = [news('a', 'tass-zakharova-nato-2022-02-18.txt'), news('b', 'sputnik-zakharova-nato-2022-02-18.txt')];
      // Regression: exit 70 (duplicate key "news/x.txt"; for the files themselves "x.txt/x.txt").
      for (const paths of [roots, roots.map((root) => join(root, 'x.txt'))]) {
        const db = join(dir, `${paths[0].endsWith('.txt') ? 'files' : 'folders'}.duckdb`);
        const built = run(['index', ...paths, '--db', db]);
        expect(built.status).toBe(0);
        expect(built.stderr).toMatch(/^indexed 2 articles .* 2 added/);
        expect(parseCsv(run(['reuse', '--db', db]).stdout).slice(1).map((row) => `${row[0]} ${row[1]}`)).toEqual(['a/news/x.txt b/news/x.txt']);
      }
    });

    it('reports a missing path and skipped files and links on stderr and indexes the rest; no path at all is an error that leaves no index', () => {
      const dir = mkdtempSync(join(tmpdir(), 'outletdiff-cli-index-'));
      const db = join(dir, 'index.duckdb');
      const archive = join(dir, 'archive');
      mkdirSync(archive);
      copyFileSync(join(ROOT, 'corpus/tass-fomin-nato-russia-council-2022-01-12.txt'), join(archive, 'fomin.txt'));
      writeFileSync(join(archive, 'saved.html'), Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x3c, 0x68, 0x74, 0x6d, 0x6c, 0x3e]));
      symlinkSync(join(archive, 'fomin.txt'), join(archive, 'link.txt'));
      const missing = join(dir, 'nosuchdir');
      // Regression: exit 2 before anything was indexed, and an empty index file left behind.
      const built = run(['index', archive, missing, '--db', db]);
      expect(built.status).toBe(0);
      expect(built.stdout).toBe('');
      expect(built.stderr.trimEnd().split('\n')).toEqual([
        `outletdiff: skipped ${join(archive, 'link.txt')}: symbolic link, not followed (give the file itself to index it)`,
        `outletdiff: skipped ${missing}: no such file or folder`,
        // Regression: "skipped PATH is binary", without the colon the README promises.
        `outletdiff: skipped ${join(archive, 'saved.html')}: binary file, not a web page`,
        // Regression: "indexed 1 articles".
        expect.stringMatching(/^indexed 1 article \(\d+ sentences\): 1 added, 0 updated, 0 unchanged, 0 dropped, 3 skipped;/),
      ]);
      expectUsageError(run(['index', archive, missing, '--db', db, '--strict']), `${join(archive, 'link.txt')}: symbolic link, not followed`);
      const fresh = join(dir, 'fresh.duckdb');
      expectUsageError(run(['index', missing, join(dir, 'other'), '--db', fresh]), `${missing}, ${join(dir, 'other')}: no such file or folder`);
      expect(existsSync(fresh)).toBe(false);
      const empty = join(dir, 'empty');
      mkdirSync(empty);
      expectUsageError(run(['index', empty, '--db', fresh]), /no article files/);
      expect(existsSync(fresh)).toBe(false);
    });

    it('names every article file extension it reads when a folder holds none, as its help does', () => {
      // Regression: the error named only ".txt, .html", though .text, .htm and .xhtml files are read too.
      const empty = mkdtempSync(join(tmpdir(), 'outletdiff-cli-noarticles-'));
      writeFileSync(join(empty, 'notes.md'), 'Not an article file.\n');
      const extensions = '(.txt, .text, .html, .htm, .xhtml)';
      expectUsageError(run(['index', empty, '--db', join(empty, 'index.duckdb')]), `no article files ${extensions} under ${empty}`);
      expect(run(['index', '--help']).stdout.replace(/\s+/g, ' ')).toContain(extensions);
    });

    it('refuses a --db or --export-parquet path it cannot use with one line naming it, before indexing anything', () => {
      const dir = mkdtempSync(join(tmpdir(), 'outletdiff-cli-index-'));
      const article = join(dir, 'fomin.txt');
      copyFileSync(join(ROOT, 'corpus/tass-fomin-nato-russia-council-2022-01-12.txt'), article);
      const loop = join(dir, 'loop.duckdb');
      symlinkSync(join(dir, 'other.duckdb'), loop);
      symlinkSync(loop, join(dir, 'other.duckdb'));
      // Regression: "not an outletdiff index (IO Error: Cannot open file …: No such file or directory)".
      expectUsageError(run(['index', article, '--db', join(dir, 'nodir/x.duckdb')]), `${join(dir, 'nodir/x.duckdb')}: no such folder ${join(dir, 'nodir')}`);
      expectUsageError(run(['index', article, '--db', loop]), `${loop}: too many symbolic links (a link loop?)`);
      // Regression: "no such index" for a link that exists.
      expectUsageError(run(['reuse', '--db', loop]), `${loop}: too many symbolic links (a link loop?)`);
      const db = join(dir, 'index.duckdb');
      // Regression: exit 70 (EEXIST from mkdir), after indexing.
      expectUsageError(run(['index', article, '--db', db, '--export-parquet', article]), `${article}: not a folder`);
      expectUsageError(run(['index', article, '--db', db, '--export-parquet', join(article, 'parquet')]), `${join(article, 'parquet')}: cannot create the folder: part of the path is a file, not a folder`);
      expect(existsSync(db)).toBe(false);
      const exported = run(['index', article, '--db', db, '--export-parquet', join(dir, 'parquet/month')]);
      expect(exported.status).toBe(0);
      expect(exported.stderr).toMatch(/^exported 3 Parquet files to .*\nindexed 1 article /);
    });

    it('says an index another process holds is in use, not that it is no index', async (context) => {
      const db = join(mkdtempSync(join(tmpdir(), 'outletdiff-cli-index-')), 'index.duckdb');
      expect(run(['index', 'fixtures/index/brief-of-report', '--db', db]).status).toBe(0);
      const holder = spawn(process.execPath, ['--input-type=module', '-e', HOLD_INDEX, db], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
      try {
        await new Promise<void>((resolve, reject) => {
          holder.stdout.once('data', () => resolve());
          holder.once('exit', (code) => reject(new Error(`the process holding the index exited (${code})`)));
        });
        // DuckDB's lock is a POSIX record lock; some file systems and sandboxes grant every such
        // lock, and then no process is ever refused. The message itself is tested in store.test.ts.
        if (!(await lockIsRefused(db))) return context.skip('this file system does not enforce file locks between processes');
        // Regression: "not an outletdiff index (IO Error: Could not set lock on file …)".
        expectUsageError(run(['reuse', '--db', db]), new RegExp(`${db}: in use by another process \\(PID ${holder.pid}\\); try again when it has finished$`));
      } finally {
        holder.kill();
      }
    });

    it('reports a manifest entry whose file is missing and counts it as skipped; --strict stops there', () => {
      const dir = mkdtempSync(join(tmpdir(), 'outletdiff-cli-index-'));
      const archive = join(dir, 'archive');
      mkdirSync(archive);
      copyFileSync(join(ROOT, 'corpus/tass-fomin-nato-russia-council-2022-01-12.txt'), join(archive, 'tass.txt'));
      const articles = [{ id: 'tass-fomin', file: 'tass.txt' }, { id: 'rg-fomin', file: 'rg.txt' }];
      writeFileSync(join(archive, 'manifest.json'), JSON.stringify({ schemaVersion: 1, articles }));
      const built = run(['index', archive, '--db', join(dir, 'index.duckdb')]);
      expect(built.status).toBe(0);
      expect(built.stdout).toBe('');
      // Regression: the entry was passed over in silence, "0 skipped".
      expect(built.stderr.trimEnd().split('\n')).toEqual([
        `outletdiff: skipped ${join(archive, 'rg.txt')}: no such file (entry "rg-fomin" of ${join(archive, 'manifest.json')})`,
        expect.stringMatching(/^indexed 1 article \(\d+ sentences\): 1 added, 0 updated, 0 unchanged, 0 dropped, 1 skipped;/),
      ]);
      expectUsageError(run(['index', archive, '--db', join(dir, 'strict.duckdb'), '--strict']), `${join(archive, 'rg.txt')}: no such file (entry "rg-fomin"`);
      expect(existsSync(join(dir, 'strict.duckdb'))).toBe(false);
    });

    it.skipIf(process.getuid?.() === 0)('reports a folder without read permission and indexes the rest (real chmod)', () => {
      const dir = mkdtempSync(join(tmpdir(), 'outletdiff-cli-index-'));
      const locked = join(dir, 'archive/locked');
      mkdirSync(locked, { recursive: true });
      copyFileSync(join(ROOT, 'corpus/tass-fomin-nato-russia-council-2022-01-12.txt'), join(dir, 'archive/fomin.txt'));
      copyFileSync(join(ROOT, 'corpus/rg-fomin-nato-russia-council.txt'), join(locked, 'rg.txt'));
      chmodSync(locked, 0o000);
      try {
        // Regression: exit 70 (EACCES from scandir).
        const built = run(['index', join(dir, 'archive'), '--db', join(dir, 'index.duckdb')]);
        expect(built.status).toBe(0);
        expect(built.stderr).toMatch(new RegExp(`^outletdiff: skipped ${locked}: cannot read the folder: permission denied\nindexed 1 article .* 1 skipped;`));
      } finally {
        chmodSync(locked, 0o755);
      }
    });

    it('tells how much of the earliest each story article reuses', () => {
      const db = join(mkdtempSync(join(tmpdir(), 'outletdiff-cli-index-')), 'index.duckdb');
      expect(run(['index', 'fixtures/index/brief-of-report', '--db', db]).status).toBe(0);
      // Regression: "reuses 100% of the earliest" for a brief that takes two of the report's five sentences.
      expect(run(['stories', '--db', db]).stdout).toBe(
        'Story 1 · 2 articles · earliest: report\n  report  Agency A · 2023-09-26 · earliest\n  brief  Paper B · 2023-09-27 · reuses 40% of the earliest\n',
      );
      expect(parseCsv(run(['stories', '--db', db, '--format', 'csv']).stdout).map((row) => `${row[2]} ${row[7]}`)).toEqual(['article reuses_earliest', 'report ', 'brief 0.4']);
    });

    it('writes null, not "", for an unknown outlet in reuse --sentences JSON', () => {
      // The files given directly have no manifest: their outlets are unknown.
      const bare = join(mkdtempSync(join(tmpdir(), 'outletdiff-cli-index-')), 'bare.duckdb');
      expect(run(['index', 'fixtures/index/brief-of-report/report.txt', 'fixtures/index/brief-of-report/brief.txt', '--db', bare]).status).toBe(0);
      const rows = JSON.parse(run(['reuse', '--db', bare, '--sentences', '--format', 'json']).stdout) as Array<Record<string, unknown>>;
      expect(rows.length).toBeGreaterThan(0);
      // Regression: "" for the unknown outlets.
      for (const row of rows) expect([row.left_outlet, row.right_outlet]).toEqual([null, null]);
      // Regression: the absolute paths of the files, where every other corpus output names articles by id.
      expect([rows[0].left_file, rows[0].right_file]).toEqual(['brief.txt', 'report.txt']);
    });
  });

  describe('labelled differences', () => {
    it('labels each change and gives each group a verdict, in JSON, CSV and the side-by-side view', () => {
      const report = JSON.parse(run(['compare', 'tass-zakharova', 'sputnik-zakharova', '--format', 'json']).stdout) as {
        alignments: Array<{ verdict: string; diff: Array<{ op: string; text: string; label?: string }> }>;
      };
      for (const alignment of report.alignments) {
        expect(['identical', 'cosmetic', 'rewording', 'substantive']).toContain(alignment.verdict);
        for (const run of alignment.diff) expect(run.op === 'equal' ? run.label : typeof run.label).toBe(run.op === 'equal' ? undefined : 'string');
      }
      const labelsOf = (fragment: string) =>
        report.alignments.find((alignment) => alignment.diff.some((run) => run.text.includes(fragment)))?.diff.filter((run) => run.label).map((run) => [run.text.trim(), run.label]);
      expect(labelsOf('correcting')).toContainEqual(['correcting', 'synonym']);
      expect(labelsOf('degrade')).toContainEqual(['-', 'compounding']);
      // "escalation for the sake of de-escalation" against "… of escalation": substance, not spelling.
      const escalation = report.alignments.find((alignment) => alignment.diff.some((run) => /Escalation/.test(run.text)));
      expect(escalation?.verdict).toBe('substantive');
      const rows = parseCsv(run(['compare', 'tass-zakharova', 'sputnik-zakharova', '--format', 'csv']).stdout);
      expect(rows.find((row) => row[0] === '1')?.[11]).toMatch(/synonym/);
      expect(run(['compare', 'tass-zakharova', 'sputnik-zakharova', '--width', '120']).stdout).toMatch(/── 1 · 0\.\d\d · rewording: compounding, synonym ─/);
    });
  });

  describe('labelled differences that keep the meaning', () => {
    it('finds nothing substantive in list markers, modals, month abbreviations and dropped diacritics', () => {
      // Regression: "may" was read as the month, "Dec." against "December" was a date change or
      // attribution, "1." a number and "Zoë Müller" against "Zoe Muller" another person.
      const args = ['compare', 'fixtures/labels/agency.txt', 'fixtures/labels/outlet.txt'];
      const report = JSON.parse(run([...args, '--format', 'json']).stdout) as {
        alignments: Array<{ verdict: string; diff: Array<{ op: string; text: string; label?: string }> }>;
      };
      const changes = report.alignments.flatMap((alignment) => alignment.diff.filter((run) => run.op !== 'equal').map((run) => `${run.text}:${run.label}`));
      expect(changes).toEqual([
        '-:cosmetic', '1.:cosmetic',
        '-:cosmetic', '2.:cosmetic', 'may:synonym', 'can:synonym',
        '•:cosmetic', '3.:cosmetic',
        'Dec.:spelling', 'December:spelling',
        'Zoë Müller:spelling', 'Zoe Muller:spelling', 'café:spelling', 'cafe:spelling',
      ]);
      expect(report.alignments.map((alignment) => alignment.verdict)).not.toContain('substantive');
      expect(run([...args, '--fail-on-diff', '--changes', 'substantive']).status).toBe(0);
      expect(run([...args, '--fail-on-diff', '--changes', 'rewording']).status).toBe(1);
    });

    it('treats an em dash and the "--" of wire copy as the same dash', () => {
      const result = run(['compare', 'fixtures/typography/web.txt', 'fixtures/typography/wire.txt', '--fail-on-diff', '--format', 'json']);
      expect(result.status).toBe(0);
      const report = JSON.parse(result.stdout) as { alignments: Array<{ verdict: string }> };
      expect(report.alignments.map((alignment) => alignment.verdict)).toEqual(['identical', 'identical', 'identical']);
    });
  });

  describe('compare --changes', () => {
    it('thins the human views to the groups that matter, leaving JSON complete', () => {
      const all = run(['compare', 'tass-zakharova', 'sputnik-zakharova', '--width', '120']).stdout;
      const substantive = run(['compare', 'tass-zakharova', 'sputnik-zakharova', '--width', '120', '--changes', 'substantive']).stdout;
      expect(all).toMatch(/── 1 · 0\.\d\d · rewording/);
      expect(substantive).not.toMatch(/· rewording/);
      expect(substantive).toMatch(/· substantive/);
      expect(substantive).toContain('only in TASS');
      const report = JSON.parse(run(['compare', 'tass-zakharova', 'sputnik-zakharova', '--format', 'json', '--changes', 'substantive']).stdout) as { alignments: unknown[] };
      expect(report.alignments).toHaveLength(5);
      expectUsageError(run(['compare', 'tass-zakharova', 'sputnik-zakharova', '--changes', 'huge']), /huge/);
    });
  });

  describe('compare --explain', () => {
    it('adds the evidence behind each score to JSON and a "why:" line to the side-by-side view', () => {
      const report = JSON.parse(run(['compare', 'tass-zakharova', 'sputnik-zakharova', '--format', 'json', '--explain']).stdout) as {
        alignments: Array<{ explanation: { synonymPairs: string[][]; sharedRareWords: string[] } }>;
      };
      expect(report.alignments.flatMap((alignment) => alignment.explanation.synonymPairs)).toContainEqual(['rectifying', 'correcting']);
      const plain = JSON.parse(run(['compare', 'tass-zakharova', 'sputnik-zakharova', '--format', 'json']).stdout) as { alignments: object[] };
      expect(plain.alignments.every((alignment) => !('explanation' in alignment))).toBe(true);
      expect(run(['compare', 'tass-zakharova', 'sputnik-zakharova', '--explain', '--width', '400']).stdout).toMatch(/why: shared .*synonyms rectifying~correcting/s);
    });
  });

  describe('score-pairs', () => {
    const pairs = [
      'The military and political situation in Europe continues to deteriorate.\tThe military-political situation in Europe continues to degrade.',
      '',
      'NATO rejected the proposals on Friday.\tGrain exports rose sharply in February.',
    ].join('\r\n');

    it('prints score, aligned and equivalent for every line, an empty line for an empty one', () => {
      const result = run(['score-pairs', '-'], { input: `\uFEFF${pairs}\r\n` });
      expect(result.status).toBe(0);
      expect(result.stderr).toBe('');
      const lines = result.stdout.split('\n');
      expect(lines).toHaveLength(4);
      expect(lines[0]).toMatch(/^0\.\d{3}\t1\t1$/);
      expect(lines[1]).toBe('');
      expect(lines[2]).toMatch(/^0\.\d{3}\t0\t0$/);
      expect(lines[3]).toBe('');
    });

    it('writes every line of a long input, in order, and checks every line before writing any', () => {
      // More lines than one scoring batch, with the same pair repeated: every copy scores alike.
      const sentences = [
        'The ministry will publish an updated grain balance at the end of March.',
        'The ministry is due to release a revised grain balance at the end of March.',
      ];
      const many = Array.from({ length: 4500 }, (_, k) => (k % 3 === 2 ? '' : sentences.join('\t')));
      const result = run(['score-pairs'], { input: `${many.join('\n')}\n` });
      expect(result.status).toBe(0);
      const lines = result.stdout.split('\n');
      expect(lines.pop()).toBe('');
      expect(lines).toHaveLength(many.length);
      lines.forEach((line, k) => expect(line === '').toBe(many[k] === ''));
      expect(new Set(lines.filter((line) => line !== '')).size).toBe(1);
      const broken = run(['score-pairs'], { input: `${many.join('\n')}\nonly one column\n` });
      expect(broken.status).toBe(2);
      expect(broken.stdout).toBe('');
      expect(broken.stderr).toMatch(/line 4501 has 1 column/);
    });

    it('scores a line of a whole document in each column', () => {
      // Regression: word edit distance and term order cost the product of the two lengths, so a
      // 60,000-word cell (a document pasted whole) kept the command busy for most of a minute.
      const words = Array.from({ length: 60_000 }, (_, k) => `word${k}`).join(' ');
      const result = run(['score-pairs'], { input: `${words}\t${words}\n` });
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^0\.\d{3}\t1\t1\n$/);
    });

    it('reads a file with a header and chosen columns', () => {
      const dir = mkdtempSync(join(tmpdir(), 'outletdiff-'));
      const file = join(dir, 'pairs.tsv');
      writeFileSync(file, 'id\tfirst\tsecond\n7\tTalks resumed in Geneva on Friday.\tTalks restarted in Geneva on Friday.\n');
      const result = run(['score-pairs', file, '--header', '--left-column', '2', '--right-column', '3']);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^0\.\d{3}\t1\t1\n$/);
    });

    it('writes JSON Lines with physical line numbers, signals, and evidence with --explain', () => {
      const result = run(['score-pairs', '--format', 'json', '--explain'], { input: `${pairs}\n` });
      const objects = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(objects.map((object) => object.line)).toEqual([1, 2, 3]);
      expect(objects[0]).toMatchObject({ aligned: true, equivalent: true });
      expect(Object.keys(objects[0].components as object)).toContain('synonymOverlap');
      expect((objects[0].explanation as { sharedRareWords: string[] }).sharedRareWords).toContain('situation');
      expect(objects[1]).toMatchObject({ line: 2, score: null, aligned: false, equivalent: false, components: null });
    });

    it('takes --threshold for aligned, and equivalent never exceeds aligned', () => {
      const result = run(['score-pairs', '--threshold', '1'], { input: `${pairs}\n` });
      expect(result.stdout.split('\n').filter(Boolean).every((line) => line.endsWith('\t0\t0'))).toBe(true);
    });

    it.each([
      [['score-pairs'], 'a\tb\nonly one column\n', /-: line 2 has 1 column/],
      [['score-pairs', '--right-column', '3'], 'a\tb\n', /line 1 has 2 columns, but column 3 is needed/],
      [['score-pairs', '--explain'], 'a\tb\n', /--explain needs --format json/],
      // Regression: one column named twice scored every sentence against itself, silently.
      [['score-pairs', '--left-column', '2'], 'a\tb\n', /--left-column and --right-column are both 2/],
      [['score-pairs', 'missing.tsv'], '', /missing\.tsv: no such file/],
      [['score-pairs', '--left-column', '0'], 'a\tb\n', /--left-column.*1 or more/],
      // Regression: a column too large to be exact was refused as "1 or more".
      [['score-pairs', '--right-column', '99999999999999999999'], 'a\tb\n', /--right-column.*no larger than 9007199254740991/],
      // Regression: Number() took these as 2, 10 and 1, so a typo scored other columns.
      [['score-pairs', '--left-column', '0x2'], 'a\tb\n', /--left-column.*'0x2' is invalid/],
      [['score-pairs', '--right-column', '1e1'], 'a\tb\n', /--right-column.*'1e1' is invalid/],
      [['score-pairs', '--threshold', '0x1'], 'a\tb\n', /--threshold.*'0x1' is invalid/],
    ])('%j fails with exit 2, one line, nothing on stdout', (args, input, mentions) => {
      expectUsageError(run(args, { input }), mentions);
    });
  });

  describe('bad input', () => {
    it.each([
      [['compare', 'missing.txt', 'rg-fomin'], /missing\.txt/],
      [['compare', 'fixtures', 'rg-fomin'], /fixtures: is a directory/],
      [['compare', 'fixtures/cli/empty.txt', 'rg-fomin'], /empty\.txt.*empty/],
      [['compare', 'fixtures/cli/image.png', 'rg-fomin'], /image\.png.*binary/],
      [['compare', 'fixtures/html/annual-report.pdf', 'rg-fomin'], /annual-report\.pdf: a PDF, not text or a web page/],
      [['compare', 'fixtures/html/login.html', 'rg-fomin'], /login\.html: no article text found in the page/],
      [['compare', 'fixtures/cli/latin1.txt', 'rg-fomin'], /latin1\.txt.*UTF-8/],
      [['compare', 'fixtures/cli/only-chrome.txt', 'rg-fomin'], /only-chrome\.txt.*no sentences/],
      [['compare', 'fixtures/cli/headline-only.txt', 'rg-fomin'], /^outletdiff: fixtures\/cli\/headline-only\.txt: no sentences left besides headings/],
      [['quotes', 'rg-fomin', 'fixtures/cli/headline-only.txt'], /headline-only\.txt: no sentences left besides headings/],
      [['compare', 'rg-fomin'], /two articles/],
      [['compare'], /at least two articles, got 0/],
      [['compare', '--story', 'no such story'], /--story no such story: no such story.*Zakharova on NATO/],
      [['compare', '--story', 'nato'], /matches 3 stories/],
      [['compare', 'rg-fomin', 'tass-fomin', '--format', 'pdf'], /pdf/],
      [['compare', 'rg-fomin', 'tass-fomin', '--frobnicate'], /--frobnicate/],
      [['compare', 'rg-fomin', 'tass-fomin', '--width', 'wide'], /width/],
      [['compare', 'rg-fomin', 'tass-fomin', '--width', ' 60'], /--width.*' 60' is invalid/],
      [['compare', 'rg-fomin', 'tass-fomin', '--min-score', '5e-1'], /--min-score.*'5e-1' is invalid/],
      // Regression: three articles came out long although wide was asked for.
      [['compare', 'rg-fomin', 'tass-fomin', 'tass-zakharova', '--format', 'csv', '--csv-shape', 'wide'], /^outletdiff: --csv-shape wide: takes exactly two articles, got 3/],
      // Regression: the evidence was computed and dropped, silently, since CSV's columns are fixed.
      [['compare', 'rg-fomin', 'tass-fomin', '--format', 'csv', '--explain'], /^outletdiff: --explain: CSV has fixed columns/],
      [['frobnicate'], /frobnicate/],
      // Regression: this printed the whole program help to stderr.
      [['help', 'frobnicate'], /help frobnicate: no such command \(commands: compare, quotes, /],
      [['inspect', 'missing.txt'], /missing\.txt/],
      // Regression: an empty argument gave ": no such file or corpus article", naming nothing.
      [['compare', '', 'rg-fomin'], /^outletdiff: "" \(an empty argument\): expected a file/],
      [['score-pairs', ''], /^outletdiff: "" \(an empty argument\): expected a file/],
      // Regression: `--db ''` indexed into a throwaway in-memory database and exited 0.
      [['index', 'corpus', '--db', ''], /^outletdiff: option '--db <file>' argument '' is invalid\. expected a name, not an empty argument/],
      [['reuse', '--db', ''], /--db <file>' argument '' is invalid/],
      // Regression: recorded "story": "" in the manifest, where the contract wants null.
      [['fetch', 'http://127.0.0.1:9/story', '--out', 'unused-folder', '--story', ' '], /--story <label>' argument ' ' is invalid/],
      // Regression: ": cannot create the folder", naming nothing.
      [['fetch', 'http://127.0.0.1:9/story', '--out', ''], /--out <dir>' argument '' is invalid/],
      // Regression: read manifest.json of the current folder.
      [['compare', 'rg-fomin', 'tass-fomin', '--corpus', ''], /--corpus <dir>' argument '' is invalid/],
      [['compare', 'rg-fomin', 'tass-fomin', '--base', ''], /--base <id>' argument '' is invalid/],
      [['quotes', '--story', ''], /--story <label>' argument '' is invalid/],
      [['index', 'corpus', '--db', 'unused.duckdb', '--export-parquet', ''], /--export-parquet <dir>' argument '' is invalid/],
      // Regression: named "README.md/manifest.json: cannot read the corpus manifest (ENOTDIR)".
      [['fetch', 'http://127.0.0.1:9/story', '--out', 'README.md'], /^outletdiff: README\.md: not a folder/],
      // Regression: named "README.md/manifest.json: cannot read the corpus manifest (ENOTDIR)".
      [['corpus', '--corpus', 'README.md'], /^outletdiff: README\.md: not a folder \(a corpus is a folder with a manifest\.json\)$/],
      [['compare', 'rg-fomin', 'tass-fomin', '--corpus', 'README.md'], /^outletdiff: README\.md: not a folder/],
    ])('%j fails with exit 2 and one line naming the problem', (args, mentions) => {
      expectUsageError(run(args), mentions);
    });

    it('names a symbolic link loop in plain English, in every command that reads files', () => {
      const dir = mkdtempSync(join(tmpdir(), 'outletdiff-cli-loop-'));
      const loop = join(dir, 'loop.txt');
      symlinkSync(join(dir, 'other.txt'), loop);
      symlinkSync(loop, join(dir, 'other.txt'));
      const db = join(dir, 'index.duckdb');
      copyFileSync(join(ROOT, 'corpus/tass-fomin-nato-russia-council-2022-01-12.txt'), join(dir, 'fomin.txt'));
      // Regression: "loop.txt: cannot read (ELOOP)", the bare error code.
      const said = `${loop}: too many symbolic links (a link loop?)`;
      for (const args of [['compare', loop, 'rg-fomin'], ['inspect', loop], ['score-pairs', loop]]) expectUsageError(run(args), said);
      const built = run(['index', join(dir, 'fomin.txt'), loop, '--db', db]);
      expect(built.status).toBe(0);
      expect(built.stderr.split('\n')[0]).toBe(`outletdiff: skipped ${said}`);
      expectUsageError(run(['search', loop, '--db', db]), said);
      expectUsageError(run(['index', join(dir, 'fomin.txt'), loop, '--db', db, '--strict']), said);
      // The corpus folder is checked before any page is fetched. Regression: named "loop.txt/manifest.json".
      expectUsageError(run(['fetch', 'http://127.0.0.1:9/story', '--out', loop]), said);
    });
  });

  describe('arguments quoted in errors', () => {
    it.each([
      [['compare', 'missing\u001b[31mx.txt', 'rg-fomin'], /missingx\.txt: no such file/],
      [['compare', 'rg-fomin', 'tass-fomin', '--bad\u001b]0;title\u0007\u202eoption'], /unknown option '--badoption'/],
      [['compare', 'rg-fomin', 'tass-fomin', '--base', 'x\u009b31my\ttab'], /--base xy tab: no such article/],
    ])('%j: escape sequences and control characters of the argument are left out of the one error line', (args, mentions) => {
      // Regression: a file name with an escape sequence coloured the terminal from stderr.
      const result = run(args);
      expectUsageError(result, mentions);
      expect(result.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u);
    });
  });

  describe('help', () => {
    it.each([[[]], ...['compare', 'quotes', 'inspect', 'corpus', 'score-pairs', 'fetch', 'index', 'search', 'reuse', 'stories'].map((name) => [[name]])])('%j --help teaches with examples', (command) => {
      const result = run([...command, '--help']);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('Usage: outletdiff');
      expect(result.stdout).toContain('Examples:');
    });

    it('score-pairs --help shows its printf example on one line, and the example scores one pair', () => {
      // Regression: the example's \t and \n were printed as a real tab and line break.
      const help = run(['score-pairs', '--help']).stdout;
      const example = help.split('\n').find((line) => line.trimStart().startsWith('printf '));
      expect(example).toBe("  printf 'The talks resumed on Friday.\\tTalks restarted on Friday.\\n' | outletdiff score-pairs");
      const command = example!.replace(/outletdiff/, `"${process.execPath}" "${BIN}"`);
      const result = spawnSync('/bin/sh', ['-c', command], { cwd: ROOT, encoding: 'utf8' });
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^\d\.\d{3}\t1\t[01]\n$/);
    });

    it.each([[['help']], [['help', 'score-pairs']], [['help', 'compare']]])('%j prints the help on stdout and exits 0', (args) => {
      // Regression: the help command exited 2, as if the user had made a mistake.
      const result = run(args);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('Usage: outletdiff');
      expect(result.stderr).toBe('');
    });

    it('without a command, prints the help on stderr and exits 2', () => {
      const result = run([]);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('Usage: outletdiff');
    });

    it.runIf(existsSync('/dev/full'))('exits 2 with one line when the help or the output cannot be written (a full disk)', () => {
      // Regression: --help to a full disk said "cannot write the output" and still exited 0.
      for (const args of [['--help'], ['compare', '--help'], ['--version'], ['corpus']]) {
        const full = openSync('/dev/full', 'w');
        try {
          const result = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
          expect(result.status).toBe(2);
          expect(result.stderr).toBe('outletdiff: cannot write the output: no space left on the device\n');
        } finally {
          closeSync(full);
        }
      }
    });

    it('prints the version', () => {
      const result = run(['--version']);
      expect(result.status).toBe(0);
      expect(result.stdout.trim()).toBe((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
    });
  });

  describe('inspect', () => {
    it('shows metadata, numbered sentences with headings marked, and each removed piece with its reason', () => {
      const result = run(['inspect', 'sputnik-zakharova', '--width', '120']);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/outlet\s+Sputnik International/);
      expect(result.stdout).toMatch(/## Russian FM Accuses NATO/);
      expect(result.stdout).toMatch(/comment prompt\s+\d+–\d+\s+To participate in the discussion/);
      expect(result.stdout).toMatch(/other script/);
      expect(result.stdout).toMatch(/photo credit/);
    });

    it('prints the contract’s article object as JSON', () => {
      const article = JSON.parse(run(['inspect', 'tass-zakharova', '--format', 'json']).stdout) as JsonReport['articles'][number];
      expect(Object.keys(article)).toEqual(['id', 'source', 'outlet', 'date', 'published', 'title', 'url', 'author', 'text', 'sentences', 'removed']);
      expect(article.removed.map((piece) => piece.reason)).toEqual(['date stamp', 'dateline']);
      expect(article.sentences.filter((sentence) => sentence.heading).map((sentence) => sentence.text)).toEqual([
        '"Escalation for the sake of de-escalation"',
        "NATO's military potentials near Russian borders",
      ]);
    });
  });

  describe('corpus', () => {
    it('lists the bundled articles', () => {
      const result = run(['corpus', '--width', '140']);
      expect(result.status).toBe(0);
      for (const id of ['tass-zakharova', 'sputnik-zakharova', 'tass-fomin', 'rg-fomin', 'reprint-mfa-source']) expect(result.stdout).toContain(id);
      const entries = JSON.parse(run(['corpus', '--format', 'json']).stdout) as Array<{ id: string; story: string }>;
      expect(entries).toHaveLength(5);
      expect(new Set(entries.map((entry) => entry.story)).size).toBe(3);
    });
  });
});
