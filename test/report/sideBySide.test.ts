import { describe, expect, it } from 'vitest';
import { renderSideBySide } from '../../src/report/sideBySide.js';
import { BIDI_OVERRIDE, pairComparison, threeComparison, tinyComparison } from './sample.js';
import { options, visibleLength } from './helpers.js';

const WIDTHS = [60, 100, 160];

describe('report/sideBySide', () => {
  describe('renderSideBySide', () => {
    it('lays two versions out in columns, with pair numbers, scores, markers and the summary (literal, width 60)', () => {
      expect(renderSideBySide(tinyComparison, options({ width: 60 }))).toBe(
        [
          'TASS (tass-1)                │ TASS (tass-2)',
          'date unknown                 │ 2024-03-06',
          'untitled                     │ Lavrov meets Wang Yi',
          '═════════════════════════════╪═════════════════════════════',
          '── 1 · 0.93 ─────────────────┼─────────────────────────────',
          'Lavrov met Wang Yi on        │ Lavrov met {+with+} Wang Yi',
          'Tuesday.                     │ on Tuesday.',
          '── only in TASS (tass-2) ────┼─────────────────────────────',
          '                             │ An update.',
          '── only in TASS (tass-1) ────┼─────────────────────────────',
          'Only the first version says  │',
          'this.                        │',
          '─────────────────────────────┴─────────────────────────────',
          '1 of 2 TASS (tass-1) sentences has a version in TASS',
          '(tass-2); 1 only in TASS (tass-1); 1 only in TASS (tass-2);',
          'mean score 0.93',
          '',
        ].join('\n'),
      );
    });

    describe('without colour', () => {
      const text = renderSideBySide(pairComparison, options());

      it('contains no escape character at all', () => {
        expect(text).not.toContain('\u001b');
      });

      it('shows the header: outlets, dates and titles', () => {
        const [first, second, third] = text.split('\n');
        expect(first).toMatch(/^TASS +│ Sputnik$/);
        expect(second).toMatch(/^2024-03-05 +│ 2024-03-05$/);
        expect(third).toMatch(/^Lavrov, Wang Yi to discuss .* │ Lavrov holds talks with China's Wang Yi/);
      });

      it('marks removals on the left and additions on the right', () => {
        expect(text).toContain('[-MOSCOW, March 5. /TASS/.-] Russian Foreign');
        expect(text).toContain('{+According to+} Lavrov{+,+} trade');
        expect(text).toMatch(/\[-last year-\]\. +│/);
      });

      it('shows the base article in its own wording where the diff\'s equal runs carry the other\'s typography', () => {
        expect(text).toContain('"We are satisfied with the pace of [-our-]');
        expect(text).toContain('│ “We are satisfied with the pace of cooperation,”');
      });

      it('prefixes headings with ## ', () => {
        expect(text).toMatch(/^## Trade at \[-a-\] record high +│ ## Trade at record high$/m);
      });

      it('shows pair numbers with scores, and unmatched sentences beside an empty cell, in reading order', () => {
        const labels = text.split('\n').filter((line) => line.startsWith('── ')).map((line) => line.replace(/ ─.*$/u, ''));
        expect(labels).toEqual([
          '── 1 · 0.82',
          '── 2 · 0.64',
          '── 3 · 0.90',
          '── 4 · 0.71',
          '── only in Sputnik', // Sputnik's sentence 5 follows its sentence 4, which is in pair 4
          '── 5 · 0.77',
          '── only in Sputnik',
          '── only in TASS',
          '── only in TASS',
        ]);
        expect(text).toMatch(/^ +│ Wang Yi arrived in Moscow on Monday evening\.$/m);
        expect(text).toMatch(/^The ministers last met in Beijing in April\. +│$/m);
      });

      it('ends with the summary line', () => {
        expect(text.endsWith('4 of 6 TASS sentences have a version in Sputnik; 2 only in TASS; 2 only in Sputnik; mean score 0.77\n')).toBe(true);
      });

      it('never prints escape sequences or bidi overrides from article text', () => {
        expect(text).toContain('Sputnik has learned that the delegation');
        expect(text).not.toContain(BIDI_OVERRIDE);
        expect(text).not.toContain('[31m');
      });
    });

    describe('with colour', () => {
      const text = renderSideBySide(pairComparison, options({ color: true }));

      it('colours removals red and struck through, additions green, with no markers', () => {
        expect(text).toContain('\u001b[31m\u001b[9mwill hold\u001b[29m\u001b[39m');
        expect(text).toContain('\u001b[32mjournalists\u001b[39m');
        expect(text).not.toContain('{+');
        expect(text).not.toContain('[-');
      });

      it('sets headings in bold and underlined instead of ##', () => {
        expect(text).toContain('\u001b[1m\u001b[4mTrade at ');
        expect(text).not.toContain('## ');
      });

      it('still keeps article escape sequences and bidi overrides out', () => {
        // The sentence is an unmatched, uncoloured cell: its line must carry no escape character at all.
        const line = text.split('\n').find((l) => l.includes('has learned that')) ?? '';
        expect(line).toMatch(/^ +│ Sputnik has learned that the delegation includes$/);
        expect(text).not.toContain(BIDI_OVERRIDE);
      });
    });

    describe.each(WIDTHS)('at width %i', (width) => {
      it.each([
        ['two articles, no colour', pairComparison, false],
        ['two articles, colour', pairComparison, true],
        ['three articles, no colour', threeComparison, false],
        ['three articles, colour', threeComparison, true],
      ] as const)('keeps every line within the width (%s)', (_, comparison, color) => {
        const lines = renderSideBySide(comparison, options({ width, color })).split('\n');
        for (const line of lines) expect(visibleLength(line), line).toBeLessThanOrEqual(width);
      });
    });

    it('hard-wraps a word longer than a column, and counts wide characters as two columns', () => {
      const long = 'https://example.com/' + 'a'.repeat(80);
      const cjk = '王毅'.repeat(30);
      const comparison = {
        ...tinyComparison,
        unmatched: [
          { article: 'tass-1', sentences: [1], text: long },
          { article: 'tass-2', sentences: [1], text: cjk },
        ],
      };
      const lines = renderSideBySide(comparison, options({ width: 60 })).split('\n');
      const columns = (line: string): number => [...line].reduce((n, ch) => n + (/[王毅]/u.test(ch) ? 2 : 1), 0);
      for (const line of lines) expect(columns(line), line).toBeLessThanOrEqual(60);
      expect(lines).toContain('https://example.com/aaaaaaaa │');
      expect(lines).toContain(`${' '.repeat(29)}│ ${'王毅'.repeat(7)}`);
      expect(lines.filter((line) => line.includes('王毅'))).toHaveLength(5);
      expect(lines.filter((line) => line.startsWith('https://example.com/'))).toHaveLength(1);
    });

    describe('three articles', () => {
      it('sets one column per article when they fit, base first', () => {
        const text = renderSideBySide(threeComparison, options({ width: 100 }));
        expect(text.split('\n')[0]).toMatch(/^TASS +│ Sputnik +│ Rossiyskaya Gazeta$/);
        expect(text).toMatch(/^Lavrov met Wang Yi in Moscow on │ Lavrov met Wang Yi in Moscow +│ \{\+Sergey\+\} Lavrov met Wang Yi$/m);
        expect(text).toContain('1 of 2 TASS sentences has a version in another article; 2 of 2 Sputnik sentences have');
      });

      it('stacks the articles within each row when columns would be too narrow', () => {
        const text = renderSideBySide(threeComparison, options({ width: 60 }));
        expect(text).toContain(
          [
            '── 2 · 0.80 ────────────────────────────────────────────────',
            'Sputnik │ Wang Yi arrived on Monday.',
            'rg      │ Wang Yi arrived {+late+} on Monday.',
            '── only in Rossiyskaya Gazeta ──────────────────────────────',
            'rg      │ The talks lasted three hours.',
          ].join('\n'),
        );
      });
    });

    it('is deterministic', () => {
      expect(renderSideBySide(pairComparison, options({ color: true }))).toBe(renderSideBySide(pairComparison, options({ color: true })));
    });
  });
});
