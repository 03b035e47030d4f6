import { describe, expect, it } from 'vitest';
import { abbreviationKind } from '../../src/segment/index.js';
import { isAbbreviation } from '../../src/segment/abbreviations.js';

describe('segment', () => {
  describe('abbreviationKind', () => {
    it.each([
      ['Mr.', 'joins'],
      ['GEN.', 'joins'],
      ['reps.', undefined],
      ['gens.', undefined],
      ['mr.', undefined],
      ['e.g.', 'joins'],
      ['No.', 'beforeNumber'],
      ['Sept.', 'beforeNumber'],
      ['p.', 'beforeNumber'],
      ['U.S.', 'ambiguous'],
      ['etc.', 'closesList'],
      ['V.V.', 'ambiguous'],
      ['В.В.', 'ambiguous'],
      ['P.', 'ambiguous'],
      ['left.', undefined],
      ['USA.', undefined],
      ['Col.-Gen.', 'joins'],
      ['Lt.-Col.', 'joins'],
      ['Russia-U.S.', 'ambiguous'],
      ['hepatitis-B.', undefined],
      ['Covid-A.B.', undefined],
      ['well-known.', undefined],
    ])('classifies %s as %s', (token, kind) => {
      expect(abbreviationKind(token)).toBe(kind);
    });
  });

  describe('isAbbreviation', () => {
    it.each([
      ['Oct.', true],
      ['oct.', true],
      ['No.', true],
      ['gov.', true],
      ['U.S.', true],
      ['a.m.', true],
      ['W.', true],
      ['Ph.D.', true],
      ['left.', false],
      ['USA.', false],
      ['week.', false],
    ])('reads %s as an abbreviation: %s', (word, expected) => {
      expect(isAbbreviation(word)).toBe(expected);
    });
  });
});
