import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForComparison, foldTypography, normaliseForMatching, visibleText } from '../../src/text/normalise.js';
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

describe('visibleText', () => {
  /** The original stretch each unit of the visible text comes from, by `origin`. */
  const pieces = (original: string): string[] => {
    const { text, origin } = visibleText(original);
    const at = (i: number) => (origin === null ? i : origin[i]);
    return Array.from({ length: text.length }, (_, i) => original.slice(at(i), at(i + 1)));
  };

  it('returns text with nothing invisible, nothing to compose and no stray mark as it is, offsets kept', () => {
    for (const text of ['Plain “quoted” text — with dashes.', 'Посол встретился с ними.', 'café Élisabeth', '日本の首相']) {
      expect(visibleText(text)).toEqual({ text, origin: null });
    }
  });

  it('drops soft hyphens, zero-width and bidi characters, word joiners and variation selectors, each kept with its word', () => {
    const original = 'coun\u00ADcil \u202BHamas\u202C a\u200Bb c\u2060d e\u200Ef \u2067x\u2069 ok\uFE0F';
    expect(visibleText(original).text).toBe('council Hamas ab cd ef x ok');
    // A character dropped inside a word stays with the letter before it, one that opens a word with the word.
    expect(pieces(original).slice(0, 9)).toEqual(['c', 'o', 'u', 'n\u00AD', 'c', 'i', 'l', ' ', '\u202BH']);
    expect(pieces(original).join('')).toBe(original);
  });

  it('drops control characters and whole escape sequences; U+0085 is a space', () => {
    expect(visibleText('red\u001b[31m alert\u0007 now\u007F\u0085then').text).toBe('red alert now then');
  });

  it('composes decomposed letters (NFC), a composed letter standing for its whole original', () => {
    const decomposed = 'E\u0301lisabeth re\u0301forme';
    expect(visibleText(decomposed).text).toBe('Élisabeth réforme');
    expect(pieces(decomposed).slice(0, 2)).toEqual(['E\u0301', 'l']);
    expect(pieces(decomposed).join('')).toBe(decomposed);
    // Only an invisible character between a letter and its mark: composed once it is gone.
    expect(visibleText('re\u00AD\u0301forme').text).toBe('réforme');
  });

  // Regression: " \u0301" (a mark on a space) was read as white space by the word diff and counted twice.
  it('drops a combining mark with no letter to sit on, after white space or at the start', () => {
    expect(visibleText('officials \u0301 from').text).toBe('officials  from');
    expect(visibleText('\u0301\u0302officials').text).toBe('officials');
    expect(visibleText('x\u0301 \u200B\u0301y').text).toBe('x\u0301 y');
  });

  it('keeps every original unit in exactly one piece, in order, whatever the text (property)', () => {
    const parts = ['a', 'E', ' ', '\u0301', '\u0308', '\u00AD', '\u200B', '\u200D', '\u202B', '\u202C', '\uFE0F', '\u001b[1m', '\u0007', '\u0085', 'é', '日', '😀', '\u1100', '\u1161', '\u11A8'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 30 }), (list) => {
        const original = list.join('');
        const { text, origin } = visibleText(original);
        if (origin !== null) {
          expect(origin).toHaveLength(text.length + 1);
          expect(origin[text.length]).toBe(original.length);
          if (text.length > 0) expect(origin[0]).toBe(0);
          for (let i = 1; i < origin.length; i += 1) expect(origin[i]).toBeGreaterThanOrEqual(origin[i - 1]);
        }
        if (text.length > 0) expect(pieces(original).join('')).toBe(original);
        // Nothing left to drop or compose: reading it again changes nothing.
        expect(visibleText(text)).toEqual({ text, origin: null });
        expect(text).toBe(text.normalize('NFC'));
      }),
      { seed: 20260102, numRuns: 2000 },
    );
  });

  it('makes canonically equal and invisibly different texts one form for comparison', () => {
    const clean = 'Prime Minister Élisabeth Borne, the “réforme” and the city council';
    const noisy = 'Prime Minister E\u0301lisabeth Borne, the \u201Cre\u0301\u00ADforme\u201D and the city \u2067coun\u00ADcil\u2069';
    expect(foldForComparison(noisy)).toBe(foldForComparison(clean));
    expect(normaliseForMatching(noisy)).toBe(normaliseForMatching(clean));
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
