import { describe, expect, it } from 'vitest';
import { alignSentences, DEFAULT_MIN_SCORE } from '../../src/align/index.js';
import { readInputs } from '../../src/load/index.js';
import { splitSentences } from '../../src/segment/index.js';
import type { Article } from '../../src/types.js';
import { diceGreedyAligner, readGold, scoreAgainstGold } from '../../bench/seedGold.js';

async function articlesOf(inputs: string[]): Promise<Map<string, Article>> {
  const loaded = await readInputs(inputs);
  return new Map(loaded.map(splitSentences).map((article) => [article.id, article]));
}

const ours = (left: Article, right: Article) => alignSentences(left.sentences, right.sentences, { minScore: DEFAULT_MIN_SCORE });

describe('align', () => {
  describe('against hand-made gold alignments', () => {
    it('finds every seed gold pair and no pair between different stories', async () => {
      const articles = await articlesOf(['tass-zakharova', 'sputnik-zakharova', 'tass-fomin', 'rg-fomin', 'reprint-mfa-source']);
      const score = scoreAgainstGold(readGold('fixtures/gold/seed-alignments.json'), articles, ours);
      for (const pair of score.pairs) {
        expect({ pair: `${pair.left}/${pair.right}`, falsePairs: pair.falsePairs, missed: pair.missed }).toEqual({
          pair: `${pair.left}/${pair.right}`,
          falsePairs: [],
          missed: [],
        });
      }
      expect(score.precision).toBe(1);
      expect(score.recall).toBe(1);
    });

    it('beats whole-sentence Dice with greedy matching on both precision and recall', async () => {
      const articles = await articlesOf(['tass-zakharova', 'sputnik-zakharova', 'tass-fomin', 'rg-fomin', 'reprint-mfa-source']);
      const gold = readGold('fixtures/gold/seed-alignments.json');
      const ourScore = scoreAgainstGold(gold, articles, ours);
      for (const threshold of [0.4, 0.5, 0.6, 0.7]) {
        const baseline = scoreAgainstGold(gold, articles, diceGreedyAligner(threshold));
        expect(ourScore.precision + ourScore.recall).toBeGreaterThan(baseline.precision + baseline.recall);
        expect(ourScore.precision).toBeGreaterThanOrEqual(baseline.precision);
        expect(ourScore.recall).toBeGreaterThanOrEqual(baseline.recall);
      }
    });

    it('generalises to written fixtures of another story (a changed figure, a moved paragraph, a same-topic article)', async () => {
      const articles = await articlesOf(['fixtures/align/agency-grain.txt', 'fixtures/align/outlet-grain.txt', 'fixtures/align/other-grain-story.txt']);
      const score = scoreAgainstGold(readGold('fixtures/align/gold.json'), articles, ours);
      expect(score.pairs.flatMap((pair) => pair.falsePairs)).toEqual([]);
      expect(score.recall).toBeGreaterThanOrEqual(6 / 7);
    });
  });
});
