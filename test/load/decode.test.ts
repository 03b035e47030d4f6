import { readFileSync } from 'node:fs';
import { totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/load/index.js';
import { firstInvalidUtf8, MAX_TEXT_LENGTH, utf16WithoutBom } from '../../src/load/decode.js';
import { decodeHtmlBytes } from '../../src/load/html/decode.js';
import { BYTE_FIXTURES, FIXTURES_DIR, REPO_DIR, blockTexts, loadFixture, thrown } from './helpers.js';

const fixture = (name: string) => readFileSync(join(FIXTURES_DIR, name));
const utf16le = (text: string) => Buffer.from(text, 'utf16le');
const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();

/** Seeded bytes (mulberry32), so a failure can be replayed. */
function randomBytes(length: number, seed: number): Uint8Array {
  let state = seed >>> 0;
  const bytes = new Uint8Array(length);
  for (let k = 0; k < length; k++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    bytes[k] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return bytes;
}

describe('load', () => {
  describe('decodeBytes', () => {
    it('decodes UTF-8 and keeps CRLF line ends', () => {
      expect(decodeBytes(Buffer.from('Café\r\nMüller\n'), 'a.txt')).toBe('Café\r\nMüller\n');
    });

    it('removes a UTF-8 byte-order mark', () => {
      const text = decodeBytes(BYTE_FIXTURES.bomCrlf, 'bom.txt');
      expect(text.charCodeAt(0)).not.toBe(0xfeff);
      expect(text.startsWith('Headline on two systems\r\n')).toBe(true);
    });

    it('decodes UTF-16 with a byte-order mark', () => {
      const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hello, мир\n', 'utf16le')]);
      expect(decodeBytes(le, 'le.txt')).toBe('Hello, мир\n');
    });

    it('refuses a text longer than one string can hold as too large, measured in UTF-16 code units', () => {
      // Each of these is 4 bytes of UTF-8 and 2 code units: 12 bytes, 6 units.
      const clefs = Buffer.from('𝄞𝄞𝄞');
      expect(decodeBytes(clefs, 'clefs.txt', { maxLength: 6 })).toBe('𝄞𝄞𝄞');
      expect(thrown(() => decodeBytes(clefs, 'clefs.txt', { maxLength: 5 })).message).toBe(
        'clefs.txt: too large: its text is 6 characters long and one input can hold at most 5; split it into smaller files',
      );
      // 20 bytes, 10 characters: more bytes than the limit is not yet too large.
      const accents = Buffer.from('éééééééééé');
      expect(decodeBytes(accents, 'accents.txt', { maxLength: 10 })).toBe('éééééééééé');
      expect(thrown(() => decodeBytes(accents, 'accents.txt', { maxLength: 9 })).message).toMatch(/^accents\.txt: too large: its text is 10 characters/);
      expect(thrown(() => decodeBytes(accents, 'accents.txt', { maxLength: 19, encoding: 'windows-1252' })).message).toMatch(/its text is 20 characters/);
      const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('abcd', 'utf16le')]);
      expect(decodeBytes(utf16, 'u.txt', { maxLength: 4 })).toBe('abcd');
      expect(thrown(() => decodeBytes(utf16, 'u.txt', { maxLength: 3 })).message).toMatch(/its text is 4 characters/);
    });

    // Half a gigabyte, as the engine's real limit: a test of the engine's limit itself, not a stand-in.
    it.skipIf(totalmem() < 4 * 2 ** 30)('reports valid text beyond the engine\'s string limit as too large, not as bad UTF-8, in every decoder', () => {
      const huge = Buffer.alloc(MAX_TEXT_LENGTH + 1, 0x61);
      const tooLarge = `too large: its text is ${(MAX_TEXT_LENGTH + 1).toLocaleString('en-US')} characters long and one input can hold at most ${MAX_TEXT_LENGTH.toLocaleString('en-US')}`;
      // Regression: "not valid UTF-8".
      expect(thrown(() => decodeBytes(huge, 'huge.txt')).message).toMatch(`huge.txt: ${tooLarge}`);
      // Node's single-byte decoder aborts the whole process on such input: it must never be reached.
      expect(thrown(() => decodeBytes(huge, 'huge.txt', { encoding: 'windows-1252' })).message).toMatch(`huge.txt: ${tooLarge}`);
      expect(thrown(() => decodeHtmlBytes(huge, 'huge.html', 'windows-1252')).message).toMatch(`huge.html: ${tooLarge}`);
      expect(thrown(() => decodeHtmlBytes(huge, 'huge.html')).message).toMatch(`huge.html: ${tooLarge}`);
    });

    describe('UTF-16 without a byte-order mark', () => {
      // Regression: such a file was refused as "binary file, not text" for its NUL bytes.
      it('decodes a UTF-16LE file without a byte-order mark (fixtures/load/utf16le-no-bom.txt) as its UTF-8 original', () => {
        expect(decodeBytes(fixture('utf16le-no-bom.txt'), 'utf16le-no-bom.txt')).toBe(fixture('reuters-dateline.txt').toString('utf8'));
        expect(blockTexts(loadFixture('utf16le-no-bom.txt'))).toEqual(blockTexts(loadFixture('reuters-dateline.txt')));
      });

      it('tells the byte order, for English, Russian and Chinese text, and over a surrogate pair cut at the probe\'s end', () => {
        const russian = fixture('cyrillic-article.txt').toString('utf8');
        const chinese = '新华社北京2月18日电 外交部发言人18日在例行记者会上表示，中方愿同各方一道努力。\n\n双方同意继续对话。\n';
        const english = 'Talks resume\n\nThe sides met on Monday, officials said.\n';
        for (const text of [english, russian, chinese]) {
          expect(decodeBytes(utf16le(text), 'le.txt')).toBe(text);
          expect(decodeBytes(utf16be(text), 'be.txt')).toBe(text);
        }
        // 4095 units, then an emoji whose pair straddles the 8192-byte probe.
        const long = `${'Word and word. '.repeat(273)}😀 end.\n`;
        expect(long.indexOf('😀')).toBe(4095);
        expect(decodeBytes(utf16le(long), 'long.txt')).toBe(long);
      });

      it('wins over a single-byte --encoding, as a byte-order mark does (such text has no NUL bytes)', () => {
        expect(decodeBytes(utf16le('Мир и Café\n'), 'a.txt', { encoding: 'windows-1251' })).toBe('Мир и Café\n');
      });

      it('names the file when its bytes past the probed start are not UTF-16', () => {
        // A lone low surrogate after 11,400 bytes of text.
        const bad = Buffer.concat([utf16le(`A headline\n\n${'The body sentence. '.repeat(300)}`), Buffer.from([0x00, 0xdc])]);
        expect(thrown(() => decodeBytes(bad, 'bad.txt')).message).toBe('bad.txt: not valid UTF-16LE though it starts like UTF-16 without a byte-order mark');
      });

      it('still refuses images, archives, audio, UTF-32 and random bytes as binary', () => {
        const binary = 'binary file, not text';
        const text = fixture('reuters-dateline.txt');
        const png = readFileSync(join(REPO_DIR, 'fixtures', 'cli', 'image.png'));
        // A zip's local header, then the file stored uncompressed: NUL bytes at both parities.
        const zip = Buffer.concat([Buffer.from('504b0304140000000000', 'hex'), Buffer.alloc(16), Buffer.from('0c000000612e747874', 'hex'), text]);
        // Quiet 16-bit audio: every high byte 0x00 or 0xFF, as in UTF-16LE text, but its low bytes are controls too.
        const pcm = Buffer.alloc(4000);
        for (let k = 0; k < 2000; k++) pcm.writeInt16LE(Math.round(200 * Math.sin(k / 7)), 2 * k);
        // Random bytes, and random bytes with every odd byte NUL (ASCII-range units, but no text).
        const noisy = [64, 1000, 8192, 20000].flatMap((length, seed) => {
          const spaced = randomBytes(length, seed + 100);
          for (let k = 1; k < length; k += 2) spaced[k] = 0;
          return [randomBytes(length, seed), spaced];
        });
        const utf32 = Buffer.from(Uint32Array.from([...'A headline\n\nThe body.\n'].map((c) => c.codePointAt(0) ?? 0)).buffer);
        for (const bytes of [png, zip, gzipSync(text), pcm, utf32, ...noisy]) {
          expect(utf16WithoutBom(bytes)).toBeNull();
          expect(thrown(() => decodeBytes(bytes, 'f.bin')).message).toMatch(/^f\.bin: (?:binary file, not text|not valid UTF-8)/);
        }
        expect(thrown(() => decodeBytes(png, 'image.png')).message).toBe(`image.png: ${binary}`);
      });
    });

    it('refuses empty input and input that is only white space, naming the source', () => {
      for (const bytes of [BYTE_FIXTURES.empty, BYTE_FIXTURES.blank]) {
        const error = thrown(() => decodeBytes(bytes, 'empty.txt'));
        expect(error.message).toMatch(/^empty\.txt: empty input/);
        expect(error.exitCode).toBe(2);
      }
    });

    it('refuses a binary file (NUL bytes, or mostly control characters)', () => {
      expect(thrown(() => decodeBytes(BYTE_FIXTURES.binary, 'img.png')).message).toBe('img.png: binary file, not text');
      expect(thrown(() => decodeBytes(BYTE_FIXTURES.controls, 'ctl.bin')).message).toBe('ctl.bin: binary file, not text');
    });

    it('refuses Latin-1 text, naming the first bad byte and its offset', () => {
      const error = thrown(() => decodeBytes(BYTE_FIXTURES.latin1, 'latin1.txt'));
      expect(error.message).toMatch(/^latin1\.txt: not valid UTF-8 \(byte 0xE9 at offset 3\)/);
      expect(error.message).not.toContain('\n');
      expect(error.exitCode).toBe(2);
    });
  });

  describe('decodeBytes with --encoding', () => {
    it('reads Windows-1252 (and latin1, read as it) with curly quotes and dashes, not C1 controls', () => {
      // "Café" – “talks” in windows-1252: é = 0xE9, – = 0x96, “ = 0x93, ” = 0x94.
      const bytes = Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x93, 0x74, 0x61, 0x6c, 0x6b, 0x73, 0x94]);
      expect(decodeBytes(bytes, 'a.txt', { encoding: 'windows-1252' })).toBe('Café – “talks”');
      expect(decodeBytes(bytes, 'a.txt', { encoding: 'latin1' })).toBe('Café – “talks”');
    });

    it('reads Windows-1251 Cyrillic', () => {
      // "Мир" in windows-1251.
      expect(decodeBytes(Uint8Array.from([0xcc, 0xe8, 0xf0]), 'a.txt', { encoding: 'windows-1251' })).toBe('Мир');
    });

    it('lets a byte-order mark win over the encoding named', () => {
      const utf8 = Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from('Мир', 'utf8')]);
      expect(decodeBytes(utf8, 'a.txt', { encoding: 'windows-1251' })).toBe('Мир');
    });

    it('still refuses binary input, and suggests --encoding for bytes that are not UTF-8', () => {
      expect(thrown(() => decodeBytes(Uint8Array.from([0x41, 0x00, 0x42]), 'b.bin', { encoding: 'latin1' })).message).toMatch(/binary/);
      expect(thrown(() => decodeBytes(BYTE_FIXTURES.latin1, 'latin1.txt')).message).toMatch(/--encoding \(latin1, windows-1252, windows-1251\)/);
    });
  });

  describe('firstInvalidUtf8', () => {
    it('finds overlong forms, surrogates, truncated sequences and stray continuation bytes', () => {
      expect(firstInvalidUtf8(Buffer.from('ok €😀'))).toBe(-1);
      expect(firstInvalidUtf8(Uint8Array.from([0x41, 0xc0, 0xaf]))).toBe(1); // overlong "/"
      expect(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0); // a surrogate
      expect(firstInvalidUtf8(Uint8Array.from([0x41, 0x42, 0xe2, 0x82]))).toBe(2); // cut short
      expect(firstInvalidUtf8(Uint8Array.from([0x41, 0x80]))).toBe(1); // lone continuation
      expect(firstInvalidUtf8(Uint8Array.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // above U+10FFFF
    });
  });
});
