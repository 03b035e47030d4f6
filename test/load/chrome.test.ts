/**
 * The chrome rules' boundaries: prose that looks like chrome stays, chrome at the edges
 * goes, title lines and datelines in the forms other outlets print.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../src/compare.js';
import { detectWrapWidth, loadArticleText } from '../../src/load/index.js';
import { splitSentences } from '../../src/segment/index.js';
import { FIXTURES_DIR, blockTexts, coverageProblems, loadFixture, removedPairs } from './helpers.js';

function load(text: string) {
  return loadArticleText(text, { id: 'x', source: 'x.txt' });
}

/** A story with `header` between its headline and its lede, and `foot` under its last paragraph. */
function story(header: string, foot = '') {
  return load(`Court refuses to stay law\n\n${header}\n\nThe court refused on Thursday to stay the law.\n\nThe hearing will resume in May.\n\n${foot}\n`);
}

/** The removed pieces of `lede` as the first paragraph under a title. */
function ledeRemoved(lede: string) {
  return removedPairs(load(`Talks resume\n\n${lede}\n\nSecond paragraph.\n`));
}

describe('load', () => {
  describe('loadArticleText: chrome rules', () => {
    describe('prose that starts like chrome', () => {
      it('keeps credit- and navigation-like sentences, a timeline date and a final quotation in another script', () => {
        const article = loadFixture('prose-like-chrome.txt');
        expect(article.removed).toEqual([]);
        expect(blockTexts(article)).toEqual([
          'Troops cross the border at dawn',
          'Troops crossed the border at dawn on Thursday, officials said.',
          'Video by local residents showed a column of tanks moving towards the border.',
          'Photos by AP journalists confirmed the damage.',
          'February 24, 2022',
          'Russian forces entered Ukraine from three directions.',
          'More: the talks will resume next week, officials said.',
          'A resident of Kharkiv summed up the mood in one sentence.',
          'Ми не здамося і будемо боронити свою землю.',
        ]);
        // A date inside the body is not the article's date.
        expect(article.date).toBeNull();
        expect(coverageProblems(article)).toEqual([]);
      });

      it('still removes the same shapes as chrome above and below the body', () => {
        const article = loadFixture('edge-chrome.txt');
        expect(removedPairs(article)).toEqual([
          ['date stamp', 'February 24, 2022'],
          ['photo credit', 'Photo by Evan Vucci/AP'],
          ['navigation', 'More: Talks to resume in Istanbul next week'],
          ['date stamp', 'February 25, 2022'],
          ['other script', 'Читать далее'],
        ]);
        expect(article.date).toBe('2022-02-24');
        expect(coverageProblems(article)).toEqual([]);
      });

      it.each([
        ['Photo: AP', 'photo credit'],
        ['© Reuters', 'photo credit'],
        ['Photo by Getty Images', 'photo credit'],
        ['Read more: Why the talks stalled last month', 'navigation'],
        ['Related: Talks resume in Geneva', 'navigation'],
      ])('removes the unambiguous "%s" at the end', (line, reason) => {
        expect(removedPairs(load(`Lede sentence here.\n\nLast paragraph.\n\n${line}\n`))).toEqual([[reason, line]]);
      });

      it('removes a stamp with its update, a dateline naming an agency it does not know, prompts and the sign-off, and keeps prose like them', () => {
        const article = loadFixture('prompts-and-sign-off.txt');
        expect(removedPairs(article)).toEqual([
          ['date stamp', 'April 9, 2024 7:05 AM · Updated 3 hours ago'],
          ['dateline', 'HELSINKI, April 9 (Harbour Wire) -'],
          ['subscription prompt', 'Subscribe to our newsletter to get the harbour news every morning.'],
          ['share prompt', 'Follow us on Telegram: @harbourwire'],
          ['reporting credit', 'Reporting by Aino Virtanen in Helsinki; Editing by Mark Ellis'],
        ]);
        expect(article).toMatchObject({ outlet: 'Harbour Wire', date: '2024-04-09', title: 'Night ferry returns after two-year pause' });
        expect(blockTexts(article, 'paragraphs')).toContain('Reporting by the transport office showed that demand had doubled since 2022.');
        expect(coverageProblems(article)).toEqual([]);
      });

      it('removes a stamp whose update follows without a separator, and an update stamp that puts the time first', () => {
        const stamped = loadFixture('stamps-time-first.txt');
        expect(removedPairs(stamped)).toEqual([
          ['byline', 'By Lena Ortiz'],
          ['date stamp', 'June 12, 2024 9:40 AM GMT Updated 2 hours ago'],
          ['dateline', 'ROTTERDAM (Harbour Wire) -'],
        ]);
        expect(stamped).toMatchObject({ date: '2024-06-12', title: 'Harbour cranes stand idle as dockers strike' });
        const updated = loadFixture('stamps-updated-time-first.txt');
        expect(removedPairs(updated)).toContainEqual(['date stamp', 'Updated 11:15 AM GMT, June 12, 2024']);
        // An update is not the publication.
        expect(updated.date).toBeNull();
        expect(blockTexts(updated, 'headings')).toEqual(['Harbour cranes stand idle as dockers strike']);
        expect(coverageProblems(stamped)).toEqual([]);
        expect(coverageProblems(updated)).toEqual([]);
      });

      it("removes a wire page's labelled credits, its timestamp (the article's date) and its end mark, but not a body line like them", () => {
        const article = loadFixture('wire-credits-and-end-mark.txt');
        expect(removedPairs(article)).toEqual([
          ['source credit', 'Source: Harbour Wire'],
          ['editor credit', 'Editor: Mira Lind'],
          ['date stamp', '2024-11-05 09:12:40'],
          ['dateline', 'TALLINN, Nov. 5 (Harbour Wire) --'],
          ['end mark', 'Enditem'],
        ]);
        expect(article).toMatchObject({ date: '2024-11-05', title: 'Ferry operators agree on winter timetable' });
        expect(blockTexts(article, 'paragraphs')).toContain(
          'Source: the port authority, which publishes the timetable each autumn, said more sailings would follow.',
        );
        expect(coverageProblems(article)).toEqual([]);
      });

      it("removes a masthead (naming the outlet, not the title), separators and topic tags", () => {
        const article = loadFixture('masthead-tags-separator.txt');
        expect(removedPairs(article)).toEqual([
          ['masthead', 'Interfax'],
          ['dateline', 'TALLINN. Nov. 5 (Interfax) -'],
          ['separator', '* * *'],
          ['separator', '___'],
          ['tags', 'Tags: ferries, Baltic, timetable'],
        ]);
        expect(article).toMatchObject({ outlet: 'Interfax', title: 'Ferry operators agree on winter timetable' });
        expect(blockTexts(article)).toEqual([
          'Ferry operators agree on winter timetable',
          'Ferry operators on the Baltic route agreed on a winter timetable on Tuesday.',
          'Crossings will run every two hours from December.',
        ]);
        expect(coverageProblems(article)).toEqual([]);
      });

      it('removes the site slogan under the masthead, so the headline under it is the title', () => {
        const article = loadFixture('reuters-tagline.txt');
        expect(removedPairs(article).slice(0, 2)).toEqual([
          ['masthead', 'Reuters'],
          ['tagline', 'Business, financial, national and international news'],
        ]);
        expect(article).toMatchObject({ outlet: 'Reuters', title: 'Port workers in Rotterdam begin 48-hour strike over pay', date: '2024-04-10' });
        expect(blockTexts(article, 'headings')).toEqual(['Port workers in Rotterdam begin 48-hour strike over pay']);
        // Prose made of the slogan's words stays.
        expect(blockTexts(article, 'paragraphs')).toContain(
          'National and international news crews filmed the picket lines outside the main container terminal from dawn.',
        );
        expect(coverageProblems(article)).toEqual([]);
      });

      it.each([
        ['Breaking News, World News and Video from Al Jazeera', 'tagline', null],
        ['Advancing the power of facts', 'tagline', null],
        ['Made for minds.', 'tagline', null],
        ['Ukrinform – Ukrainian National News Agency', 'masthead', 'Ukrinform'],
        ['Reuters | Business & financial news', 'masthead', 'Reuters'],
      ])('removes the slogan line "%s" above the headline', (line, reason, outlet) => {
        const article = load(`${line}\nFerry link restored after storm\nFerries resumed on Tuesday, the operator said.\n`);
        expect(removedPairs(article)).toEqual([[reason, line]]);
        expect(article).toMatchObject({ title: 'Ferry link restored after storm', outlet });
      });

      it.each(['Local news outlets close as advertising falls', 'World News Day marked in Geneva'])(
        'keeps the headline "%s", which holds slogan words among others',
        (line) => {
          const article = load(`Reuters\n${line}\nFerries resumed on Tuesday, the operator said.\n`);
          expect(removedPairs(article)).toEqual([['masthead', 'Reuters']]);
          expect(article.title).toBe(line);
        },
      );

      it('keeps a subhead made of slogan words inside the body', () => {
        const article = load('Ferry link restored\n\nFerries resumed on Tuesday.\n\nBusiness and financial news\n\nRepairs will take a week.\n');
        expect(article.removed).toEqual([]);
        expect(blockTexts(article, 'headings')).toEqual(['Ferry link restored', 'Business and financial news']);
      });

      it("removes editors' initials, a linked headline that asks a question, a newsletter pitch and pointers to more coverage and to the outlet's standards", () => {
        const article = loadFixture('sign-offs-and-pointers.txt');
        expect(removedPairs(article)).toEqual([
          ['dateline', 'TALLINN (Harbour Wire) -'],
          ['navigation', 'Read more: Why are Baltic ferries running late?'],
          ['reporting credit', 'kb/rc (AP, Reuters)'],
          ['subscription prompt', "While you're here: Every Friday our editors round up the week at sea. You can sign up here for the weekly newsletter."],
          ['navigation', "Follow Harbour Wire's coverage of shipping at https://harbourwire.example/shipping"],
          ['standards note', 'Our Standards: The Harbour Wire Trust Principles.'],
        ]);
        expect(blockTexts(article, 'paragraphs')).toEqual([
          'Ferry operators on the Baltic route agreed on a winter timetable on Tuesday.',
          'Crossings will run every two hours from December.',
        ]);
        expect(coverageProblems(article)).toEqual([]);
      });

      it("removes an AFP sign-off (\"burs-apo/jm\") in web copy and under the last line of hard-wrapped copy, where it is not read as the paragraph's last words", () => {
        const web = loadFixture('afp-sign-off.txt');
        const wrapped = loadFixture('wire-afp-sign-off.txt');
        for (const article of [web, wrapped]) {
          expect(removedPairs(article)).toEqual([
            ['dateline', 'BARCELONA, Feb 1, 2024 (AFP) -'],
            ['reporting credit', 'burs-apo/jm'],
          ]);
          expect(article).toMatchObject({ outlet: 'Agence France-Presse', title: 'Drought forces Spain to cap water use in Catalonia' });
          expect(blockTexts(article).at(-1)).toMatch(/over the coming months\.$/);
          // A wrapped paragraph's last line that only looks like a credit stays in it.
          expect(blockTexts(article)).toContain(
            "Reservoirs feeding the region were at 16 percent of capacity this week, according to the Catalan water agency, well below the 40 percent seen at the same time last year, and farmers' groups said the cuts came late. Reporting by the agency showed the sharpest fall in a decade.",
          );
          expect(coverageProblems(article)).toEqual([]);
        }
        expect(blockTexts(wrapped)).toEqual(blockTexts(web));
      });

      it.each([
        ['bur-kma/jm', 'reporting credit'],
        ['sst/jm', 'reporting credit'],
        ['(Reporting by Ana Lima; Editing by Ben Okafor)', 'reporting credit'],
        ['ENDS', 'end mark'],
      ])('splits "%s" off the last line of a wrapped paragraph', (line, reason) => {
        const paragraph = (words: string) => `${words} ${'and the talks went on into the night '.repeat(6)}`.replace(/(.{1,66})(?: |$)/g, '$1\n');
        const text = `${paragraph('Ferries resumed on Tuesday')}\n${paragraph('Repairs will take a week').trimEnd()}.\n${line}\n`;
        expect(detectWrapWidth(text)).not.toBeNull();
        expect(removedPairs(load(text))).toEqual([[reason, line]]);
      });

      it('leaves the last line of a wrapped paragraph in it when the line above does not end a sentence, or when it is an edge-only form inside the body', () => {
        const paragraph = (words: string) => `${words} ${'and the talks went on into the night '.repeat(6)}`.replace(/(.{1,66})(?: |$)/g, '$1\n');
        const runOn = `${paragraph('Ferries resumed on Tuesday')}\n${paragraph('The ceasefire was signed').trimEnd()} by\nReuters\n`;
        expect(load(runOn).removed).toEqual([]);
        const inBody = `${paragraph('Ferries resumed on Tuesday').trimEnd()}.\nENDS\n\n${paragraph('Repairs will take a week').trimEnd()}.\n`;
        expect(load(inBody).removed).toEqual([]);
      });

      it.each([
        'Read more: why would anyone wait?',
        'Read more: The report asks whether the talks can work. Does it?',
        'Most readers subscribe to the idea that ferries run late, the survey found.',
      ])('keeps "%s", which is prose', (line) => {
        expect(load(`Lede sentence here.\n\n${line}\n\nLast paragraph.\n`).removed).toEqual([]);
      });

      it('takes the author from a byline without the outlet printed after the names', () => {
        const article = loadFixture('byline-with-outlet.txt');
        expect(removedPairs(article)[0]).toEqual(['byline', 'By LENA ORTIZ Associated Press']);
        expect(article).toMatchObject({ author: 'LENA ORTIZ', outlet: 'Associated Press' });
        expect(load('Lede sentence here.\n\nBy Lena Ortiz, Reuters\n').author).toBe('Lena Ortiz');
        // A byline that is only the outlet's name names no author (see the byline tests below).
        expect(load('Lede sentence here.\n\nBy Reuters\n').author).toBeNull();
      });

      // Regression: the outlet after the names was counted as part of the last name, so a name of three
      // words or more went over the four-word limit and the byline stayed as a heading with no author.
      it.each([
        ['By MARY CLARE JALONICK Associated Press', 'MARY CLARE JALONICK'],
        ['By JOHN PAUL SMITH Associated Press', 'JOHN PAUL SMITH'],
        ['By ANNA DE LA CRUZ Associated Press', 'ANNA DE LA CRUZ'],
        ['By LISA MASCARO and MARY CLARE JALONICK Associated Press', 'LISA MASCARO and MARY CLARE JALONICK'],
        ['By MARY CLARE JALONICK, Associated Press', 'MARY CLARE JALONICK'],
        // A generational suffix ends in a stop but is part of the name.
        ['By JOHN SMITH JR. Associated Press', 'JOHN SMITH JR.'],
        ['By John Smith Jr.', 'John Smith Jr.'],
      ])('removes the byline "%s" with names of several words and takes the author %s', (byline, author) => {
        const article = load(`Senate passes stopgap bill\n\n${byline}\n\nWASHINGTON (AP) — The Senate passed the bill late Friday.\n\nThe vote was 77-13.\n`);
        expect(removedPairs(article)).toEqual([
          ['byline', byline],
          ['dateline', 'WASHINGTON (AP) —'],
        ]);
        expect(article).toMatchObject({ author, outlet: 'Associated Press' });
      });

      it('still keeps a "By" line whose names run past four words once the outlet is left out', () => {
        const line = 'By JOHN PAUL GEORGE RINGO STARR Associated Press';
        const article = load(`Senate passes stopgap bill\n\n${line}\n\nThe Senate passed the bill late Friday.\n`);
        expect(blockTexts(article)).toContain(line);
        expect(article.author).toBeNull();
      });

      it.each(['By our correspondent in Miresk', 'By our Moscow correspondent', 'From our own correspondent', 'By a staff reporter'])(
        'removes the byline "%s", which names a post and no author',
        (byline) => {
          const article = load(`Storm hits the coast\n\n${byline}\n\nA storm hit the coast on Monday, officials said.\n\nRoofs were torn off in three towns.\n`);
          expect(removedPairs(article)).toEqual([['byline', byline]]);
          expect(article.author).toBeNull();
        },
      );

      // Regression: with no "our" or "a" the post was read as a person, "By Staff Reporter" giving the author "Staff Reporter".
      it.each([
        'By Staff Reporter',
        'By Staff Writer',
        'By Our Correspondent',
        'By Special Correspondent',
        'By Bureau Staff',
        'By Web Desk',
        'By News Desk',
        'By AFP Staff',
        'By Reuters Staff',
        'By TOI Staff',
        'BY STAFF REPORTER',
        'By staff reporters',
        'By Staff Reporter in Miresk',
        'By Staff Writer, Reuters',
      ])('removes the byline "%s", a post without "our" or "a", and gives no author', (byline) => {
        const article = load(`Storm hits the coast\n\n${byline}\n\nA storm hit the coast on Monday, officials said.\n\nRoofs were torn off in three towns.\n`);
        expect(removedPairs(article)).toEqual([['byline', byline]]);
        expect(article.author).toBeNull();
      });

      it.each([
        ['By Staff Reporter Jane Smith', 'Jane Smith'],
        ['By Special Correspondent Jane Smith', 'Jane Smith'],
        ['By Jane Smith, Staff Reporter', 'Jane Smith'],
        ['By Jane Smith, Our Correspondent', 'Jane Smith'],
        ['By Jane Smith and Staff Writers', 'Jane Smith'],
        ['By Jane Smith, Chief Correspondent, and John Doe', 'Jane Smith and John Doe'],
        // A name that only ends like a post, and a title that is no post, stay as written.
        ['By Jane Writer', 'Jane Writer'],
        ['By Staff Sergeant Jane Smith', 'Staff Sergeant Jane Smith'],
      ])('removes the byline "%s" and takes the person, not the post: %s', (byline, author) => {
        const article = load(`Storm hits the coast\n\n${byline}\n\nA storm hit the coast on Monday, officials said.\n`);
        expect(removedPairs(article)).toEqual([['byline', byline]]);
        expect(article.author).toBe(author);
      });

      it('gives no author for a post in a byline row or alone above the masthead', () => {
        const row = load('Storm hits the coast\n\nStaff Reporter | March 7, 2024\n\nA storm hit the coast on Monday, officials said.\n');
        expect(removedPairs(row)).toEqual([['byline', 'Staff Reporter | March 7, 2024']]);
        expect(row).toMatchObject({ author: null, date: '2024-03-07' });
        const header = load('Storm hits the coast\n\nShare\n\nStaff Reporter\n\nReuters\n\nA storm hit the coast on Monday, officials said.\n');
        expect(removedPairs(header)).toContainEqual(['byline', 'Staff Reporter']);
        expect(header.author).toBeNull();
      });

      it.each(['By a reporter at the scene', 'From our correspondents in the region'])('keeps "%s", whose place is not a name', (line) => {
        // Regression: under the `i` flag \p{Lu} matched any letter, so any words passed for the place.
        const text = `Storm hits the coast\n\nA storm hit the coast on Monday.\n\n${line}\n\nRoofs were torn off in three towns.\n`;
        expect(load(text).removed).toEqual([]);
      });

      it('removes a byline whose desk is not capitalised, "By our science correspondent"', () => {
        const article = load('Storm hits the coast\n\nBy our science correspondent\n\nA storm hit the coast on Monday.\n');
        expect(removedPairs(article)).toEqual([['byline', 'By our science correspondent']]);
      });

      it('keeps a sentence that starts like such a byline', () => {
        const text = 'Storm hits the coast\n\nA storm hit the coast on Monday.\n\nBy our reporters\' count, 40 homes were damaged.\n';
        expect(load(text).removed).toEqual([]);
        expect(load('Storm hits the coast\n\nA storm hit the coast on Monday.\n\nBy staff standards the pay was low\n').removed).toEqual([]);
      });

      it.each([
        ['Sign up for our daily briefing', 'subscription prompt'],
        ['Follow us on X @harbourwire', 'share prompt'],
        ['Reporting by Jane Doe', 'reporting credit'],
        ['Additional reporting by Ana Lima; Writing by Ben Okafor; Editing by Dana Smith', 'reporting credit'],
        ['Read also:', 'navigation'],
        ['Published 18 February 2022 | Updated 19 February 2022', 'date stamp'],
      ])('removes "%s" at the end', (line, reason) => {
        expect(removedPairs(load(`Lede sentence here.\n\nLast paragraph.\n\n${line}\n`))).toEqual([[reason, line]]);
      });

      it('removes a Russian subscription prompt', () => {
        expect(removedPairs(load('Паромы вернулись к расписанию.\n\nПодписывайтесь на наш канал в Telegram\n'))).toEqual([
          ['subscription prompt', 'Подписывайтесь на наш канал в Telegram'],
        ]);
      });

      it.each([
        'Photo by Sergei Ivanov was shown at the exhibition.',
        'Related: the two sides met again on Friday.',
        'Read more: the report runs to forty pages.',
        'More: the talks will resume next week',
        'Editing by hand took the team a week.',
        'Subscribe to the idea that talks can work, the minister urged.',
        'Reporting by local media suggested the talks had stalled.',
      ])('keeps "%s", which reads as prose or opens in lower case', (line) => {
        expect(load(`Lede sentence here.\n\n${line}\n\nLast paragraph.\n`).removed).toEqual([]);
      });

      it('removes a short interface line in another script but not a sentence in it', () => {
        expect(removedPairs(load('Lede sentence here.\n\nЧитать далее\n'))).toEqual([['other script', 'Читать далее']]);
        expect(load('Lede sentence here.\n\nВона сказала, що переговори продовжаться!\n').removed).toEqual([]);
      });

      it('removes an interface line in a script without spaces however many words a segmenter finds in it, but not a sentence', () => {
        const lede = 'Diplomats met in Geneva on Tuesday to resume the talks, officials said.';
        expect(removedPairs(load(`${lede}\n\n更多精彩内容请关注我们的微信公众号\n`))).toEqual([['other script', '更多精彩内容请关注我们的微信公众号']]);
        expect(removedPairs(load(`${lede}\n\n記事の続きを読むには会員登録が必要です\n`))).toEqual([['other script', '記事の続きを読むには会員登録が必要です']]);
        expect(load(`${lede}\n\n“我们希望有关国家停止这种错误做法。”\n`).removed).toEqual([]);
      });
    });

    describe('an agency page: byline and date in one row, a dateline apart from the lede, a standing notice', () => {
      it('removes them, taking the author and date from the row', () => {
        const article = loadFixture('anadolu-page.txt');
        expect(removedPairs(article)).toEqual([
          ['masthead', 'Anadolu Ajansı'],
          ['section label', 'World, Europe'],
          ['byline', 'Jana Keller |07.03.2024 - Update : 07.03.2024'],
          ['dateline', 'BERLIN'],
          [
            'site notice',
            'Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form. Please contact us for subscription options.',
          ],
        ]);
        expect(article).toMatchObject({
          outlet: 'Anadolu Agency',
          title: "Germany's train drivers launch 35-hour strike",
          author: 'Jana Keller',
          date: '2024-03-07',
        });
        expect(blockTexts(article, 'paragraphs')).toHaveLength(4);
        expect(blockTexts(article, 'paragraphs')[0]).toMatch(/^Germany's train drivers on Thursday started/);
        expect(coverageProblems(article)).toEqual([]);
      });

      it.each([
        ['By Jane Doe | March 7, 2024', 'Jane Doe', '2024-03-07'],
        ['Jane Doe · 07.03.2024', 'Jane Doe', '2024-03-07'],
        ['Jane Doe | 07.03.2024 | Updated 08.03.2024', 'Jane Doe', '2024-03-07'],
      ])('reads the byline row "%s"', (line, author, date) => {
        const article = load(`Rail strike brings Germany to a standstill\n${line}\nMost trains stood still on Thursday.\n`);
        expect(removedPairs(article)).toEqual([['byline', line]]);
        expect(article).toMatchObject({ author, date });
      });

      it('finds the dateline line under a standfirst that ends like a sentence and has the byline row under it', () => {
        const article = load(
          "Germany's train drivers launch 35-hour strike\nThe operator will run about a fifth of its services.\nJana Keller |07.03.2024\nBERLIN\nMost trains stood still on Thursday.\n",
        );
        expect(removedPairs(article)).toEqual([
          ['byline', 'Jana Keller |07.03.2024'],
          ['dateline', 'BERLIN'],
        ]);
        expect(blockTexts(article, 'paragraphs')).toEqual(['The operator will run about a fifth of its services.', 'Most trains stood still on Thursday.']);
      });

      it('removes an update stamp written "Update :"', () => {
        expect(removedPairs(load('Lede sentence here.\n\nUpdate : 08.03.2024\n'))).toEqual([['date stamp', 'Update : 08.03.2024']]);
      });

      it('keeps rows of names or places without a date, a capitalised subhead in the body, and a headline in capitals', () => {
        expect(load('Rail strike\n\nMost trains stood still.\n\nBerlin | Munich | Frankfurt\n\nMore text.\n').removed).toEqual([]);
        const subhead = load('Rail strike brings Germany to a standstill\n\nMost trains stood still.\n\nWHAT NEXT\n\nMore text.\n');
        expect(subhead.removed).toEqual([]);
        expect(load('RAIL STRIKE\n\nMost trains stood still on Thursday.\n').title).toBe('RAIL STRIKE');
      });

      it("removes an outlet's standing notice and a prompt to report errors at the foot, but not prose opening the same way in the body", () => {
        const ukrinform = loadFixture('ukrinform-section-label.txt');
        expect(removedPairs(ukrinform).at(-1)?.[0]).toBe('site notice');
        const prompt = 'If you see a spelling error on our site, select it and press Ctrl+Enter';
        expect(removedPairs(load(`Lede sentence here.\n\nLast paragraph.\n\n${prompt}\n`))).toEqual([['site notice', prompt]]);
        const inBody = 'When quoting and using any materials on the Internet, journalists should check the source, the ministry said.';
        expect(load(`Lede sentence here.\n\n${inBody}\n\nLast paragraph.\n`).removed).toEqual([]);
      });
    });

    describe('a web page copy with advertisement labels, a lead photo and a dateline a part per line (CNN style)', () => {
      it('removes the labels, share prompt, lead photo caption and credit, the dateline and the contribution credit', () => {
        const article = loadFixture('cnn-page.txt');
        expect(removedPairs(article)).toEqual([
          ['masthead', 'CNN'],
          ['section label', 'World'],
          ['section label', 'Europe'],
          ['byline', 'By Jana Keller and Tom Baker, CNN'],
          ['reading time', '4 minute read'],
          ['date stamp', 'Updated 7:42 AM EST, Thu March 7, 2024'],
          ['share prompt', 'Link Copied!'],
          ['caption', "Passengers wait for trains at Berlin's central station on Thursday."],
          ['photo credit', 'Tobias Schwarz/AFP/Getty Images'],
          ['dateline', 'Berlin'],
          ['dateline', 'CNN'],
          ['dateline', '—'],
          ['advertisement', 'Ad Feedback'],
          ['advertisement', 'Ad Feedback'],
          ['reporting credit', "CNN's Anna Schmidt contributed reporting."],
        ]);
        expect(article).toMatchObject({ outlet: 'CNN', title: 'Rail strike brings Germany to a standstill', author: 'Jana Keller and Tom Baker' });
        expect(blockTexts(article, 'paragraphs')[0]).toMatch(/^Most long-distance trains across Germany/);
        expect(blockTexts(article, 'paragraphs')).toHaveLength(5);
        expect(coverageProblems(article)).toEqual([]);
      });

      it.each([
        ['Salas/EPA', 'photo credit'],
        ['AFP via Getty Images', 'photo credit'],
        ['Story continues below advertisement', 'advertisement'],
        ['Continue reading the main story', 'advertisement'],
        ['Link copied to clipboard', 'share prompt'],
        ['Associated Press writer Lena Ortiz in Berlin contributed to this report.', 'reporting credit'],
      ])('removes "%s"', (line, reason) => {
        expect(removedPairs(load(`Lede sentence here.\n\nLast paragraph.\n\n${line}\n`))).toEqual([[reason, line]]);
      });

      it('reads the dateline "Berlin CNN —" on the lede', () => {
        const article = load('Rail strike brings Germany to a standstill\n\nBerlin CNN — Most trains stood still on Thursday.\n');
        expect(removedPairs(article)).toEqual([['dateline', 'Berlin CNN —']]);
        expect(article.outlet).toBe('CNN');
      });

      it('keeps prose like a credit, a contribution inside the body, and a paragraph above a credit with no dateline below', () => {
        for (const line of [
          'Jane Doe/Reuters polling shows support rising.',
          'Local officials contributed to this report, the agency said.',
          'Residents contributed reporting.',
          'Learn more about the strike from the union, members were told.',
          'Story continues below the fold in most printed editions.',
          'Continue reading the report, the minister urged.',
        ]) {
          expect(load(`Lede sentence here.\n\n${line}\n\nLast paragraph.\n`).removed, line).toEqual([]);
        }
        const photo = load('Rail strike brings Germany to a standstill\nMost trains stood still on Thursday.\nSalas/EPA\nFreight was hit too.\n');
        expect(removedPairs(photo)).toEqual([['photo credit', 'Salas/EPA']]);
        expect(blockTexts(photo, 'paragraphs')[0]).toBe('Most trains stood still on Thursday.');
      });
    });

    describe('page headers with a standfirst, a section trail, a byline without "By" and a photo', () => {
      it('removes a section trail, the stamps under a standfirst and a reading-list prompt (Al Jazeera style), keeping the standfirst', () => {
        const article = loadFixture('aljazeera-page.txt');
        expect(removedPairs(article)).toEqual([
          ['masthead', 'Al Jazeera'],
          ['tagline', 'Breaking News, World News and Video from Al Jazeera'],
          ['section label', 'News|Russia-Ukraine war'],
          ['date stamp', 'Published On 7 Mar 2024'],
          ['date stamp', '7 Mar 2024'],
          ['share prompt', 'Save articles to read later and create your own reading list.'],
          ['source credit', 'Source: Al Jazeera and news agencies'],
        ]);
        expect(article).toMatchObject({ title: 'Ukraine and Germany sign rail freight deal to ease grain exports', date: '2024-03-07' });
        expect(blockTexts(article, 'paragraphs')[0]).toBe(
          "The agreement will add capacity for 1.5 million tonnes of cargo a year, Ukraine's infrastructure ministry says.",
        );
        expect(coverageProblems(article)).toEqual([]);
      });

      it('takes names above the masthead as the byline, a line under a photo credit as its caption, and the topics under "Related topics" as links (BBC style)', () => {
        const article = loadFixture('bbc-page.txt');
        expect(removedPairs(article)).toEqual([
          ['navigation', 'Skip to content'],
          ['masthead', 'BBC News'],
          ['section label', 'Home'],
          ['date stamp', '7 March 2024'],
          ['share prompt', 'Share'],
          ['share prompt', 'Save'],
          ['byline', 'Paul Kirby'],
          ['masthead', 'BBC News'],
          ['photo credit', 'Getty Images'],
          ['caption', 'Grain has been moved by rail through Poland since the Black Sea routes were disrupted'],
          ['navigation', 'Related topics'],
          ['navigation', 'Ukraine'],
          ['navigation', 'Germany'],
        ]);
        expect(article).toMatchObject({ outlet: 'BBC News', title: 'Ukraine and Germany sign rail freight deal', author: 'Paul Kirby' });
        expect(blockTexts(article, 'headings')).toEqual(['Ukraine and Germany sign rail freight deal']);
        expect(coverageProblems(article)).toEqual([]);
      });

      it('keeps a title with a site name after a bar, prose about saving, a paragraph under a credit, a title above the masthead and prose under "Related topics"', () => {
        const suffixed = load('Rail strike halts trains | Reuters\nFreight and passenger services were both hit\nMost trains stood still on Thursday.\n');
        expect(suffixed.title).toBe('Rail strike halts trains');
        expect(load('Lede sentence here.\n\nSave the Children said on Friday that schools had closed.\n\nLast paragraph.\n').removed).toEqual([]);
        const credit = load('Rail strike brings Germany to a standstill\nGetty Images\nMost trains stood still on Thursday.\n');
        expect(removedPairs(credit)).toEqual([['photo credit', 'Getty Images']]);
        const masthead = load('Rail strike brings Germany to a standstill\nTalks Resume\nReuters\nMost trains stood still on Thursday.\n');
        expect(removedPairs(masthead)).toEqual([['masthead', 'Reuters']]);
        const related = load('Lede sentence here.\n\nRelated topics\n\nThe unions said more strikes would follow.\n');
        expect(removedPairs(related)).toEqual([['navigation', 'Related topics']]);
      });
    });

    describe('captions that end with their credit, an age notice and the foot of a page', () => {
      it('removes them from a Guardian-style copy, whose topic links no longer hide its title', () => {
        const article = loadFixture('guardian-page.txt');
        expect(removedPairs(article)).toEqual([
          ['section label', 'Spain'],
          ['age notice', 'This article is more than 3 months old'],
          ['date stamp', 'Thu 13 Jun 2024 15.20 BST'],
          ['caption', 'A man cools off in a fountain in Seville on Wednesday, when the city recorded 42C. Photograph: Cristina Quicler/AFP/Getty Images'],
          ['navigation', 'Explore more on these topics'],
          ['navigation', 'Spain'],
          ['navigation', 'Europe'],
          ['navigation', 'Heatwaves'],
          ['navigation', 'news'],
          ['share prompt', 'Share'],
          ['share prompt', 'Reuse this content'],
        ]);
        expect(article).toMatchObject({ title: 'Heatwave forces schools in southern Spain to shorten lessons', date: '2024-06-13' });
        expect(blockTexts(article, 'paragraphs')).toHaveLength(3);
        expect(coverageProblems(article)).toEqual([]);
      });

      it('removes an AP-style caption with its credit in brackets and an update stamp with an offset', () => {
        const article = loadFixture('ap-page.txt');
        expect(removedPairs(article)).toEqual([
          ['byline', 'By LENA ORTIZ'],
          ['date stamp', 'Updated 8:12 AM GMT+1, March 7, 2024'],
          ['share prompt', 'Share'],
          ['caption', 'Passengers wait at the main train station in Berlin, Thursday, March 7, 2024. (AP Photo/Markus Schreiber)'],
          ['dateline', 'BERLIN (AP) —'],
          ['reporting credit', 'Associated Press writer Kirsten Grieshaber contributed to this report.'],
        ]);
        expect(article).toMatchObject({ outlet: 'Associated Press', title: "Rail strike brings most of Germany's trains to a halt", author: 'LENA ORTIZ' });
        expect(coverageProblems(article)).toEqual([]);
      });

      it.each([
        'The sign at the entrance read: Photo: no flash.',
        'This article is more than a summary, the editor said.',
        'He left the agency in 2019 (photo archive: see below).',
        'Reuse this content without permission is banned, the agency said.',
      ])('keeps "%s"', (line) => {
        expect(load(`Lede sentence here.\n\n${line}\n\nLast paragraph.\n`).removed).toEqual([]);
        expect(load(`Lede sentence here.\n\nLast paragraph.\n\n${line}\n`).removed).toEqual([]);
      });
    });

    describe('a Reuters page copied whole', () => {
      it('removes the banner, the logo link, section labels, a stamp glued to its time and the newsletter link', () => {
        const article = loadFixture('reuters-page.txt');
        expect(removedPairs(article)).toEqual([
          ['navigation', 'Skip to main content'],
          ['tagline', 'Exclusive news, data and analytics for financial market professionals'],
          ['advertisement', 'Learn more about'],
          ['section label', 'Refinitiv'],
          ['masthead', 'Reuters home'],
          ['section label', 'World'],
          ['section label', 'Business'],
          ['section label', 'Markets'],
          ['section label', 'Europe'],
          ['byline', 'By Jana Keller and Tom Baker'],
          ['date stamp', 'March 7, 20246:41 AM GMT+1Updated 2 hours ago'],
          ['section label', 'Summary'],
          ['dateline', 'BERLIN, March 7 (Reuters) -'],
          ['subscription prompt', 'Sign up here.'],
          ['reporting credit', 'Reporting by Jana Keller; Editing by Mark Ellis'],
          ['standards note', 'Our Standards: The Thomson Reuters Trust Principles., opens new tab'],
        ]);
        expect(article).toMatchObject({ outlet: 'Reuters', title: "Germany's rail strike halts most trains as pay talks stall", date: '2024-03-07' });
        expect(coverageProblems(article)).toEqual([]);
      });

      it('keeps a sentence that opens like the newsletter link', () => {
        expect(load('Lede sentence here.\n\nSign up here to vote, the council said.\n\nLast paragraph.\n').removed).toEqual([]);
      });
    });

    describe('titles', () => {
      it('removes the section label above the headline (a known section, or one word above a longer title line), not a subhead of the same word', () => {
        const article = loadFixture('ukrinform-section-label.txt');
        expect(removedPairs(article).slice(0, 4)).toEqual([
          ['masthead', 'Ukrinform'],
          ['tagline', 'Ukrainian National News Agency'],
          ['section label', 'Economy'],
          ['date stamp', '07.03.2024 10:42'],
        ]);
        expect(article).toMatchObject({ outlet: 'Ukrinform', title: 'Ukraine, Germany sign agreement on rail freight corridor', date: '2024-03-07' });
        expect(blockTexts(article, 'headings')).toEqual(['Ukraine, Germany sign agreement on rail freight corridor', 'Economy']);
        expect(coverageProblems(article)).toEqual([]);
      });

      it.each([
        ['World\nEurope', [['section label', 'World'], ['section label', 'Europe']]],
        ['World, Europe', [['section label', 'World, Europe']]],
        ['News | Middle East', [['section label', 'News | Middle East']]],
        ['Polityka', [['section label', 'Polityka']]],
      ])('removes the section label "%s"', (label, removed) => {
        const article = load(`${label}\nRail strike brings Germany to a standstill\nMost trains stood still on Thursday.\n`);
        expect(removedPairs(article)).toEqual(removed);
        expect(article.title).toBe('Rail strike brings Germany to a standstill');
      });

      it('keeps a one-word headline with no longer title line under it', () => {
        expect(load('Brexit\n\nMost trains stood still on Thursday.\n').title).toBe('Brexit');
        expect(load('Strike!\n\nTrains stand still\n\nMost trains stood still on Thursday.\n').removed).toEqual([]);
      });

      it('takes a headline ending in ? as the title and strips the dateline of the lede under it', () => {
        const article = loadFixture('question-headline.txt');
        expect(removedPairs(article)).toEqual([['dateline', 'KYIV, Ukraine (AP) —']]);
        expect(blockTexts(article, 'headings')).toEqual(['Will the talks resume?']);
        expect(blockTexts(article, 'paragraphs')[0]).toMatch(/^Ukrainian and Russian negotiators/);
        expect(article).toMatchObject({ title: 'Will the talks resume?', outlet: 'Associated Press' });
      });

      it('takes a headline ending in ! as the title', () => {
        const article = load('Russia: NATO must stop!\n\nMOSCOW (Reuters) - Russia said on Friday that NATO must stop.\n');
        expect(article.title).toBe('Russia: NATO must stop!');
        expect(removedPairs(article)).toEqual([['dateline', 'MOSCOW (Reuters) -']]);
      });

      it('keeps ? and ! out of subheads inside the body', () => {
        expect(blockTexts(load('Lede sentence here.\n\nWhat comes next?\n\nMore text.'), 'headings')).toEqual([]);
      });

      it.each([
        ['Talks resume in Geneva | Some News Site', 'Talks resume in Geneva', 'Some News Site'],
        ['Talks resume in Geneva – Reuters', 'Talks resume in Geneva', 'Reuters'],
        ['Talks resume in Geneva - ТАСС', 'Talks resume in Geneva', 'TASS'],
        // A dash before an unknown name may belong to the title: it stays.
        ['Talks resume in Geneva — The Morning Star', 'Talks resume in Geneva — The Morning Star', null],
        ['Russia – NATO talks resume in Geneva', 'Russia – NATO talks resume in Geneva', null],
      ])('reads the title line "%s"', (line, title, outlet) => {
        const article = load(`${line}\n\nThe lede.\n`);
        expect(article).toMatchObject({ title, outlet });
        expect(blockTexts(article, 'headings')).toEqual([title]);
      });
    });

    describe('a paragraph per line, no blank lines between (text copied from a web page)', () => {
      it('finds the title, subheads, dateline and outlet as it does with blank lines', () => {
        const article = loadFixture('web-copy-no-blank-lines.txt');
        expect(article).toMatchObject({ title: 'Ferry link to the islands restored after storm', outlet: 'Reuters' });
        expect(blockTexts(article, 'headings')).toEqual([
          'Ferry link to the islands restored after storm',
          'What was damaged',
          'Who was stranded',
        ]);
        expect(removedPairs(article)).toEqual([['dateline', 'HELSINKI, April 9 (Reuters) -']]);
        expect(blockTexts(article, 'paragraphs')[0]).toMatch(/^Ferries between the mainland/);
        expect(coverageProblems(article)).toEqual([]);
        // The same text with blank lines between its paragraphs reads the same.
        const spaced = load(article.text.replace(/\n/g, '\n\n'));
        expect(blockTexts(spaced)).toEqual(blockTexts(article));
        expect(blockTexts(spaced, 'headings')).toEqual(blockTexts(article, 'headings'));
      });

      it('keeps the short lines after a line ending in a colon, and a run of short lines, as paragraphs', () => {
        const afterColon = load('Ports reopen\nThe ports handled:\nOdesa 1.2 million tonnes\nPivdennyi 0.5 million tonnes\nMore is expected in April.\n');
        expect(blockTexts(afterColon, 'headings')).toEqual(['Ports reopen']);
        const table = load('Talks in Geneva\nThe talks ended on Monday.\nMoscow 45\nKyiv 30\nThe figures are provisional.\n');
        expect(blockTexts(table, 'headings')).toEqual(['Talks in Geneva']);
      });

      it('keeps a subhead after a list item without a stop', () => {
        const article = load('Ports reopen\nThree ports reopened on Monday.\n- Odesa\n- Pivdennyi\nWhat comes next\nTalks resume next week.\n');
        expect(blockTexts(article, 'headings')).toEqual(['Ports reopen', 'What comes next']);
      });

      it('finds no title or subheads in lines that run on into the next, as a short hard-wrapped text does', () => {
        const text =
          'Foreign ministers met in Geneva on Friday and agreed\nthat the talks would continue in March\nDiplomats said the mood had improved since January\nwhen the talks broke off.\n';
        const article = load(text);
        expect(article.title).toBeNull();
        expect(blockTexts(article, 'headings')).toEqual([]);
      });
    });

    describe('subheads and sentences without a full stop', () => {
      /** The headings of a body with `line` as its second paragraph. */
      const headingsWith = (line: string) =>
        blockTexts(load(`Ferry link restored\n\nFerries resumed on Tuesday, the operator said.\n\n${line}\n\nRepairs will take a week.\n`), 'headings');

      it.each([
        'What comes next',
        'What was agreed',
        'Who was stranded',
        'Delegation led by Ryabkov',
        'The road ahead',
        'Residents told to leave',
        '"Escalation for the sake of de-escalation"',
        'Repairs expected to cost 2 million euros',
      ])('keeps the subhead "%s"', (line) => {
        expect(headingsWith(line)).toEqual(['Ferry link restored', line]);
      });

      it.each([
        'The first crossing was delayed by an hour',
        'The Russian delegation was led by Deputy Foreign Minister Sergei Ryabkov',
        'Peskov said Russia would return to the deal only after its conditions are met',
        'Travellers had waited in hotels since Friday',
        'According to the operator, all crossings run again',
        'The next round of consultations is expected in Vienna next month',
      ])('reads "%s" as a sentence that lost its full stop', (line) => {
        expect(headingsWith(line)).toEqual(['Ferry link restored']);
      });

      it('pairs a sentence without its full stop with the same sentence with one', () => {
        const [a, b] = ['unstopped-sentence-a.txt', 'unstopped-sentence-b.txt'].map((name) => splitSentences(loadFixture(name)));
        const comparison = compareArticles([a, b]);
        // Only the two headlines, worded differently, stay unmatched.
        expect(comparison.unmatched.map((entry) => [entry.article, entry.sentences])).toEqual([
          ['unstopped-sentence-a.txt', [0]],
          ['unstopped-sentence-b.txt', [0]],
        ]);
        const pair = comparison.alignments.find((alignment) => alignment.members[0].text.startsWith('The first crossing'));
        expect(pair?.members.map((member) => member.sentences)).toEqual([[2], [2]]);
      });
    });

    describe('datelines', () => {
      it.each([
        ['KYIV, Ukraine (AP) — Officials said talks could resume.', 'KYIV, Ukraine (AP) —', 'Associated Press'],
        ['WASHINGTON — Lawmakers met on Friday.', 'WASHINGTON —', null],
        ['WASHINGTON, D.C. — Lawmakers met on Friday.', 'WASHINGTON, D.C. —', null],
        ['Moscow, Feb 18 (Reuters) - Russia said talks would resume.', 'Moscow, Feb 18 (Reuters) -', 'Reuters'],
        ['ST. PETERSBURG, June 3 (Reuters) - The forum opened.', 'ST. PETERSBURG, June 3 (Reuters) -', 'Reuters'],
        ['МОСКВА, 18 февраля. /ТАСС/. Россия надеется на переговоры.', 'МОСКВА, 18 февраля. /ТАСС/.', 'TASS'],
        ['МОСКВА, 18 февраля. /РИА Новости/. Россия надеется на переговоры.', 'МОСКВА, 18 февраля. /РИА Новости/.', 'RIA Novosti'],
        ['МОСКВА, 3 мар — РИА Новости. Встреча пока не планируется.', 'МОСКВА, 3 мар — РИА Новости.', 'RIA Novosti'],
        ['САНКТ-ПЕТЕРБУРГ, 18 февраля — РИА Новости. Форум открылся.', 'САНКТ-ПЕТЕРБУРГ, 18 февраля — РИА Новости.', 'RIA Novosti'],
        ['МОСКВА — Интерфакс. Переговоры продолжатся.', 'МОСКВА — Интерфакс.', 'Interfax'],
        ['LONDON, 3 March 2022 (AFP) - Officials met.', 'LONDON, 3 March 2022 (AFP) -', 'Agence France-Presse'],
        ['NEW YORK CITY (AP) — Officials met.', 'NEW YORK CITY (AP) —', 'Associated Press'],
        ['RIO DE JANEIRO — Officials met.', 'RIO DE JANEIRO —', null],
        ['MOSCOW /TASS/. Russia hopes for talks.', 'MOSCOW /TASS/.', 'TASS'],
        ['BEIJING, Feb. 18 (Xinhua) -- Officials met.', 'BEIJING, Feb. 18 (Xinhua) --', 'Xinhua'],
        ['KYIV, Feb. 24, 2022 — Officials met.', 'KYIV, Feb. 24, 2022 —', null],
        ['BRUSSELS, Dec 18 (Euro Wire) - European Union countries agreed.', 'BRUSSELS, Dec 18 (Euro Wire) -', 'Euro Wire'],
        // No dash after the tag (PTI, IANS); a stop before the dash (EFE); the month in capitals, the tag first (ANSA).
        ['New Delhi, Mar 21 (PTI) The Supreme Court met.', 'New Delhi, Mar 21 (PTI)', 'Press Trust of India'],
        ['NEW DELHI, March 21 (IANS) The Supreme Court met.', 'NEW DELHI, March 21 (IANS)', 'IANS'],
        ['Madrid, Mar 22 (EFE).- Spain said it would act.', 'Madrid, Mar 22 (EFE).-', 'EFE'],
        ['MADRID, Mar 22 (EFE).- Spain said it would act.', 'MADRID, Mar 22 (EFE).-', 'EFE'],
        ['WASHINGTON, MARCH 20 (UPI) -- Officials met.', 'WASHINGTON, MARCH 20 (UPI) --', 'United Press International'],
        ['(ANSA) - ROME, MARCH 20 - Premier Giorgia Meloni spoke.', '(ANSA) - ROME, MARCH 20 -', 'ANSA'],
        ['KYIV. March 22 (Interfax-Ukraine) - Russian forces attacked.', 'KYIV. March 22 (Interfax-Ukraine) -', 'Interfax-Ukraine'],
        ['TOKYO, March 18 (Kyodo) -- Officials met.', 'TOKYO, March 18 (Kyodo) --', 'Kyodo News'],
        // ANI's: the country in square brackets, maybe a state in brackets before it, a colon after the tag.
        ['New Delhi [India], March 21 (ANI): The Supreme Court met.', 'New Delhi [India], March 21 (ANI):', 'ANI'],
        ['Srinagar (Jammu and Kashmir) [India], March 21 (ANI): Officials met.', 'Srinagar (Jammu and Kashmir) [India], March 21 (ANI):', 'ANI'],
        ['Kolkata (West Bengal) [India], Mar 21 (ANI): Officials met.', 'Kolkata (West Bengal) [India], Mar 21 (ANI):', 'ANI'],
        ['Washington DC [US], March 21 (ANI): The White House said.', 'Washington DC [US], March 21 (ANI):', 'ANI'],
        ['NEW DELHI [India], March 21 (ANI) The Supreme Court met.', 'NEW DELHI [India], March 21 (ANI)', 'ANI'],
        ['New Delhi [India], March 21 (PTI): The Supreme Court met.', 'New Delhi [India], March 21 (PTI):', 'Press Trust of India'],
      ])('strips "%s"', (lede, dateline, outlet) => {
        const article = load(`${lede}\n\nSecond paragraph.\n`);
        expect(removedPairs(article)).toEqual([['dateline', dateline]]);
        expect(article.outlet).toBe(outlet);
      });

      it('takes the date of a day-first dateline with a year', () => {
        expect(load('LONDON, 3 March 2022 (AFP) - Officials met.\n').date).toBe('2022-03-03');
      });

      it('takes the date of an ANI dateline only with a year', () => {
        expect(load('New Delhi [India], March 21, 2024 (ANI): Officials met.\n').date).toBe('2024-03-21');
        expect(load('New Delhi [India], March 21 (ANI): Officials met.\n').date).toBeNull();
      });

      it.each([
        'NATO — the alliance said it would respond.',
        'Moscow - the capital - hosted the talks.',
        'Putin (the president) - who spoke first - said little.',
        'Moscow (officials) - said nothing.',
        'НАТО — альянс, а не страна.',
        'NATO (North Atlantic Alliance) - the alliance said it would respond.',
        // Without a dash, only a date and a known outlet's tag make a dateline.
        'New Delhi (officials) The court met.',
        'New Delhi, March 21 (Monday) The court met.',
        // ANI's shape needs a known outlet's tag, at the start of the lede, before a lede that starts like one.
        'New Delhi [India], March 21 (Monday): The court met.',
        'New Delhi [India], March 21 (ANI): the court met.',
        'Officials in New Delhi [India], March 21 (ANI) said the court met.',
        'The minister told Asian News International (ANI): "We will act."',
        'Srinagar (Jammu and Kashmir), March 21 (ANI): Officials met.',
      ])('keeps "%s"', (lede) => {
        expect(ledeRemoved(lede)).toEqual([]);
      });

      it('reads a RIA Novosti dateline with an abbreviated month: the agency is the outlet, the lede starts after it', () => {
        const article = loadFixture('ria-russian.txt');
        expect(removedPairs(article)).toEqual([['dateline', 'ХЕЛЬСИНКИ, 9 апр — РИА Новости.']]);
        expect(article.outlet).toBe('RIA Novosti');
        expect(splitSentences(article).sentences[1].text).toMatch(/^Паромы между материком/);
        expect(coverageProblems(article)).toEqual([]);
      });

      it('reads a Russian TASS page: published stamp, dateline, "read also" link', () => {
        const article = loadFixture('tass-russian.txt');
        expect(removedPairs(article)).toEqual([
          ['date stamp', 'Опубликовано: 18.02.2022'],
          ['dateline', 'МОСКВА, 18 февраля. /ТАСС/.'],
          ['navigation', 'Читайте также'],
        ]);
        expect(article).toMatchObject({
          outlet: 'TASS',
          date: '2022-02-18',
          title: 'Захарова: НАТО продолжает эскалацию',
        });
        expect(blockTexts(article, 'paragraphs')[0]).toMatch(/^Россия надеется/);
        expect(coverageProblems(article)).toEqual([]);
      });
    });

    describe("editors' notes and corrections", () => {
      /** A story with `top` above the dateline's paragraph and `bottom` under the last one. */
      function story(top: string, bottom = '') {
        return load(
          `Senate passes stopgap bill\n\n${top}\n\nWASHINGTON (AP) — The Senate passed a short-term spending bill late Friday.\n\nThe vote was 77-13.\n\n${bottom}\n`,
        );
      }

      // Regression: an editor's note above the lede was read as the lede, so the dateline under it
      // stayed in the text and the outlet was unknown.
      it('removes a note above the lede and below the story, still finds the dateline, and keeps prose that mentions an editor or a correction', () => {
        const article = loadFixture('ap-editors-note.txt');
        expect(removedPairs(article)).toEqual([
          ["editor's note", "EDITOR'S NOTE: This story has been updated to reflect the final vote count."],
          ['dateline', 'WASHINGTON (AP) —'],
          ["editor's note", 'This story has been corrected to show that the vote was 77-13, not 77-31.'],
        ]);
        expect(article.outlet).toBe('Associated Press');
        expect(blockTexts(article, 'paragraphs')).toEqual([
          'The Senate passed a short-term spending bill late Friday that keeps the government funded through March 8.',
          "The vote was 77-13. The editor of the Senate's daily digest noted that the count had been corrected twice during the evening.",
          // Inside the body, a labelled line is the story's own.
          'Correction: the first tally read out on the floor was wrong, the clerk told senators before the second count.',
          '"This story has been told too many times," Senate Majority Leader Chuck Schumer said of the repeated deadlines.',
          'Correction officers at federal prisons would have worked without pay in a shutdown.',
        ]);
        expect(coverageProblems(article)).toEqual([]);
      });

      it.each([
        "EDITOR'S NOTE: This story has been updated to reflect the final vote count.",
        'Editor’s note: This story has been updated to reflect the final vote count.',
        "EDITOR'S NOTE — This story has been updated to reflect the final vote count.",
        "Editors' Note: An earlier version of this story gave the wrong vote count.",
        'CORRECTION: This story has been corrected to show that the vote was 77-13.',
        'Clarification: The bill funds only some agencies through March 8.',
        'This story has been corrected to show that the vote was 77-13, not 77-31.',
        'This article has been updated with the final vote count.',
        'This version corrects the vote count.',
        'An earlier version of this story misstated the vote count.',
      ])('removes "%s" above the lede as an editor\'s note, and the dateline under it', (note) => {
        const article = story(note);
        expect(removedPairs(article)).toEqual([
          ["editor's note", note],
          ['dateline', 'WASHINGTON (AP) —'],
        ]);
        expect(article.outlet).toBe('Associated Press');
      });

      it('removes a label on a line of its own, and a correction under the story', () => {
        const article = story("EDITOR'S NOTE", 'Correction: An earlier version of this story misstated the vote count.');
        expect(removedPairs(article)).toEqual([
          ["editor's note", "EDITOR'S NOTE"],
          ['dateline', 'WASHINGTON (AP) —'],
          ["editor's note", 'Correction: An earlier version of this story misstated the vote count.'],
        ]);
      });

      it.each([
        "The paper's editor added a note to the story after the vote.",
        'Editors noted that the story had been updated twice.',
        'Corrections officers said they would work without pay.',
        'This story has been told before, senators said.',
        'Correction-free counts are rare, the clerk said.',
      ])('keeps "%s", which is prose, at the foot of the story', (line) => {
        const article = story('The Senate voted late on Friday night.', line);
        expect(blockTexts(article, 'paragraphs')).toContain(line);
        expect(removedPairs(article).map(([reason]) => reason)).not.toContain("editor's note");
      });

      // Regression: an update note above the lede was read as the lede (so the dateline under it stayed
      // and the outlet was unknown), and the notes that a story is still being written stayed at its foot.
      it('removes update notes above the lede and below the story, and keeps sentences about updates', () => {
        const article = loadFixture('wire-update-notes.txt');
        expect(removedPairs(article)).toEqual([
          ["editor's note", 'UPDATE: Adds comment from the mayor in paragraph 4.'],
          ['dateline', 'KYIV, Ukraine (AP) —'],
          ["editor's note", 'This story has been updated with comment from the mayor.'],
          ["editor's note", 'This is a developing story and will be updated.'],
        ]);
        expect(article.outlet).toBe('Associated Press');
        expect(blockTexts(article, 'paragraphs')).toEqual([
          "A fire at a warehouse on the eastern edge of Kyiv killed two people and injured five on Tuesday, the city's emergency service said.",
          'Firefighters worked through the night to contain the blaze. The city said it would update residents every hour on the air quality.',
          "An update on the cause of the fire is expected on Friday, the prosecutor's office said.",
          'Mayor Vitali Klitschko said the city would pay for the funerals and help the injured.',
          "Updates to the list of closed roads will be posted on the city's website, officials said.",
        ]);
        expect(coverageProblems(article)).toEqual([]);
      });

      it.each([
        'UPDATE: Adds the final vote count.',
        'UPDATED — Adds the final vote count in paragraph 2.',
        'Update 2 (March 8, 11:05 p.m.): Adds the final vote count.',
        'This is a developing story and will be updated.',
        'This is a breaking news story. Check back for updates.',
        'This story is developing. Check back for updates.',
        'This post has been updated.',
      ])('removes the update note "%s" above the lede, and the dateline under it', (note) => {
        const article = story(note);
        expect(removedPairs(article)).toEqual([
          ["editor's note", note],
          ['dateline', 'WASHINGTON (AP) —'],
        ]);
      });

      it.each(['This story will be updated.', 'Check back later for updates.', 'Please check back for more details.', 'More to follow.', '(More to follow)', 'Further details to come.'])(
        'removes the note "%s" under the story',
        (note) => {
          expect(removedPairs(story('', note))).toEqual([
            ['dateline', 'WASHINGTON (AP) —'],
            ["editor's note", note],
          ]);
        },
      );

      it.each([
        'The clerk said the count would be updated on Monday.',
        'Updates to the rules will follow next year, the clerk said.',
        'Senators were told to check back for updates on the schedule.',
        'More senators are expected to follow.',
      ])('keeps "%s", which is prose, at the foot of the story', (line) => {
        const article = story('The Senate voted late on Friday night.', line);
        expect(blockTexts(article, 'paragraphs')).toContain(line);
      });

      it('leaves an update label before a date or time to the date stamp rules, and a Reuters "UPDATE 2-" headline as the title', () => {
        expect(ledeRemoved('UPDATED: March 7, 10:45')).toEqual([['date stamp', 'UPDATED: March 7, 10:45']]);
        const article = load('UPDATE 2-Senate passes stopgap bill\n\nWASHINGTON (Reuters) - The Senate passed a bill.\n');
        expect(article.title).toBe('Senate passes stopgap bill');
        expect(removedPairs(article)[0]).toEqual(['version tag', 'UPDATE 2-']);
      });

      // Regression: two stories sharing only the note were paired by it, which the corpus index read as reuse.
      it('does not pair two unrelated stories by the note they share', () => {
        const note = "EDITOR'S NOTE: This story has been updated to reflect the final vote count.";
        const senate = { ...story(note), id: 'senate' };
        const storm = loadArticleText(
          `Storm floods coastal towns\n\n${note}\n\nMIAMI (AP) — Floodwaters swept through three coastal towns on Sunday.\n\nRescuers reached dozens of stranded families by boat.\n`,
          { id: 'storm', source: 'storm.txt' },
        );
        const comparison = compareArticles([splitSentences(senate), splitSentences(storm)]);
        expect(comparison.alignments).toEqual([]);
      });

      // Regression: in wrapped copy, a byline long enough to look like a full line was joined to the
      // date stamp under it, and neither rule read the joined line.
      const published = 'Published 11:42 PM EST, March 1, 2024';
      it.each([
        ['LF', '\n', published],
        ['CRLF', '\r\n', published],
        // A bare date is chrome only at the edges: the header is one.
        ['a bare date under the byline', '\n', 'March 1, 2024'],
      ])('removes the note, the byline and its stamp from wrapped wire copy (%s)', (_name, lineEnd, stamp) => {
        const fixture = readFileSync(join(FIXTURES_DIR, 'wire-byline-editors-note.txt'), 'utf8');
        const text = fixture.replace(published, stamp).replace(/\n/g, lineEnd);
        expect(detectWrapWidth(text)).not.toBeNull();
        const article = load(text);
        expect(removedPairs(article)).toEqual([
          ['byline', 'By LISA MASCARO and MARY CLARE JALONICK Associated Press'],
          ['date stamp', stamp],
          ["editor's note", "EDITOR'S NOTE: This story has been updated to reflect the final vote count."],
          ['dateline', 'WASHINGTON (AP) —'],
          ['reporting credit', 'Associated Press writer Kevin Freking contributed to this report.'],
        ]);
        expect(article).toMatchObject({
          outlet: 'Associated Press',
          author: 'LISA MASCARO and MARY CLARE JALONICK',
          date: '2024-03-01',
          title: 'Senate passes stopgap bill, averting government shutdown',
        });
        expect(blockTexts(article, 'paragraphs')[0]).toMatch(/^The Senate passed a short-term spending bill late Friday that keeps/);
        expect(coverageProblems(article)).toEqual([]);
      });
    });

    describe("a site's menu above the headline, and a standfirst above the lede", () => {
      it('removes a menu copied above the headline, so the headline is the title', () => {
        const article = load(
          'Accessibility links\nSkip to main content\nReuters logo\nHourly News\nListen Live\nMy Playlist\nEurope\nDenmark says it will draft women into the military\nDenmark will extend conscription to women, the government said.\n',
        );
        expect(removedPairs(article)).toEqual([
          ['navigation', 'Accessibility links'],
          ['navigation', 'Skip to main content'],
          ['masthead', 'Reuters logo'],
          ['navigation', 'Hourly News'],
          ['navigation', 'Listen Live'],
          ['navigation', 'My Playlist'],
          ['section label', 'Europe'],
        ]);
        expect(article).toMatchObject({ outlet: 'Reuters', title: 'Denmark says it will draft women into the military' });
      });

      it('keeps a kicker and a short headline above the byline and the date stamp: they end a menu run', () => {
        const article = load(
          'Israel-Hamas war\n\nCeasefire collapses\n\nBy Jane Doe\n\nPublished: March 7, 2024\n\nFighting resumes in Gaza as talks stall in Cairo\n\nIsraeli strikes resumed across Gaza on Thursday, hours after negotiators left Cairo without a deal.\n',
        );
        expect(removedPairs(article)).toEqual([
          ['byline', 'By Jane Doe'],
          ['date stamp', 'Published: March 7, 2024'],
        ]);
        expect(article.text).toContain('Ceasefire collapses');
      });

      it('keeps a short headline with a kicker and a section label above a headline-style standfirst', () => {
        const article = load('Europe\nAnalysis\nTalks resume\nWhy the Geneva round matters for both sides\nDelegations returned to Geneva on Friday.\n');
        expect(article.title).toBe('Talks resume');
        expect(blockTexts(article, 'headings')).toContain('Talks resume');
      });

      it("finds the dateline on the paragraph under a standfirst that has the header's chrome under it", () => {
        const article = load(
          'Leaders clash over defense bonds\nMacron pushes for joint bonds; others say no.\nBy Jane Doe\nBRUSSELS — EU leaders split on Thursday over joint borrowing.\nGermany rejected the idea.\n',
        );
        expect(removedPairs(article)).toEqual([
          ['byline', 'By Jane Doe'],
          ['dateline', 'BRUSSELS —'],
        ]);
        expect(blockTexts(article, 'paragraphs')[0]).toBe('Macron pushes for joint bonds; others say no.');
      });

      it('keeps a later paragraph that opens like a dateline when the first paragraph has no chrome under it', () => {
        const article = load('Talks resume\n\nThe talks resumed on Friday.\n\nGENEVA — The delegations met for six hours.\n');
        expect(article.removed).toEqual([]);
      });
    });
    describe('pages copied from outlets the rules were not first written for', () => {
      it("removes a site menu above the headline, a caption ending in its credit in brackets and appeals for members (Kyiv Independent style)", () => {
        const article = loadFixture('kyiv-independent-page.txt');
        expect(removedPairs(article).slice(0, 11)).toEqual([
          ['navigation', 'Skip to content'],
          ['masthead', 'Kyiv Independent'],
          ['navigation', 'News Feed'],
          ['navigation', 'Ukraine War'],
          ['section label', 'Business'],
          ['section label', 'Opinion'],
          ['donation appeal', 'Support us'],
          ['byline', 'by Oleksandr Hrytsenko'],
          ['date stamp', 'March 7, 2024 4:12 PM'],
          ['reading time', '2 min read'],
          ['caption', 'Polish farmers block the road to the Dorohusk border crossing on Feb. 20, 2024. (Wojtek Jargilo/EPA-EFE)'],
        ]);
        expect(removedPairs(article)).toContainEqual(['donation appeal', 'Become a member']);
        expect(article).toMatchObject({
          outlet: 'The Kyiv Independent',
          title: 'Ukraine, Poland agree to reopen Dorohusk crossing for trucks after blockade',
          date: '2024-03-07',
          author: 'Oleksandr Hrytsenko',
        });
        expect(blockTexts(article, 'headings')).toEqual(['Ukraine, Poland agree to reopen Dorohusk crossing for trucks after blockade']);
        expect(coverageProblems(article)).toEqual([]);
      });

      it("removes the player's menu, the logo, an agency's byline, a caption that folds away with its credit, and the share row (NPR style)", () => {
        const article = loadFixture('npr-page.txt');
        expect(removedPairs(article)).toEqual([
          ['navigation', 'Accessibility links'],
          ['navigation', 'Skip to main content'],
          ['navigation', 'Keyboard shortcuts for audio player'],
          ['navigation', 'Open Navigation Menu'],
          ['masthead', 'NPR logo'],
          ['navigation', 'Hourly News'],
          ['navigation', 'Listen Live'],
          ['navigation', 'My Playlist'],
          ['section label', 'Europe'],
          ['date stamp', 'March 7, 2024 5:01 AM ET'],
          ['byline', 'By The Associated Press'],
          ['caption', 'Danish Prime Minister Mette Frederiksen speaks during a news conference in Copenhagen on Wednesday.'],
          ['photo credit', 'Ida Marie Odgaard/Ritzau Scanpix via AP'],
          ['caption', 'hide caption'],
          ['caption', 'toggle caption'],
          ['photo credit', 'Ida Marie Odgaard/Ritzau Scanpix via AP'],
          ['dateline', 'COPENHAGEN, Denmark —'],
          ['advertisement', 'Sponsor Message'],
          ['share prompt', 'Facebook'],
          ['share prompt', 'Flipboard'],
          ['share prompt', 'Email'],
          ['section label', 'News'],
        ]);
        // An agency named as the byline is no author.
        expect(article).toMatchObject({ outlet: 'NPR', title: 'Denmark says it will draft women into the military for the first time', author: null });
        expect(coverageProblems(article)).toEqual([]);
      });

      it('removes stamps with slashed dates (reading no date from them), a caption ending in a © credit, the outlet as byline, the labels and the sign-off (France 24 style)', () => {
        const article = loadFixture('france24-page.txt');
        expect(removedPairs(article).slice(0, 12)).toEqual([
          ['section label', 'Europe'],
          ['date stamp', 'Issued on: 07/03/2024 - 16:05'],
          ['date stamp', 'Modified: 07/03/2024 - 16:22'],
          ['caption', 'Slovak Prime Minister Robert Fico speaks to the press in Bratislava on February 27, 2024. © Vladimir Simicek, AFP'],
          ['byline', 'Text by: FRANCE 24'],
          ['reading time', '2 min'],
          ['advertisement', 'Advertising'],
          ['advertisement', 'Advertising'],
          ['navigation', 'Read more'],
          ['navigation', "Slovakia's Fico wins election on pledge to end military aid for Ukraine"],
          ['reporting credit', '(FRANCE 24 with AFP)'],
          ['navigation', 'Daily newsletter'],
        ]);
        expect(article).toMatchObject({ date: null, author: null, title: "Slovakia's Fico says he will not send weapons to Ukraine" });
        expect(blockTexts(article, 'paragraphs')).toHaveLength(3);
        expect(coverageProblems(article)).toEqual([]);
      });

      it('removes a caption whose credit follows a bar, and finds the dateline on the paragraph under a standfirst (Politico style)', () => {
        const article = loadFixture('politico-page.txt');
        expect(removedPairs(article)).toEqual([
          ['masthead', 'POLITICO'],
          ['section label', 'Europe'],
          ['caption', 'French President Emmanuel Macron speaks to the press after the EU summit. | Ludovic Marin/AFP via Getty Images'],
          ['date stamp', 'March 7, 2024 6:30 pm CET'],
          ['byline', 'By Jacopo Barigazzi and Eddy Wax'],
          ['dateline', 'BRUSSELS —'],
        ]);
        expect(article).toMatchObject({ outlet: 'Politico', date: '2024-03-07', title: 'EU leaders clash over joint defense bonds' });
        expect(blockTexts(article, 'paragraphs').slice(0, 2)).toEqual([
          'Macron pushes for Eurobonds; frugal countries say no.',
          'EU leaders split on Thursday over French calls for the bloc to borrow jointly to pay for a rapid expansion of weapons production.',
        ]);
        expect(coverageProblems(article)).toEqual([]);
      });

      it('removes a cookie banner with its button, appeals for donations and a named newsletter at the foot (Meduza style)', () => {
        const article = loadFixture('meduza-page.txt');
        expect(removedPairs(article).slice(5)).toEqual([
          ['cookie notice', 'Cookies help us deliver our services. By using our services, you agree to our use of cookies.'],
          ['cookie notice', 'Accept'],
          ['donation appeal', 'Support Meduza'],
          ['donation appeal', 'Meduza’s newsroom relies on readers like you. Donate today.'],
          ['subscription prompt', 'Subscribe to The Beet, our weekly newsletter'],
        ]);
        expect(article.outlet).toBe('Meduza');
        expect(blockTexts(article).at(-1)).toBe('The verdict is expected next week.');
        expect(coverageProblems(article)).toEqual([]);
      });

      it("removes the masthead's slogan, a caption ending in the photographer and agency, and topic links (The Moscow Times style)", () => {
        const article = loadFixture('moscow-times-page.txt');
        expect(removedPairs(article)).toEqual([
          ['masthead', 'The Moscow Times'],
          ['tagline', 'Independent news from Russia'],
          ['section label', 'News'],
          ['date stamp', 'March 7, 2024'],
          ['byline', 'By Anna Ilyina'],
          ['date stamp', 'Updated: March 7, 2024 at 3:20 p.m.'],
          ['caption', 'Central Bank Governor Elvira Nabiullina. Sergei Savostyanov / TASS'],
          ['tags', 'Read more about: Central Bank, Interest rates, Inflation'],
        ]);
        expect(article).toMatchObject({ outlet: 'The Moscow Times', title: 'Russia Raises Key Interest Rate to 16%' });
        expect(coverageProblems(article)).toEqual([]);
      });

      it("removes a byline of outlets in capitals (so the headline stays a heading), a caption ending in the agency's label and a form's small print (Daily Sabah style)", () => {
        const article = loadFixture('daily-sabah-page.txt');
        expect(removedPairs(article)).toEqual([
          ['masthead', 'DAILY SABAH'],
          ['section label', 'TÜRKIYE'],
          ['byline', 'by DAILY SABAH WITH AA'],
          [
            'caption',
            'Foreign Minister Hakan Fidan (R) meets his Ukrainian counterpart Dmytro Kuleba in Istanbul, Türkiye, March 7, 2024. (AA Photo)',
          ],
          ['navigation', 'RECOMMENDED'],
          [
            'subscription prompt',
            'You can unsubscribe at any time. By signing up, you are agreeing to our Terms of Use and Privacy Policy. This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.',
          ],
        ]);
        expect(article).toMatchObject({ outlet: 'Daily Sabah', title: 'Türkiye, Ukraine discuss grain corridor security in Istanbul', author: null });
        expect(coverageProblems(article)).toEqual([]);
      });

      it.each([
        ['Newly elected members take the oath in Islamabad [Aamir Qureshi/AFP]', 'caption'],
        ['Chinese Premier Li Qiang delivers the report in Beijing, March 5, 2024. /Xinhua', 'caption'],
        ['(With input from Xinhua)', 'reporting credit'],
        ['(with agencies)', 'reporting credit'],
        ['We use cookies to give you the best experience on our website.', 'cookie notice'],
      ])('removes "%s" at the foot', (line, reason) => {
        expect(removedPairs(load(`Talks resume\n\nLede sentence here.\n\nLast paragraph.\n\n${line}\n`))).toEqual([[reason, line]]);
      });

      it('removes a section pair above the headline, the short-link button, a caption with its © credit and no stop, and the share prompt (RT style)', () => {
        const article = loadFixture('rt-page.txt');
        expect(removedPairs(article)).toEqual([
          ['masthead', 'RT'],
          ['section label', 'World News'],
          ['section label', 'Russia & FSU'],
          ['date stamp', '7 Mar, 2024 12:41'],
          ['share prompt', 'Get short URL'],
          ['caption', 'Kremlin spokesman Dmitry Peskov © Sputnik / Vyacheslav Prokofyev'],
          ['share prompt', 'You can share this story on social media:'],
          ['share prompt', 'Follow RT on Telegram'],
        ]);
        expect(article).toMatchObject({ outlet: 'RT', date: '2024-03-07', title: "Kremlin comments on Macron's troops remark" });
        expect(coverageProblems(article)).toEqual([]);
      });

      it("reads the date from Xinhua's header row of source, time and editor", () => {
        const article = loadFixture('xinhua-page.txt');
        expect(removedPairs(article)[0]).toEqual(['source credit', 'Source: Xinhua| 2024-03-07 21:14:35|Editor: huaxia']);
        expect(article).toMatchObject({ outlet: 'Xinhua', date: '2024-03-07' });
      });

      it.each(['War & Peace', 'Rock & Roll'])('keeps the headline "%s" with no longer title line under it', (title) => {
        expect(load(`${title}\nThe novel was adapted for the stage this year, the theatre said.\n`).title).toBe(title);
      });

      it('reads a mixed-case dateline with its country (Al Jazeera style)', () => {
        expect(ledeRemoved('Islamabad, Pakistan – Pakistan’s new parliament has held its first session.')).toEqual([
          ['dateline', 'Islamabad, Pakistan –'],
        ]);
      });

      it.each([
        'Hamas, Hezbollah – Iran’s allies in the region have vowed to respond to the strike.',
        'Apple, Google – The two tech giants were fined a combined $2bn by the European Commission.',
      ])('keeps "%s": a mixed-case dateline names a country or US state', (lede) => {
        expect(ledeRemoved(lede)).toEqual([]);
      });

      it('reads a mixed-case dateline with a US state', () => {
        expect(ledeRemoved('Concord, New Hampshire – Voters went to the polls on Tuesday.')).toEqual([['dateline', 'Concord, New Hampshire –']]);
      });

      it.each([
        'The results were published by pollsters (Reuters/Ipsos).',
        'Cookies are small files that websites store on a computer, the regulator said.',
        'The watchdog said the company had changed its privacy policy twice this year.',
        'The minister said farmers would need to support us in the talks.',
        'Talks will resume in March. © remains with the author, the publisher said.',
      ])('keeps "%s" at the foot', (line) => {
        expect(load(`Talks resume\n\nLede sentence here.\n\nLast paragraph.\n\n${line}\n`).removed).toEqual([]);
      });

      // Closing paragraphs the edge rules once took for a reporting credit, a form's small print, an
      // appeal, a cookie banner and a caption's credit.
      it.each([
        'He reported from Kharkiv for the BBC and Reuters for more than a decade.',
        '"We have updated our privacy policy to reflect this," a Meta spokesperson said.',
        'The Red Cross urged people in the region to donate now.',
        'Regulators said the new rules would let you refuse tracking cookies on any website.',
        'The ministry said 12 people were killed and 40 wounded in the strike, the deadliest on the city this year. (AFP/Reuters)',
      ])('keeps the closing paragraph "%s"', (line) => {
        expect(load(`Talks resume\n\nLede sentence here.\n\nSecond paragraph.\n\n${line}\n`).removed).toEqual([]);
      });

      it.each([
        ['Casey and Ramer reported from Concord, New Hampshire.', 'reporting credit'],
        ['By continuing to browse the site you agree to our use of cookies.', 'cookie notice'],
        ['Read our privacy policy to learn how we handle your data.', 'subscription prompt'],
        ['Donate now to keep our reporting free.', 'donation appeal'],
        ['Officials inspect the damage in Kharkiv on March 7, 2024. (Sergey Bobok/AFP)', 'caption'],
      ])('still removes "%s" at the foot', (line, reason) => {
        expect(removedPairs(load(`Talks resume\n\nLede sentence here.\n\nLast paragraph.\n\n${line}\n`))).toEqual([[reason, line]]);
      });

      it('keeps a lede about cookie rules, stripping only its dateline', () => {
        const lede = 'BRUSSELS (Reuters) — Websites must let you reject cookies as easily as you accept them, the European Commission said on Tuesday.';
        expect(ledeRemoved(lede)).toEqual([['dateline', 'BRUSSELS (Reuters) —']]);
      });
    });

    describe('wire copy from more agencies (PTI, IANS, ANI, Kyodo, Yonhap, Bernama, EFE, ANSA, Interfax-Ukraine, UNIAN, The Canadian Press)', () => {
      /** A story whose last paragraph has `foot` under it. */
      function withFoot(...foot: string[]) {
        return load(['Court refuses to stay law', 'The court refused on Thursday to stay the law, judges said.', 'The hearing will resume in May.', ...foot].join('\n\n'));
      }

      // Regression: the agencies' sign-offs stayed as headings under the story.
      it.each([
        ['--IANS', 'end mark'],
        ['-- BERNAMA', 'end mark'],
        ['==Kyodo', 'end mark'],
        ['(END)', 'end mark'],
        ['PTI ABA SJK RT', 'reporting credit'],
      ])('removes the sign-off "%s"', (line, reason) => {
        expect(removedPairs(withFoot(line))).toEqual([[reason, line]]);
      });

      it.each(['-- the judges', 'PTI said so', '(End of the hearing)'])('keeps "%s" under the story', (line) => {
        expect(removedPairs(withFoot(line))).toEqual([]);
      });

      // Regression: prose that merely resembles a note, a notice or a copyright line was removed under the
      // story (and, with "Read also" under a lede, as the lede itself).
      it.each([
        'Copyright claims filed in 2024 rose by a third, according to the U.S. Copyright Office.',
        'Copyright lawyers for the developer filed 2024 papers challenging the plan.',
        'Updates — including new rent limits — are expected next month.',
        'Updated — and expanded — rules will take effect next year.',
        'This story is developing, officials warned, as more tenants come forward.',
        'The disputed footage was taken from a news agency feed, the broadcaster confirmed on Tuesday.',
        "When using the city's new online portal, a link to a verified bank account is required.",
      ])('keeps the sentence "%s" under the story', (line) => {
        expect(removedPairs(withFoot(line))).toEqual([]);
      });

      it('still removes a labelled update note with a dash, and a developing-story note without a clause', () => {
        expect(removedPairs(withFoot('UPDATE — Adds comment from the mayor.', 'This story is developing and will be updated.'))).toEqual([
          ["editor's note", 'UPDATE — Adds comment from the mayor.'],
          ["editor's note", 'This story is developing and will be updated.'],
        ]);
      });

      // Regression: copyright lines without a year right after the sign, the terms for quoting a site and the
      // note that a story came from an agency's feed stayed as the story's last sentences.
      it.each([
        ['© EFE 2024. Está expresamente prohibida la redistribución y la redifusión de todo o parte de los contenidos de los servicios de Efe.', 'copyright'],
        ['Copyright © 2024 The Canadian Press. All rights reserved.', 'copyright'],
        ['(C) Yonhap News Agency. All Rights Reserved', 'copyright'],
        ['ALL RIGHTS RESERVED © Copyright ANSA', 'copyright'],
        ['All rights reserved. When using materials, a hyperlink to Interfax-Ukraine is required.', 'copyright'],
        ['When citing and using any materials on the Internet, links to the website unian.info not lower than the first paragraph are mandatory.', 'site notice'],
        ['(This story has not been edited by our staff and is auto-generated from a syndicated feed.)', 'site notice'],
        ['(Only the headline and picture of this report may have been reworked by the Business Standard staff; the rest of the content is auto-generated from a syndicated feed.)', 'site notice'],
        ['This story has been published from a wire agency feed without modifications to the text. Only the headline has been changed.', 'site notice'],
      ])('removes "%s" under the story', (line, reason) => {
        expect(removedPairs(withFoot(line))).toEqual([[reason, line]]);
      });

      // Regression: The Canadian Press's closing note and its byline under the story stayed as text, and the
      // note's date and outlet were not read.
      it('removes the note that gives the date and the byline of a Canadian Press story (fixtures/load/canadian-press-wire.txt)', () => {
        const article = loadFixture('canadian-press-wire.txt');
        expect(removedPairs(article)).toEqual([
          ['dateline', 'OTTAWA —'],
          ['date stamp', 'This report by The Canadian Press was first published March 21, 2024.'],
          ['byline', 'Dylan Robertson, The Canadian Press'],
        ]);
        expect(article).toMatchObject({ outlet: 'The Canadian Press', date: '2024-03-21', author: 'Dylan Robertson' });
        expect(coverageProblems(article)).toEqual([]);
      });

      it.each(['This report was first published in Nature.', 'Kyiv, Reuters', 'Officials in Ottawa, The Canadian Press'])(
        'keeps "%s" under the story',
        (line) => {
          expect(removedPairs(withFoot(line))).toEqual([]);
        },
      );

      // Regression: "Home / India" was the title, "Also Read:" and UNIAN's "Read also <headline>" stayed, and
      // the sign-off, notice and links under an IANS story were sentences.
      it('reads an IANS story: dateline without a dash, sign-off, editors\' initials, feed notice and links (fixtures/load/ians-wire.txt)', () => {
        const article = loadFixture('ians-wire.txt');
        expect(removedPairs(article)).toEqual([
          ['dateline', 'New Delhi, March 21 (IANS)'],
          ['end mark', '--IANS'],
          ['reporting credit', 'ss/vd'],
          ['site notice', '(This story has not been edited by our staff and is auto-generated from a syndicated feed.)'],
          ['navigation', 'Also Read:'],
          ['navigation', '- Election Commission announces poll schedule'],
          ['navigation', '- Opposition questions timing of appointments'],
        ]);
        expect(article).toMatchObject({ outlet: 'IANS', title: 'SC declines to stay law on appointment of election commissioners' });
        expect(blockTexts(article, 'paragraphs')).toHaveLength(4);
        expect(coverageProblems(article)).toEqual([]);
      });

      // Regression: ANI's dateline, with the country in square brackets, stayed in the lede's first sentence
      // and the outlet was unknown; its sign-off "(ANI)" after the last sentence stayed in that sentence.
      it('reads an ANI story: the dateline leaves the first sentence, the outlet is ANI, "(ANI)" in the body stays, the sign-off goes (fixtures/load/ani-wire.txt)', () => {
        const article = loadFixture('ani-wire.txt');
        expect(removedPairs(article)).toEqual([
          ['date stamp', 'Updated: Mar 21, 2024 13:45 IST'],
          ['dateline', 'New Delhi [India], March 21 (ANI):'],
          ['end mark', '(ANI)'],
        ]);
        // No year in the dateline, and an update's stamp is not the publication: no date.
        expect(article).toMatchObject({ outlet: 'ANI', date: null, published: null });
        const dateline = article.removed[1];
        expect(article.text.slice(dateline.start, dateline.end)).toBe('New Delhi [India], March 21 (ANI):');
        const signOff = article.removed[2];
        expect(article.text.slice(signOff.start, signOff.end)).toBe('(ANI)');
        expect(signOff.end).toBe(article.text.trimEnd().length);
        const sentences = splitSentences(article).sentences;
        expect(sentences[1].text).toMatch(/^The Supreme Court on Thursday declined/);
        expect(sentences[1].start).toBe(dateline.end + 1);
        expect(sentences.some((sentence) => sentence.text.includes('[India]'))).toBe(false);
        expect(sentences[3].text).toMatch(/^Speaking to Asian News International \(ANI\) outside the court/);
        const last = sentences.at(-1);
        expect(last?.text).toBe(
          'The Centre had told the court in an affidavit filed on Wednesday that the independence of the Election Commission did not depend on a judge sitting on the selection panel.',
        );
        expect(last?.end).toBe(signOff.start - 1);
        expect(coverageProblems(article)).toEqual([]);
      });

      describe("an agency's tag in brackets after the last sentence", () => {
        /** A story whose last paragraph is `last`. */
        function endingWith(last: string) {
          return load(['Court refuses to stay law', 'The court refused on Thursday to stay the law, judges said.', last].join('\n\n') + '\n');
        }

        it.each([
          ['The hearing will resume in May, the minister said. (ANI)', '(ANI)'],
          ['The hearing will resume in May, the minister said.(ANI)', '(ANI)'],
          ['The hearing will resume in May, the minister said. (Asian News International)', '(Asian News International)'],
          ['The hearing will resume in May, officials said. (Reuters)', '(Reuters)'],
          ['The hearing will resume in May, officials said. (dpa)', '(dpa)'],
          ['"We will press for an early hearing," the counsel said. (ANI)', '(ANI)'],
          ['"Will the hearing resume?" (ANI)', '(ANI)'],
          // After a sentence end of another script.
          ['सुनवाई मई में फिर शुरू होगी, मंत्री ने कहा। (ANI)', '(ANI)'],
        ])('removes the tag from "%s" as an end mark, with its offsets', (last, tag) => {
          const article = endingWith(last);
          expect(removedPairs(article)).toEqual([['end mark', tag]]);
          const [piece] = article.removed;
          expect(article.text.slice(piece.start, piece.end)).toBe(tag);
          const kept = last.slice(0, last.lastIndexOf(tag)).trimEnd();
          expect(blockTexts(article).at(-1)).toBe(kept);
          // The last sentence ends where the paragraph's own words end.
          const sentence = splitSentences(article).sentences.at(-1);
          expect(sentence && article.text.slice(sentence.start, sentence.end)).toMatch(/[.?।]"?$/u);
          expect(kept.endsWith(sentence?.text ?? '-')).toBe(true);
          expect(coverageProblems(article)).toEqual([]);
        });

        it.each([
          // Not an outlet: a photo's label, a footnote's number, a word in brackets.
          'The hearing will resume in May, the minister said. (Video)',
          'The hearing will resume in May, the minister said. (2)',
          'The hearing will resume in May, the minister said. (Photos)',
          // Inside a sentence, or with no sentence end before it.
          'The counsel spoke to Asian News International (ANI) outside the court.',
          'The counsel spoke to Asian News International (ANI)',
          'The counsel said the hearing would resume in May (ANI)',
          // Agencies drawn on, not one agency's tag.
          'The hearing will resume in May, officials said. (AFP/Reuters)',
        ])('keeps the last paragraph "%s" whole', (last) => {
          const article = endingWith(last);
          expect(article.removed).toEqual([]);
          expect(blockTexts(article).at(-1)).toBe(last);
        });

        it('keeps the tag after a paragraph that is not the last', () => {
          const article = load('Court refuses to stay law\n\nThe court refused on Thursday to stay the law. (ANI)\n\nThe hearing will resume in May.\n');
          expect(article.removed).toEqual([]);
          expect(blockTexts(article)).toContain('The court refused on Thursday to stay the law. (ANI)');
        });

        it('removes the tag alone on the line under the story, and keeps it between paragraphs', () => {
          expect(removedPairs(endingWith('The hearing will resume in May.\n\n(ANI)'))).toEqual([['end mark', '(ANI)']]);
          expect(removedPairs(endingWith('The hearing will resume in May.\n(Reuters)'))).toEqual([['end mark', '(Reuters)']]);
          expect(removedPairs(endingWith('The hearing will resume in May.\n\n(Video)'))).toEqual([]);
          expect(load('Court refuses to stay law\n\nThe court refused on Thursday to stay the law.\n\n(ANI)\n\nThe hearing will resume in May.\n').removed).toEqual([]);
        });

        it('removes the tag under chrome at the foot, from the last line of text', () => {
          const article = endingWith('The hearing will resume in May, the minister said. (ANI)\n\nAlso Read:\n\n- Election Commission announces poll schedule');
          expect(removedPairs(article)).toEqual([
            ['end mark', '(ANI)'],
            ['navigation', 'Also Read:'],
            ['navigation', '- Election Commission announces poll schedule'],
          ]);
          expect(coverageProblems(article)).toEqual([]);
        });

        it('removes the tag from the last paragraph of hard-wrapped copy, on its last line or on a line of its own', () => {
          const paragraph = (words: string) => `${words} ${'and the talks went on into the night '.repeat(6)}`.replace(/(.{1,66})(?: |$)/g, '$1\n');
          for (const end of [' (ANI)\n', '\n(ANI)\n']) {
            const text = `${paragraph('Ferries resumed on Tuesday')}\n${paragraph('Repairs will take a week').trimEnd()}.${end}`;
            expect(detectWrapWidth(text)).not.toBeNull();
            const article = load(text);
            expect(removedPairs(article)).toEqual([['end mark', '(ANI)']]);
            expect(blockTexts(article).at(-1)).toMatch(/went on into the night\.$/u);
            expect(coverageProblems(article)).toEqual([]);
          }
        });

        it('removes the tag after a last sentence in Markdown emphasis, which keeps its marks', () => {
          const article = endingWith('The hearing will resume in *May*. (ANI)');
          expect(removedPairs(article)).toEqual([['end mark', '(ANI)']]);
          expect(blockTexts(article).at(-1)).toBe('The hearing will resume in *May*.');
          expect(coverageProblems(article)).toEqual([]);
        });
      });

      it('reads an ANI dateline with a state and a year: the date and the outlet (fixtures/load/ani-wire-state.txt)', () => {
        const article = loadFixture('ani-wire-state.txt');
        expect(removedPairs(article)).toEqual([['dateline', 'Srinagar (Jammu and Kashmir) [India], March 21, 2024 (ANI):']]);
        expect(article).toMatchObject({ outlet: 'ANI', date: '2024-03-21', title: 'Ferry service across Dal Lake resumes after three-day suspension' });
        const sentences = splitSentences(article).sentences;
        expect(sentences[1].text).toMatch(/^Shikara and ferry services/);
        expect(sentences[1].start).toBe(article.removed[0].end + 1);
        expect(sentences.at(-1)?.text).toBe('The forecast for the weekend is calm, the meteorological centre in Srinagar told ANI.');
        expect(coverageProblems(article)).toEqual([]);
      });

      it('reads an Interfax-Ukraine page: masthead, a breadcrumb with slashes, a dotted dateline, tags, links and the rights (fixtures/load/interfax-ukraine-page.txt)', () => {
        const article = loadFixture('interfax-ukraine-page.txt');
        expect(removedPairs(article)).toEqual([
          ['masthead', 'Interfax-Ukraine'],
          ['breadcrumb', 'Home / General'],
          ['date stamp', '08:12 22.03.2024'],
          ['dateline', 'KYIV. March 22 (Interfax-Ukraine) -'],
          ['tags', 'Tags: #energy #Ukrenergo #attack'],
          ['navigation', 'Read also:'],
          ['navigation', 'Ukraine asks partners for more air defense systems'],
          ['navigation', 'Zelensky: Russia launched 90 missiles overnight'],
          ['copyright', 'All rights reserved. When using materials, a hyperlink to Interfax-Ukraine is required.'],
        ]);
        expect(article).toMatchObject({ outlet: 'Interfax-Ukraine', date: '2024-03-22' });
        expect(article.title).toMatch(/^Ukraine's energy system hit by massive Russian attack/);
        expect(blockTexts(article, 'paragraphs')).toHaveLength(4);
        expect(coverageProblems(article)).toEqual([]);
      });

      it.each([
        ['Read also Zelensky says Russia launched 90 missiles overnight', 'navigation'],
        ['Also read: Why the court refused', 'navigation'],
      ])('removes the link "%s" between paragraphs', (line, reason) => {
        const article = load(`Court refuses to stay law\n\nThe court refused on Thursday to stay the law.\n\n${line}\n\nThe hearing will resume in May.\n`);
        expect(removedPairs(article)).toEqual([[reason, line]]);
      });

      it.each(['See also Article 5 of the treaty, the judges wrote.', 'Read also the dissent, lawyers advised.'])('keeps "%s" between paragraphs', (line) => {
        const article = load(`Court refuses to stay law\n\nThe court refused on Thursday to stay the law.\n\n${line}\n\nThe hearing will resume in May.\n`);
        expect(removedPairs(article)).toEqual([]);
      });

      // Regression: credits written "Photo from …" or "Photo courtesy of …" were read as the story's headings.
      it.each(['Photo from UNIAN, Ukrenergo', "[Photo courtesy of Japan's Defense Ministry]", 'Photo courtesy of the White House', 'Courtesy of Jane Doe', '(Courtesy of Jane Doe)'])(
        'removes the photo credit "%s" under the headline',
        (line) => {
          const article = load(`Court refuses to stay law\n\n${line}\n\nThe court refused on Thursday to stay the law.\n\nThe hearing will resume in May.\n`);
          expect(removedPairs(article)).toEqual([['photo credit', line]]);
        },
      );

      it.each(['Video from Kharkiv showed burning buildings', 'Photos from the scene showed the damage.', 'Courtesy of the government, roads were repaved.'])(
        'keeps "%s" between paragraphs',
        (line) => {
          const article = load(`Court refuses to stay law\n\nThe court refused on Thursday to stay the law.\n\n${line}\n\nThe hearing will resume in May.\n`);
          expect(removedPairs(article)).toEqual([]);
        },
      );

      // Regression: the outlet's stamp row was read as the title (Kyodo's with its sections as the outlet), and
      // PTI's sign-off, the feed notice and the "First Published" stamp with a bar before its time stayed.
      it('reads a Kyodo News page: the outlet and stamp row, a credit in brackets, the end mark and related links (fixtures/load/kyodo-page.txt)', () => {
        const article = loadFixture('kyodo-page.txt');
        expect(removedPairs(article)).toEqual([
          ['date stamp', 'KYODO NEWS - Mar 18, 2024 - 10:21 | World, All'],
          ['photo credit', "[Photo courtesy of Japan's Defense Ministry]"],
          ['end mark', '==Kyodo'],
          ['navigation', 'Related coverage:'],
          ['navigation', 'N. Korea fires cruise missiles into Yellow Sea'],
          ['navigation', 'Japan, U.S., S. Korea hold trilateral missile drill'],
        ]);
        expect(article).toMatchObject({ outlet: 'Kyodo News', date: '2024-03-18', title: 'N. Korea fires ballistic missiles into Sea of Japan' });
        expect(coverageProblems(article)).toEqual([]);
      });

      it('reads a PTI story on a news site: breadcrumb, stamp row, dateline, sign-off, feed notice and stamp (fixtures/load/pti-wire.txt)', () => {
        const article = loadFixture('pti-wire.txt');
        expect(removedPairs(article)).toEqual([
          ['breadcrumb', 'Home / India'],
          ['date stamp', 'Press Trust of India | New Delhi | Updated: Mar 21 2024, 13:45 IST'],
          ['dateline', 'New Delhi, Mar 21 (PTI)'],
          ['reporting credit', 'PTI ABA SJK RT'],
          [
            'site notice',
            '(Only the headline and picture of this report may have been reworked by the Business Standard staff; the rest of the content is auto-generated from a syndicated feed.)',
          ],
          ['date stamp', 'First Published: Mar 21 2024 | 1:45 PM IST'],
        ]);
        // The row's stamp is an update's: the date is the one first published.
        expect(article).toMatchObject({ outlet: 'Press Trust of India', date: '2024-03-21', title: 'SC refuses to stay new law on appointment of election commissioners' });
        expect(blockTexts(article, 'paragraphs')).toHaveLength(5);
        expect(coverageProblems(article)).toEqual([]);
      });

      it.each(['Today, 10:42', 'Yesterday, 18:05', '22/03/2024 05:40 PM', 'Reuters - March 21, 2024', 'Bernama | Kuala Lumpur | Updated: March 22, 2024'])(
        'removes the stamp "%s" above the story',
        (line) => {
          const article = load(`Court refuses to stay law\n\n${line}\n\nThe court refused on Thursday to stay the law.\n\nThe hearing will resume in May.\n`);
          expect(removedPairs(article)).toEqual([['date stamp', line]]);
        },
      );

      describe("an outlet's name and its stamp in one row", () => {
        /** A story with `row` between its headline and its lede. */
        function withRow(row: string) {
          return load(`Court refuses to stay law\n\n${row}\n\nThe court refused on Thursday to stay the law.\n\nThe hearing will resume in May.\n`);
        }

        // Regression: "Updated" was read as a place between the outlet and the stamp, so an update's stamp gave
        // the date and the timestamp.
        it.each([
          'Reuters | Updated: March 21, 2024 13:45 GMT',
          'Press Trust of India | Updated: Mar 21 2024, 13:45 IST',
          'Reuters | Last updated: March 21, 2024 13:45 GMT',
          'Reuters | Modified: March 21, 2024 13:45 GMT',
          'Reuters | UPDATED: March 21, 2024 13:45 GMT',
          'Reuters | Updated on March 21, 2024 13:45 GMT',
          'Press Trust of India | New Delhi | Updated: Mar 21 2024, 13:45 IST',
        ])('removes "%s" and gives the outlet, but no date from its update stamp', (row) => {
          const article = withRow(row);
          expect(removedPairs(article)).toEqual([['date stamp', row]]);
          expect(article).toMatchObject({ date: null, published: null, author: null });
          expect(article.outlet).toBe(row.startsWith('Reuters') ? 'Reuters' : 'Press Trust of India');
        });

        it.each([
          ['Reuters | March 21, 2024 13:45 GMT', '2024-03-21', '2024-03-21T13:45:00+00:00'],
          ['Reuters | Published: March 21, 2024 13:45 GMT', '2024-03-21', '2024-03-21T13:45:00+00:00'],
          ['Press Trust of India | New Delhi | Mar 21 2024, 13:45 GMT', '2024-03-21', '2024-03-21T13:45:00+00:00'],
          // Both stamps: the published one, before or after the update's.
          ['Reuters | Published: March 21, 2024 10:00 GMT | Updated: March 22, 2024 13:45 GMT', '2024-03-21', '2024-03-21T10:00:00+00:00'],
          ['Reuters | Updated: March 22, 2024 13:45 GMT | Published: March 21, 2024 10:00 GMT', '2024-03-21', '2024-03-21T10:00:00+00:00'],
          ['Reuters | March 21, 2024 10:00 GMT | Updated: March 22, 2024 13:45 GMT', '2024-03-21', '2024-03-21T10:00:00+00:00'],
        ])('removes "%s" and gives the outlet and its published date', (row, date, published) => {
          const article = withRow(row);
          expect(removedPairs(article)).toEqual([['date stamp', row]]);
          // The outlet's name is not a byline's author.
          expect(article).toMatchObject({ outlet: row.startsWith('Reuters') ? 'Reuters' : 'Press Trust of India', date, published, author: null });
        });

        it('still reads a byline and its date in one row, and a byline naming the outlet after "By"', () => {
          expect(withRow('By Jane Doe | March 21, 2024')).toMatchObject({ author: 'Jane Doe', date: '2024-03-21' });
          expect(removedPairs(withRow('By Reuters | March 21, 2024'))).toEqual([['byline', 'By Reuters | March 21, 2024']]);
        });

        it.each(['Reuters | Updated by the desk', 'Reuters | Updated', 'Reuters | Published'])('keeps "%s", which states no date', (row) => {
          const article = withRow(row);
          expect(article.removed.filter((piece) => piece.reason === 'date stamp')).toEqual([]);
          expect(article).toMatchObject({ date: null, published: null });
        });
      });

      // Regression: a wire's version tag stayed in the headline, so two versions' headlines differed by it.
      it.each([
        ['(LEAD) N. Korea fires ballistic missiles into East Sea: JCS', '(LEAD)'],
        ['(2nd LD) N. Korea fires ballistic missiles into East Sea: JCS', '(2nd LD)'],
        ['(3rd LD, Update) N. Korea fires ballistic missiles into East Sea: JCS', '(3rd LD, Update)'],
        ['(URGENT) N. Korea fires ballistic missiles into East Sea: JCS', '(URGENT)'],
        ['REFILE-UPDATE 2-N. Korea fires ballistic missiles into East Sea: JCS', 'REFILE-UPDATE 2-'],
        ['EXCLUSIVE-N. Korea fires ballistic missiles into East Sea: JCS', 'EXCLUSIVE-'],
      ])('removes the tag of the headline "%s"', (headline, tag) => {
        const article = load(`${headline}\n\nSEOUL, March 18 (Yonhap) -- North Korea fired missiles on Monday.\n`);
        expect(removedPairs(article)[0]).toEqual(['version tag', tag]);
        expect(article.title).toBe('N. Korea fires ballistic missiles into East Sea: JCS');
        expect(blockTexts(article, 'headings')).toEqual(['N. Korea fires ballistic missiles into East Sea: JCS']);
      });

      it.each(['(Lead) singer quits band', 'COVID-19 cases rise again', 'UPDATE on talks expected'])('keeps the headline "%s" whole', (headline) => {
        expect(load(`${headline}\n\nSEOUL, March 18 (Yonhap) -- North Korea fired missiles on Monday.\n`).title).toBe(headline);
      });

      // Regression: Yonhap's end mark, the reporter's address, the keywords and the rights, and Bernama's
      // sign-off and list of its accounts, were read as the story's last sentences.
      it('reads a Yonhap page: version tag, byline, dateline, end mark, address, keywords and rights (fixtures/load/yonhap-page.txt)', () => {
        const article = loadFixture('yonhap-page.txt');
        expect(removedPairs(article)).toEqual([
          ['version tag', '(LEAD)'],
          ['byline', 'By Kim Soo-yeon'],
          ['dateline', 'SEOUL, March 18 (Yonhap) --'],
          ['end mark', '(END)'],
          ['contact', 'sooyeon@yna.co.kr'],
          ['tags', 'Keywords'],
          ['tags', '#N. Korea #missile launch'],
          ['copyright', '(C) Yonhap News Agency. All Rights Reserved'],
        ]);
        expect(article).toMatchObject({ outlet: 'Yonhap', author: 'Kim Soo-yeon', title: 'N. Korea fires multiple ballistic missiles into East Sea: JCS' });
        expect(blockTexts(article, 'paragraphs')).toHaveLength(4);
        expect(coverageProblems(article)).toEqual([]);
      });

      it("reads a Bernama page: a slashed stamp, the dateline, the sign-off and the agency's accounts (fixtures/load/bernama-page.txt)", () => {
        const article = loadFixture('bernama-page.txt');
        expect(removedPairs(article)).toEqual([
          ['date stamp', '22/03/2024 05:40 PM'],
          ['dateline', 'KUALA LUMPUR, March 22 (Bernama) --'],
          ['end mark', '-- BERNAMA'],
          ['share prompt', 'Follow us on social media :'],
          ['share prompt', 'Facebook : @bernamaofficial'],
          ['share prompt', 'Twitter : @bernama.com, @BernamaTV, @bernamaradio'],
          ['share prompt', 'Instagram : @bernamaofficial'],
          ['share prompt', 'TikTok : @bernamaofficial'],
        ]);
        // The slashed date is not read: day and month order is ambiguous.
        expect(article).toMatchObject({ outlet: 'Bernama', date: null, title: "Malaysia's economy expands 3.7 pct in 2023 - BNM" });
        expect(coverageProblems(article)).toEqual([]);
      });

      it.each(['Tips can be sent to the newsroom at news@example.com.', '#MeToo campaigners said #TimesUp would go on.'])('keeps "%s" under the story', (line) => {
        expect(removedPairs(withFoot(line))).toEqual([]);
      });

      // Regression: a trail of sections between slashes above the headline was taken for the title.
      it('reads a UNIAN page: masthead, a trail of sections with slashes, a relative stamp, a credit from, a link and the foot (fixtures/load/unian-page.txt)', () => {
        const article = loadFixture('unian-page.txt');
        expect(removedPairs(article)).toEqual([
          ['masthead', 'UNIAN'],
          ['section label', 'News of Ukraine / War'],
          ['date stamp', 'Today, 10:42'],
          ['photo credit', 'Photo from UNIAN, Ukrenergo'],
          ['navigation', 'Read also Zelensky says Russia launched 90 missiles overnight'],
          ['site notice', 'If you see a spelling error on our site, select it and press Ctrl+Enter'],
          ['share prompt', 'Follow UNIAN on Telegram'],
          ['navigation', 'You may also like'],
        ]);
        expect(article).toMatchObject({ outlet: 'UNIAN', title: "Russia hits DniproHES in largest attack on Ukraine's energy system" });
        expect(blockTexts(article, 'paragraphs')).toHaveLength(4);
        expect(coverageProblems(article)).toEqual([]);
      });

      it.each(['Russia / Ukraine talks resume in Istanbul', 'Either / or: the choice facing Kyiv'])('keeps the headline "%s" above a standfirst', (headline) => {
        const article = load(`${headline}\n\nDelegations met again on Friday after a month apart\n\nThe talks resumed on Friday, officials said.\n`);
        expect(article.title).toBe(headline);
      });

      it('reads an EFE story: a stop before the dash, the agency and editors under it and the rights in Spanish (fixtures/load/efe-wire.txt)', () => {
        const article = loadFixture('efe-wire.txt');
        expect(removedPairs(article).map(([reason]) => reason)).toEqual(['dateline', 'masthead', 'reporting credit', 'copyright']);
        expect(article).toMatchObject({ outlet: 'EFE', title: "Spain's Sánchez calls for recognition of Palestinian state by July" });
        expect(blockTexts(article, 'paragraphs')[0]).toMatch(/^Spanish Prime Minister Pedro Sánchez said Friday/);
        expect(coverageProblems(article)).toEqual([]);
      });

      it('reads an ANSA story: the tag before the city, the month in capitals and the rights (fixtures/load/ansa-wire.txt)', () => {
        const article = loadFixture('ansa-wire.txt');
        expect(removedPairs(article)).toEqual([
          ['dateline', '(ANSA) - ROME, MARCH 20 -'],
          ['copyright', 'ALL RIGHTS RESERVED © Copyright ANSA'],
        ]);
        expect(article).toMatchObject({ outlet: 'ANSA', title: 'Meloni says Italy will not send troops to Ukraine' });
        expect(blockTexts(article, 'headings')).toEqual(['Meloni says Italy will not send troops to Ukraine', 'Premier rules out French proposal ahead of EU summit']);
        expect(coverageProblems(article)).toEqual([]);
      });

      it('aligns two agencies\' versions of one story sentence by sentence once their chrome is gone (Interfax-Ukraine, UNIAN)', () => {
        const interfax = splitSentences({ ...loadFixture('interfax-ukraine-page.txt'), id: 'interfax' });
        const unian = splitSentences({ ...loadFixture('unian-page.txt'), id: 'unian' });
        const comparison = compareArticles([interfax, unian]);
        // Every unmatched sentence is the story's own: no chrome is left to pair or to stand alone.
        const unmatched = comparison.unmatched.map(({ article, sentences }) => (article === 'interfax' ? interfax : unian).sentences[sentences[0]].text);
        expect(unmatched.map((text) => text.slice(0, 40))).toEqual(['Russian forces launched a massive missil', 'Russian forces hit the DniproHES hydroel']);
        expect(comparison.alignments).toHaveLength(4);
      });

      // Regression: a sign-off broken over two lines kept its first line, which ends in a semicolon.
      it.each(['lines', 'wrapped'] as const)('removes a sign-off broken over two lines (%s)', (layout) => {
        const text = readFileSync(join(FIXTURES_DIR, 'wire-wrapped.txt'), 'utf8').trimEnd();
        const article = loadArticleText(`${text}\nReporting by Anna de Vries;\nEditing by Mark Potter\n`, { id: 'x', source: 'x.txt', layout });
        expect(removedPairs(article).slice(-2)).toEqual([
          ['reporting credit', 'Reporting by Anna de Vries;'],
          ['reporting credit', 'Editing by Mark Potter'],
        ]);
      });

      it.each([
        'The studio said all rights reserved by the author would pass to his heirs.',
        'Analysts said the figures were generated from a syndicated feed of exchange data.',
      ])('keeps "%s", which reports, under the story', (line) => {
        expect(removedPairs(withFoot(line))).toEqual([]);
      });
    });

    describe('date stamps in more forms: an offset, a dash before the time, a glued repeat, relative to now', () => {
      // Regression: these stamps stayed as headings under the headline.
      it.each([
        ['2024-03-07 23:42 UTC+8', '2024-03-07', '2024-03-07T23:42:00+08:00'],
        ['March 7, 2024 — 11:42 PM JST', '2024-03-07', '2024-03-07T23:42:00+09:00'],
        ['March 7, 2024 - 23:42 GMT', '2024-03-07', '2024-03-07T23:42:00+00:00'],
        // Al Jazeera's, the date for the eye glued to the one for screen readers.
        ['Published On 7 Mar 20247 Mar 2024', '2024-03-07', null],
      ])('removes the stamp "%s" and reads date %s, published %s', (stamp, date, published) => {
        const article = story(stamp);
        expect(removedPairs(article)).toEqual([['date stamp', stamp]]);
        expect(article).toMatchObject({ date, published });
      });

      it.each(['Updated 2 minutes ago', '2 hours ago', 'Published 3 hrs ago', 'an hour ago', 'Last updated: 5 mins ago', '1d ago'])(
        'removes the relative stamp "%s", which gives no date',
        (stamp) => {
          const article = story(stamp);
          expect(removedPairs(article)).toEqual([['date stamp', stamp]]);
          expect(article).toMatchObject({ date: null, published: null });
        },
      );

      it.each(['Two hours ago, police said the suspect had fled.', '2 hours ago, police said', 'Updated figures show 12 people were hurt.', 'Updated figures', 'A year ago', '100 Years Ago', '50 years ago', '3 months ago']) (
        'keeps "%s", which is no stamp',
        (line) => {
          expect(removedPairs(story(line))).toEqual([]);
          expect(removedPairs(story('By Jane Doe', line))).toEqual([['byline', 'By Jane Doe']]);
        },
      );

      it('reads each stamp in its own page: an offset, a zone after a dash, a glued repeat (fixtures/load/stamp-*.txt, aljazeera-glued-stamp.txt)', () => {
        expect(loadFixture('stamp-utc-offset.txt')).toMatchObject({ date: '2024-03-07', published: '2024-03-07T23:42:00+08:00' });
        expect(loadFixture('stamp-dash-zone.txt')).toMatchObject({ date: '2024-03-07', published: '2024-03-07T23:42:00+09:00' });
        const aljazeera = loadFixture('aljazeera-glued-stamp.txt');
        expect(removedPairs(aljazeera)).toEqual([
          ['masthead', 'Al Jazeera'],
          ['section label', 'News|Climate Crisis'],
          ['date stamp', 'Published On 7 Mar 20247 Mar 2024'],
          ['source credit', 'Source: Al Jazeera and news agencies'],
        ]);
        expect(aljazeera).toMatchObject({ outlet: 'Al Jazeera', date: '2024-03-07', published: null });
        for (const name of ['stamp-utc-offset.txt', 'stamp-dash-zone.txt', 'aljazeera-glued-stamp.txt']) {
          expect(blockTexts(loadFixture(name), 'headings'), name).toHaveLength(1);
        }
      });

      it("removes a live page's relative stamps, above the posts and between them, and keeps the story's own (fixtures/load/live-relative-stamps.txt)", () => {
        const article = loadFixture('live-relative-stamps.txt');
        expect(removedPairs(article)).toEqual([
          ['date stamp', 'Updated 2 minutes ago'],
          ['date stamp', '2 hours ago'],
          ['date stamp', 'Published 3 hrs ago'],
        ]);
        expect(article).toMatchObject({ date: null, published: null });
        expect(blockTexts(article).at(-1)).toBe('Two hours ago, police said, a fire broke out at a fuel depot near the border.');
        expect(coverageProblems(article)).toEqual([]);
      });
    });

    describe("Indian papers' sign-offs and stamp rows, bylines naming only outlets", () => {

      // Regression: TOI's stamp row and its agency sign-off stayed as headings, and the row gave no date.
      it('reads a Times of India page: the desk and its update stamp in one row, the agencies signed off (fixtures/load/toi-page.txt)', () => {
        const article = loadFixture('toi-page.txt');
        expect(removedPairs(article)).toEqual([
          ['breadcrumb', 'Home / City / Mumbai'],
          ['byline', 'TNN / Updated: Jul 9, 2023, 10:42 IST'],
          ['dateline', 'MUMBAI:'],
          ['reporting credit', '(With inputs from agencies)'],
        ]);
        expect(blockTexts(article, 'paragraphs')[0]).toMatch(/^Suburban train services ran up to 20 minutes late/);
        // TNN is a desk, not a person nor a known outlet, and an update's stamp gives no date.
        expect(article).toMatchObject({ outlet: null, author: null, date: null, published: null });
        expect(blockTexts(article, 'paragraphs')[2]).toMatch(/^With inputs from experts, the civic body/);
        expect(coverageProblems(article)).toEqual([]);
      });

      it('reads a Hindustan Times page: a post and its update stamp, the sign-off without brackets (fixtures/load/ht-page.txt)', () => {
        const article = loadFixture('ht-page.txt');
        expect(removedPairs(article)).toEqual([
          ['byline', 'HT Correspondent | Updated on Jul 09, 2023 10:42 AM IST'],
          ['reporting credit', 'With inputs from PTI'],
        ]);
        expect(article).toMatchObject({ outlet: null, author: null, date: null, published: null });
        expect(blockTexts(article, 'paragraphs')).toEqual([
          'Temperatures crossed 45 degrees Celsius in parts of Rajasthan and Haryana on Sunday, the weather office said.',
          'Updated figures show that at least 12 districts recorded their hottest day of the year.',
          'Two hours ago, police said, a truck caught fire on the highway near Neemrana, slowing traffic in both directions.',
          'The department has advised people to stay indoors between noon and 4pm until Wednesday.',
        ]);
        expect(coverageProblems(article)).toEqual([]);
      });

      it.each([
        ['TNN | Updated: Jul 9, 2023, 10:42 IST', null, null],
        ['By HT Correspondent | Updated on Jul 09, 2023 10:42 AM IST', null, null],
        // The reporter's name before the desk's is the author.
        ['Jane Doe / TNN / Updated: Jul 9, 2023, 10:42 IST', 'Jane Doe', null],
        // A desk and the site's address name no one.
        ['TOI News Desk / TIMESOFINDIA.COM / Updated: Jul 9, 2023, 10:42 IST', null, null],
        ['Jane Doe | Updated: Jul 9, 2023, 10:42 IST', 'Jane Doe', null],
        // A published stamp in the row gives the date, before or after the update's.
        ['TNN | Published: Jul 8, 2023, 21:15 IST | Updated: Jul 9, 2023, 10:42 IST', null, '2023-07-08'],
        ['TNN / Updated: Jul 9, 2023, 10:42 IST | Published: Jul 8, 2023, 21:15 IST', null, '2023-07-08'],
        ['HT Correspondent | Published on Jul 08, 2023 09:15 PM IST', null, '2023-07-08'],
        ['By Jane Doe | Published: March 21, 2024', 'Jane Doe', '2024-03-21'],
      ])('removes the row "%s" as a byline: author %s, date %s', (row, author, date) => {
        const article = story(row);
        expect(removedPairs(article)).toEqual([['byline', row]]);
        // IST names several zones: no timestamp.
        expect(article).toMatchObject({ author, date, published: null, outlet: null });
      });

      it.each([
        ['PTI / Updated: Jul 9, 2023, 10:42 IST', 'Press Trust of India', null, null],
        ['PTI | Updated: Jul 9, 2023, 10:42 IST', 'Press Trust of India', null, null],
        // Regression: the ISO date's hyphens were read as the row's separators, and the row as a title's suffix.
        ['Xinhua | 2024-03-07 23:42 UTC+8', 'Xinhua', '2024-03-07', '2024-03-07T23:42:00+08:00'],
      ])("removes the row \"%s\" as an outlet's stamp: outlet %s, date %s", (row, outlet, date, published) => {
        const article = story(row);
        expect(removedPairs(article)).toEqual([['date stamp', row]]);
        expect(article).toMatchObject({ outlet, date, published, author: null });
      });

      it.each(['(With inputs from agencies)', '(With agency inputs)', '(With PTI inputs)', '(With inputs from Reuters, AFP)', 'With inputs from PTI', 'With inputs from PTI and ANI', 'With agency inputs'])(
        'removes the sign-off "%s" under the story',
        (line) => {
          expect(removedPairs(story('By Jane Doe', line))).toEqual([
            ['byline', 'By Jane Doe'],
            ['reporting credit', line],
          ]);
        },
      );

      it.each(['With inputs from experts, the plan was redrawn.', '(With inputs from experts)', 'With inputs from residents'])(
        'keeps "%s" under the story, which names no agency',
        (line) => {
          expect(removedPairs(story('By Jane Doe', line))).toEqual([['byline', 'By Jane Doe']]);
        },
      );

      // Regression: "By Reuters" gave the author "Reuters", though a byline naming only outlets names none.
      it.each(['By Reuters', 'BY REUTERS', 'By AFP and Reuters', 'By TNN', 'By TIMESOFINDIA.COM'])('removes "%s" as a byline that names no author', (byline) => {
        const article = story(byline);
        expect(removedPairs(article)).toEqual([['byline', byline]]);
        expect(article.author).toBeNull();
      });

      it('reads "By Reuters | March 21, 2024" as a byline with a date and no author (fixtures/load/byline-outlet-date.txt)', () => {
        const article = loadFixture('byline-outlet-date.txt');
        expect(removedPairs(article)).toEqual([['byline', 'By Reuters | March 21, 2024']]);
        // A byline need not name the page's outlet (a story taken from an agency): no outlet either.
        expect(article).toMatchObject({ author: null, outlet: null, date: '2024-03-21' });
      });

      it.each([
        ['By Jane Doe', 'Jane Doe'],
        ['By Jane Doe, Reuters', 'Jane Doe'],
        ['By JANE DOE Associated Press', 'JANE DOE'],
        ['By Jane Doe | March 21, 2024', 'Jane Doe'],
      ])('still takes the person from "%s"', (byline, author) => {
        expect(story(byline).author).toBe(author);
      });
    });

    describe('national news agencies, read by name rather than by a pattern of every name', () => {
      // Regression: AAP was no known outlet, so its sign-off under the story stayed as a heading.
      it('removes AAP\'s sign-off under the story, which names the outlet (fixtures/load/aap-wire.txt)', () => {
        const article = loadFixture('aap-wire.txt');
        expect(removedPairs(article)).toEqual([
          ['byline', 'By Tess Ikonomou'],
          ['date stamp', 'March 12, 2026'],
          ['masthead', 'AAP'],
        ]);
        expect(article).toMatchObject({ outlet: 'Australian Associated Press', author: 'Tess Ikonomou', date: '2026-03-12' });
        expect(blockTexts(article, 'headings')).toEqual(['Former mayor jailed for taking $1.4m from council']);
        expect(coverageProblems(article)).toEqual([]);
      });

      it.each([
        ['SYDNEY, March 12 (AAP) - A former mayor was jailed on Thursday.', 'Australian Associated Press'],
        ['WARSAW, March 7 (PAP) - Poland will buy more tanks, the minister said.', 'Polish Press Agency'],
        ['HANOI, May 14 (VNA) – Vietnam asked China to withdraw a survey ship.', 'Vietnam News Agency'],
        ['Lisbon, March 7 (Lusa) - Portugal will hold early elections in May.', 'Lusa'],
        ['BRUSSELS, March 7 (Belga) - The strike closed both airports.', 'Belga'],
        ['TEHRAN, March 7 (IRNA) - Iran said talks would resume.', 'IRNA'],
        ['JAKARTA, March 7 (ANTARA) - Indonesia raised its rice reserves.', 'Antara'],
      ])('reads the agency of the dateline in "%s"', (lede, outlet) => {
        const article = load(`Talks resume\n\n${lede}\n\nSecond paragraph.\n`);
        expect(removedPairs(article)[0][0]).toBe('dateline');
        expect(article.outlet).toBe(outlet);
      });

      it.each([
        ['By Jane Doe, AAP', 'Jane Doe'],
        ['By JANE DOE PAP', 'JANE DOE'],
        // Initials that are also surnames are an outlet only in capitals, or after a comma.
        ['By Maria Mena', 'Maria Mena'],
        ['By János Pap', 'János Pap'],
        ['By Ahmad Wafa', 'Ahmad Wafa'],
        ['By Jane Doe, Tass', 'Jane Doe'],
      ])('takes the author of "%s"', (byline, author) => {
        expect(story(byline).author).toBe(author);
      });

      it('cuts a known agency closing a title only in the case it writes its name', () => {
        expect(load('Poland to buy more tanks - PAP\n\nThe minister said so on Friday.\n')).toMatchObject({
          title: 'Poland to buy more tanks',
          outlet: 'Polish Press Agency',
        });
        expect(load('Belgian circuit fights to keep its race - Spa\n\nThe organisers said so on Friday.\n')).toMatchObject({
          title: 'Belgian circuit fights to keep its race - Spa',
          outlet: null,
        });
      });

      it.each([
        ['New York CNN — The city braced for the storm.', 'New York CNN —', 'CNN'],
        ['Hong Kong Kyodo News — The city braced for the storm.', 'Hong Kong Kyodo News —', 'Kyodo News'],
      ])('tells the city from the outlet in "%s"', (lede, dateline, outlet) => {
        const article = load(`Storm nears\n\n${lede}\n`);
        expect(removedPairs(article)).toEqual([['dateline', dateline]]);
        expect(article.outlet).toBe(outlet);
      });

      it.each(['Hong Kong Police — The force said so.', 'Talks resume — The minister said so.'])('keeps "%s", which names no outlet', (lede) => {
        expect(removedPairs(load(`Storm nears\n\n${lede}\n`))).toEqual([]);
      });

      it.each(['Spain', 'Spa treatments'])('keeps "%s" above the headline as no masthead', (line) => {
        const article = load(`${line}\n\nCourt refuses to stay the new law\n\nThe court refused on Thursday to stay the law.\n`);
        expect(article.removed.filter((piece) => piece.reason === 'masthead')).toEqual([]);
      });

      // MENA is also the section of a site's Middle East and North Africa news.
      it('reads "MENA" above the headline as a section label, not as the agency', () => {
        const article = load('MENA\n\nCourt refuses to stay the new law\n\nThe court refused on Thursday to stay the law.\n');
        expect(removedPairs(article)).toEqual([['section label', 'MENA']]);
        expect(article.outlet).toBeNull();
      });
    });

    describe('bylines with a stamp or an outlet in their row, and what a bar after a title names', () => {
      // Regression: the stamp's time after the bar was taken for the outlet, and the byline and its date stayed as a heading.
      it('reads a byline running into its stamp (fixtures/load/byline-stamp-row.txt)', () => {
        const article = loadFixture('byline-stamp-row.txt');
        expect(removedPairs(article)).toEqual([['byline', 'By Mai Lan May 14, 2026 | 05:32 pm GMT+7']]);
        expect(article).toMatchObject({
          outlet: null,
          author: 'Mai Lan',
          date: '2026-05-14',
          published: '2026-05-14T17:32:00+07:00',
          title: 'Hanoi asks survey ship to leave its waters',
        });
        expect(blockTexts(article, 'headings')).toEqual(['Hanoi asks survey ship to leave its waters']);
        expect(coverageProblems(article)).toEqual([]);
      });

      it.each([
        ['By Jane Doe March 7, 2024', 'Jane Doe', '2024-03-07', null],
        ['By Jane Doe 7 March 2024, 10:15 GMT', 'Jane Doe', '2024-03-07', '2024-03-07T10:15:00+00:00'],
        // A name that is also a month keeps it.
        ['By Jane May March 7, 2024', 'Jane May', '2024-03-07', null],
        ['By Jane Doe and John Roe Updated: March 7, 2024', 'Jane Doe and John Roe', null, null],
        // Sections after the stamp are passed over, and are no outlet.
        ['By Jane Doe | March 7, 2024 | World', 'Jane Doe', '2024-03-07', null],
        ['By Jane Doe · March 7, 2024 · Europe, Politics', 'Jane Doe', '2024-03-07', null],
      ])('removes the row "%s" as a byline: author %s, date %s', (row, author, date, published) => {
        const article = story(row);
        expect(removedPairs(article)).toEqual([['byline', row]]);
        expect(article).toMatchObject({ author, date, published, outlet: null });
      });

      it.each([
        ['By Julhas Alam | AP', 'Julhas Alam', 'Associated Press'],
        ['By Jane Doe | Euractiv.com', 'Jane Doe', 'Euractiv'],
        ['By Jane Doe / Reuters', 'Jane Doe', 'Reuters'],
        ['By Jane Doe | AP | March 7, 2024', 'Jane Doe', 'Associated Press'],
        // An outlet the loader does not know, a section: the byline goes, no outlet is named.
        ['By Jane Doe | The Daily Courier', 'Jane Doe', null],
        ['By Jane Doe | dailycourier.com', 'Jane Doe', null],
        ['By Jane Doe | World', 'Jane Doe', null],
        ['Pedro Rafael Vilela - Reporter, Agência Brasil', 'Pedro Rafael Vilela', 'Agência Brasil'],
        ['Jane Doe - Special Correspondent, Reuters', 'Jane Doe', 'Reuters'],
        ['Jane Doe – Reporter', 'Jane Doe', null],
      ])('removes "%s" as a byline: author %s, outlet %s', (row, author, outlet) => {
        const article = story(row);
        expect(removedPairs(article)).toEqual([['byline', row]]);
        expect(article).toMatchObject({ author, outlet });
      });

      it.each([
        'By the end of May 2024, prices had doubled',
        'By March 7, 2024 the plan was dead',
        'Lula - A Life in Politics',
        'Jane Doe - Reporters Without Borders',
        'By Jane Doe | breaking the silence on abuse',
      ])('keeps "%s", which is no byline', (line) => {
        expect(story(line).removed.filter((piece) => piece.reason === 'byline')).toEqual([]);
        expect(story(line).author).toBeNull();
      });

      it('reads an Agência Brasil header: a name, post and outlet, the stamp, the city (fixtures/load/agencia-brasil-header.txt)', () => {
        const article = loadFixture('agencia-brasil-header.txt');
        expect(removedPairs(article)).toEqual([
          ['byline', 'Ana Cristina Campos - Reporter, Agência Brasil'],
          ['date stamp', 'Published on 22/08/2026 - 18:40'],
          ['dateline', 'Brasília'],
        ]);
        expect(article).toMatchObject({ outlet: 'Agência Brasil', author: 'Ana Cristina Campos', date: null });
        expect(blockTexts(article, 'headings')).toEqual(['Federal government declares fire emergency in wetlands']);
        expect(coverageProblems(article)).toEqual([]);
      });

      // Regression: whatever followed a title's bar was the outlet, a time or a section too.
      it.each([
        ['Talks resume in Vienna | 05:32 pm GMT+7', 'date stamp'],
        ['Talks resume in Vienna | March 7, 2024', 'date stamp'],
        ['Talks resume in Vienna | Updated 2 hours ago', 'date stamp'],
        ['Talks resume in Vienna | World', 'section label'],
        ['Talks resume in Vienna | Europe, Politics', 'section label'],
      ])('cuts the suffix of "%s" as a %s, not an outlet', (title, reason) => {
        const article = load(`${title}\n\nThe talks resumed on Friday, diplomats said.\n`);
        expect(removedPairs(article)).toEqual([[reason, title.slice(title.indexOf('|'))]]);
        expect(article).toMatchObject({ title: 'Talks resume in Vienna', outlet: null });
      });

      it.each([
        ['Talks resume in Vienna | Daily Courier', 'Daily Courier'],
        ['Talks resume in Vienna | France 24', 'France 24'],
        ['Talks resume in Vienna | News 24', 'News 24'],
      ])('still takes the site after the bar in "%s"', (title, outlet) => {
        expect(load(`${title}\n\nThe talks resumed on Friday, diplomats said.\n`)).toMatchObject({ title: 'Talks resume in Vienna', outlet });
      });
    });

    describe('date lines of numbers, stamps with an offset or two stamps on a line', () => {
      // Regression: a date of numbers with hyphens under the byline was the lede's first sentence.
      it.each([
        ['10-03-2026', null],
        ['10/03/2026', null],
        // Day and month in either order are not read, even where the day could not be a month (see the README).
        ['25-03-2026', null],
        ['2026-03-10', '2026-03-10'],
        ['10-03-2026 - 17:52 +0100', null],
      ])('removes the date line "%s" under the byline, reading date %s', (line, date) => {
        const article = story(`By Jane Doe | The Daily Courier\n${line}`);
        expect(removedPairs(article)).toEqual([
          ['byline', 'By Jane Doe | The Daily Courier'],
          ['date stamp', line],
        ]);
        expect(article).toMatchObject({ date, published: null });
      });

      it.each(['10-03-2026', '10/03/2026', '2026-03-10'])('keeps the date line "%s" inside the story, as a timeline\'s', (line) => {
        const article = load(`Court refuses to stay law\n\nThe court refused on Thursday to stay the law.\n\n${line}\n\nThe hearing resumed.\n\nIt will close in May.\n`);
        expect(removedPairs(article)).toEqual([]);
        expect(blockTexts(article)).toContain(line);
      });

      it.each(['10-03-2026 was the day of the vote.', '10-03-2026 17:52 the vote began', 'Published on 04/02/2026 - 17:52 GMT+1, the report said'])(
        'keeps "%s", which is no date line',
        (line) => {
          expect(story(line).removed.filter((piece) => piece.reason === 'date stamp')).toEqual([]);
        },
      );

      // Regression: these stamps stayed as headings under the headline.
      it.each([
        ['Published on 04/02/2026 - 17:52 GMT+1', null, null],
        ['Issued on: 07/03/2024 - 10:21 Modified: 07/03/2024 - 12:05', null, null],
        ['Published: 04-02-2026 - 17:52 CET', null, null],
        ['March 12 2026 - 6:30pm', '2026-03-12', null],
        ['Saturday, August 23rd 2026 - 09:15 UTC', '2026-08-23', '2026-08-23T09:15:00+00:00'],
      ])('removes the stamp "%s" and reads date %s, published %s', (stamp, date, published) => {
        const article = story(stamp);
        expect(removedPairs(article)).toEqual([['date stamp', stamp]]);
        expect(article).toMatchObject({ date, published });
      });

      it('reads a France 24 header with its issued and modified stamps on one line (fixtures/load/france24-stamps.txt)', () => {
        const article = loadFixture('france24-stamps.txt');
        expect(removedPairs(article)).toEqual([
          ['date stamp', 'Issued on: 16/03/2026 - 23:10 Modified: 16/03/2026 - 23:45'],
          ['dateline', 'Lima (AFP) –'],
          ['reporting credit', '(FRANCE 24 with AFP)'],
        ]);
        expect(article).toMatchObject({ date: null, title: 'Quake toll in southern Peru rises to 37' });
        expect(blockTexts(article, 'headings')).toEqual(['Quake toll in southern Peru rises to 37']);
        expect(coverageProblems(article)).toEqual([]);
      });
    });

    describe('datelines with a colon, and a city on its own line under the byline', () => {
      // Regression: the Indian papers' dateline stayed in the lede's first sentence.
      it.each([
        ['NEW DELHI: The government on Monday said it would act.', 'NEW DELHI:'],
        ['MUMBAI: Suburban trains ran late after heavy rain.', 'MUMBAI:'],
        ['THIRUVANANTHAPURAM: Schools will reopen on Monday.', 'THIRUVANANTHAPURAM:'],
        ['PUNE: "We were not warned," a resident said.', 'PUNE:'],
        ['ST. PETERSBURG: The port reopened on Friday.', 'ST. PETERSBURG:'],
      ])('removes the dateline of "%s"', (lede, dateline) => {
        const article = load(`Talks resume\n\n${lede}\n\nSecond paragraph here.\n`);
        expect(removedPairs(article)).toEqual([['dateline', dateline]]);
        expect(blockTexts(article, 'paragraphs')[0]).toBe(lede.slice(dateline.length + 1));
      });

      it.each([
        'BREAKING: The government fell on Monday after a vote.',
        'EXCLUSIVE: The minister knew of the plan for months.',
        "EDITOR'S NOTE: The names of the victims were withheld.",
        'NATO: The alliance will meet in Brussels next week.',
        'WHO: Cases rose for a third week in a row.',
        'UNICEF: Millions of children are out of school.',
        'U.S.: Stocks fell for a third day.',
        'WORLD: Leaders met in Geneva on Friday.',
        'REUTERS: Officials said the talks would resume.',
        'New Delhi: The government on Monday said it would act.',
        'NEW DELHI:the government on Monday said it would act.',
      ])('keeps "%s" whole as the lede', (lede) => {
        const article = load(`Talks resume\n\n${lede}\n\nSecond paragraph here.\n`);
        expect(article.removed.filter((piece) => piece.reason === 'dateline')).toEqual([]);
      });

      it('reads a colon dateline only at the start of the lede', () => {
        const article = load('Talks resume\n\nThe government on Monday said it would act.\n\nMUMBAI: Trains ran late.\n');
        expect(removedPairs(article)).toEqual([]);
      });

      it.each(['Rio de Janeiro', 'São Paulo', 'Porto Alegre, Brazil', 'BRASÍLIA'])('removes the city "%s" under the byline as the dateline', (city) => {
        const article = story(`By Jane Doe\n${city}`);
        expect(removedPairs(article)).toEqual([
          ['byline', 'By Jane Doe'],
          ['dateline', city],
        ]);
      });

      it.each(['Lula Visits Brasília', 'Europe', 'Brasília'])('keeps "%s" where it names no dateline', (line) => {
        // Under the byline, three title-case words are a standfirst and a section name is a label; under the
        // headline alone a place may be a subtitle.
        const article = line === 'Brasília' ? story(line) : story(`By Jane Doe\n${line}`);
        expect(article.removed.filter((piece) => piece.reason === 'dateline')).toEqual([]);
      });
    });
  });
});
