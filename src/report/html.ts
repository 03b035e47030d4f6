import type { Article, Comparison } from '../types.js';
import { explanationLine } from './explanation.js';
import { escapeHtml, htmlText, webUrl } from './htmlEscape.js';
import { articleNames, columnOrder } from './names.js';
import { buildRows, type Cell, type Row } from './rows.js';
import { detachEdgeSpaces, mergeSpans, sideOfSpan, type Span } from './styledText.js';
import { summaryLine } from './summaryLine.js';
import { toTerminalPieces } from './terminalText.js';
import type { Reporter } from './types.js';

/**
 * `compare --format html`: one self-contained HTML5 page to share with people who will not open a
 * terminal. A header names the articles; the summary sentence and figures follow; then a table with
 * one column per article (base first) and, in reading order (see buildRows), one row per alignment
 * with its number and score, and one row per run of sentences only one article has, beside empty
 * cells. Wording the other article lacks is `<del>` (struck through) in the base column, wording
 * only the other has is `<ins>` (underlined); with three or more articles the others show both
 * against the group's reference. With `--explain` the evidence sits under each pair.
 *
 * The page makes no request of its own: inline CSS, no scripts, no images or fonts, and a
 * Content-Security-Policy that would block any that slipped in. Everything from the articles is
 * escaped (htmlEscape.ts); only http and https URLs become links, plain `<a href>`s that make no
 * request until clicked. Pure: the same comparison gives the same page (no timestamp).
 */
export const renderHtml: Reporter = (comparison, options) => {
  const columns = columnOrder(comparison);
  const names = articleNames(comparison.articles);
  const nameOf = (id: string): string => names.get(id) ?? id;
  const view: View = { comparison, columns, nameOf, rows: buildRows(comparison, columns, options.changes) };
  const base = columns[0];
  const pageTitle = [columns.map((article) => nameOf(article.id)).join(' vs '), base?.title].filter(Boolean).join(': ');

  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="outletdiff ${escapeHtml(options.toolVersion)}">`,
    `<title>${htmlText(pageTitle || 'Comparison')} · outletdiff</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${htmlText(listOf(columns.map((article) => nameOf(article.id))))}, sentence by sentence</h1>`,
    `<p class="lede">Compared by outletdiff ${escapeHtml(options.toolVersion)}. ${legend(columns.length)}</p>`,
    '</header>',
    summarySection(view),
    comparisonTable(view),
    '</body>',
    '</html>',
    '',
  ].join('\n');
};

/** Nothing may load: styles only from the page's own `<style>` element; no base URL or form targets. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** Everything the parts of the page need, worked out once. */
interface View {
  comparison: Comparison;
  /** Articles in column order, base first. */
  columns: Article[];
  nameOf: (id: string) => string;
  rows: Row[];
}

/** `A`, `A and B`, `A, B and C`. */
function listOf(items: readonly string[]): string {
  if (items.length < 3) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function legend(articles: number): string {
  const del = '<span class="del">struck through</span>';
  const ins = '<span class="ins">underlined</span>';
  const which = articles === 2
    ? `In each pair, ${del} is the base article's wording that the other lacks; ${ins} is wording only the other has.`
    : `Each article's version is compared with the group's reference (the base, unless marked): ${del} is reference wording it lacks, ${ins} wording only it has.`;
  const kinds =
    'Strong colours mark substantive changes (a number, name, speaker or content); <span class="ins rewording">amber</span> a rewording (synonym, translation variant, reordering); <span class="ins form">grey</span> a change of form only (typography, spelling, inflection, compounding).';
  return `${which} ${kinds}`;
}

// ── Summary ────────────────────────────────────────────────────────────────────────────────

const KIND_COLUMNS = ['verbatim', 'reworded', 'substantive', 'new'] as const;

function percent(value: number | undefined): string {
  return value === undefined ? 'n/a' : `${Math.round(value * 100)}%`;
}

/** The summary sentence of the terminal views, then the figures per article. Headings are not counted, as in the summary. */
function summarySection(view: View): string {
  const { summary } = view.comparison;
  const ids = view.columns.map((article) => article.id);
  const sentence = summaryLine(view.comparison, ids, new Map(ids.map((id) => [id, view.nameOf(id)])));
  // Kinds are shown when the comparison has them (always, from compareArticles).
  const kindColumns = ids.some((id) => summary.kinds[id]) ? KIND_COLUMNS : [];
  const rows = ids.map((id) => {
    const total = summary.sentences[id] ?? 0;
    const aligned = summary.aligned[id] ?? 0;
    const coverage = summary.coverage[id];
    return [
      '<tr>',
      `<th scope="row">${htmlText(view.nameOf(id))}</th>`,
      `<td>${total}</td>`,
      `<td>${aligned}</td>`,
      `<td>${total - aligned}</td>`,
      `<td>${coverage === undefined ? 'n/a' : `${Math.round(coverage * 100)}%`}</td>`,
      ...kindColumns.map((kind) => `<td>${percent(summary.kinds[id]?.[kind])}</td>`),
      '</tr>',
    ].join('');
  });
  const mean = summary.meanScore === null ? 'n/a' : summary.meanScore.toFixed(2);
  return [
    '<section class="summary" aria-labelledby="summary-heading">',
    '<h2 id="summary-heading">Summary</h2>',
    `<p class="summary-line">${htmlText(sentence)}</p>`,
    '<table class="figures">',
    `<thead><tr><th scope="col">article</th><th scope="col">sentences</th><th scope="col">aligned</th><th scope="col">only here</th><th scope="col">coverage</th>${kindColumns.map((kind) => `<th scope="col">${kind}</th>`).join('')}</tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table>',
    `<p class="figures-note">${summary.alignments} aligned ${summary.alignments === 1 ? 'group' : 'groups'} · mean score <span class="mean-score">${mean}</span> · acceptance threshold ${summary.minScore.toFixed(2)} · aligned: sentences with a version in another article; coverage: their share; verbatim, reworded, substantive, new: shares of sentences whose version elsewhere differs at most in form, is reworded, changes a number, name, speaker or content, or that no other article has; headings are not counted</p>`,
    '</section>',
  ].join('\n');
}

// ── Comparison table ───────────────────────────────────────────────────────────────────────

function comparisonTable(view: View): string {
  const span = view.columns.length + 2;
  const body = view.rows.length > 0
    ? view.rows.map((row) => rowGroup(row, view))
    : [`<tbody><tr><td colspan="${span}" class="nothing">No sentences to compare.</td></tr></tbody>`];
  return [
    '<main>',
    '<table class="comparison">',
    `<colgroup><col class="col-num"><col class="col-score">${view.columns.map(() => '<col>').join('')}</colgroup>`,
    `<thead><tr><th scope="col" class="num">#</th><th scope="col" class="score">score</th>${view.columns.map((article, i) => articleHeader(article, view, i === 0)).join('')}</tr></thead>`,
    ...body,
    '</table>',
    '</main>',
  ].join('\n');
}

/** A column head: name (with a base tag), date, author, title and link. */
function articleHeader(article: Article, view: View, isBase: boolean): string {
  const parts = [
    `<div class="article-name">${htmlText(view.nameOf(article.id))}${isBase ? ' <span class="tag">base</span>' : ''}</div>`,
    `<div class="article-meta">${htmlText([article.date ?? 'date unknown', article.author ? `by ${article.author}` : null].filter(Boolean).join(' · '))}</div>`,
    `<div class="article-title">${htmlText(article.title ?? 'untitled')}</div>`,
    articleLink(article),
  ];
  return `<th scope="col" class="article">${parts.join('')}</th>`;
}

/**
 * The article's URL (else the source, when it was fetched from one) as a link, if it is http or
 * https; any other URL as text. A local path is not shown: it means nothing to a reader of the page.
 */
function articleLink(article: Article): string {
  const url = article.url ?? (webUrl(article.source) ? article.source : null);
  if (url === null) return '';
  const href = webUrl(url);
  if (href === null) return `<div class="article-link">${htmlText(url)} <span class="note">(not a web link)</span></div>`;
  return `<div class="article-link"><a href="${escapeHtml(href)}" rel="noopener noreferrer">${htmlText(url)}</a></div>`;
}

/** One `<tbody>` per row, so a pair and its evidence line stay together (also across printed pages). */
function rowGroup(row: Row, view: View): string {
  const { source } = row;
  const lines: string[] = [];
  if (source.kind === 'pair') {
    const { alignment } = source;
    const cells = row.cells.map((cell, c) => {
      const article = view.columns[c];
      // With three or more articles the reference is not always the base: say which one it is.
      const mark = cell && article && article.id === alignment.reference && c > 0 ? '<span class="tag">reference</span>' : '';
      return textCell(cell, mark);
    });
    lines.push(
      `<tr class="pair" id="group-${alignment.id}"><th scope="row" class="num">${alignment.id}</th><td class="score">${alignment.score.toFixed(2)}${alignment.verdict ? `<br><span class="verdict">${escapeHtml(alignment.verdict)}</span>` : ''}</td>${cells.join('')}</tr>`,
    );
    if (alignment.explanation) {
      lines.push(`<tr class="why"><td colspan="2"></td><td colspan="${view.columns.length}">${htmlText(explanationLine(alignment.explanation))}</td></tr>`);
    }
  } else {
    lines.push(`<tr class="only"><th scope="row" colspan="2" class="label">${htmlText(onlyLabel(row, view))}</th>${row.cells.map((cell) => textCell(cell, '')).join('')}</tr>`);
  }
  return `<tbody>\n${lines.join('\n')}\n</tbody>`;
}

/** `only in TASS`, or `only in TASS · 3 sentences` for a run (headings not counted, as in the terminal views). */
function onlyLabel(row: Row, view: View): string {
  if (row.source.kind !== 'only') return '';
  const only = `only in ${view.nameOf(row.source.article)}`;
  const items = row.cells.find((cell) => cell !== null) ?? [];
  const sentences = items.filter((item) => !item.heading).length;
  if (items.length < 2 || sentences === 0) return only;
  return `${only} · ${sentences} ${sentences === 1 ? 'sentence' : 'sentences'}`;
}

/** A column's cell: each item (sentence or joined member) a paragraph, headings marked; an empty cell where the article has nothing. */
function textCell(cell: Cell | null, mark: string): string {
  if (cell === null) return '<td class="text none"></td>';
  const items = cell.map((item) => `<p class="${item.heading ? 'sentence heading' : 'sentence'}" dir="auto">${spansHtml(item.spans)}</p>`);
  return `<td class="text">${mark}${items.join('')}</td>`;
}

/** Spans as HTML: changes as `<del>`/`<ins>`, their edge spaces kept outside so a change reads `said <del>the</del> minister`. */
function spansHtml(spans: readonly Span[]): string {
  // Cleaned like terminal text as whole wordings first, so a change that cuts an escape sequence leaves no remnant.
  const clean = toTerminalPieces(spans, sideOfSpan).map((span) => ({ text: escapeHtml(span.text), tone: span.tone }));
  return mergeSpans(detachEdgeSpaces(clean))
    .map((span) => {
      if (span.tone === 'plain') return span.text;
      // `removed-form` → <del class="form">: the kind of change as a class, styled by the legend's key.
      const [op, kind] = span.tone.split('-');
      const tag = op === 'removed' ? 'del' : 'ins';
      return `<${tag}${kind ? ` class="${kind}"` : ''}>${span.text}</${tag}>`;
    })
    .join('');
}

// ── Style ──────────────────────────────────────────────────────────────────────────────────

/**
 * Light, print-friendly styling with local fonts only. Changes are struck through or underlined as
 * well as coloured, so they read without colour; in print and in forced-colours mode they also get
 * the terminal views' `[-…-]`/`{+…+}` markers.
 */
const STYLE = `
:root { color-scheme: light; --ink: #1d1f23; --muted: #5b616b; --rule: #d5d9df; --none: #f3f4f6;
  --del-bg: #fde4e2; --del-ink: #8e1b12; --ins-bg: #dbf3df; --ins-ink: #135c26; --link: #1b4f9c; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 96rem; padding: 1.5rem 2rem 3rem; background: #fff; color: var(--ink);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", "DejaVu Sans", Arial, sans-serif; }
h1 { font-size: 1.4rem; margin: 0 0 .25rem; }
h2 { font-size: 1.05rem; margin: 0 0 .4rem; }
.lede, .figures-note, .note { color: var(--muted); }
.lede { margin: 0 0 1.25rem; }
a { color: var(--link); }
.summary { margin: 0 0 1.75rem; padding: .9rem 1.1rem; border: 1px solid var(--rule); border-radius: 6px; }
.summary-line { margin: 0 0 .6rem; font-weight: 600; }
.figures { border-collapse: collapse; font-size: .9rem; font-variant-numeric: tabular-nums; }
.figures th, .figures td { padding: .2rem .9rem .2rem 0; text-align: right; border-bottom: 1px solid var(--rule); }
.figures th:first-child, .figures thead th { text-align: left; }
.figures th:last-child, .figures td:last-child { padding-right: 0; }
.figures thead th { font-weight: 600; color: var(--muted); }
.figures-note { margin: .6rem 0 0; font-size: .85rem; }
.comparison { width: 100%; border-collapse: collapse; table-layout: fixed; border-bottom: 1px solid var(--rule); }
.col-num { width: 3rem; } .col-score { width: 4.5rem; }
.comparison th, .comparison td { padding: .55rem .75rem; vertical-align: top; text-align: left; border-top: 1px solid var(--rule); }
.comparison thead th { border-top: 0; border-bottom: 2px solid var(--ink); font-weight: normal; }
.comparison thead th.num, .comparison thead th.score { color: var(--muted); font-size: .85rem; }
.article-name { font-weight: 700; font-size: 1.05rem; }
.article-meta, .article-link { color: var(--muted); font-size: .85rem; }
.article-title { font-style: italic; margin: .1rem 0; }
.article-link, .text { overflow-wrap: anywhere; }
.tag { display: inline-block; margin: 0 .3rem .2rem 0; padding: 0 .35rem; border: 1px solid var(--muted); border-radius: 3px;
  color: var(--muted); font-size: .7rem; font-weight: 600; letter-spacing: .04em; text-transform: uppercase; vertical-align: .1em; }
tr.pair .num { font-weight: 700; font-variant-numeric: tabular-nums; }
tr.pair .score { color: var(--muted); font-variant-numeric: tabular-nums; }
tr.pair .verdict { font-size: .8rem; }
tr.only .label { color: var(--muted); font-size: .8rem; font-weight: normal; }
td.none { background: var(--none); }
tr.why td { border-top: 0; padding-top: 0; color: var(--muted); font-size: .8rem; }
tbody, tr { break-inside: avoid; }
.sentence { margin: 0; }
.sentence + .sentence { margin-top: .45rem; }
.heading { font-weight: 700; }
.heading::before { content: "heading"; margin-right: .4rem; color: var(--muted); font-size: .7rem; font-weight: 600;
  letter-spacing: .04em; text-transform: uppercase; }
del, .del { background: var(--del-bg); color: var(--del-ink); text-decoration: line-through; border-radius: 2px; padding: 0 .1em; }
ins, .ins { background: var(--ins-bg); color: var(--ins-ink); text-decoration: underline; text-underline-offset: .15em; border-radius: 2px; padding: 0 .1em; }
del, ins { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
del.form, ins.form, .form { background: transparent; color: var(--muted, #666); }
del.rewording, ins.rewording, .rewording { background: #fff3c4; color: #6b4e00; }
.nothing { color: var(--muted); font-style: italic; }
@media (max-width: 40rem) {
  body { padding: 1rem .75rem 2rem; }
  .summary { padding: .7rem; }
  .figures th, .figures td { padding-right: .5rem; }
  .comparison th, .comparison td { padding: .45rem .4rem; }
  .col-num { width: 2rem; } .col-score { width: 3.2rem; }
}
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  a { color: inherit; }
  .summary { border: 0; padding: 0; }
}
@media print, (forced-colors: active) {
  del::before { content: "[-"; } del::after { content: "-]"; }
  ins::before { content: "{+"; } ins::after { content: "+}"; }
  del::before, del::after, ins::before, ins::after { display: inline-block; text-decoration: none; }
}
`.trim();
