/**
 * `outletdiff quotes`: each direct quotation, per speaker, and how every outlet renders it.
 * Reporters over the quotes a comparison tracked; like the other reporters they return strings.
 */
import Table from 'cli-table3';
import type { Article, Comparison, QuoteVersion, TrackedQuote } from '../types.js';
import { BOM, CRLF, csvLine, labelsOf } from './csv.js';
import { diffToNotation } from './diffNotation.js';
import { displayWidth } from './displayWidth.js';
import { legendLines } from './legend.js';
import { articleNames, columnOrder } from './names.js';
import { toneOf } from './rows.js';
import { fitToWidth, makePalette, padToWidth, renderCell, usableWidth, wrapText, type CellText } from './styledText.js';
import { toTerminalText } from './terminalText.js';
import type { Reporter } from './types.js';

/** What each rendering status reads as in the human views. */
const STATUS_TEXT: Record<QuoteVersion['status'], string> = {
  verbatim: 'verbatim',
  cosmetic: 'cosmetic',
  translation: 'translation variant',
  altered: 'altered',
  truncated: 'truncated',
  reported: 'reported speech',
  absent: 'absent',
};

const GUTTER = ' │ ';

/** Quotes grouped by speaker (unattributed last), each speaker's in the order they were tracked. */
export function quotesBySpeaker(quotes: readonly TrackedQuote[]): Array<{ speaker: string | null; quotes: TrackedQuote[] }> {
  const groups = new Map<string | null, TrackedQuote[]>();
  for (const quote of quotes) {
    const list = groups.get(quote.speaker);
    if (list) list.push(quote);
    else groups.set(quote.speaker, [quote]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => Number(a === null) - Number(b === null))
    .map(([speaker, list]) => ({ speaker, quotes: list }));
}

function speakerHeading(speaker: string | null): string {
  return speaker ?? 'Speaker not named';
}

/** A version's text toned against the reference: the reference plain, the others with their changes. */
function versionCell(quote: TrackedQuote, version: QuoteVersion): CellText {
  if (version.text === null) return { spans: [{ text: '—', tone: 'plain' }], heading: false };
  if (version.article === quote.reference) return { spans: [{ text: version.text, tone: 'plain' }], heading: false };
  return { spans: version.diff.map((run) => ({ text: run.text, tone: toneOf(run) })), heading: false };
}

/** `quoted · "she"`, `translation variant · "Maria Zakharova"`, `quoted · "the ministry" · citing Alexander Fomin`. */
function statusOf(quote: TrackedQuote, version: QuoteVersion): string {
  const isReference = version.article === quote.reference;
  const status = isReference ? 'quoted' : STATUS_TEXT[version.status];
  const speaker = version.speakerMention ? ` · "${version.speakerMention}"` : '';
  const citing = isReference && quote.citing ? ` · citing ${quote.citing}` : '';
  return `${status}${speaker}${citing}`;
}

/**
 * The default view: for each speaker, each quotation under a rule line, then one entry per outlet
 * (base first): its name and how it renders the quote on one line, its words (changes marked
 * against the reference quotation) wrapped under it.
 */
export const renderQuotesSideBySide: Reporter = (comparison, options) => {
  const palette = makePalette(options.color);
  const width = usableWidth(options.width);
  const columns = columnOrder(comparison);
  const names = articleNames(comparison.articles);
  const quotes = comparison.quotes ?? [];
  const lines: string[] = [];
  const tagWidth = Math.min(Math.floor(width / 3), Math.max(...columns.map((article) => displayWidth(toTerminalText(names.get(article.id) ?? article.id)))));
  const textWidth = Math.max(10, width - tagWidth - GUTTER.length);
  for (const { speaker, quotes: own } of quotesBySpeaker(quotes)) {
    lines.push(...wrapText(speakerHeading(speaker), width).map((line) => palette.heading(line)));
    for (const quote of own) {
      const from = names.get(quote.reference) ?? quote.reference;
      lines.push(palette.rule(rule(`${quote.id} · quoted by ${from}`, width)));
      for (const article of columns) {
        const version = quote.versions.find((v) => v.article === article.id);
        if (!version) continue;
        const tag = padToWidth(fitToWidth(toTerminalText(names.get(article.id) ?? article.id), tagWidth), tagWidth);
        const [first = '', ...rest] = wrapText(statusOf(quote, version), textWidth);
        lines.push(`${palette.name(tag)}${GUTTER}${first}`.trimEnd());
        for (const line of rest) lines.push(`${' '.repeat(tagWidth)}${GUTTER}${line}`.trimEnd());
        if (version.text === null) continue;
        for (const line of renderCell(versionCell(quote, version), textWidth, palette)) {
          lines.push(`${' '.repeat(tagWidth)}${GUTTER}${line}`.trimEnd());
        }
      }
    }
  }
  if (quotes.length === 0) lines.push('No direct quotations found.');
  else {
    lines.push(palette.rule('─'.repeat(width)));
    lines.push(...wrapText(quoteSummary(quotes, columns, names), width));
    lines.push(...legendLines(palette, width));
  }
  return `${lines.join('\n')}\n`;
};

function rule(label: string, width: number): string {
  const opening = `── ${fitToWidth(label, width - 4)} `;
  return opening + '─'.repeat(Math.max(0, width - displayWidth(opening)));
}

/** `8 quotations; TASS quotes 5 verbatim…` — per outlet, how many it quotes, renders otherwise, or lacks. */
function quoteSummary(quotes: readonly TrackedQuote[], columns: readonly Article[], names: ReadonlyMap<string, string>): string {
  const parts = columns.map((article) => {
    const counts = new Map<string, number>();
    for (const quote of quotes) {
      const version = quote.versions.find((v) => v.article === article.id);
      if (!version) continue;
      const key = version.article === quote.reference ? 'quoted first' : STATUS_TEXT[version.status];
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const list = [...counts.entries()].map(([key, n]) => `${n} ${key}`).join(', ');
    return `${names.get(article.id) ?? article.id}: ${list}`;
  });
  return [`${quotes.length} ${quotes.length === 1 ? 'quotation' : 'quotations'}`, ...parts].join('; ');
}

/** `--format table`: one row per quotation, its speaker, then one column per outlet with the status over the words. */
export const renderQuotesTable: Reporter = (comparison, options) => {
  const palette = makePalette(options.color);
  const width = usableWidth(options.width);
  const columns = columnOrder(comparison);
  const names = articleNames(comparison.articles);
  const quotes = comparison.quotes ?? [];
  const idWidth = Math.max(1, ...quotes.map((quote) => String(quote.id).length)) + 2;
  const speakerWidth = Math.max(12, Math.min(22, Math.floor(width / 6)));
  const textWidth = Math.max(12, Math.floor((width - idWidth - speakerWidth - columns.length - 3) / Math.max(1, columns.length)) - 2);
  // Too many articles for the width: the side-by-side view, which fits any width, instead.
  if (idWidth + speakerWidth + columns.length * (textWidth + 2) + columns.length + 3 > width) return renderQuotesSideBySide(comparison, options);
  const table = new Table({
    head: ['#', 'speaker', ...columns.map((article) => wrapText(names.get(article.id) ?? article.id, textWidth).map((line) => palette.name(line)).join('\n'))],
    colWidths: [idWidth, speakerWidth, ...columns.map(() => textWidth + 2)],
    style: { head: [], border: [] },
  });
  for (const quote of quotes) {
    const speaker = wrapText(quote.citing ? `${speakerHeading(quote.speaker)}, citing ${quote.citing}` : speakerHeading(quote.speaker), speakerWidth - 2).join('\n');
    const cells = columns.map((article) => {
      const version = quote.versions.find((v) => v.article === article.id);
      if (!version) return '';
      const status = wrapText(statusOf(quote, version), textWidth).map((line) => palette.rule(line));
      const text = version.text === null ? [] : renderCell(versionCell(quote, version), textWidth, palette);
      return [...status, ...text].join('\n');
    });
    table.push([String(quote.id), speaker, ...cells]);
  }
  const closing = quotes.length === 0 ? ['No direct quotations found.'] : [...wrapText(quoteSummary(quotes, columns, names), width), ...legendLines(palette, width)];
  return `${quotes.length > 0 ? `${table.toString()}\n` : ''}${closing.join('\n')}\n`;
};

const QUOTE_HEADER = ['quote', 'speaker', 'citing', 'reference', 'article', 'outlet', 'status', 'speaker_as_written', 'index', 'quote_text', 'diff', 'labels'] as const;

/**
 * `--format csv`: one row per quotation and article (RFC 4180, CRLF, header row, as compare's CSV):
 * `status` is `verbatim`, `cosmetic`, `translation`, `altered`, `truncated`, `reported` or `absent`
 * (the reference article's own row says `verbatim`); `diff` is the article's words against the
 * reference quotation in `[-removed-]{+added+}` notation.
 */
export const renderQuotesCsv: Reporter = (comparison, options) => {
  const outlets = new Map(comparison.articles.map((article) => [article.id, article.outlet ?? '']));
  const rows = (comparison.quotes ?? []).flatMap((quote) =>
    quote.versions.map((version) =>
      csvLine(QUOTE_HEADER, {
        quote: String(quote.id),
        speaker: quote.speaker ?? '',
        citing: quote.citing ?? '',
        reference: quote.reference,
        article: version.article,
        outlet: outlets.get(version.article) ?? '',
        status: version.status,
        speaker_as_written: version.speakerMention ?? '',
        index: version.sentences.join(';'),
        quote_text: version.text ?? '',
        diff: version.article === quote.reference ? '' : diffToNotation(version.diff),
        labels: labelsOf(version.diff),
      }),
    ),
  );
  return (options.bom ? BOM : '') + [QUOTE_HEADER.join(','), ...rows].map((line) => `${line}${CRLF}`).join('');
};

/** `--format json`: the articles compared (metadata only) and the tracked quotations, as `compare --format json` carries them under `quotes`. */
export const renderQuotesJson: Reporter = (comparison, options) => {
  const report = {
    schemaVersion: 1,
    tool: { name: 'outletdiff', version: options.toolVersion },
    base: comparison.base,
    articles: comparison.articles.map(({ id, source, outlet, date, published, title, url, author }) => ({ id, source, outlet, date, published, title, url, author })),
    quotes: comparison.quotes ?? [],
  };
  return `${JSON.stringify(report, null, 2)}\n`;
};

/** `quotes --format` choices. */
export const quoteReporters = {
  'side-by-side': renderQuotesSideBySide,
  table: renderQuotesTable,
  csv: renderQuotesCsv,
  json: renderQuotesJson,
} satisfies Record<string, Reporter>;

export type QuoteFormatName = keyof typeof quoteReporters;

