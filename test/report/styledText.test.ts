import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/report/displayWidth.js';
import { projectTones } from '../../src/report/projectTones.js';
import { detachEdgeSpaces, fitToWidth, makePalette, renderCell, wrapSpans, type Span } from '../../src/report/styledText.js';

const text = (lines: Span[][]): string[] => lines.map((line) => line.map((span) => span.text).join(''));

describe('report/styledText', () => {
  describe('wrapSpans', () => {
    it('breaks at spaces and keeps words whole', () => {
      expect(text(wrapSpans([{ text: 'Lavrov met Wang Yi in Moscow', tone: 'plain' }], 10))).toEqual(['Lavrov met', 'Wang Yi in', 'Moscow']);
    });

    it('keeps a word that changes tone midway together', () => {
      const lines = wrapSpans(
        [
          { text: 'the ', tone: 'plain' },
          { text: 'Kremlin', tone: 'plain' },
          { text: "'s", tone: 'added' },
          { text: ' view', tone: 'plain' },
        ],
        12,
      );
      expect(text(lines)).toEqual(["the", "Kremlin's", 'view']);
      expect(lines[1]).toEqual([{ text: 'Kremlin', tone: 'plain' }, { text: "'s", tone: 'added' }]);
    });

    it('cuts an over-long word between graphemes', () => {
      expect(text(wrapSpans([{ text: 'abcdefghij', tone: 'plain' }], 4))).toEqual(['abcd', 'efgh', 'ij']);
      expect(text(wrapSpans([{ text: '王毅王毅王', tone: 'plain' }], 5))).toEqual(['王毅', '王毅', '王']);
    });

    it('never makes a line wider than asked and loses no non-space character (property)', () => {
      const word = fc.stringMatching(/^[a-zа-я王👍é.,-]{1,30}$/u);
      fc.assert(
        fc.property(fc.array(word, { maxLength: 20 }), fc.integer({ min: 2, max: 40 }), (words, width) => {
          const lines = text(wrapSpans([{ text: words.join(' '), tone: 'plain' }], width));
          for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
          expect(lines.join('').replace(/\s/gu, '')).toBe(words.join(''));
        }),
      );
    });
  });

  describe('detachEdgeSpaces', () => {
    it('moves spaces at the edges of a change out of it', () => {
      expect(detachEdgeSpaces([{ text: ' the ', tone: 'removed' }])).toEqual([
        { text: ' ', tone: 'plain' },
        { text: 'the', tone: 'removed' },
        { text: ' ', tone: 'plain' },
      ]);
    });
  });

  describe('renderCell', () => {
    it('marks changes and headings in text without colour', () => {
      const cell = { spans: [{ text: 'Trade at ', tone: 'plain' as const }, { text: 'a ', tone: 'removed' as const }, { text: 'record high', tone: 'plain' as const }], heading: true };
      expect(renderCell(cell, 40, makePalette(false))).toEqual(['## Trade at [-a-] record high']);
    });

    it('closes colour codes at the end of every line', () => {
      const lines = renderCell({ spans: [{ text: 'is holding talks', tone: 'added' }], heading: false }, 10, makePalette(true));
      expect(lines).toEqual(['\u001b[32mis holding\u001b[39m', '\u001b[32mtalks\u001b[39m']);
    });
  });

  describe('fitToWidth', () => {
    it('cuts text to the width with an ellipsis, and makes it terminal-safe', () => {
      expect(fitToWidth('Rossiyskaya Gazeta', 14)).toBe('Rossiyskaya…');
      expect(fitToWidth('TASS\u001b[2J', 10)).toBe('TASS');
    });
  });
});

describe('report/projectTones', () => {
  describe('projectTones', () => {
    it('returns the spans when they already spell the original', () => {
      const spans: Span[] = [{ text: 'a ', tone: 'plain' }, { text: 'b', tone: 'removed' }];
      expect(projectTones('a b', spans)).toEqual(spans);
    });

    it('shows the original typography with the tones carried over', () => {
      const spans: Span[] = [
        { text: '\u201cWe agree,\u201d ', tone: 'plain' },
        { text: 'he', tone: 'removed' },
        { text: ' said \u2014 twice.', tone: 'plain' },
      ];
      expect(projectTones('"We agree," HE said - twice.', spans)).toEqual([
        { text: '"We agree," ', tone: 'plain' },
        { text: 'HE', tone: 'removed' },
        { text: ' said - twice.', tone: 'plain' },
      ]);
    });

    it('always spells the original, and keeps each tone where only typography or case differ (property)', () => {
      const tones = ['plain', 'removed', 'added'] as const;
      const piece = fc.record({ text: fc.string({ unit: fc.constantFrom('a', 'B', ' ', '"', '\u201c', '-', '\u2014', 'x'), minLength: 1, maxLength: 12 }), tone: fc.constantFrom(...tones) });
      fc.assert(
        fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), fc.string({ maxLength: 30 }), (spans, other) => {
          // The original differs from the spans' text in case and quote and dash forms only...
          const original = spans.map((span) => span.text).join('').replace(/\u201c/g, '"').replace(/\u2014/g, '-').toUpperCase();
          const projected = projectTones(original, spans);
          expect(projected.map((span) => span.text).join('')).toBe(original);
          const toneAt = (list: readonly Span[]) => list.flatMap((span) => [...span.text].map(() => span.tone));
          expect(toneAt(projected)).toEqual(toneAt(spans));
          // ...and against any other text the projection still spells the original.
          expect(projectTones(other, spans).map((span) => span.text).join('')).toBe(other);
        }),
      );
    });

    it('gives unpartnered characters the tone before them', () => {
      expect(projectTones('Wait\u2026 no', [{ text: 'Wait', tone: 'plain' }, { text: '... no', tone: 'removed' }])).toEqual([
        { text: 'Wait\u2026', tone: 'plain' },
        { text: ' no', tone: 'removed' },
      ]);
    });
  });
});
