import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayText, segmentText, splitSentences } from '../../src/segment/index.js';
import { intlBoundaries } from '../../src/segment/segmentText.js';
import type { LoadedArticle, TextBlock } from '../../src/types.js';

// Pieces chosen to hit every rule: abbreviations, initials, quotes, ellipses, bullets, numbers.
const WORDS = ['the', 'Russia', 'NATO', 'he', 'It', 'The', 'Putin', 'Mr.', 'U.S.', 'V.V.', 'etc.', 'No.', 'Jan.',
  'e.g.', 'a.m.', '3.5', '14,000', '16-17', 'alliance\'s', 'Russia’s', 'Он', 'сказал', '😀', '(DPR)', '[Antony]',
  '/TASS/.', '1.', '2)', 'MOSCOW,'];
const PUNCTUATION = ['.', '?', '!', '…', '...', ',', ';', ':', '—', '-', '•', '*', '¶'];
const SPACES = [' ', ' ', ' ', '  ', '\u00a0', '\u2009', '\t', '\n', '\r\n', '\u2028', '\u0085', '\n\n'];
const QUOTES = ['"', '“', '”', '‘', '’', '\'', '«', '»', '(', ')'];

const piece = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...SPACES) },
  { weight: 2, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 1, arbitrary: fc.constantFrom(...QUOTES) },
);
const text = fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join(''));
const WS = /[\s\u0085]/u;

/** Checks the span invariants over `[start, end)` of `source`. */
function checkSpans(source: string, start: number, end: number): void {
  const spans = segmentText(source, start, end);
  const covered = new Array<number>(source.length).fill(0);
  let previousEnd = start;
  for (const span of spans) {
    expect(span.start).toBeGreaterThanOrEqual(previousEnd);
    expect(span.end).toBeGreaterThan(span.start);
    expect(span.end).toBeLessThanOrEqual(end);
    expect(source[span.start]).not.toMatch(WS);
    expect(source[span.end - 1]).not.toMatch(WS);
    for (let i = span.start; i < span.end; i++) covered[i]++;
    previousEnd = span.end;
  }
  for (let i = 0; i < source.length; i++) {
    const inRange = i >= start && i < end;
    // A ¶ is left out only where a span would end with it: nothing but white space and ¶ up to the next span or the range's end.
    const droppedMark = source[i] === '\u00B6' && covered[i] === 0 && /^[\s\u0085\u00B6]*$/u.test(source.slice(i, nextSpanStart(spans, i, end)));
    const expected = inRange && !WS.test(source[i]) && !droppedMark ? 1 : inRange ? covered[i] : 0;
    expect(covered[i], `character ${i} ${JSON.stringify(source[i])}`).toBe(expected);
  }
}

function nextSpanStart(spans: ReadonlyArray<{ start: number }>, at: number, end: number): number {
  return spans.find((span) => span.start > at)?.start ?? end;
}

describe('segment', () => {
  describe('segmentText properties', () => {
    it('gives ordered, trimmed spans that cover every non-white-space character once', () => {
      fc.assert(
        fc.property(text, (source) => checkSpans(source, 0, source.length)),
        { numRuns: 500, seed: 20220218 },
      );
    });

    it('keeps the same invariants inside any range', () => {
      const withRange = text.chain((source) =>
        fc.tuple(fc.constant(source), fc.nat(source.length), fc.nat(source.length)),
      );
      fc.assert(
        fc.property(withRange, ([source, a, b]) => checkSpans(source, Math.min(a, b), Math.max(a, b))),
        { numRuns: 300, seed: 20220112 },
      );
    });

    it('finds the same Intl.Segmenter boundaries in windows as in one pass over long texts', () => {
      const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
      const long = fc.array(piece, { minLength: 3000, maxLength: 6000 }).map((pieces) => pieces.join(''));
      fc.assert(
        fc.property(long, (source) => {
          expect(intlBoundaries(source)).toEqual(Array.from(segmenter.segment(source), (s) => s.index));
        }),
        { numRuns: 20, seed: 1997 },
      );
    });

    it('stays fast on long texts (guards against Intl.Segmenter\'s quadratic iteration)', () => {
      const started = performance.now();
      expect(segmentText('He left. '.repeat(50_000))).toHaveLength(50_000);
      expect(performance.now() - started).toBeLessThan(10_000);
    });

    it('never splits inside a number, an apostrophe word or a bracket', () => {
      const safe = fc.array(fc.constantFrom('14,000', '3.5', '16-17', 'Russia’s', 'alliance\'s', '(DPR)', 'word'), {
        minLength: 1,
        maxLength: 20,
      });
      fc.assert(
        fc.property(safe, (words) => {
          const sentence = `${words.join(' ')}.`;
          expect(segmentText(sentence)).toEqual([{ start: 0, end: sentence.length }]);
        }),
        { numRuns: 200, seed: 7 },
      );
    });
  });

  describe('splitSentences properties', () => {
    it('offsets slice back to each sentence text, inside its block, in order', () => {
      const article = text.chain((source) =>
        fc
          .uniqueArray(fc.nat(source.length), { maxLength: 6 })
          .chain((cuts) => fc.tuple(fc.constant(source), fc.constant(cuts), fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }))),
      );
      fc.assert(
        fc.property(article, ([source, cuts, headings]) => {
          const points = [0, ...cuts.map((cut) => Math.min(cut, source.length)).sort((a, b) => a - b), source.length];
          const blocks: TextBlock[] = points.slice(1).map((end, i) => ({ start: points[i], end, heading: headings[i] }));
          const loaded: LoadedArticle = {
            id: 'x', source: 'x', text: source, blocks, removed: [],
            outlet: null, title: null, url: null, author: null, date: null, published: null,
          };
          const { sentences } = splitSentences(loaded);
          sentences.forEach((s, i) => {
            const block = blocks[s.paragraph];
            expect(s.index).toBe(i);
            expect(s.start).toBeGreaterThanOrEqual(block.start);
            expect(s.end).toBeLessThanOrEqual(block.end);
            expect(s.heading).toBe(block.heading);
            expect(displayText(source.slice(s.start, s.end))).toBe(s.text);
            expect(s.text).not.toMatch(/^\s|\s$|\s\s|[\u00a0\n\t\u0085]/u);
            if (i > 0) expect(s.start).toBeGreaterThanOrEqual(sentences[i - 1].end);
          });
          for (const [b, block] of blocks.entries()) {
            const count = sentences.filter((s) => s.paragraph === b).length;
            // A heading of nothing but end-of-paragraph marks is layout, not a sentence.
            if (block.heading) expect(count).toBe(/^[\s\u00B6]*$/u.test(displayText(source.slice(block.start, block.end))) ? 0 : 1);
          }
        }),
        { numRuns: 300, seed: 42 },
      );
    });
  });
});
