import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FOLDS, sentenceGroupFolds } from '../../bench/eval/folds.js';

const pair = (left: string, right: string) => ({ left, right, gold: 0 });

describe('eval', () => {
  describe('sentenceGroupFolds', () => {
    it('keeps every translation of one reference sentence in one fold', () => {
      const folds = sentenceGroupFolds([
        pair('The report was adopted.', 'The report has been adopted.'),
        pair('We cannot vote for it.', 'We can not approve it.'),
        pair('The report was adopted.', 'The report is adopted.'),
        pair('The report was adopted.', 'One adopted the report.'),
      ]);
      expect(folds[2]).toBe(folds[0]);
      expect(folds[3]).toBe(folds[0]);
      expect(folds[1]).not.toBe(folds[0]);
    });

    it('joins pairs linked through a shared sentence on either side', () => {
      // a–b, c–b and c–d are one group through b and c; e–f is another.
      const folds = sentenceGroupFolds([pair('a', 'b'), pair('e', 'f'), pair('c', 'b'), pair('c', 'd')]);
      expect(folds).toEqual([0, 1, 0, 0]);
    });

    it('deals groups to the folds in turn', () => {
      const pairs = Array.from({ length: 25 }, (_, k) => pair(`left ${k}`, `right ${k}`));
      expect(sentenceGroupFolds(pairs)).toEqual(pairs.map((_, k) => k % FOLDS));
    });

    it('never puts one sentence in two folds', () => {
      const sentence = fc.constantFrom('s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9', 's10', 's11', 's12');
      fc.assert(
        fc.property(fc.array(fc.tuple(sentence, sentence), { maxLength: 40 }), (tuples) => {
          const pairs = tuples.map(([left, right]) => pair(left, right));
          const folds = sentenceGroupFolds(pairs);
          const foldOfSentence = new Map<string, number>();
          pairs.forEach(({ left, right }, k) => {
            expect(folds[k]).toBeGreaterThanOrEqual(0);
            expect(folds[k]).toBeLessThan(FOLDS);
            for (const text of [left, right]) {
              expect(foldOfSentence.get(text) ?? folds[k]).toBe(folds[k]);
              foldOfSentence.set(text, folds[k]);
            }
          });
        }),
      );
    });
  });
});
