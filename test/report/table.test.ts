import { describe, expect, it } from 'vitest';
import { renderTable } from '../../src/report/table.js';
import { options, visibleLength } from './helpers.js';
import { runComparison } from './runSample.js';
import { BIDI_OVERRIDE, pairComparison, threeComparison, tinyComparison } from './sample.js';

describe('report/table', () => {
  describe('renderTable', () => {
    it('draws number, score and one column per article, unmatched rows beside an empty cell (literal, width 60)', () => {
      expect(renderTable(tinyComparison, options({ width: 60 }))).toBe(
        [
          '┌───┬───────┬──────────────────────┬──────────────────────┐',
          '│ # │ score │ TASS (tass-1)        │ TASS (tass-2)        │',
          '│   │       │ date unknown         │ 2024-03-06           │',
          '│   │       │ untitled             │ Lavrov meets Wang Yi │',
          '├───┼───────┼──────────────────────┼──────────────────────┤',
          '│ 1 │ 0.93  │ Lavrov met Wang Yi   │ Lavrov met {+with+}  │',
          '│   │       │ on Tuesday.          │ Wang Yi on Tuesday.  │',
          '├───┼───────┼──────────────────────┼──────────────────────┤',
          '│   │       │                      │ An update.           │',
          '├───┼───────┼──────────────────────┼──────────────────────┤',
          '│   │       │ Only the first       │                      │',
          '│   │       │ version says this.   │                      │',
          '└───┴───────┴──────────────────────┴──────────────────────┘',
          '1 of 2 TASS (tass-1) sentences has a version in TASS',
          '(tass-2); 1 only in TASS (tass-1); 1 only in TASS (tass-2);',
          'mean score 0.93',
          '',
        ].join('\n'),
      );
    });

    it('gives each sentence of a run only one article has a row of its own, number and score empty (literal, width 60)', () => {
      expect(renderTable(runComparison, options({ width: 60 }))).toBe(
        [
          '┌───┬───────┬──────────────────────┬──────────────────────┐',
          '│ # │ score │ TASS                 │ Sputnik              │',
          '│   │       │ 2024-03-05           │ date unknown         │',
          '│   │       │ Talks in Moscow      │ untitled             │',
          '├───┼───────┼──────────────────────┼──────────────────────┤',
          '│ 1 │ 1.00  │ Lavrov met Wang Yi   │ Lavrov met Wang Yi   │',
          '│   │       │ on Tuesday.          │ on Tuesday.          │',
          '├───┼───────┼──────────────────────┼──────────────────────┤',
          '│   │       │                      │ Sputnik learned of   │',
          '│   │       │                      │ the visit.           │',
          '├───┼───────┼──────────────────────┼──────────────────────┤',
          '│   │       │                      │ Wang Yi flew in on   │',
          '│   │       │                      │ Monday.              │',
          '├───┼───────┼──────────────────────┼──────────────────────┤',
          '│   │       │ The talks took place │                      │',
          '│   │       │ at the Foreign       │                      │',
          '│   │       │ Ministry mansion on  │                      │',
          '│   │       │ Spiridonovka Street. │                      │',
          '├───┼───────┼──────────────────────┼──────────────────────┤',
          '│   │       │ Lunch followed.      │                      │',
          '├───┼───────┼──────────────────────┼──────────────────────┤',
          '│   │       │ ## Ukraine           │                      │',
          '├───┼───────┼──────────────────────┼──────────────────────┤',
          '│ 2 │ 1.00  │ They discussed       │ They discussed       │',
          '│   │       │ Ukraine.             │ Ukraine.             │',
          '├───┼───────┼──────────────────────┼──────────────────────┤',
          '│   │       │ TASS was told more.  │                      │',
          '├───┼───────┼──────────────────────┼──────────────────────┤',
          '│ 3 │ 1.00  │ Trade grew.          │ Trade grew.          │',
          '├───┼───────┼──────────────────────┼──────────────────────┤',
          '│   │       │ The next round is in │                      │',
          '│   │       │ May.                 │                      │',
          '└───┴───────┴──────────────────────┴──────────────────────┘',
          '3 of 7 TASS sentences have a version in Sputnik; 4 only in',
          'TASS; 2 only in Sputnik; mean score 1.00',
          '',
        ].join('\n'),
      );
    });

    it('keeps a run\'s escape sequences and bidi overrides out, and sets its heading apart with colour', () => {
      const text = renderTable(runComparison, options({ color: true }));
      expect(text).not.toContain(BIDI_OVERRIDE);
      expect(text).toMatch(/│ Sputnik learned of the visit\. +│$/m);
      expect(text).toContain('│ \u001b[1m\u001b[4mUkraine\u001b[24m\u001b[22m ');
    });

    it('has no ANSI codes without colour, but marks changes', () => {
      const text = renderTable(pairComparison, options());
      expect(text).not.toContain('\u001b');
      expect(text).toContain('[-will');
      expect(text).toContain('{+According to+}');
      expect(text).toContain('## Trade at');
    });

    it('colours changes with colour on', () => {
      const text = renderTable(pairComparison, options({ color: true }));
      expect(text).toContain('\u001b[32mjournalists\u001b[39m');
      expect(text).toContain('\u001b[1mTASS\u001b[22m');
    });

    it('never prints escape sequences or bidi overrides from article text', () => {
      for (const color of [false, true]) {
        const text = renderTable(pairComparison, options({ color }));
        expect(text).not.toContain(BIDI_OVERRIDE);
        expect(text).not.toContain('\u001b[31mSputnik');
        expect(text).toContain('Sputnik has learned');
      }
    });

    it.each([60, 100, 160])('fits width %i, for two and three articles, with and without colour', (width) => {
      for (const comparison of [pairComparison, threeComparison, runComparison]) {
        for (const color of [false, true]) {
          const lines = renderTable(comparison, options({ width, color })).split('\n');
          for (const line of lines) expect(visibleLength(line), line).toBeLessThanOrEqual(width);
        }
      }
    });

    it('is deterministic', () => {
      expect(renderTable(pairComparison, options({ color: true }))).toBe(renderTable(pairComparison, options({ color: true })));
    });
  });
});
