import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldTypography, normaliseForMatching } from '../../src/text/normalise.js';
import { comparableNumber } from '../../src/text/numbers.js';

/** Characters the folds act on, their neighbours, and plain text. */
const CHARACTERS = [
  'a', 'Z', ' ', '.', '-', '--', '---', '`', '``', "'", "''", '"', '\u2018', '\u2019', '\u201C', '\u201D', '\u00AB', '\u00BB', '\u2013',
  '\u2014', '\u2212', '\u00A0', '\u2009', '\u202F', '\u3000', '\uFEFF', '\t', '\n', '\r', '\u2028', '\u1680', '\u0085', 'ё', '日',
];

describe('foldTypography', () => {
  it('folds quotes, dashes and spaces to ASCII, unit for unit', () => {
    expect(foldTypography('\u201CIt\u2019s\u201D \u2014 ``so\'\' -- said\u00A0she\u2009---')).toBe('"It\'s" - " so"  -  said she -  ');
  });

  it('returns text with nothing to fold as it is', () => {
    const plain = 'Russia and NATO, 12 people (2022): "it\'s over" - said Lavrov.';
    expect(foldTypography(plain)).toBe(plain);
  });

  it('folds as the documented replacements, applied in order, do; keeping every length', () => {
    // The folds as specified, with no shortcut for text that has nothing to fold.
    const specified = (text: string) =>
      text
        .replace(/``|''/g, '" ')
        .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
        .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
        .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
        .replace(/---/g, '-  ')
        .replace(/--/g, '- ')
        .replace(/[\s\u00A0\u2000-\u200A\u202F\u205F\u3000\uFEFF]/g, ' ');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(foldTypography(text)).toBe(specified(text));
        expect(foldTypography(text).length).toBe(text.length);
      }),
      { numRuns: 2000 },
    );
  });

  // Regression: a copy made from Markdown kept its emphasis marks, which showed as differences.
  it('blanks Markdown emphasis marks, unit for unit, and reads the sentence as one without them', () => {
    const marked = 'Farmers blocked **three crossings** by *half*, a __senior__ official said: 5 * 3.';
    expect(foldTypography(marked)).toBe('Farmers blocked   three crossings   by  half , a   senior   official said: 5 * 3.');
    expect(normaliseForMatching(marked)).toBe(normaliseForMatching('Farmers blocked three crossings by half, a senior official said: 5 * 3.'));
    expect(normaliseForMatching('*NSYNC played')).toBe('*nsync played');
  });

  it('reads as the same sentence whatever the typography', () => {
    expect(normaliseForMatching('\u201CNATO\u2019s  answer\u201D\u00A0\u2014 late')).toBe(normaliseForMatching('"NATO\'s answer" - late'));
  });
});

describe('comparableNumber', () => {
  it('drops thousands separators and a decimal part of zeros, and nothing else', () => {
    expect(comparableNumber('14,000')).toBe('14000');
    expect(comparableNumber('1,234,567.50')).toBe('1234567.5');
    expect(comparableNumber('10.0')).toBe('10');
    expect(comparableNumber('10.00')).toBe('10');
    expect(comparableNumber('2.50')).toBe('2.5');
    expect(comparableNumber('2.05')).toBe('2.05');
    // Three decimals may be a European thousands separator: left as written.
    expect(comparableNumber('1.000')).toBe('1.000');
    expect(comparableNumber('1,5')).toBe('1,5');
    expect(comparableNumber('2022')).toBe('2022');
  });
});
