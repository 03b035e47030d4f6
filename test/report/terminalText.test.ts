import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth, stripAnsi } from '../../src/report/displayWidth.js';
import { toTerminalPieces, toTerminalText, type PieceSide } from '../../src/report/terminalText.js';

const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

describe('report/terminalText', () => {
  describe('toTerminalText', () => {
    it('removes CSI colour and cursor sequences', () => {
      expect(toTerminalText('\u001b[31mred\u001b[0m and \u001b[2Jclear')).toBe('red and clear');
    });

    it('removes OSC sequences such as window titles and hyperlinks', () => {
      expect(toTerminalText('a\u001b]0;pwned\u0007b')).toBe('ab');
      expect(toTerminalText('\u001b]8;;https://x.test\u001b\\link\u001b]8;;\u001b\\')).toBe('link');
    });

    it('removes 8-bit CSI sequences and lone control characters', () => {
      expect(toTerminalText('a\u009b31mb\u0007c\u0000d\u007fe')).toBe('abcde');
    });

    it('turns tabs and line breaks into spaces so words stay apart', () => {
      expect(toTerminalText('one\ttwo\r\nthree\u2028four')).toBe('one two  three four');
    });

    it('removes a zero-width no-break space (U+FEFF) rather than showing it as a space', () => {
      expect(toTerminalText('coun\ufeffcil')).toBe('council');
    });

    it('removes bidi overrides and isolates', () => {
      expect(toTerminalText('abc\u202edef\u202c \u2066x\u2069')).toBe('abcdef x');
    });

    it('keeps printable text: Cyrillic, CJK, emoji, typographic quotes', () => {
      const text = 'Лавров сказал: «Да» — 王毅 👍 “quoted”';
      expect(toTerminalText(text)).toBe(text);
    });

    it('never lets a control, escape or bidi character through (property)', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary' }), (s) => {
          expect(toTerminalText(s)).not.toMatch(UNSAFE);
        }),
      );
    });
  });

  describe('toTerminalPieces', () => {
    type Piece = { text: string; side: PieceSide };
    const pieces = (...parts: Array<[string, PieceSide]>): Piece[] => parts.map(([text, side]) => ({ text, side }));
    const clean = (list: Piece[]) => toTerminalPieces(list, (piece) => piece.side).map((piece) => `${piece.side[0]}:${piece.text}`);

    it('removes an escape sequence that a change cuts in two, leaving no remnant in either wording', () => {
      // Regression: "ESC[" ended an equal run and "31mRED" began the removed one; cleaned apart, "31m" stayed.
      expect(clean(pieces(['the text \u001b[', 'both'], ['31mRED', 'first'], ['32mGREEN', 'second'], ['\u001b[0m ALERT', 'both']))).toEqual([
        'b:the text ',
        'f:RED',
        's:GREEN',
        'b: ALERT',
      ]);
    });

    it('cleans a wording with the changes of one side only (a reference shown with its removals)', () => {
      expect(clean(pieces(['left \u001b[', 'both'], ['31m', 'first'], ['RED\u001b[0m', 'both']))).toEqual(['b:left ', 'f:', 'b:RED']);
    });

    it('cleans pieces that all belong to both as one text, and leaves safe pieces as they are', () => {
      expect(clean(pieces(['a\u001b]0;ti', 'both'], ['tle\u0007b\tc', 'both']))).toEqual(['b:a', 'b:b c']);
      const safe = pieces(['Lavrov ', 'both'], ['said', 'first']);
      expect(toTerminalPieces(safe, (piece) => piece.side)).toEqual(safe);
    });

    it('gives the same text as toTerminalText wherever a text is cut (property)', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary' }), fc.array(fc.nat()), (s, cuts) => {
          const at = [...new Set(cuts.map((cut) => cut % (s.length + 1)))].sort((x, y) => x - y);
          const parts = [0, ...at].map((from, k) => s.slice(from, [...at, s.length][k]));
          const cleaned = toTerminalPieces(parts.map((text) => ({ text })), () => 'both');
          expect(cleaned.map((piece) => piece.text).join('')).toBe(toTerminalText(s));
        }),
      );
    });
  });
});

describe('report/displayWidth', () => {
  describe('displayWidth', () => {
    it('counts columns: ASCII 1, CJK and emoji 2, combining marks 0, ANSI codes 0', () => {
      expect(displayWidth('abc')).toBe(3);
      expect(displayWidth('王毅')).toBe(4);
      expect(displayWidth('👍🏽')).toBe(2);
      expect(displayWidth('e\u0301')).toBe(1);
      expect(displayWidth('\u001b[31mred\u001b[39m')).toBe(3);
    });
  });

  describe('stripAnsi', () => {
    it('removes colour codes', () => {
      expect(stripAnsi('\u001b[1m\u001b[4mhead\u001b[24m\u001b[22m')).toBe('head');
    });
  });
});
