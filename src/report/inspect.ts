import type { Article } from '../types.js';
import { reportArticle } from './json.js';
import { makePalette, usableWidth, wrapText, type Palette } from './styledText.js';
import { toTerminalText } from './terminalText.js';

/** Terminal settings the inspection view needs. */
export interface InspectOptions {
  color: boolean;
  width: number;
}

/**
 * `outletdiff inspect`: how the loader read an article — metadata, numbered sentences with
 * headings marked, and every removed piece of chrome with its reason and offsets — so a reader
 * can check that nothing real was dropped. `json` is the contract's article object.
 */
export const inspectFormats = {
  text: renderInspectionText,
  json: (article: Article) => `${JSON.stringify(reportArticle(article), null, 2)}\n`,
} satisfies Record<string, (article: Article, options: InspectOptions) => string>;

export type InspectFormatName = keyof typeof inspectFormats;

export function renderInspection(article: Article, format: InspectFormatName, options: InspectOptions): string {
  return inspectFormats[format](article, options);
}

const METADATA_FIELDS = ['outlet', 'date', 'published', 'title', 'url', 'author'] as const;

function renderInspectionText(article: Article, options: InspectOptions): string {
  const palette = makePalette(options.color);
  const width = usableWidth(options.width);
  const lines: string[] = [palette.name(toTerminalText(`${article.id}  (${article.source})`))];
  for (const field of METADATA_FIELDS) {
    const value = article[field];
    lines.push(...indentWrapped(`${field.padEnd(10)}`, value ?? '—', width, palette, value === null));
  }

  const headings = article.sentences.filter((sentence) => sentence.heading).length;
  lines.push('', palette.name(`Sentences: ${article.sentences.length} (${headings} heading${headings === 1 ? '' : 's'})`));
  const numberWidth = String(Math.max(0, article.sentences.length - 1)).length;
  for (const sentence of article.sentences) {
    const label = `  ${String(sentence.index).padStart(numberWidth)}  `;
    const text = sentence.heading ? `## ${sentence.text}` : sentence.text;
    const wrapped = indentWrapped(label, text, width, palette, false);
    lines.push(...(sentence.heading ? wrapped.map((line) => palette.heading(line)) : wrapped));
  }

  lines.push('', palette.name(`Removed as site chrome: ${article.removed.length}`));
  const reasonWidth = Math.max(0, ...article.removed.map((piece) => piece.reason.length));
  for (const piece of article.removed) {
    const label = `  ${piece.reason.padEnd(reasonWidth)}  ${`${piece.start}–${piece.end}`.padEnd(11)} `;
    lines.push(...indentWrapped(label, piece.text, width, palette, true));
  }
  return `${lines.join('\n')}\n`;
}

/** `label` then `text` wrapped to the rest of the width, continuation lines indented under the text. */
function indentWrapped(label: string, text: string, width: number, palette: Palette, dim: boolean): string[] {
  const room = Math.max(10, width - label.length);
  return wrapText(text, room).map((line, k) => `${k === 0 ? label : ' '.repeat(label.length)}${dim ? palette.rule(line) : line}`);
}
