import { describe, expect, it } from 'vitest';
import { displayText, splitSentences } from '../../src/segment/index.js';
import { segmentText } from '../../src/segment/segmentText.js';
import type { LoadedArticle, TextBlock } from '../../src/types.js';

/** Builds a LoadedArticle from blocks given as [text, heading], separated by blank lines. */
function article(parts: Array<[string, boolean]>): LoadedArticle {
  let text = '';
  const blocks: TextBlock[] = [];
  for (const [part, heading] of parts) {
    if (text !== '') text += '\n\n';
    blocks.push({ start: text.length, end: text.length + part.length, heading });
    text += part;
  }
  return {
    id: 'a',
    source: 'a.txt',
    text,
    blocks,
    removed: [{ text: 'Leave a Reply', reason: 'comment prompt', start: 0, end: 0 }],
    outlet: 'TASS',
    title: 'A title',
    url: 'https://tass.com/politics/1406245',
    author: null,
    date: '2022-02-18',
    published: null,
  };
}

describe('segment', () => {
  describe('splitSentences', () => {
    it('numbers sentences across the article and records their block', () => {
      const result = splitSentences(article([['He left. He came.', false], ['It rained.', false]]));
      expect(result.sentences.map((s) => [s.index, s.paragraph, s.text])).toEqual([
        [0, 0, 'He left.'],
        [1, 0, 'He came.'],
        [2, 1, 'It rained.'],
      ]);
    });

    it('never joins two blocks, even mid-sentence', () => {
      const result = splitSentences(article([['He said', false], ['that it rained.', false]]));
      expect(result.sentences.map((s) => s.text)).toEqual(['He said', 'that it rained.']);
    });

    it('makes a heading block exactly one heading sentence', () => {
      const result = splitSentences(
        article([['"Escalation for the sake of de-escalation." Really? Yes.', true], ['He left. He came.', false]]),
      );
      expect(result.sentences.map((s) => [s.text, s.heading])).toEqual([
        ['"Escalation for the sake of de-escalation." Really? Yes.', true],
        ['He left.', false],
        ['He came.', false],
      ]);
    });

    it('gives no sentence for a block of white space and keeps indices dense', () => {
      const result = splitSentences(article([['He left.', false], [' \u00a0 ', false], ['  ', true], ['He came.', false]]));
      expect(result.sentences.map((s) => [s.index, s.paragraph])).toEqual([
        [0, 0],
        [1, 3],
      ]);
    });

    it('collapses every run of Unicode white space in text and excludes it from offsets', () => {
      const loaded = article([['  © Sputnik\u00a0/\u00a0 Press\u2009service.\n  Then\tmore.  ', false]]);
      const result = splitSentences(loaded);
      expect(result.sentences.map((s) => s.text)).toEqual(['© Sputnik / Press service.', 'Then more.']);
      for (const s of result.sentences) {
        expect(displayText(loaded.text.slice(s.start, s.end))).toBe(s.text);
        expect(loaded.text[s.start]).not.toMatch(/\s/u);
        expect(loaded.text[s.end - 1]).not.toMatch(/\s/u);
      }
    });

    it('changes nothing but white space in the text', () => {
      const result = splitSentences(article([['“Russia’s” — (DPR) 14,000… ‘fine’.', false]]));
      expect(result.sentences[0].text).toBe('“Russia’s” — (DPR) 14,000… ‘fine’.');
    });

    it('copies id, source, text, metadata and removed pieces', () => {
      const loaded = article([['He left.', false]]);
      const { sentences, ...rest } = splitSentences(loaded);
      const { blocks, ...expected } = loaded;
      expect(rest).toEqual(expected);
      expect(sentences).toHaveLength(1);
      expect(blocks).toHaveLength(1);
    });

    it('does not modify its input', () => {
      const loaded = article([['He left. He came.', false]]);
      const copy = structuredClone(loaded);
      splitSentences(loaded);
      expect(loaded).toEqual(copy);
    });
  });

  describe('displayText', () => {
    it('trims and collapses white space, including NEXT LINE and no-break spaces', () => {
      expect(displayText('\u00a0a \u0085\u2028 b\u202f\u2007c\t')).toBe('a b c');
    });

    it('keeps a zero-width no-break space (U+FEFF) inside a word: it is no white space', () => {
      expect(displayText('The coun\ufeffcil met.')).toBe('The coun\ufeffcil met.');
    });

    it('leaves U+FEFF at a sentence\'s ends out of its span, as out of its text', () => {
      const text = '\ufeffThe coun\ufeffcil met.\ufeff \ufeff It voted.';
      const spans = segmentText(text, 0, text.length);
      expect(spans.map((span) => text.slice(span.start, span.end))).toEqual(['The coun\ufeffcil met.', 'It voted.']);
      expect(spans.map((span) => displayText(text.slice(span.start, span.end)))).toEqual(['The coun\ufeffcil met.', 'It voted.']);
    });
  });
});
