/** Joining a quotation split by its attribution: "A," she said. "B." is one quotation in two parts. */
import { trailingAttribution, type AttributionContext } from './attribution.js';
import type { QuoteSpan } from './marks.js';
import { speechVerbAt, wordsIn } from './words.js';

/** An attribution splitting a quotation is short: "she said", "Russian Foreign Ministry spokesperson Maria Zakharova said". */
const MAX_SPLIT_WORDS = 10;
/** The attribution between the parts ends the sentence or leads on: "she said." / "she said," / "she said:". */
const SPLIT_END = /[,.:]\s*$/u;
/**
 * How the earlier part may end: in the comma of `"A," she said`. A question is left out, as the words
 * after it are as often another speaker's answer (`"Will you resign?" a reporter asked. "Never."`).
 */
const SPLIT_ENDINGS = new Set([',']);

/**
 * Joins each quotation to the one before it when the earlier ends in a comma, and only a short
 * attribution with a reporting verb stands between them in the same paragraph. The later one
 * stays separate when it has an attribution of its own ("A," she said. "B," he replied.).
 * Cost: linear in the number of quotations.
 */
export function joinSplitQuotes(spans: readonly QuoteSpan[], ctx: AttributionContext, paragraphAt: (offset: number) => number): QuoteSpan[] {
  const joined: QuoteSpan[] = [];
  for (const span of spans) {
    const previous = joined[joined.length - 1];
    if (previous && isSplit(previous, span, ctx, paragraphAt)) previous.parts.push(...span.parts);
    else joined.push({ parts: [...span.parts] });
  }
  return joined;
}

function isSplit(previous: QuoteSpan, next: QuoteSpan, ctx: AttributionContext, paragraphAt: (offset: number) => number): boolean {
  const last = previous.parts[previous.parts.length - 1];
  const first = next.parts[0];
  if (last.close === null || !SPLIT_ENDINGS.has(last.ending) || paragraphAt(last.close) !== paragraphAt(first.open)) return false;
  const gap = ctx.text.slice(last.close + 1, first.open);
  const words = wordsIn(ctx.text, last.close + 1, first.open);
  if (words.length > MAX_SPLIT_WORDS || !SPLIT_END.test(gap)) return false;
  if (!words.some((_, i) => speechVerbAt(ctx.text, words, i) > 0)) return false;
  return next.parts.every((part) => trailingAttribution(part, ctx) === null);
}
