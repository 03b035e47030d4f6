import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth, stripAnsi } from '../../src/report/displayWidth.js';
import { toTerminalText } from '../../src/report/terminalText.js';

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
