import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCRIPTS } from '../../src/load/rules.js';
import { collapse, countScripts, lineBefore, lineWithout, sameTextKey, splitLines, spanOf, trimSpan, wordCount } from '../../src/load/text.js';
import { trimSpan as segmentTrimSpan } from '../../src/segment/segmentText.js';

describe('load', () => {
  describe('sameTextKey', () => {
    it('ignores case, quote and dash forms, white space and final punctuation', () => {
      expect(sameTextKey('“Russia’s  Talks” — Resume.')).toBe(sameTextKey('"russia\'s talks" - resume'));
      expect(sameTextKey('Will the talks resume?')).toBe(sameTextKey('Will the talks resume'));
    });

    it('keeps words and inner punctuation', () => {
      expect(sameTextKey('Talks resume')).not.toBe(sameTextKey('Talks resumed'));
      expect(sameTextKey('Russia: NATO')).not.toBe(sameTextKey('Russia NATO'));
    });
  });

  describe('sameTextKey in other scripts', () => {
    it('ignores a final mark of any script', () => {
      expect(sameTextKey('制裁何时结束？')).toBe(sameTextKey('制裁何时结束'));
      expect(sameTextKey('पानी भर गया।')).toBe(sameTextKey('पानी भर गया'));
    });
  });

  describe('wordCount', () => {
    it('counts space-separated words, punctuation tokens included', () => {
      expect(wordCount('')).toBe(0);
      expect(wordCount('Talks resume — in Vienna')).toBe(5);
      expect(wordCount('दिल्ली में भारी बारिश')).toBe(4);
    });

    it('counts the words of a script written without spaces, so its lines meet the same limits', () => {
      // 中国|外交部|反对|单边|制裁, as the segmenter's dictionary reads it.
      expect(wordCount('中国外交部反对单边制裁')).toBeGreaterThanOrEqual(4);
      expect(wordCount('中国外交部反对单边制裁')).toBeLessThanOrEqual(6);
      expect(wordCount('返回顶部')).toBeGreaterThan(1);
      expect(wordCount('新华社北京3月7日电 外交部发言人表示')).toBeGreaterThan(wordCount('外交部发言人表示'));
      // A long run is counted in windows: about its words, at linear cost.
      expect(wordCount('中国外交部反对单边制裁'.repeat(200))).toBeGreaterThanOrEqual(800);
    });
  });

  describe('white space', () => {
    // The loader and the sentence splitter must agree on what white space is, or spans
    // trimmed by one are untrimmed for the other.
    const text = '\u0085\u00a0 word \u2003\u0085';

    it('trims the same set as the sentence splitter, U+0085 included', () => {
      expect(trimSpan(text, 0, text.length)).toEqual(segmentTrimSpan(text, 0, text.length));
      expect(text.slice(trimSpan(text, 0, text.length).start, trimSpan(text, 0, text.length).end)).toBe('word');
    });

    it('collapses U+0085 and non-breaking spaces inside a line', () => {
      expect(collapse('a\u0085b\u00a0\u00a0c ')).toBe('a b c');
      expect(splitLines('Two\u0085words').map((line) => line.text)).toEqual(['Two words']);
    });
  });
});

describe('load/text countScripts', () => {
  /** Letter by letter: the first listed script that matches, else `other`; in order of first appearance. */
  function reference(s: string, scripts: readonly string[]): Array<[string, number]> {
    const counts = new Map<string, number>();
    for (const ch of s) {
      if (!/\p{L}/u.test(ch)) continue;
      const name = scripts.find((script) => new RegExp(`\\p{Script=${script}}`, 'u').test(ch)) ?? 'other';
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    return [...counts];
  }

  it('counts letters per script in order of first appearance, as letter-by-letter testing does (property)', () => {
    const unit = fc.constantFrom('a', 'Z', 'é', 'ж', 'Ж', 'α', '中', '𠀀', '𐌰', 'ש', 'ا', 'ⴰ', 'ʃ', ' ', '1', '.', '’', '😀');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }).map((units) => units.join('')), (s) => {
        expect([...countScripts(s, SCRIPTS)]).toEqual(reference(s, SCRIPTS));
      }),
    );
  });
});

describe('load/text lineBefore', () => {
  it('cuts a line before an index, without the white space there, keeping its offsets in the text', () => {
    const text = 'The  minister\u00a0said. (ANI)\n';
    const [line] = splitLines(text);
    const head = lineBefore(line, line.text.indexOf('('));
    expect(head.text).toBe('The minister said.');
    expect(text.slice(head.start, head.end)).toBe('The  minister\u00a0said.');
    const span = spanOf(head, 4, head.text.length, text);
    expect(span && text.slice(span.start, span.end)).toBe('minister\u00a0said.');
    expect(lineBefore(line, 0).text).toBe('');
  });

  it('keeps the characters a line was read without with their word (Markdown marks)', () => {
    const text = 'It ended in *May*. (ANI)';
    const [line] = splitLines(text);
    const marks = [text.indexOf('*'), text.lastIndexOf('*')];
    const read = lineWithout(line, new Set([marks[0]]), new Set([marks[1]]));
    expect(read.text).toBe('It ended in May. (ANI)');
    const head = lineBefore(read, read.text.indexOf(' ('));
    expect(head.text).toBe('It ended in May.');
    expect(text.slice(head.start, head.end)).toBe('It ended in *May*.');
  });
});
