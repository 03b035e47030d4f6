import { describe, expect, it } from 'vitest';
import { expandsAcronym, isAcronym } from '../../src/diff/acronyms.js';

describe('diff/acronyms', () => {
  describe('isAcronym', () => {
    it('takes two or more capitals, with or without stops', () => {
      for (const word of ['UN', 'ICAC', 'UNCLOS', 'U.N.', 'U.S.']) expect(isAcronym(word), word).toBe(true);
      for (const word of ['A', 'Un', 'NATO-led', 'U.', 'un', 'Sea']) expect(isAcronym(word), word).toBe(false);
    });
  });

  describe('expandsAcronym', () => {
    it('reads the initials of the capitalised words, small words kept or left out', () => {
      expect(expandsAcronym(['United', 'Nations'], 'UN')).toBe(true);
      expect(expandsAcronym(['United', 'Nations'], 'U.N.')).toBe(true);
      expect(expandsAcronym(['European', 'Union'], 'EU')).toBe(true);
      expect(expandsAcronym(['Independent', 'Commission', 'Against', 'Corruption'], 'ICAC')).toBe(true);
      // "on the" left out, "of" kept: United Nations Convention on the Law of the Sea.
      expect(expandsAcronym('United Nations Convention on the Law of the Sea'.split(' '), 'UNCLOS')).toBe(true);
      expect(expandsAcronym(['Code', 'of', 'Conduct'], 'COC')).toBe(true);
      expect(expandsAcronym(['Asia-Pacific', 'Economic', 'Cooperation'], 'APEC')).toBe(true);
    });

    it('finds no expansion in other names, lower-case words or a single word', () => {
      expect(expandsAcronym(['United', 'States'], 'UK')).toBe(false);
      expect(expandsAcronym(['North', 'Atlantic'], 'NATO')).toBe(false);
      expect(expandsAcronym(['United', 'Nations'], 'NATO')).toBe(false);
      expect(expandsAcronym(['united', 'nations'], 'UN')).toBe(false);
      expect(expandsAcronym(['Union'], 'U')).toBe(false);
      expect(expandsAcronym(['Union'], 'UN')).toBe(false);
      // An expansion opens and closes on a capitalised word.
      expect(expandsAcronym(['the', 'United', 'Nations'], 'TUN')).toBe(false);
      expect(expandsAcronym(['United', 'Nations', 'talks'], 'UNT')).toBe(false);
    });
  });
});
