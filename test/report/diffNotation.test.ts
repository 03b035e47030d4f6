import { describe, expect, it } from 'vitest';
import { diffToNotation } from '../../src/report/diffNotation.js';

describe('report/diffNotation', () => {
  describe('diffToNotation', () => {
    it('writes equal runs plain and changes in [-removed-]{+added+} notation', () => {
      expect(
        diffToNotation([
          { op: 'equal', text: 'Lavrov ' },
          { op: 'removed', text: 'will hold' },
          { op: 'added', text: 'is holding' },
          { op: 'equal', text: ' talks.' },
        ]),
      ).toBe('Lavrov [-will hold-]{+is holding+} talks.');
    });

    it('keeps the spacing the runs carry, even inside markers', () => {
      expect(
        diffToNotation([
          { op: 'equal', text: 'said' },
          { op: 'removed', text: ' the' },
          { op: 'equal', text: ' minister' },
        ]),
      ).toBe('said[- the-] minister');
    });

    it('gives an empty string for no runs', () => {
      expect(diffToNotation([])).toBe('');
    });
  });
});
