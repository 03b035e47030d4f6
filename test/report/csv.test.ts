import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, renderCsv } from '../../src/report/csv.js';
import type { Comparison } from '../../src/types.js';
import { options, parseCsv } from './helpers.js';
import { buildArticle, pairComparison, threeComparison } from './sample.js';

const WIDE_HEADER = ['group', 'left_outlet', 'left_file', 'left_index', 'left_text', 'right_outlet', 'right_file', 'right_index', 'right_text', 'score', 'diff', 'labels'];
const LONG_HEADER = ['group', 'article', 'outlet', 'file', 'index', 'text', 'is_base', 'score', 'diff', 'labels'];

describe('report/csv', () => {
  describe('renderCsv (wide, two articles)', () => {
    const text = renderCsv(pairComparison, options());
    const [header, ...rows] = parseCsv(text);

    it('ends every record with CRLF and has no bare LF', () => {
      expect(text.endsWith('\r\n')).toBe(true);
      expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    });

    it('writes the header in the contract order', () => {
      expect(header).toEqual(WIDE_HEADER);
      expect(text.startsWith(`${WIDE_HEADER.join(',')}\r\n`)).toBe(true);
    });

    it('writes one row per alignment, then one per unmatched sentence, all of equal length', () => {
      expect(rows).toHaveLength(5 + 4);
      for (const row of rows) expect(row).toHaveLength(WIDE_HEADER.length);
      expect(rows.map((row) => row[0])).toEqual(['1', '2', '3', '4', '5', '', '', '', '']);
    });

    it('puts the base on the left, joins indices with ;, writes the right member\'s diff in notation', () => {
      expect(rows[1]).toEqual([
        '2', 'TASS', 'tass.txt', '1',
        'The ministers will discuss the situation around Ukraine and preparations for the upcoming summit.',
        'Sputnik', 'sputnik.txt', '1;2',
        'The sides are expected to discuss the Ukrainian crisis. They will also prepare for the upcoming summit.',
        '0.64',
        'The [-ministers will-]{+sides are expected to+} discuss the [-situation around Ukraine and preparations-]{+Ukrainian crisis. They will also prepare+} for the upcoming summit.',
        '',
      ]);
    });

    it('round-trips commas and double quotes', () => {
      expect(rows[4]![4]).toBe('"We are satisfied with the pace of our cooperation," he told reporters.');
      expect(text).toContain('"""We are satisfied with the pace of our cooperation,"" he told reporters."');
    });

    it('leaves the other side, group, score, diff and labels empty on unmatched rows', () => {
      expect(rows[5]).toEqual(['', 'TASS', 'tass.txt', '5', "'-15% was the change in EU imports of Russian goods last year, according to Eurostat.", '', '', '', '', '', '', '']);
      expect(rows[8]).toEqual(['', '', '', '', '', 'Sputnik', 'sputnik.txt', '7', 'Wang Yi arrived in Moscow on Monday evening.', '', '', '']);
    });

    it('guards text cells against formulas with a leading apostrophe', () => {
      expect(rows[5]![4]!.startsWith("'-15%")).toBe(true);
      // The diff of alignment 4 starts with an added run: "{+" is not a formula start, so it stays unguarded.
      expect(rows[3]![10]!.startsWith('{+According to +}Lavrov')).toBe(true);
    });

    it('strips escape sequences and control characters from article text (CSV is often printed to a terminal)', () => {
      expect(rows[7]![8]).toBe('Sputnik has learned that the delegation includes energy officials.');
      expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e]/);
    });

    it('adds a byte-order mark only when asked', () => {
      expect(text.startsWith('\ufeff')).toBe(false);
      const withBom = renderCsv(pairComparison, options({ bom: true }));
      expect(withBom).toBe(`\ufeff${text}`);
    });
  });

  describe('renderCsv (long)', () => {
    it('is used for three articles, with one row per member, then per unmatched sentence', () => {
      const text = renderCsv(threeComparison, options());
      expect(text).toBe(
        [
          LONG_HEADER.join(','),
          '1,tass,TASS,tass.txt,0,Lavrov met Wang Yi in Moscow on Tuesday.,true,0.88,Lavrov met Wang Yi in Moscow on Tuesday.,',
          '1,sputnik,Sputnik,sputnik.txt,0,Lavrov met Wang Yi in Moscow.,false,0.88,Lavrov met Wang Yi in Moscow[- on Tuesday-].,',
          '1,rg,Rossiyskaya Gazeta,https://rg.ru/2024/03/05/lavrov.html,0,Sergey Lavrov met Wang Yi in Moscow on Tuesday.,false,0.88,{+Sergey +}Lavrov met Wang Yi in Moscow on Tuesday.,',
          '2,sputnik,Sputnik,sputnik.txt,1,Wang Yi arrived on Monday.,false,0.8,Wang Yi arrived on Monday.,',
          '2,rg,Rossiyskaya Gazeta,https://rg.ru/2024/03/05/lavrov.html,1,Wang Yi arrived late on Monday.,false,0.8,Wang Yi arrived {+late +}on Monday.,',
          ',tass,TASS,tass.txt,1,They discussed Ukraine.,,,,',
          ',rg,Rossiyskaya Gazeta,https://rg.ru/2024/03/05/lavrov.html,2,The talks lasted three hours.,,,,',
          '',
        ].join('\r\n'),
      );
    });

    it('is used for two articles when csvShape is long', () => {
      const [header, ...rows] = parseCsv(renderCsv(pairComparison, options({ csvShape: 'long' })));
      expect(header).toEqual(LONG_HEADER);
      expect(rows).toHaveLength(10 + 4);
      expect(rows[2]).toEqual(['2', 'tass', 'TASS', 'tass.txt', '1', pairComparison.articles[0]!.sentences[1]!.text, 'true', '0.64', pairComparison.articles[0]!.sentences[1]!.text, '']);
      expect(rows[3]!.slice(0, 5)).toEqual(['2', 'sputnik', 'Sputnik', 'sputnik.txt', '1;2']);
      expect(rows[10]).toEqual(['', 'tass', 'TASS', 'tass.txt', '5', "'-15% was the change in EU imports of Russian goods last year, according to Eurostat.", '', '', '', '']);
    });

    it('guards every cell that comes from the input, outlets, files and ids too, and leaves numbers and standard input\'s - alone', () => {
      // Regression: an outlet from a page's og:site_name reached the CSV as a live formula.
      const evil = buildArticle({
        id: '=cmd', source: '@evil.html', outlet: '=HYPERLINK("http://evil.example","Click")', title: '+title', url: null, author: '-author', date: null, published: null,
        paragraphs: [['Lavrov met Wang Yi in Moscow on Tuesday.']],
      });
      const plain = buildArticle({ id: 'stdin', source: '-', outlet: null, title: null, url: null, author: null, date: null, published: null, paragraphs: [['Lavrov met Wang Yi in Moscow.']] });
      const diff = [{ op: 'equal' as const, text: 'Lavrov met Wang Yi in Moscow' }, { op: 'removed' as const, text: ' on Tuesday', label: 'number' as const }, { op: 'equal' as const, text: '.' }];
      const comparison: Comparison = {
        ...threeComparison,
        base: evil.id,
        articles: [evil, plain],
        alignments: [{ id: 1, score: 0.88, reference: evil.id, verdict: 'substantive', members: [
          { article: evil.id, sentences: [0], text: evil.sentences[0]!.text, diff: [{ op: 'equal', text: evil.sentences[0]!.text }] },
          { article: plain.id, sentences: [0], text: plain.sentences[0]!.text, diff },
        ] }],
        unmatched: [],
      };
      const [, wide] = parseCsv(renderCsv(comparison, options()));
      expect(wide!.slice(0, 4)).toEqual(['1', '\'=HYPERLINK("http://evil.example","Click")', "'@evil.html", '0']);
      expect(wide!.slice(5, 8)).toEqual(['', '-', '0']);
      expect(wide![9]).toBe('0.88');
      const long = parseCsv(renderCsv(comparison, options({ csvShape: 'long' })));
      expect(long[1]!.slice(0, 5)).toEqual(['1', "'=cmd", '\'=HYPERLINK("http://evil.example","Click")', "'@evil.html", '0']);
      expect(long[2]!.slice(0, 4)).toEqual(['1', 'stdin', '', '-']);
    });

    it('writes a null outlet as an empty cell', () => {
      const anonymous = buildArticle({ id: 'blog', source: 'blog.txt', outlet: null, title: null, url: null, author: null, date: null, published: null, paragraphs: [['=HYPERLINK("x") is a formula.']] });
      const comparison: Comparison = {
        ...threeComparison,
        articles: [...threeComparison.articles, anonymous],
        unmatched: [...threeComparison.unmatched, { article: 'blog', sentences: [0], text: anonymous.sentences[0]!.text }],
      };
      const rows = parseCsv(renderCsv(comparison, options()));
      expect(rows.at(-1)).toEqual(['', 'blog', '', 'blog.txt', '0', '\'=HYPERLINK("x") is a formula.', '', '', '', '']);
    });
  });

  describe('csvField', () => {
    it('quotes only fields that need it', () => {
      expect(csvField('plain')).toBe('plain');
      expect(csvField('a,b')).toBe('"a,b"');
      expect(csvField('say "hi"')).toBe('"say ""hi"""');
      expect(csvField('line\nbreak')).toBe('"line\nbreak"');
      expect(csvField('cr\r')).toBe('"cr\r"');
    });

    it('round-trips any string through an RFC 4180 parser (property)', () => {
      fc.assert(
        fc.property(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 5 }), (fields) => {
          const line = `${fields.map(csvField).join(',')}\r\n`;
          expect(parseCsv(line)).toEqual([fields]);
        }),
      );
    });
  });
});

