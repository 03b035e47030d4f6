import { describe, expect, it } from 'vitest';
import { MAX_PAIRING_CELLS, pairWords, type WordAt } from '../../src/diff/pairing.js';
import type { RunLabel } from '../../src/types.js';

/** The words of `text` with their offsets. */
function wordsOf(text: string): WordAt[] {
  return Array.from(text.matchAll(/[\p{L}.-]+/gu), (match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }));
}

/** A pair labeller from a small table. */
const TABLE: Record<string, RunLabel> = { 'deteriorate degrade': 'synonym', 'protests protested': 'inflection' };
const fromTable = (a: string, b: string): RunLabel | undefined => TABLE[`${a} ${b}`] ?? TABLE[`${b} ${a}`];

/** The pairs as `removed words / added words: label`. */
function paired(removed: string, added: string): string[] {
  const [r, a] = [wordsOf(removed), wordsOf(added)];
  return pairWords(r, a, fromTable).map(
    (pair) =>
      `${r.slice(...pair.removed).map((word) => word.text).join(' ')} / ${a.slice(...pair.added).map((word) => word.text).join(' ')}: ${pair.label}`,
  );
}

describe('diff/pairing', () => {
  describe('pairWords', () => {
    it('pairs the words a rule relates and leaves the rest', () => {
      expect(paired('deteriorate as', 'degrade with')).toEqual(['deteriorate / degrade: synonym']);
      expect(paired('repeatedly lodged protests through', 'many times protested via')).toEqual(['protests / protested: inflection']);
    });

    it('pairs an acronym with the words it stands for, either way round', () => {
      expect(paired('the United Nations Convention', 'the UN Convention')).toEqual(['United Nations / UN: spelling']);
      expect(paired('reported it to ICAC', 'told the Independent Commission Against Corruption')).toEqual([
        'ICAC / the Independent Commission Against Corruption: spelling',
      ]);
      expect(paired('the UN', 'NATO')).toEqual([]);
    });

    it('pairs a closed compound with the words it is written apart in', () => {
      expect(paired('300 firefighters', 'extra fire fighters')).toEqual(['firefighters / fire fighters: compounding']);
    });

    it('pairs in order only, and never words equal but for case', () => {
      // Two pairs that would cross: only one is taken; on a tie a removed word is skipped first.
      expect(paired('deteriorate protests', 'protested degrade')).toEqual(['protests / protested: inflection']);
      expect(paired('degrade then deteriorate', 'deteriorate then degrade')).toHaveLength(2);
      expect(paired('The talks', 'the meeting')).toEqual([]);
    });

    it('leaves a change too large to weigh whole', () => {
      const side = Array.from({ length: Math.ceil(Math.sqrt(MAX_PAIRING_CELLS)) + 1 }, () => 'deteriorate').join(' ');
      expect(paired(side, side.replace(/deteriorate/g, 'degrade'))).toEqual([]);
    });
  });
});
