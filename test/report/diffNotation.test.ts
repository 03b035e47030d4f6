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

    it('removes escape sequences from each wording whole before the markers go in', () => {
      // Regression: the diff cut "ESC[31m" after "ESC[", and cleaning the finished notation took the "[" of "[-" along.
      expect(
        diffToNotation([
          { op: 'equal', text: 'left the text \u001b[' },
          { op: 'removed', text: '31mRED' },
          { op: 'added', text: '32mGREEN' },
          { op: 'equal', text: '\u001b[0m ALERT in the\u202e page' },
        ]),
      ).toBe('left the text [-RED-]{+GREEN+} ALERT in the page');
    });

    it('gives an empty string for no runs', () => {
      expect(diffToNotation([])).toBe('');
    });
  });
});
