import { describe, expect, it } from 'vitest';
import { abbreviationKind } from '../../src/segment/index.js';
import { isAbbreviation, isAbbreviationOf } from '../../src/segment/abbreviations.js';

describe('segment', () => {
  describe('abbreviationKind', () => {
    it.each([
      ['Mr.', 'joins'],
      ['GEN.', 'joins'],
      ['reps.', undefined],
      ['gens.', undefined],
      ['mr.', undefined],
      ['e.g.', 'joins'],
      ['Fr.', 'joins'],
      ['fr.', undefined],
      ['Sec.', 'beforeNumber'],
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

  describe('isAbbreviationOf', () => {
    it.each([
      ['Gov.', 'Governor', true],
      ['governor', 'gov', true],
      ['Sen.', 'Senator', true],
      ['Rep.', 'Representative', true],
      ['Lt.', 'Lieutenant', true],
      ['Dr', 'Doctor', true],
      ['St.', 'Street', true],
      ['St', 'Saint', true],
      ['Corp.', 'Corporation', true],
      ['Ltd', 'Limited', true],
      ['Dept.', 'Department', true],
      ['Govt.', 'Government', true],
      ['Mt.', 'Mount', true],
      ['Sens.', 'Senators', true],
      ['Gov.', 'Senator', false],
      ['Gov.', 'Government', false],
      ['Gen.', 'Colonel', false],
      ['Dec.', 'December', false],
      ['Mr.', 'Mister', false],
    ])('reads %s / %s as an abbreviation and a word it stands for: %s', (a, b, expected) => {
      expect(isAbbreviationOf(a, b)).toBe(expected);
    });

    it('keeps the splitter\'s reading of an abbreviation that now has a full form, and of Govt.', () => {
      expect(['Gov.', 'St.', 'No.', 'Govt.'].map(abbreviationKind)).toEqual(['joins', 'ambiguous', 'beforeNumber', 'ambiguous']);
    });
  });
});
