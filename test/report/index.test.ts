import { describe, expect, it } from 'vitest';
import { reporters, type FormatName } from '../../src/report/index.js';
import { options } from './helpers.js';
import { pairComparison } from './sample.js';

describe('report/index', () => {
  describe('reporters', () => {
    it('offers the formats, side-by-side (the default) first', () => {
      const names: FormatName[] = ['side-by-side', 'table', 'csv', 'json', 'html'];
      expect(Object.keys(reporters)).toEqual(names);
    });

    it('renders every format to a string ending in a line break, leaving the comparison untouched', () => {
      const before = JSON.stringify(pairComparison);
      for (const render of Object.values(reporters)) {
        const out = render(pairComparison, options());
        expect(typeof out).toBe('string');
        expect(out).toMatch(/\n$/);
      }
      expect(JSON.stringify(pairComparison)).toBe(before);
    });
  });
});
