/** idForUrl and isUrlArgument: the contract's id rule for URL inputs. */
import { describe, expect, it } from 'vitest';
import { OutletdiffError } from '../../src/errors.js';
import { idForUrl, isUrlArgument } from '../../src/load/fetch/index.js';

describe('load/fetch', () => {
  describe('idForUrl', () => {
    it.each([
      ['https://tass.com/politics/1406245', 'tass-com-1406245'],
      ['https://www.example.org/news/', 'example-org-news'],
      ['https://example.org', 'example-org'],
      ['https://example.org/', 'example-org'],
      ['https://www.example.org//', 'example-org'],
      ['HTTPS://WWW.Reuters.COM/World/Europe/Kremlin-Talks-2022-02-18/', 'reuters-com-kremlin-talks-2022-02-18'],
      ['https://tass.com/politics/1406245?utm_source=google&utm_medium=rss#comments', 'tass-com-1406245'],
      ['https://ria.ru/20220218/peregovory-1774000.html', 'ria-ru-peregovory-1774000-html'],
      ['https://www.bbc.co.uk/news/world-europe-60439181', 'bbc-co-uk-world-europe-60439181'],
      ['http://localhost:8080/a_b.c', 'localhost-a-b-c'],
    ])('%s → %s', (url, id) => {
      expect(idForUrl(url)).toBe(id);
    });

    it('keeps only the last non-empty segment, not a "www." inside the host', () => {
      expect(idForUrl('https://news.www.example.org/a/b/c/')).toBe('news-www-example-org-c');
    });

    it('decodes percent-escapes so a Cyrillic slug stays readable', () => {
      expect(idForUrl('https://ria.ru/%D0%9D%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8')).toBe('ria-ru-новости');
      expect(idForUrl('https://example.org/100%-sure')).toBe('example-org-100-sure');
    });

    it('throws an OutletdiffError naming a string that is not a URL', () => {
      expect(() => idForUrl('http://')).toThrow(new OutletdiffError('http://: not a valid URL'));
    });
  });

  describe('isUrlArgument', () => {
    it.each([
      ['https://tass.com/politics/1406245', true],
      ['http://example.org', true],
      ['HTTPS://EXAMPLE.ORG/', true],
      ['Http://example.org', true],
      ['ftp://example.org/a.txt', false],
      ['tass.com/politics/1406245', false],
      ['articles/https.txt', false],
      ['https:/missing-slash', false],
      ['-', false],
    ])('%s → %s', (arg, expected) => {
      expect(isUrlArgument(arg)).toBe(expected);
    });
  });
});
