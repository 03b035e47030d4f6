import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareArticles, chooseBase } from '../src/compare.js';
import { loadArticleText } from '../src/load/index.js';
import { splitSentences } from '../src/segment/index.js';
import type { Article } from '../src/types.js';

const collapse = (text: string) => text.replace(/[\s\u0085]+/g, ' ').trim();

function articleOf(id: string, text: string, date: string | null = null): Article {
  return splitSentences(loadArticleText(text, { id, source: `${id}.txt`, metadata: { date } }));
}

/** Article texts built from a small news vocabulary, so random pairs share words and sometimes whole sentences. */
const sentencePool = [
  'The ministry said talks on security guarantees will continue next week.',
  'NATO rejected the proposals, the alliance’s spokesperson told reporters.',
  '"We expect a clear answer," she said.',
  'The U.S. delegation arrived in Geneva on Jan. 10.',
  'Exports of grain reached 4.2 million tonnes in February.',
  'Leave a Reply',
  'Issues to be addressed',
  'Russia’s deputy defence minister, Col. Gen. Alexander Fomin, briefed the council.',
  'Prices fell... Traders were surprised.',
  'Он сказал, что переговоры продолжатся.',
];
const paragraph = fc.array(fc.constantFrom(...sentencePool), { minLength: 1, maxLength: 3 }).map((sentences) => sentences.join(' '));
const articleText = fc
  .tuple(fc.array(paragraph, { minLength: 1, maxLength: 8 }), fc.constantFrom('\n\n', '\n', '\r\n\r\n'))
  .map(([paragraphs, separator]) => paragraphs.join(separator));

describe('compare', () => {
  describe('compareArticles', () => {
    it('lists every sentence exactly once, in an alignment or as unmatched, with offsets that slice back to it', () => {
      fc.assert(
        fc.property(articleText, articleText, (leftText, rightText) => {
          const left = articleOf('left', leftText);
          const right = articleOf('right', rightText);
          fc.pre(left.sentences.length > 0 && right.sentences.length > 0);
          const comparison = compareArticles([left, right]);
          for (const article of comparison.articles) {
            const seen = [
              ...comparison.alignments.flatMap((alignment) =>
                alignment.members.filter((member) => member.article === article.id).flatMap((member) => member.sentences),
              ),
              ...comparison.unmatched.filter((entry) => entry.article === article.id).flatMap((entry) => entry.sentences),
            ].sort((a, b) => a - b);
            expect(seen).toEqual(article.sentences.map((sentence) => sentence.index));
            for (const sentence of article.sentences) {
              expect(collapse(article.text.slice(sentence.start, sentence.end))).toBe(sentence.text);
            }
          }
          for (const alignment of comparison.alignments) {
            expect(alignment.members.map((member) => member.article)).toEqual(['left', 'right']);
            const [reference, member] = alignment.members;
            expect(reference.diff).toEqual([{ op: 'equal', text: reference.text }]);
            expect(member.diff.filter((run) => run.op !== 'removed').map((run) => run.text).join('')).toBe(member.text);
          }
          expect(compareArticles([articleOf('left', leftText), articleOf('right', rightText)])).toEqual(comparison);
        }),
        { numRuns: 150 },
      );
    });

    it('refuses two articles with one id, which would otherwise merge into one', () => {
      const text = 'Talks on European security resumed in Geneva on Friday.';
      expect(() => compareArticles([articleOf('tass', text), articleOf('rg', text), articleOf('tass', text)])).toThrow(
        'compare needs a different id for each article; "tass" is given twice',
      );
    });

    it('pairs identical articles sentence for sentence with nothing unmatched', () => {
      const text = 'Talks on European security resumed in Geneva on Friday.\n\nDiplomats said another round could follow in March.\n\nThe next meeting has no date yet.';
      const comparison = compareArticles([articleOf('a', text), articleOf('b', text)]);
      expect(comparison.alignments.map((alignment) => alignment.members.map((member) => member.sentences))).toEqual([
        [[0], [0]],
        [[1], [1]],
        [[2], [2]],
      ]);
      expect(comparison.unmatched).toEqual([]);
      expect(comparison.summary).toMatchObject({ articles: 2, alignments: 3, coverage: { a: 1, b: 1 }, unmatched: { a: 0, b: 0 } });
      expect(comparison.summary.kinds.a).toEqual({ verbatim: 1, reworded: 0, substantive: 0, new: 0 });
      expect(comparison.summary.only).toEqual({ a: [], b: [] });
    });

    it('summarises coverage over non-heading sentences only', () => {
      const left = articleOf('left', 'Issues to be addressed\n\nTalks on European security resumed in Geneva on Friday.\n\nThe weather was cold.');
      const right = articleOf('right', 'Talks on European security resumed in Geneva on Friday.');
      const { summary } = compareArticles([left, right]);
      expect(left.sentences[0].heading).toBe(true);
      expect(summary.sentences).toEqual({ left: 2, right: 1 });
      expect(summary.coverage).toEqual({ left: 0.5, right: 1 });
      expect(summary.unmatched).toEqual({ left: 2, right: 0 });
    });

    it('refuses fewer than two articles', () => {
      const one = articleOf('one', 'A sentence.');
      expect(() => compareArticles([one])).toThrow(/at least two articles/);
    });

    it('with three articles, still lists every sentence exactly once, each article at most once per group', () => {
      fc.assert(
        fc.property(articleText, articleText, articleText, (aText, bText, cText) => {
          const articles = [articleOf('a', aText), articleOf('b', bText), articleOf('c', cText)];
          fc.pre(articles.every((article) => article.sentences.length > 0));
          const comparison = compareArticles(articles);
          for (const article of articles) {
            const seen = [
              ...comparison.alignments.flatMap((alignment) =>
                alignment.members.filter((member) => member.article === article.id).flatMap((member) => member.sentences),
              ),
              ...comparison.unmatched.filter((entry) => entry.article === article.id).flatMap((entry) => entry.sentences),
            ].sort((x, y) => x - y);
            expect(seen).toEqual(article.sentences.map((sentence) => sentence.index));
          }
          comparison.alignments.forEach((alignment, k) => {
            expect(alignment.id).toBe(k + 1);
            const ids = alignment.members.map((member) => member.article);
            expect(ids.length).toBeGreaterThanOrEqual(2);
            // Input order, each article once.
            expect(ids).toEqual(['a', 'b', 'c'].filter((id) => ids.includes(id)));
            expect(alignment.reference).toBe(ids.includes('a') ? 'a' : ids[0]);
            for (const member of alignment.members) {
              // One member per article, its sentences consecutive, as in a bead.
              expect(member.sentences.every((index, i) => i === 0 || index === member.sentences[i - 1] + 1)).toBe(true);
              if (member.article === alignment.reference) expect(member.diff).toEqual([{ op: 'equal', text: member.text }]);
              expect(member.diff.filter((run) => run.op !== 'removed').map((run) => run.text).join('')).toBe(member.text);
            }
          });
          expect(compareArticles([articleOf('a', aText), articleOf('b', bText), articleOf('c', cText)])).toEqual(comparison);
        }),
        { numRuns: 60 },
      );
    });
  });

  describe('chooseBase', () => {
    it('takes the first by default, an id when given, or the earliest dated', () => {
      const later = articleOf('later', 'Text one.', '2022-02-18');
      const earlier = articleOf('earlier', 'Text two.', '2022-01-12');
      const undated = articleOf('undated', 'Text three.');
      expect(chooseBase([later, earlier], undefined).id).toBe('later');
      expect(chooseBase([later, earlier], 'earlier').id).toBe('earlier');
      expect(chooseBase([later, earlier], 'earliest').id).toBe('earlier');
      expect(chooseBase([undated, later], 'earliest').id).toBe('later');
      expect(chooseBase([undated, articleOf('undated2', 'Four.')], 'earliest').id).toBe('undated');
      expect(() => chooseBase([later, earlier], 'nope')).toThrow(/--base nope/);
    });
  });
});
