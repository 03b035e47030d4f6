/**
 * loadArticleText on other sites' chrome (fixtures/load) and on the heading and
 * metadata rules' edge cases.
 */
import { describe, expect, it } from 'vitest';
import { decodeBytes, loadArticleText } from '../../src/load/index.js';
import { compareArticles } from '../../src/compare.js';
import { splitSentences } from '../../src/segment/index.js';
import { BYTE_FIXTURES, blockTexts, corpusText, coverageProblems, loadFixture, removedPairs } from './helpers.js';

function load(text: string) {
  return loadArticleText(text, { id: 'x', source: 'x.txt' });
}

describe('load', () => {
  describe('loadArticleText', () => {
    describe('other sites (fixtures/load)', () => {
      it('reads a Reuters-style page: byline, reading time, dateline, reporting credit', () => {
        const article = loadFixture('reuters-dateline.txt');
        expect(removedPairs(article)).toEqual([
          ['byline', 'By Jane Doe'],
          ['reading time', '3 Min Read'],
          ['dateline', 'WASHINGTON (Reuters) -'],
          ['reporting credit', '(Reporting by Jane Doe; Editing by John Smith)'],
        ]);
        expect(blockTexts(article)).toEqual([
          'U.S. and allies weigh new sanctions on Moscow',
          'The United States and its allies are weighing new sanctions against Russia, officials said on Friday.',
          'The measures could target banks and energy exports, two people familiar with the talks said.',
          '"We are ready to act quickly," a senior official told reporters.',
        ]);
        expect(article).toMatchObject({
          outlet: 'Reuters',
          author: 'Jane Doe',
          title: 'U.S. and allies weigh new sanctions on Moscow',
          date: null, // the dateline gives no year
        });
        expect(coverageProblems(article)).toEqual([]);
      });

      it('reads an AP dateline with a year as outlet and date', () => {
        const article = loadFixture('ap-dateline-year.txt');
        expect(removedPairs(article)).toEqual([['dateline', 'LONDON, March 3, 2022 (AP) —']]);
        expect(blockTexts(article)[0]).toBe('British officials said Thursday they would send more aid to the region.');
        expect(article).toMatchObject({ outlet: 'Associated Press', date: '2022-03-03', title: null });
      });

      it('reads a news-site page: share, read-more, related, social, ad, copyright, lists', () => {
        const article = loadFixture('news-site-page.txt');
        expect(removedPairs(article)).toEqual([
          ['breadcrumb', 'Home › World › Europe'],
          ['outlet suffix', '| Example News'],
          ['date stamp', 'Published: 18 February 2022, 14:05'],
          ['byline', 'By Maria Petrova and John Roe'],
          ['photo credit', 'Photo: AP'],
          ['share prompt', 'Share this article'],
          ['navigation', 'Read more: Why the talks stalled last month'],
          ['navigation', 'Related'],
          ['share prompt', 'Facebook Twitter WhatsApp'],
          ['advertisement', 'Advertisement'],
          ['copyright', '© 2022 Example News. All rights reserved.'],
        ]);
        expect(blockTexts(article, 'headings')).toEqual(['Talks on European security resume in Geneva', 'What comes next']);
        // List items are body text, never headings, whether bulleted or numbered.
        expect(blockTexts(article, 'paragraphs')).toEqual([
          'Diplomats from both sides met again on Friday, a week after the last round broke up.',
          'The agenda covered three points:',
          '• Troop movements near the border',
          '• Arms control talks',
          '• Sanctions relief',
          'Officials said another round could take place in March.',
          '1. The first round ended without agreement',
          '2) A second round was planned for spring',
        ]);
        expect(article).toMatchObject({
          outlet: 'Example News',
          title: 'Talks on European security resume in Geneva',
          author: 'Maria Petrova and John Roe',
          date: '2022-02-18',
          published: null, // a time without an offset is not a full timestamp
        });
        expect(coverageProblems(article)).toEqual([]);
      });

      it('takes the date of an outlet stamp that does not head a series box', () => {
        const article = loadFixture('sputnik-style-stamp.txt');
        expect(removedPairs(article)).toEqual([
          ['outlet stamp', '- Sputnik International, 1920, 03.03.2022'],
          ['share prompt', 'Follow us on Telegram'],
        ]);
        expect(article).toMatchObject({ outlet: 'Sputnik International', date: '2022-03-03' });
      });

      it('keeps a full ISO timestamp as published, with its date as stated', () => {
        const article = loadFixture('iso-timestamp.txt');
        expect(removedPairs(article)).toEqual([['date stamp', 'Posted: 2022-01-12T15:30:00+01:00']]);
        expect(article).toMatchObject({ date: '2022-01-12', published: '2022-01-12T15:30:00+01:00' });
      });

      it('removes a Latin-script interface line at the end of a Cyrillic article', () => {
        const article = loadFixture('cyrillic-article.txt');
        expect(removedPairs(article)).toEqual([['other script', 'Breaking news ticker']]);
        expect(article.title).toBe('Совет Россия — НАТО провёл заседание в Брюсселе');
        expect(blockTexts(article, 'paragraphs')).toHaveLength(2);
      });

      it('keeps a line in another script inside the body (it may be a quotation)', () => {
        const article = loadFixture('quoted-foreign-line.txt');
        expect(article.removed).toEqual([]);
        expect(blockTexts(article)).toContain('Нет войне');
      });
    });

    describe('line ends and byte-order marks', () => {
      it('keeps CRLF in the text and ends blocks before the carriage return', () => {
        const text = decodeBytes(BYTE_FIXTURES.bomCrlf, 'bom-crlf.txt');
        expect(text.startsWith('Headline')).toBe(true);
        const article = load(text);
        expect(article.text).toBe(text);
        expect(article.text).toContain('\r\n');
        expect(blockTexts(article)).toEqual(['Headline on two systems', 'The lede follows.', 'Second paragraph.']);
        for (const block of article.blocks) expect(article.text.slice(block.start, block.end)).not.toMatch(/[\r\n]/);
        expect(removedPairs(article)).toEqual([['dateline', 'MOSCOW, March 1. /TASS/.']]);
        expect(coverageProblems(article)).toEqual([]);
      });

      it('treats a lone CR, U+2028 and non-breaking spaces like any other line end and space', () => {
        const article = load('Title here\r\rFirst\u00a0paragraph of it.\u2028Second paragraph.\u00a0');
        expect(blockTexts(article)).toEqual(['Title here', 'First paragraph of it.', 'Second paragraph.']);
        expect(coverageProblems(article)).toEqual([]);
      });
    });

    describe('headings', () => {
      const headings = (text: string) => blockTexts(load(text), 'headings');

      it('takes a short line standing alone without final punctuation as a heading', () => {
        expect(headings('Lede sentence here.\n\nIssues to be addressed\n\nMore text here.')).toEqual([
          'Issues to be addressed',
        ]);
      });

      it('takes a short line wholly in quotation marks as a heading', () => {
        expect(headings('Lede.\n\n“Escalation for the sake of de-escalation”\n\nMore.')).toEqual([
          '“Escalation for the sake of de-escalation”',
        ]);
      });

      it('does not take one-sentence paragraphs ending in a stop, a quote or a question mark', () => {
        const text = [
          'Lede.',
          'He declined to comment.',
          '"We will not back down."',
          '“Talks will continue,” she said.',
          'What comes next?',
        ].join('\n\n');
        expect(headings(text)).toEqual([]);
      });

      it('does not take list items, lower-case lines, long lines or lines inside a paragraph', () => {
        const text = [
          'Lede.',
          '- First item without a stop',
          '1. Second item',
          'a) Third item',
          'and the sentence goes on',
          'This line has far more than fifteen words in it and still does not end with any stop at all',
          'A line followed directly\nby another line.',
        ].join('\n\n');
        expect(headings(text)).toEqual([]);
      });

      it('keeps a heading that repeats an earlier one only once', () => {
        const article = load('Same Title Twice\n\nSame Title Twice\n\nBody text.');
        expect(blockTexts(article, 'headings')).toEqual(['Same Title Twice']);
        expect(removedPairs(article)).toEqual([['repeated title', 'Same Title Twice']]);
      });

      describe('Markdown headings (fixtures/load/markdown-headings.md)', () => {
        // Regression: the marks stayed in the sentence, and a marked line written as prose
        // ("## Sanctions were not discussed", "### Reaction:") was not a heading.
        it('takes "#" to "######" lines as headings without their marks, which are removed', () => {
          const article = loadFixture('markdown-headings.md');
          expect(blockTexts(article, 'headings')).toEqual([
            'Ceasefire talks resume in Geneva',
            'What was agreed',
            'Sanctions were not discussed',
            'Reaction:',
            'The next round will be held in Vienna.',
          ]);
          expect(removedPairs(article)).toEqual([
            ['heading mark', '#'],
            ['heading mark', '##'],
            ['heading mark', '##'],
            ['heading mark', '##'],
            ['heading mark', '###'],
            ['heading mark', '#'],
          ]);
          expect(article.title).toBe('Ceasefire talks resume in Geneva');
          expect(coverageProblems(article)).toEqual([]);
        });

        it('keeps "#" followed by a letter or digit as prose ("#MeToo", "#1 priority")', () => {
          const paragraphs = blockTexts(loadFixture('markdown-headings.md'), 'paragraphs');
          expect(paragraphs).toContain('#MeToo campaigners said the agreement ignored the women still held in detention.');
          expect(paragraphs).toContain('#1 priority for the mediators is a lasting ceasefire, a spokesman said.');
        });

        it('gives heading sentences offsets past the marks, so the text at them is the sentence', () => {
          const { text, sentences } = splitSentences(loadFixture('markdown-headings.md'));
          const headings = sentences.filter((sentence) => sentence.heading);
          expect(headings.map((sentence) => sentence.text)).toEqual([
            'Ceasefire talks resume in Geneva',
            'What was agreed',
            'Sanctions were not discussed',
            'Reaction:',
            'The next round will be held in Vienna.',
          ]);
          for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
        });

        it('reads a marked line with the rules for its words: a title suffix, a byline', () => {
          const article = load('# Talks resume in Geneva | Reuters\n\n## By Jane Doe\n\nThe talks resumed on Monday, officials said.\n');
          expect(removedPairs(article)).toEqual([
            ['heading mark', '#'],
            ['outlet suffix', '| Reuters'],
            ['heading mark', '##'],
            ['byline', 'By Jane Doe'],
          ]);
          expect(article).toMatchObject({ title: 'Talks resume in Geneva', outlet: 'Reuters', author: 'Jane Doe' });
        });

        it('takes a line of marks only ("# # #") for no heading, in wrapped text as in web text', () => {
          const wrapped = [
            'The delegations met for six hours on Monday and agreed to continue',
            'their work next week, officials from both sides told reporters at the',
            'end of the session, which ran far longer than had been planned.',
            'Both sides said they would send the same delegations again, and that',
            'the agenda would be agreed by their deputies over the coming weeks.',
            '',
            '# # #',
            '',
          ].join('\n');
          for (const layout of ['wrapped', 'lines'] as const) {
            const article = loadArticleText(wrapped, { id: 'x', source: 'x.txt', layout });
            expect(blockTexts(article, 'headings'), layout).toEqual([]);
            expect(removedPairs(article).map(([reason]) => reason), layout).not.toContain('heading mark');
          }
        });

        it('keeps a marked line apart from the paragraphs of hard-wrapped text around it', () => {
          const line = 'The delegations met for six hours on Monday and agreed to continue';
          const text = [
            '# Talks resume in Geneva',
            '',
            `${line}`,
            'their work next week, officials from both sides told reporters at the',
            'end of the session, which ran far longer than had been planned.',
            '## The next round of talks is expected to be held in Vienna in March',
            'Both sides said they would send the same delegations again, and that',
            'the agenda would be agreed by their deputies over the coming weeks.',
            '',
          ].join('\n');
          const article = loadArticleText(text, { id: 'x', source: 'x.md', layout: 'wrapped' });
          expect(blockTexts(article, 'headings')).toEqual(['Talks resume in Geneva', 'The next round of talks is expected to be held in Vienna in March']);
          expect(blockTexts(article, 'paragraphs')).toHaveLength(2);
          expect(coverageProblems(article)).toEqual([]);
        });
      });
    });

    describe('Markdown emphasis (fixtures/load/markdown-emphasis.md)', () => {
      // Regression: a line in bold or italics ("**By Anna de Vries**", "_Reporting by …_") met no chrome
      // rule and was read as a heading, and a bold label ("**UPDATE:**") or dateline kept its line in the text.
      it('reads each line without its emphasis marks: a pair around the line is removed, one inside stays in the text', () => {
        const article = loadFixture('markdown-emphasis.md');
        expect(removedPairs(article)).toEqual([
          ['heading mark', '#'],
          ['emphasis mark', '**'],
          ['byline', 'By Anna de Vries'],
          ['emphasis mark', '**'],
          ['emphasis mark', '*'],
          ['date stamp', 'Published 9:15 AM CET, Thu March 7, 2024'],
          ['emphasis mark', '*'],
          ["editor's note", '**UPDATE:** Adds comment from the agriculture ministry in paragraph 5.'],
          ['dateline', '**THE HAGUE (Reuters)** -'],
          ['emphasis mark', '**'],
          ['emphasis mark', '**'],
          ['emphasis mark', '_'],
          ['reporting credit', 'Reporting by Anna de Vries; Editing by Mark Potter'],
          ['emphasis mark', '_'],
          ['navigation', '**Read more:** Why Dutch farmers are fighting the government'],
        ]);
        expect(article).toMatchObject({
          outlet: 'Reuters',
          author: 'Anna de Vries',
          date: '2024-03-07',
          published: '2024-03-07T09:15:00+01:00',
          title: 'Dutch farmers block border crossings over nitrogen rules',
        });
        expect(blockTexts(article, 'headings')).toEqual(['Dutch farmers block border crossings over nitrogen rules', 'Why farmers are angry']);
        // Inside a sentence the marks are the text's own: the contract keeps the original wording.
        expect(blockTexts(article, 'paragraphs')[0]).toMatch(/^Dutch farmers blocked \*\*three border crossings\*\* with Germany/);
        expect(coverageProblems(article)).toEqual([]);
        const { text, sentences } = splitSentences(article);
        for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
      });

      it('finds no emphasis in "5 * 3", "*NSYNC" or a "* * *" separator', () => {
        const article = load('Band plays on\n\n*NSYNC played 5 * 3 songs, and 2 * 4 more.\n\n* * *\n\nThe crowd left at midnight.\n');
        expect(blockTexts(article, 'paragraphs')).toEqual(['*NSYNC played 5 * 3 songs, and 2 * 4 more.', 'The crowd left at midnight.']);
        expect(removedPairs(article)).toEqual([['separator', '* * *']]);
      });

      it('compares a Markdown copy with a plain one as identical, sentence by sentence', () => {
        const marked = splitSentences({ ...loadFixture('markdown-emphasis.md'), id: 'marked' });
        const plain = splitSentences({ ...loadFixture('markdown-emphasis-plain.txt'), id: 'plain' });
        const comparison = compareArticles([marked, plain]);
        expect(comparison.unmatched).toEqual([]);
        expect(comparison.alignments.map((alignment) => alignment.verdict)).toEqual(comparison.alignments.map(() => 'identical'));
      });
    });

    describe('conservative chrome rules', () => {
      it('keeps prose that starts like chrome', () => {
        const text = [
          'By contrast, the ministry said nothing.',
          'Share prices fell sharply on Monday after the announcement.',
          'Related talks in Vienna were postponed.',
          'Photo opportunities were limited, organisers said.',
          'Home is where the talks began.',
          'Leave a comment to the ministry, he said.',
        ].join('\n\n');
        const article = load(text);
        expect(article.removed).toEqual([]);
        expect(article.blocks).toHaveLength(6);
      });

      it.each([
        ['By Jane Doe', 'Jane Doe'],
        ['BY JANE DOE', 'JANE DOE'],
        ['Written By John Smith', 'John Smith'],
        ['Story by Jane Roe', 'Jane Roe'],
        ['Author: Ann Lee', 'Ann Lee'],
        ['By Ana Lima, Ben Okafor, Chen Wei and Dana Roe', 'Ana Lima, Ben Okafor, Chen Wei and Dana Roe'],
      ])('reads "%s" as a byline', (line, author) => {
        const article = load(`${line}\n\nThe lede of the story.\n`);
        expect(removedPairs(article)).toEqual([['byline', line]]);
        expect(article.author).toBe(author);
      });

      it.each([
        'By Ana Lima, Ben Okafor, Chen Wei, Dana Roe and Eve Park',
        'By Juan Carlos de la Fuente Garcia',
      ])('keeps "%s": more than four names, or a name of more than four words', (line) => {
        expect(load(`${line}\n\nThe lede of the story.\n`).removed).toEqual([]);
      });

      it('reads a long name as a photo credit, where the byline limits do not apply', () => {
        const article = load('The lede of the story.\n\nPhoto by Juan Carlos de la Fuente Garcia\n\nMore of the story.\n');
        expect(removedPairs(article)).toEqual([['photo credit', 'Photo by Juan Carlos de la Fuente Garcia']]);
      });

      it('does not read "By …" phrases as bylines', () => {
        const article = load('Lede.\n\nBy the way\n\nBy contrast\n\nMore.');
        expect(article.removed).toEqual([]);
        expect(article.author).toBeNull();
      });

      it('does not take an outlet named in prose as the outlet', () => {
        const article = load('A source told TASS and Reuters that talks would resume.\n\nAnother paragraph.');
        expect(article.outlet).toBeNull();
      });

      it('finds the dateline on the lede after summary bullets', () => {
        const text = 'Headline Here\n\n• Point one\n• Point two\n\nWASHINGTON, Feb 18 (Reuters) - The lede.\n';
        const article = load(text);
        expect(removedPairs(article)).toEqual([['dateline', 'WASHINGTON, Feb 18 (Reuters) -']]);
        expect(blockTexts(article)).toEqual(['Headline Here', '• Point one', '• Point two', 'The lede.']);
      });

      it('only strips a dateline from the lede', () => {
        const text = 'Lede paragraph.\n\nWASHINGTON (Reuters) - this is not the lede.';
        expect(load(text).removed).toEqual([]);
      });
    });

    describe('metadata', () => {
      it('lets given metadata win, nulls included, and detects the fields left out', () => {
        const article = loadArticleText(corpusText('tass-zakharova'), {
          id: 'tz',
          source: 'tz.txt',
          metadata: { outlet: null, url: 'https://tass.com/politics/1406245', title: undefined },
        });
        expect(article).toMatchObject({
          id: 'tz',
          source: 'tz.txt',
          outlet: null,
          url: 'https://tass.com/politics/1406245',
          date: '2022-02-18',
          title: null,
        });
      });

      it('removes an "Updated:" stamp but takes no date from it', () => {
        const article = load('Headline Here\n\nUpdated: 2022-02-19T10:00:00+03:00\n\nBody text.');
        expect(removedPairs(article)).toEqual([['date stamp', 'Updated: 2022-02-19T10:00:00+03:00']]);
        expect(article).toMatchObject({ date: null, published: null });
      });

      // Regression: a stamp's time and zone were read past, so `published` stayed null.
      it('reads the timestamp of a stamp whose time has a known zone, and removes update times without a day', () => {
        const article = loadFixture('stamps-with-zones.txt');
        expect(removedPairs(article)).toEqual([
          ['section label', 'World'],
          ['byline', 'By Jane Doe, CNN'],
          ['date stamp', 'Published 11:42 PM EST, Mon February 21, 2022'],
          ['date stamp', 'Updated 3:05 a.m. GMT'],
          ['dateline', 'Kyiv CNN —'],
          ['date stamp', 'Updated at 10:42 a.m. ET on February 22, 2022'],
        ]);
        expect(article).toMatchObject({ outlet: 'CNN', date: '2022-02-21', published: '2022-02-21T23:42:00-05:00', author: 'Jane Doe' });
        expect(blockTexts(article, 'headings')).toEqual(['Fire at Kyiv warehouse kills two, injures five']);
        expect(coverageProblems(article)).toEqual([]);
      });

      // Regression: RFC 2822 stamps with a numeric offset and ISO 8601 stamps with a space for the `T` were
      // not read, so the stamp became the first sentence and `published` stayed null.
      it('reads an RFC 2822 stamp, and keeps a date in prose (fixtures/load/rfc2822-stamp.txt)', () => {
        const article = loadFixture('rfc2822-stamp.txt');
        expect(removedPairs(article)).toEqual([['date stamp', 'Published: Mon, 21 Feb 2022 23:42:00 +0000']]);
        expect(article).toMatchObject({ date: '2022-02-21', published: '2022-02-21T23:42:00+00:00' });
        const sentences = splitSentences(article).sentences.map((sentence) => sentence.text);
        expect(sentences.slice(0, 2)).toEqual([
          'Port authority reopens northern terminal after repairs',
          'The port authority reopened its northern terminal on Monday evening after a week of repairs to the main quay, a spokeswoman said.',
        ]);
        expect(sentences).toContain(
          "The closure order, logged as Mon, 14 Feb 2022 06:10:00 +0000 in the authority's register, was lifted once the last inspection was signed off.",
        );
        expect(coverageProblems(article)).toEqual([]);
      });

      it('reads an ISO 8601 stamp with a space for the `T`, takes no date from the update, keeps a time in prose (fixtures/load/iso-space-stamp.txt)', () => {
        const article = loadFixture('iso-space-stamp.txt');
        expect(removedPairs(article)).toEqual([
          ['date stamp', '2022-02-21 23:42:00 +0300'],
          ['date stamp', 'Last updated 2022-02-22 08:10 UTC'],
        ]);
        expect(article).toMatchObject({ date: '2022-02-21', published: '2022-02-21T23:42:00+03:00' });
        const sentences = splitSentences(article).sentences.map((sentence) => sentence.text);
        expect(sentences[1]).toMatch(/^Unions called off a national rail strike/);
        expect(sentences).toContain('A union statement timed 2022-02-22 01:15 UTC said members would vote on the deal next week.');
        expect(sentences.some((sentence) => sentence.includes('23:42'))).toBe(false);
        expect(coverageProblems(article)).toEqual([]);
      });

      it.each([
        ['Posted: 21 Feb 2022 14:05 GMT', '2022-02-21T14:05:00+00:00'],
        ['Published: 21.02.2022 14:05 (GMT+3)', '2022-02-21T14:05:00+03:00'],
        ['February 21, 2022 11:42 PM EST · Updated 2 hours ago', '2022-02-21T23:42:00-05:00'],
        // A zone whose offset the abbreviation does not settle gives the date alone.
        ['Published 11:42 PM ET, Mon February 21, 2022', null],
        ['Published 11:42 PM IST, Mon February 21, 2022', null],
        // RFC 2822 and ISO 8601 with a space for the `T`, labelled or alone.
        ['Published: Mon, 21 Feb 2022 23:42:00 +0000', '2022-02-21T23:42:00+00:00'],
        ['Posted: 21 Feb 2022 23:42:00 GMT', '2022-02-21T23:42:00+00:00'],
        ['Mon, 21 Feb 2022 23:42:00 -0500', '2022-02-21T23:42:00-05:00'],
        ['Published: 2022-02-21 23:42:00+03:00', '2022-02-21T23:42:00+03:00'],
        ['2022-02-21 23:42 UTC', '2022-02-21T23:42:00+00:00'],
        ['2022-02-21 23:42:00', null],
      ])('reads "%s" as published %s', (stamp, published) => {
        const article = load(`Headline Here\n\n${stamp}\n\nBody text.`);
        expect(removedPairs(article)).toEqual([['date stamp', stamp]]);
        expect(article).toMatchObject({ date: '2022-02-21', published });
      });

      it("takes no timestamp of another day than the article's date", () => {
        const article = load('Headline Here\n\nFebruary 20, 2022\n\nPublished 11:42 PM EST, Mon February 21, 2022\n\nBody text.');
        expect(article).toMatchObject({ date: '2022-02-20', published: null });
      });

      it('turns an empty given string into null', () => {
        expect(loadArticleText('Text.', { id: 'x', source: 'x', metadata: { author: '' } }).author).toBeNull();
      });

      it('returns the input text unchanged', () => {
        const text = '\uFEFF  date 2022-02-18 MOSCOW, February 18. /TASS/. Lede.\r\n';
        expect(load(text).text).toBe(text);
      });

      it('ignores a series stamp date but takes a later caption stamp', () => {
        const text = [
          '- Sputnik International, 1920, 13.01.2022',
          'Series tag',
          '',
          'Headline Of The Story',
          '',
          'A caption sentence. - Sputnik International, 1920, 18.02.2022',
          'The body.',
        ].join('\n');
        const noCaption = text.replace(/A caption.*\n/, '');
        expect(load(text).date).toBe('2022-02-18');
        expect(load(noCaption).date).toBeNull();
      });

      it.each([
        ['one blank line removed', (text: string) => text.replace('slammed shut.\n\nRussian FM', 'slammed shut.\nRussian FM')],
        ['every blank line removed', (text: string) => text.replace(/\n\s*\n+/g, '\n')],
      ])('still reads a series box under its stamp when the text runs on into the headline (%s)', (_, runOn) => {
        const original = load(corpusText('sputnik-zakharova'));
        const article = load(runOn(corpusText('sputnik-zakharova')));
        expect(article.title).toBe(original.title);
        expect(article.date).toBe('2022-02-18');
        expect(removedPairs(article).filter(([reason]) => reason === 'series header')).toEqual(removedPairs(original).filter(([reason]) => reason === 'series header'));
        expect(removedPairs(article).filter(([reason]) => reason === 'series header')).toHaveLength(2);
      });

      it('reads a headline under an opening stamp, and the prose under it, as the article', () => {
        const lines = [
          '- Sputnik International, 1920, 07.03.2024',
          'Central Bank Raises Key Rate to 5.25%',
          'The central bank raised its key interest rate to 5.25% on Thursday.',
          'Governor Paul Mercer said inflation remained stubbornly high.',
        ];
        const article = load(lines.join('\n'));
        expect(article.title).toBe(lines[1]);
        expect(article.date).toBe('2024-03-07');
        expect(removedPairs(article)).toEqual([['outlet stamp', lines[0]]]);
      });

      it('reads the lines under an opening stamp as the article when they run on without a blank line', () => {
        const body = [
          'The central bank raised its key interest rate to 5.25% on Thursday.',
          'Governor Paul Mercer said inflation remained stubbornly high.',
          'Sterling rose 0.4% against the dollar after the announcement.',
        ];
        const article = load(['- Sputnik International, 1920, 07.03.2024', ...body].join('\n'));
        expect(removedPairs(article)).toEqual([['outlet stamp', '- Sputnik International, 1920, 07.03.2024']]);
        expect(blockTexts(article)).toEqual(body);
        expect(article.date).toBe('2024-03-07');
        // Two lines and the end of the text: still the article, not a series box.
        const short = load(['- Sputnik International, 1920, 07.03.2024', ...body.slice(0, 2)].join('\n'));
        expect(blockTexts(short)).toEqual(body.slice(0, 2));
      });
    });
  });
});
