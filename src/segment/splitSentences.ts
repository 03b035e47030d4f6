import { OutletdiffError } from '../errors.js';
import type { Article, LoadedArticle, Sentence, TextBlock } from '../types.js';
import { segmentText, trimSpan, WHITE_SPACE, type Span } from './segmentText.js';

/** Any run of Unicode white space, no-break spaces included (see {@link WHITE_SPACE}). */
const WHITE_SPACE_RUN = new RegExp(`[${WHITE_SPACE}]+`, 'gu');

/**
 * Splits a loaded article into sentences, block by block; no sentence crosses a block.
 * A heading block is one sentence with `heading: true`; a block of only white space gives none.
 * Pure. Cost: linear in the length of the text.
 */
export function splitSentences(article: LoadedArticle): Article {
  const sentences: Sentence[] = [];
  article.blocks.forEach((block, paragraph) => {
    for (const span of blockSpans(article.text, block)) {
      sentences.push({
        index: sentences.length,
        text: displayText(article.text.slice(span.start, span.end)),
        start: span.start,
        end: span.end,
        heading: block.heading,
        paragraph,
      });
    }
  });
  const { id, source, text, outlet, title, url, author, date, published, removed } = article;
  return { id, source, outlet, title, url, author, date, published, text, sentences, removed };
}

/**
 * Throws `OutletdiffError` (exit 2) naming `name` when `article` has no sentence to compare: none
 * at all once site chrome is removed, or only headings (a file holding just a headline), as a web
 * page without article text is refused.
 */
export function requireBodySentences(article: Article, name: string = article.source): void {
  if (article.sentences.length === 0) throw new OutletdiffError(`${name}: no sentences left after removing site chrome`);
  if (article.sentences.every((sentence) => sentence.heading)) {
    throw new OutletdiffError(`${name}: no sentences left besides headings (a headline or subheads only)`);
  }
}

/** The original wording, trimmed, each run of white space collapsed to one space. */
export function displayText(text: string): string {
  return text.replace(WHITE_SPACE_RUN, ' ').trim();
}

function blockSpans(text: string, block: TextBlock): Span[] {
  if (!block.heading) return segmentText(text, block.start, block.end);
  // A heading is one unit whatever its punctuation (`"Escalation for the sake of de-escalation"`).
  const span = trimSpan(text, block.start, block.end);
  return span.end > span.start ? [span] : [];
}
