/**
 * The loader's covering promise, as a property: every non-white-space character of the
 * text lies in exactly one block or one removed piece, spans are trimmed and ordered, and
 * each removed piece's text is its span with white space collapsed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listCorpus, loadArticleText } from '../../src/load/index.js';
import { corpusText, coverageProblems } from './helpers.js';

const SEED_LINES = listCorpus().flatMap(({ id }) => corpusText(id).split(/\r?\n/));

/** Lines that trip the chrome rules, the stamps, the datelines and the heading rules. */
const CHROME_LINES = [
  'Home » The Foreign Ministry rejected the possibility',
  'The Foreign Ministry rejected the possibility',
  'Home › World › Europe',
  'by alex',
  'By Jane Doe and John Roe',
  'Photo: AP',
  '© Sputnik / Press service\u00a0/\u00a0 Go to the mediabankCaption.',
  '- Sputnik International, 1920, 13.01.2022',
  'A caption. - Sputnik International, 1920, 18.02.2022',
  ' date 2022-02-18 MOSCOW, February 18. /TASS/. Russia hopes.',
  'WASHINGTON (Reuters) - The lede.',
  'LONDON, March 3, 2022 (AP) —',
  'Relations are at a low level – Rossiyskaya Gazeta',
  'Talks resume | Example News',
  'Заголовок открываемого материала',
  'Published: 18 February 2022, 14:05',
  'Posted: 2022-01-12T15:30:00+01:00',
  'Published: Mon, 21 Feb 2022 23:42:00 +0000',
  '2022-02-21 23:42 UTC',
  'Srinagar (Jammu and Kashmir) [India], March 21 (ANI): The lede.',
  '"Escalation for the sake of de-escalation"',
  '• A list item',
  '1. A numbered item',
  'To participate in the discussion',
  'log in or register',
  'Leave a Reply',
  'Share this article',
  'Read more: elsewhere',
  '(Reporting by Jane Doe; Editing by John Smith)',
  '**By Jane Doe**',
  '## **Talks stall**',
  '**UPDATE:** Adds comment from the mayor.',
  '**KYIV, Ukraine (AP)** — The lede with *emphasis* and __more__.',
  '_Reporting by Jane Doe; Editing by John Smith_',
  '*NSYNC played 5 * 3 songs. *',
];

const SEPARATORS = ['\n', '\r\n', '\n\n', '\r\n\r\n', '\r', '\u2028', '\n \u00a0\n', '\n\t\n'];
const PADDING = ['', ' ', '  ', '\u00a0', '\t', '\ufeff', '\u2003'];

/** Characters that matter to the rules, plus a lone surrogate. */
const TRICKY_CHAR = fc.constantFrom(
  ' ', '\u00a0', '\n', '\r', 'a', 'A', 'Я', '.', '"', '“', '»', '-', '–', '|', '©', '/', '1', ':', '(', ')', '\ud800', '😀', '*', '**', '_',
);

const line = fc.oneof(
  fc.constantFrom(...SEED_LINES),
  fc.constantFrom(...CHROME_LINES),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: TRICKY_CHAR, maxLength: 60 }),
);

const paddedLine = fc
  .tuple(fc.constantFrom(...PADDING), line, fc.constantFrom(...PADDING))
  .map(([before, text, after]) => before + text + after);

const article = fc
  .array(fc.tuple(paddedLine, fc.constantFrom(...SEPARATORS)), { maxLength: 25 })
  .map((parts) => parts.map(([text, sep]) => text + sep).join(''));

describe('load', () => {
  describe('coverageProblems (the test oracle)', () => {
    it('notices an uncovered character, an overlap and a piece text that differs', () => {
      const base = loadArticleText('Title Line\n\nBody text.\n\nLeave a Reply', { id: 'o', source: 'o' });
      expect(coverageProblems(base)).toEqual([]);
      expect(coverageProblems({ ...base, blocks: base.blocks.slice(1) })).not.toEqual([]);
      expect(coverageProblems({ ...base, blocks: [...base.blocks, base.blocks[0]] })).not.toEqual([]);
      expect(coverageProblems({ ...base, removed: [{ ...base.removed[0], text: 'Leave' }] })).not.toEqual([]);
    });
  });

  describe('loadArticleText', () => {
    it('covers every non-white-space character exactly once (property, mixed lines)', () => {
      fc.assert(
        fc.property(article, (text) => {
          const loaded = loadArticleText(text, { id: 'p', source: 'p' });
          expect(loaded.text).toBe(text);
          expect(coverageProblems(loaded)).toEqual([]);
        }),
        { numRuns: 400, seed: 20220218 },
      );
    });

    it('covers every non-white-space character exactly once (property, arbitrary text)', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
          expect(coverageProblems(loadArticleText(text, { id: 'p', source: 'p' }))).toEqual([]);
        }),
        { numRuns: 300, seed: 20220112 },
      );
    });

    it('covers the seeds with their lines shuffled (property)', () => {
      fc.assert(
        fc.property(fc.shuffledSubarray(SEED_LINES, { minLength: 1 }), (lines) => {
          const text = lines.join('\n\n');
          expect(coverageProblems(loadArticleText(text, { id: 'p', source: 'p' }))).toEqual([]);
        }),
        { numRuns: 100, seed: 1920 },
      );
    });
  });
});
