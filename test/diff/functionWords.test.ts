import { describe, expect, it } from 'vitest';
import { exchangesFunctionWords } from '../../src/diff/functionWords.js';

const words = (text: string) => (text ? text.split(' ') : []);

describe('diff/functionWords', () => {
  describe('exchangesFunctionWords', () => {
    it('takes function words exchanged for function words as an exchange', () => {
      const cases: Array<[string, string]> = [
        ['but', 'to which'],
        ['that', 'on'],
        ['as', 'with'],
        ['which', 'that'],
        ['such', 'these'],
        ['through', 'via'],
        ['the', 'a'],
        ['will', 'would'],
        ['may', 'could'],
        ['has been', 'was'],
      ];
      for (const [removed, added] of cases) expect(exchangesFunctionWords(words(removed), words(added)), `${removed} / ${added}`).toBe(true);
    });

    it('takes no negation, number, quantifier, pronoun, opposite or change of modal for an exchange', () => {
      const cases: Array<[string, string]> = [
        ['that', 'not'],
        ['a', 'one'],
        ['the', 'all'],
        ['some', 'all'],
        ['he', 'she'],
        ['from', 'to'],
        ['before', 'after'],
        ['for', 'against'],
        ['and', 'or'],
        ['will', 'must'],
        ['would', 'should'],
        ['will', 'can'],
        ['will be', 'is'],
        ['the', 'the talks'],
      ];
      for (const [removed, added] of cases) expect(exchangesFunctionWords(words(removed), words(added)), `${removed} / ${added}`).toBe(false);
    });

    it('takes a function word only added or only dropped for no exchange', () => {
      expect(exchangesFunctionWords([], ['the'])).toBe(false);
      expect(exchangesFunctionWords(['that'], [])).toBe(false);
    });
  });
});
