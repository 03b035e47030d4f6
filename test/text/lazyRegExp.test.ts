import { describe, expect, it } from 'vitest';
import { lazyRegExp } from '../../src/text/lazyRegExp.js';

describe('lazyRegExp', () => {
  it('matches as the regular expression it stands for, built once', () => {
    const pattern = lazyRegExp('^(?<city>\\p{Lu}+), (?<month>\\p{L}+)', 'u');
    expect(pattern.exec('MOSCOW, January 12. /TASS/.')?.groups).toEqual({ city: 'MOSCOW', month: 'January' });
    expect(pattern.test('moscow, January')).toBe(false);
    expect(pattern.regExp).toBe(pattern.regExp);
    expect(pattern.regExp.flags).toBe('u');
  });

  it('takes no flag that would carry a position from one text to the next', () => {
    expect(() => lazyRegExp('a', 'g')).toThrow(/no g or y flag/);
    expect(() => lazyRegExp('a', 'uy')).toThrow(/no g or y flag/);
  });

  it('reports a malformed pattern when first used, as RegExp would when built', () => {
    const pattern = lazyRegExp('(unclosed');
    expect(() => pattern.test('x')).toThrow(SyntaxError);
  });
});
