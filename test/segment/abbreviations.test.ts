import { describe, expect, it } from 'vitest';
import { abbreviationKind } from '../../src/segment/index.js';

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
});
