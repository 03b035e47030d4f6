import { describe, expect, it } from 'vitest';
import { parseCsv } from './helpers.js';

// The reporter tests lean on this parser, so it is tested first.
describe('test helper parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('a,"b,c","say ""hi""","x\r\ny"\r\n,,\r\n')).toEqual([
      ['a', 'b,c', 'say "hi"', 'x\r\ny'],
      ['', '', ''],
    ]);
  });

  it('rejects a bare LF between records and a stray quote', () => {
    expect(() => parseCsv('a,b\nc,d\r\n')).toThrow(/unexpected/);
    expect(() => parseCsv('a"b\r\n')).toThrow(/quote/);
    expect(() => parseCsv('"ab\r\n')).toThrow(/unterminated/);
  });
});
