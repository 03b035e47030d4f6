import { describe, expect, it } from 'vitest';
import { renderSideBySide } from '../../src/report/sideBySide.js';
import { BIDI_OVERRIDE, pairComparison, threeComparison, tinyComparison } from './sample.js';
import { options, visibleLength } from './helpers.js';
import { runComparison } from './runSample.js';

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

      it('shows pair numbers with scores, and runs of unmatched sentences beside an empty cell, in reading order', () => {
        const labels = text.split('\n').filter((line) => line.startsWith('── ')).map((line) => line.replace(/ ─.*$/u, ''));
        expect(labels).toEqual([
          '── 1 · 0.82',
          '── 2 · 0.64',
          '── 3 · 0.90',
          '── 4 · 0.71',
          '── only in Sputnik', // Sputnik's sentence 5 follows its sentence 4, which is in pair 4
          '── 5 · 0.77',
          '── only in Sputnik',
          '── only in TASS · 2 sentences', // TASS's last two sentences: one run, one rule line
        ]);
        expect(text).toMatch(/^ +│ Wang Yi arrived in Moscow on Monday evening\.$/m);
        expect(text).toContain(
          [
            '── only in TASS · 2 sentences ───────────────────┼─────────────────────────────────────────────────',
            '-15% was the change in EU imports of Russian     │',
            '  goods last year, according to Eurostat.        │',
            'The ministers last met in Beijing in April.      │',
            '─────────────────────────────────────────────────┴─────────────────────────────────────────────────',
          ].join('\n'),
        );
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

      it('tones changes by kind and ends with a key to the tones', () => {
        const labelled = renderSideBySide(
          {
            ...tinyComparison,
            alignments: tinyComparison.alignments.map((alignment) => ({
              ...alignment,
              members: alignment.members.map((member) => ({
                ...member,
                diff: member.diff.map((run) => (run.op === 'added' ? { ...run, label: 'synonym' as const } : run)),
              })),
            })),
          },
          options({ color: true, width: 100 }),
        );
        // A synonym is amber (yellow) and underlined, not the green of a substantive addition.
        expect(labelled).toContain('\u001b[33m\u001b[4mwith\u001b[24m\u001b[39m');
        expect(labelled).toContain('key: ');
        expect(labelled).toMatch(/rewording \(synonym,/);
        expect(renderSideBySide(tinyComparison, options({ width: 100 }))).not.toContain('key: ');
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

    describe('runs of unmatched sentences', () => {
      it('sets a run under one rule line, each sentence on a new line, wrapped lines indented (literal, width 80)', () => {
        expect(renderSideBySide(runComparison, options({ width: 80 }))).toBe(
          [
            'TASS                                   │ Sputnik',
            '2024-03-05                             │ date unknown',
            'Talks in Moscow                        │ untitled',
            '═══════════════════════════════════════╪═══════════════════════════════════════',
            '── 1 · 1.00 ───────────────────────────┼───────────────────────────────────────',
            'Lavrov met Wang Yi on Tuesday.         │ Lavrov met Wang Yi on Tuesday.',
            '── only in Sputnik · 2 sentences ──────┼───────────────────────────────────────',
            '                                       │ Sputnik learned of the visit.',
            '                                       │ Wang Yi flew in on Monday.',
            '── only in TASS · 2 sentences ─────────┼───────────────────────────────────────',
            'The talks took place at the Foreign    │',
            '  Ministry mansion on Spiridonovka     │',
            '  Street.                              │',
            'Lunch followed.                        │',
            '## Ukraine                             │',
            '── 2 · 1.00 ───────────────────────────┼───────────────────────────────────────',
            'They discussed Ukraine.                │ They discussed Ukraine.',
            '── only in TASS ───────────────────────┼───────────────────────────────────────',
            'TASS was told more.                    │',
            '── 3 · 1.00 ───────────────────────────┼───────────────────────────────────────',
            'Trade grew.                            │ Trade grew.',
            '── only in TASS ───────────────────────┼───────────────────────────────────────',
            'The next round is in May.              │',
            '───────────────────────────────────────┴───────────────────────────────────────',
            '3 of 7 TASS sentences have a version in Sputnik; 4 only in TASS; 2 only in',
            'Sputnik; mean score 1.00',
            '',
          ].join('\n'),
        );
      });

      const text = renderSideBySide(runComparison, options());
      const labels = text.split('\n').filter((line) => line.startsWith('── ')).map((line) => line.replace(/ ─.*$/u, ''));

      it('gives a run of three unmatched sentences of one article one rule line and all three texts', () => {
        expect(labels.filter((label) => label.startsWith('── only in TASS ·'))).toEqual(['── only in TASS · 2 sentences']);
        const block = text.slice(text.indexOf('── only in TASS ·'), text.indexOf('── 2 · 1.00'));
        expect(block.split('\n').filter((line) => line.startsWith('──'))).toHaveLength(1);
        for (const sentence of ['The talks took place at the Foreign', 'Lunch followed.', '## Ukraine']) expect(block).toContain(sentence);
      });

      it('keeps runs of different articles apart, and splits a run where an alignment comes between', () => {
        expect(labels).toEqual([
          '── 1 · 1.00',
          '── only in Sputnik · 2 sentences',
          '── only in TASS · 2 sentences', // follows Sputnik's run directly, under its own rule
          '── 2 · 1.00',
          '── only in TASS', // TASS 5
          '── 3 · 1.00',
          '── only in TASS', // TASS 7: pair 3 stands between it and TASS 5
        ]);
      });

      it('keeps escape sequences and bidi overrides of a run\'s sentences out, with and without colour', () => {
        for (const color of [false, true]) {
          const rendered = renderSideBySide(runComparison, options({ color }));
          const line = rendered.split('\n').find((l) => l.includes('learned of the visit')) ?? '';
          expect(line).toMatch(/^ +│ Sputnik learned of the visit\.$/);
          expect(rendered).not.toContain(BIDI_OVERRIDE);
        }
      });

      it('sets a heading inside a run in bold and underlined with colour', () => {
        const rendered = renderSideBySide(runComparison, options({ color: true }));
        expect(rendered).toMatch(/^\u001b\[1m\u001b\[4mUkraine\u001b\[24m\u001b\[22m +│$/m);
        expect(rendered).not.toContain('## ');
      });

      it('tags a run once in the stacked layout', () => {
        expect(renderSideBySide(runComparison, options({ width: 40 }))).toContain(
          [
            '── only in TASS · 2 sentences ──────────',
            'TASS    │ The talks took place at the',
            '        │   Foreign Ministry mansion on',
            '        │   Spiridonovka Street.',
            '        │ Lunch followed.',
            '        │ ## Ukraine',
            '── 2 · 1.00 ────────────────────────────',
          ].join('\n'),
        );
      });

      it.each([[40, false], [40, true], [60, false], [60, true], [100, true], [160, true]] as const)(
        'keeps every line within the width (width %i, colour %s)',
        (width, color) => {
          for (const line of renderSideBySide(runComparison, options({ width, color })).split('\n')) {
            expect(visibleLength(line), line).toBeLessThanOrEqual(width);
          }
        },
      );
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
