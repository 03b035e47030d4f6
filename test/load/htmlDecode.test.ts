/** decodeHtmlBytes (charset from BOM, header, meta; refusals) and looksLikeHtml. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeHtmlBytes, looksLikeHtml } from '../../src/load/html/index.js';
import { FIXTURES_DIR, REPO_DIR, thrown } from './helpers.js';

const HTML_FIXTURES = join(REPO_DIR, 'fixtures', 'html');

function fixtureBytes(name: string): Buffer {
  return readFileSync(join(HTML_FIXTURES, name));
}

/** Bytes from a mix of ASCII strings and raw byte values. */
function bytes(...parts: Array<string | number[]>): Uint8Array {
  return Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));
}

// "Привет" in KOI8-R and windows-1251 (Node decodes both but encodes neither).
const PRIVET_KOI8R = [0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4];
const PRIVET_1251 = [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2];

describe('load/html', () => {
  describe('decodeHtmlBytes', () => {
    it('reads an undeclared page that is not valid UTF-8 as windows-1252, as browsers in Western locales do', () => {
      expect(decodeHtmlBytes(bytes('<p>Le pr', [0xe9], 'sident parle aux d', [0xe9], 'put', [0xe9], 's ', [0x96], ' 5 ', [0x80], '</p>'), 'l.html')).toBe(
        '<p>Le président parle aux députés – 5 €</p>',
      );
      // Valid UTF-8 stays UTF-8 however few its non-ASCII bytes, and so does UTF-8 with a stray
      // Latin-1 byte: only that byte is lost.
      expect(decodeHtmlBytes(bytes('<p>pr', [0xc3, 0xa9], 'sident</p>'), 'u.html')).toBe('<p>président</p>');
      expect(decodeHtmlBytes(bytes('<p>Pr', [0xc3, 0xa9], 'sident', [0xe2, 0x80, 0x99], 's speech</p><footer>', [0xa9], ' 2024</footer>'), 'm.html')).toBe(
        '<p>Président’s speech</p><footer>\uFFFD 2024</footer>',
      );
    });

    it('decodes UTF-8 when nothing is declared, and removes a byte-order mark', () => {
      expect(decodeHtmlBytes(Buffer.from('<p>Café — «ok»</p>'), 'a.html')).toBe('<p>Café — «ok»</p>');
      expect(decodeHtmlBytes(bytes([0xef, 0xbb, 0xbf], '<p>x</p>'), 'a.html')).toBe('<p>x</p>');
    });

    it('reads <meta charset="windows-1251"> (fixture written by make-windows-1251.mjs)', () => {
      const text = decodeHtmlBytes(fixtureBytes('tass-ru-windows-1251.html'), 'ru.html');
      expect(text).toContain('<meta charset="windows-1251">');
      expect(text).toContain('МОСКВА, 18 февраля. /ТАСС/. Москва рассчитывает на продолжение диалога');
      expect(text).toContain('«Мы ждем содержательного ответа на наши предложения и готовы продолжать диалог», — сказал он.');
      expect(text).not.toContain('\uFFFD');
    });

    it('reads <meta http-equiv="Content-Type" content="…; charset=koi8-r">', () => {
      const page = bytes('<html><head><meta http-equiv="Content-Type" content="text/html; charset=KOI8-R"></head><body>', PRIVET_KOI8R, '</body></html>');
      expect(decodeHtmlBytes(page, 'k.html')).toContain('<body>Привет</body>');
    });

    it('takes the charset from the header argument when the page declares none', () => {
      const undeclared = fixtureBytes('tass-ru-undeclared.html');
      const text = decodeHtmlBytes(undeclared, 'https://tass.ru/x', 'windows-1251');
      expect(text).toContain('Песков: Москва рассчитывает на продолжение диалога');
      expect(text).not.toContain('\uFFFD');
      // Without the header its bytes are not UTF-8, so it is read as windows-1252, as a browser in a
      // Western locale would: Latin letters, not Cyrillic ("Песков" as "Ïåñêîâ").
      expect(decodeHtmlBytes(undeclared, 'https://tass.ru/x')).toContain('Ïåñêîâ');
    });

    it('prefers the header to the meta tag, and accepts quoted or mixed-case labels', () => {
      const page = bytes('<meta charset="utf-8"><p>Caf', [0xe9], '</p>');
      expect(decodeHtmlBytes(page, 'u', 'ISO-8859-1')).toBe('<meta charset="utf-8"><p>Café</p>');
      expect(decodeHtmlBytes(bytes('<p>', PRIVET_1251, '</p>'), 'u', ' "CP1251" ')).toBe('<p>Привет</p>');
    });

    it('lets a byte-order mark win over the header, as browsers do', () => {
      const page = bytes([0xef, 0xbb, 0xbf], 'caf', [0xc3, 0xa9]);
      expect(decodeHtmlBytes(page, 'u', 'windows-1251')).toBe('café');
    });

    it('decodes UTF-16 with a byte-order mark (its NUL bytes are not "binary")', () => {
      const page = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<html><body>Привет</body></html>', 'utf16le')]);
      expect(decodeHtmlBytes(page, 'le.html')).toBe('<html><body>Привет</body></html>');
    });

    it('recognises UTF-16 without a byte-order mark by its bytes, before a header or <meta> naming another charset', () => {
      const markup = '<html><head><meta charset="windows-1251"></head><body>Привет, мир: talks resume in Geneva</body></html>';
      const le = Buffer.from(markup, 'utf16le');
      expect(decodeHtmlBytes(le, 'le.html')).toBe(markup);
      expect(decodeHtmlBytes(Buffer.from(le).swap16(), 'be.html', 'iso-8859-1')).toBe(markup);
    });

    it('ignores a meta charset inside a comment or beyond the first 2 KB', () => {
      const commented = bytes('<!-- <meta charset="windows-1251"> --><p>', PRIVET_1251, '</p>');
      expect(decodeHtmlBytes(commented, 'c.html')).not.toContain('Привет');
      const late = bytes(' '.repeat(3000), '<meta charset="windows-1251"><p>', PRIVET_1251, '</p>');
      expect(decodeHtmlBytes(late, 'l.html')).not.toContain('Привет');
    });

    it('names the source and the label of an unknown character set', () => {
      const fromHeader = thrown(() => decodeHtmlBytes(Buffer.from('<p>x</p>'), 'https://example.com/a', 'klingon-8'));
      expect(fromHeader.message).toBe('https://example.com/a: unknown character set "klingon-8" (from the Content-Type header)');
      expect(fromHeader.exitCode).toBe(2);
      const fromMeta = thrown(() => decodeHtmlBytes(Buffer.from('<meta charset="bogus-1"><p>x</p>'), 'page.html'));
      expect(fromMeta.message).toBe('page.html: unknown character set "bogus-1" (from the meta tag)');
    });

    it('refuses an empty page and one of only white space', () => {
      expect(thrown(() => decodeHtmlBytes(fixtureBytes('empty.html'), 'empty.html')).message).toBe('empty.html: empty page');
      expect(thrown(() => decodeHtmlBytes(Buffer.from(' \r\n\t'), 'blank.html')).message).toBe('blank.html: empty page');
    });

    it('refuses a PDF and a binary download with one line naming the source', () => {
      const pdf = thrown(() => decodeHtmlBytes(fixtureBytes('annual-report.pdf'), 'https://example.com/report'));
      expect(pdf.message).toBe('https://example.com/report: a PDF, not a web page');
      const binary = thrown(() => decodeHtmlBytes(fixtureBytes('gzipped-page.html'), 'gzipped-page.html'));
      expect(binary.message).toBe('gzipped-page.html: binary file, not a web page');
      expect([pdf.exitCode, binary.exitCode]).toEqual([2, 2]);
    });
  });

  describe('looksLikeHtml', () => {
    it('goes by the extension of a path or URL (query and fragment ignored)', () => {
      for (const path of ['a.html', 'dir/B.HTM', 'page.xhtml', 'https://x.com/story.html?utm=1#top']) {
        expect(looksLikeHtml('plain words', path)).toBe(true);
      }
      expect(looksLikeHtml('plain words', 'article.txt')).toBe(false);
      expect(looksLikeHtml('plain words', 'https://x.com/html')).toBe(false);
    });

    it('recognises markup at the start, after a BOM, white space, comments or an XML declaration', () => {
      for (const text of [
        '<!DOCTYPE html><html>',
        '\uFEFF  \n<!doctype HTML>',
        '<html lang="en">',
        '<!-- saved from url=(0014)about:internet -->\n<html>',
        '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">',
        '<meta charset="utf-8">\n<head><title>x</title></head>',
        '<div>fragment</div><body class="x">',
      ]) {
        expect(looksLikeHtml(text), text).toBe(true);
      }
    });

    it('leaves plain-text articles alone (every fixture in fixtures/load)', () => {
      for (const name of readdirSync(FIXTURES_DIR)) {
        expect(looksLikeHtml(readFileSync(join(FIXTURES_DIR, name), 'utf8'), join('fixtures/load', name)), name).toBe(false);
      }
      expect(looksLikeHtml('Why <html> matters: a reporter explains\n\nThe body <tag> of it.')).toBe(false);
    });
  });
});

describe('load/html', () => {
  describe('decodeHtmlBytes and windows-1252', () => {
    it('reads curly quotes, dashes and the euro sign from bytes 0x80–0x9F, which Node 20 decodes as controls', () => {
      const page = Uint8Array.from([
        ...Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>'),
        0x93, ...Buffer.from('Talks'), 0x94, 0x20, 0x96, 0x20, 0x80, 0x35, 0x20, ...Buffer.from('Moscow'), 0x92, ...Buffer.from('s'),
        ...Buffer.from('</p></body></html>'),
      ]);
      const text = decodeHtmlBytes(page, 'page.html');
      expect(text).toContain('\u201CTalks\u201D \u2013 \u20AC5 Moscow\u2019s');
      expect(text).not.toMatch(/[\u0080-\u009F]/);
      expect(decodeHtmlBytes(page, 'page.html', 'iso-8859-1')).toContain('\u201CTalks\u201D');
    });
  });
});
