import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/load/index.js';
import { splitSentences } from '../../src/segment/index.js';
import { readGold, sentenceByFragment } from '../../bench/seedGold.js';

// The written development and test sets are measurements (`npm run eval:seeds`), not gates: only
// their gold is checked here, so that a change to the loader or splitter that breaks a gold sentence
// is noticed.
const sets = [
  { name: 'written development set gold alignments', dir: 'fixtures/align/dev/' },
  { name: 'written test set gold alignments', dir: 'fixtures/align/test/' },
];

function textFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort();
}

describe('align', () => {
  for (const { name, dir } of sets) {
    describe(name, () => {
      it('names every sentence of a gold pair by a fragment exactly one sentence of its article contains', async () => {
        const inputs = textFiles(dir).map((file) => `${dir}${file}`);
        const articles = new Map((await readInputs(inputs)).map(splitSentences).map((article) => [article.id, article]));
        const gold = readGold(`${dir}gold.json`);
        const unresolved: string[] = [];
        for (const pair of gold.pairs) {
          const left = articles.get(pair.left);
          const right = articles.get(pair.right);
          expect([pair.left, pair.right].filter((id) => !articles.has(id))).toEqual([]);
          if (!left || !right) continue;
          for (const [leftFragment, rightFragment] of [...pair.sure, ...pair.possible]) {
            for (const [article, fragment] of [[left, leftFragment], [right, rightFragment]] as const) {
              try {
                sentenceByFragment(article, fragment);
              } catch (error) {
                unresolved.push((error as Error).message);
              }
            }
          }
        }
        expect(unresolved).toEqual([]);
      });

      it('uses every article of the set in some gold pair', () => {
        const gold = readGold(`${dir}gold.json`);
        const named = new Set(gold.pairs.flatMap((pair) => [pair.left, pair.right]));
        const files = textFiles(dir).map((file) => file.replace(/\.txt$/, ''));
        expect(files.filter((id) => !named.has(id))).toEqual([]);
      });
    });
  }
});
