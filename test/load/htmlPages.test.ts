/**
 * loadHtmlArticle on saved pages in the styles of outlets the loader had not seen before
 * (fixtures/html): each case names the defect it guards.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeHtmlBytes, loadHtmlArticle } from '../../src/load/html/index.js';
import type { LoadedArticle } from '../../src/types.js';
import { REPO_DIR, blockTexts, coverageProblems, removedPairs } from './helpers.js';

const HTML_FIXTURES = join(REPO_DIR, 'fixtures', 'html');

function loadPage(name: string): LoadedArticle {
  const html = decodeHtmlBytes(readFileSync(join(HTML_FIXTURES, name)), name);
  return loadHtmlArticle(html, { id: name.replace(/\.html$/, ''), source: name });
}

describe('load/html', () => {
  describe('loadHtmlArticle on unseen outlets', () => {
    describe('a standfirst readability keeps in the article header (Al Jazeera style)', () => {
      const article = loadPage('aljazeera-subhead.html');

      it('takes it as the standfirst, so the mixed-case dateline of the lede under it is stripped', () => {
        expect(blockTexts(article).slice(1, 3)).toEqual([
          'Shehbaz Sharif’s coalition must agree a new loan programme within weeks as reserves cover barely two months of imports.',
          'Pakistan’s newly elected government opened talks with the International Monetary Fund on Thursday, weeks before the country’s current $3bn bailout expires.',
        ]);
        expect(removedPairs(article)).toEqual([['dateline', 'Islamabad, Pakistan –']]);
        expect(article).toMatchObject({ outlet: 'Al Jazeera', author: 'Abid Hussain', date: '2024-03-07' });
        expect(coverageProblems(article)).toEqual([]);
      });

      it('leaves a paragraph among the body paragraphs alone, though its text is the description', () => {
        const lede = 'Islamabad, Pakistan – The talks opened on Thursday with a mission from the fund in the capital.';
        const page =
          `<html><head><title>IMF talks open in Islamabad as deadline nears</title><meta name="description" content="${lede}"></head><body><article>` +
          `<h1>IMF talks open in Islamabad as deadline nears</h1><div class="body"><p class="intro">${lede}</p>` +
          '<p>The finance minister said the government would seek a larger programme than the one that ends this month.</p>' +
          '<p>Reserves cover about two months of imports, according to the latest figures from the central bank.</p></div></article></body></html>';
        const loaded = loadHtmlArticle(page, { id: 'p', source: 'p.html' });
        expect(removedPairs(loaded)).toEqual([['dateline', 'Islamabad, Pakistan –']]);
      });
    });

    describe('a byline and a stamp written as elements side by side with no space (BBC style)', () => {
      const article = loadPage('bbc-byline-spans.html');

      it('gives each element its own line: "Laura Gozzi" is the byline above the masthead, "Published" the stamp\'s label', () => {
        expect(removedPairs(article).slice(0, 4)).toEqual([
          ['date stamp', 'Published'],
          ['date stamp', '4 March 2024'],
          ['byline', 'Laura Gozzi'],
          ['masthead', 'BBC News'],
        ]);
        expect(blockTexts(article, 'headings')).toEqual(['France moves to write abortion freedom into constitution', 'A long campaign']);
        expect(coverageProblems(article)).toEqual([]);
        // The JSON-LD names the organisation as author; the byline names the reporter.
        expect(article.author).toBe('Laura Gozzi');
      });

      it("takes the date from the byline element's stamp when the page states none elsewhere", () => {
        const html = readFileSync(join(HTML_FIXTURES, 'bbc-byline-spans.html'), 'utf8')
          .replace(/"datePublished":"[^"]*",/u, '')
          .replace(/<time [^>]*>(.*?)<\/time>/u, '<span>$1</span>');
        expect(loadHtmlArticle(html, { id: 'p', source: 'p.html' })).toMatchObject({ date: '2024-03-04', author: 'Laura Gozzi' });
      });

      it('keeps a word that markup splits, and a superscript, in one piece', () => {
        const page =
          '<html><head><title>Flooded area grows again</title></head><body><article><h1>Flooded area grows again</h1>' +
          '<p>The water now covers <span>40 km</span><sup>2</sup> of farmland, officials in <span>Ukr</span><span>aine</span> said on Monday.</p>' +
          '<p>Rescue teams reached three villages that had been cut off since the dam was breached last week, they said.</p>' +
          '<p>More than two thousand people have been moved to shelters in the regional capital, according to the authorities.</p></article></body></html>';
        const loaded = loadHtmlArticle(page, { id: 'p', source: 'p.html' });
        expect(blockTexts(loaded, 'paragraphs')[0]).toBe('The water now covers 40 km2 of farmland, officials in Ukraine said on Monday.');
      });

      it('runs elements side by side inside a paragraph on with a space, and keeps a drop cap on its word', () => {
        const page =
          '<html><head><title>Senate passes aid bill after all-night session</title></head><body><article><h1>Senate passes aid bill after all-night session</h1>' +
          '<p><span class="dropcap">W</span><span class="smallcaps">ASHINGTON</span> — The Senate passed the aid bill on Tuesday after an all-night session.</p>' +
          '<p>The bill sends <span>1</span><span>000</span> tonnes of food to the region, <a href="/a">Amnesty</a><a href="/i">International</a> said in a statement.</p>' +
          '<p>The House is expected to take up the measure next week, though its leaders have not set a date for the vote.</p></article></body></html>';
        const loaded = loadHtmlArticle(page, { id: 'p', source: 'p.html' });
        expect(blockTexts(loaded, 'paragraphs').slice(0, 2)).toEqual([
          'The Senate passed the aid bill on Tuesday after an all-night session.',
          'The bill sends 1 000 tonnes of food to the region, Amnesty International said in a statement.',
        ]);
        expect(removedPairs(loaded)).toEqual([['dateline', 'WASHINGTON —']]);
      });
    });

    describe('a byline element right under the headline, before the stamp (BBC style)', () => {
      const html = readFileSync(join(HTML_FIXTURES, 'bbc-byline-under-headline.html'), 'utf8');
      const load = (page: string) => loadHtmlArticle(page, { id: 'p', source: 'p.html' });
      const headerPieces = (article: LoadedArticle) => removedPairs(article).slice(0, 3);

      it('removes the name as the byline and takes it as the author, not the JSON-LD organisation', () => {
        // Regression: with no chrome between the headline and the name, the name was kept as a subheadline.
        const article = load(html);
        expect(headerPieces(article)).toEqual([
          ['byline', 'Nick Beake'],
          ['masthead', 'BBC News'],
          ['date stamp', '12 August 2024'],
        ]);
        expect(blockTexts(article, 'headings')).toEqual(['Greece wildfire: Thousands flee as blaze nears Athens suburbs']);
        expect(article).toMatchObject({ outlet: 'BBC News', author: 'Nick Beake', date: '2024-08-12' });
        expect(coverageProblems(article)).toEqual([]);
      });

      it('removes name and desk as one byline when a space separates the two elements', () => {
        const article = load(html.replace('Nick Beake</span><span', 'Nick Beake</span> <span'));
        expect(headerPieces(article)[0]).toEqual(['byline', 'Nick Beake BBC News']);
        expect(blockTexts(article, 'headings')).toHaveLength(1);
        expect(article.author).toBe('Nick Beake');
      });

      it('reads the page the same with the stamp above the byline', () => {
        const byline = /<div data-component="byline-block">.*<\/div>\n/u.exec(html)![0];
        const stamp = /<div data-component="timestamp-block">.*<\/div>\n/u.exec(html)![0];
        const swapped = load(html.replace(byline, '').replace(stamp, stamp + byline));
        expect(removedPairs(swapped).slice(0, 3)).toEqual([
          ['date stamp', '12 August 2024'],
          ['byline', 'Nick Beake'],
          ['masthead', 'BBC News'],
        ]);
        expect(swapped.author).toBe('Nick Beake');
      });

      it("leaves a name line in a quotation or not named a byline to the text rules, and a quoted post's author out of the metadata", () => {
        const quoted = html.replace(
          '<div data-component="text-block"><p>Schools',
          '<blockquote class="twitter-tweet"><p>Evacuate now: the fire has crossed the ridge above Varnavas</p><p class="tweet-author">Civil Protection</p></blockquote>' +
            '<div data-component="text-block"><p>Schools',
        );
        const article = load(quoted.replace('data-component="byline-block"', 'data-component="contributors"'));
        expect(article.author).toBe('BBC News');
        expect(blockTexts(article)).toContain('Civil Protection');
      });
    });

    describe('pull quotes (CNN style)', () => {
      const html = readFileSync(join(HTML_FIXTURES, 'cnn-pull-quote.html'), 'utf8');
      const load = (page: string) => loadHtmlArticle(page, { id: 'p', source: 'p.html' });
      const pullQuote = '<blockquote class="pull-quote"><p>"We are facing the worst drought in a century."</p></blockquote>';
      const sentence = '"We are facing the worst drought in a century."';

      it('removes the pull quote, which repeats a sentence of the body, and keeps the quoted statement', () => {
        const article = load(html);
        expect(removedPairs(article)).toContainEqual(['pull quote', sentence]);
        expect(blockTexts(article).filter((text) => text.includes('worst drought'))).toHaveLength(1);
        expect(blockTexts(article, 'paragraphs')).toContain(
          '"Every drop counts. We ask everyone to save water at home and at work," the regional water agency said in a statement on Thursday.',
        );
        expect(coverageProblems(article)).toEqual([]);
      });

      it.each([
        ['a <div> around a paragraph', `<div class="pull-quote"><p>${sentence}</p></div>`],
        ['"pullquote"', `<div class="article-pullquote"><blockquote><p>${sentence}</p></blockquote></div>`],
        ['"pull_quote"', `<blockquote class="article__pull_quote"><p>${sentence}</p></blockquote>`],
        ['"quote--pull"', `<blockquote class="quote quote--pull"><p>${sentence}</p><cite class="quote__author">Pere Aragonès</cite></blockquote>`],
      ])('removes a pull quote named by %s', (_, element) => {
        const article = load(html.replace(pullQuote, element));
        expect(blockTexts(article).filter((text) => text.includes('worst drought'))).toHaveLength(1);
        expect(removedPairs(article)).toContainEqual(['pull quote', sentence]);
        expect(article.author).toBe('Al Goodman');
        expect(coverageProblems(article)).toEqual([]);
      });

      // Regression: every element named a pull quote was removed, and with it text the body never printed.
      it('keeps a pull quote whose text the body does not print as article text, and removes one that repeats the body', () => {
        const unique =
          '<div class="pullquote"><p>“Farmers in the Ebro delta have already lost half of this year’s rice crop,” said Joan Vidal.</p></div>';
        const article = load(html.replace(pullQuote, `${pullQuote}\n${unique}`));
        expect(blockTexts(article, 'paragraphs')).toContain('“Farmers in the Ebro delta have already lost half of this year’s rice crop,” said Joan Vidal.');
        expect(removedPairs(article).filter(([reason]) => reason === 'pull quote')).toEqual([['pull quote', sentence]]);
        expect(coverageProblems(article)).toEqual([]);
      });

      it('keeps the attribution of a kept pull quote with it', () => {
        const unique = '<blockquote class="quote--pull"><p>"Half of the rice crop is already lost."</p><cite>Joan Vidal</cite></blockquote>';
        const article = load(html.replace(pullQuote, unique));
        expect(blockTexts(article)).toEqual(expect.arrayContaining(['"Half of the rice crop is already lost."', 'Joan Vidal']));
        expect(removedPairs(article).map(([reason]) => reason)).not.toContain('pull quote');
      });

      it('finds the repeat with typography, case and quote marks aside', () => {
        const folded = '<div class="pull-quote"><p>‘WE ARE FACING THE WORST DROUGHT  IN A CENTURY’</p></div>';
        const article = load(html.replace(pullQuote, folded));
        expect(removedPairs(article)).toContainEqual(['pull quote', '‘WE ARE FACING THE WORST DROUGHT IN A CENTURY’']);
        expect(blockTexts(article).filter((text) => /worst drought/i.test(text))).toHaveLength(1);
      });

      it('keeps an ordinary <blockquote>, though it repeats a sentence of the body', () => {
        const article = load(html.replace(pullQuote, `<blockquote><p>${sentence}</p></blockquote>`));
        expect(blockTexts(article, 'paragraphs')).toContain(sentence);
        expect(removedPairs(article).map(([reason]) => reason)).not.toContain('pull quote');
      });
    });

    describe('a <title> that shortens the <h1> and adds the site, on a page with no og:site_name', () => {
      const html = readFileSync(join(HTML_FIXTURES, 'courier-title-suffix.html'), 'utf8');
      const headline = 'Harbour bridge to close for six weeks of repairs as engineers find worn bearings';

      it.each([' | ', ' - ', ' — '])('takes the <h1> as the title and the name after "%s" as the outlet, and prints the headline once', (separator) => {
        const article = loadHtmlArticle(html.replace(' | The Courier', `${separator}The Courier`), { id: 'p', source: 'p.html' });
        expect(article).toMatchObject({ title: headline, outlet: 'The Courier' });
        expect(blockTexts(article, 'headings')).toEqual([headline]);
        expect(article.text).not.toContain('The Courier');
        expect(coverageProblems(article)).toEqual([]);
      });
    });

    describe('an AP story signed off with where its reporters were', () => {
      const article = loadPage('ap-reported-from.html');

      it('removes "Casey reported from Boston." under the story with the separator above it, and keeps the story', () => {
        expect(removedPairs(article).slice(-2)).toEqual([
          ['separator', '___'],
          ['reporting credit', 'Casey reported from Boston.'],
        ]);
        expect(blockTexts(article, 'paragraphs').at(-1)).toMatch(/^Utility crews from as far away as Quebec/);
        expect(article).toMatchObject({ outlet: 'Associated Press', author: 'Michael Casey, Holly Ramer', date: '2024-03-10' });
        expect(coverageProblems(article)).toEqual([]);
      });
    });

    describe('a live blog with a standfirst of points, stamped posts and an appeal box (The Guardian style)', () => {
      const article = loadPage('guardian-live.html');

      it('puts the standfirst back a point per line, not glued into one', () => {
        expect(blockTexts(article).slice(0, 3)).toEqual([
          'Ukraine war live: Zelenskyy visits front-line town as Russia claims village',
          '- Ukrainian president meets troops near Avdiivka',
          '- Russia’s defence ministry says its forces have taken Tonenke',
        ]);
        expect(coverageProblems(article)).toEqual([]);
      });

      it("removes each post's time stamp", () => {
        expect(removedPairs(article)).toEqual([
          ['date stamp', '9.41am CET'],
          ['date stamp', '8.15am CET'],
          ['date stamp', '6.58am CET'],
        ]);
      });

      it('leaves out the appeal box readability keeps under the article', () => {
        expect(article.text).not.toContain('no billionaire owner');
        expect(article.text).not.toContain('Support the Guardian');
        expect(blockTexts(article).at(-1)).toBe('- Zelenskyy met soldiers near the front line.');
      });
    });

    describe('a TASS English page: stamps without the year, side by side, and a Telegram line under the story', () => {
      const article = loadPage('tass-en-stamps.html');

      it('removes "March 7, 10:21" and "UPDATED: March 7, 10:45" as date stamps, and "More news on Telegram"', () => {
        expect(removedPairs(article)).toEqual([
          ['date stamp', 'March 7, 10:21'],
          ['date stamp', 'UPDATED: March 7, 10:45'],
          ['dateline', 'MOSCOW, March 7. /TASS/.'],
          ['share prompt', 'More news on Telegram'],
        ]);
        // The stamps state no year: the date is the page's own.
        expect(article).toMatchObject({ outlet: 'TASS', date: '2024-03-07', published: '2024-03-07T10:21:00+03:00' });
        expect(coverageProblems(article)).toEqual([]);
      });
    });

    describe('a page with a membership box in the body and the author\'s biography under it (Kyiv Independent style)', () => {
      const article = loadPage('kyiv-member-box.html');

      it('leaves both boxes out and ends with the story', () => {
        for (const chrome of ['reader-funded', 'funded by our readers', 'Become a member', 'Charles University']) {
          expect(article.text, chrome).not.toContain(chrome);
        }
        expect(blockTexts(article).at(-1)).toBe("President Volodymyr Zelensky called for more air defense systems from Ukraine's partners.");
        expect(blockTexts(article, 'headings')).toEqual(['Russian drone strike on Odesa kills 12, including children']);
        expect(coverageProblems(article)).toEqual([]);
      });
    });

    describe('a paywalled page whose article body is named "subscription-content"', () => {
      it('keeps the body: an element holding all the paragraphs is the article, not an appeal box', () => {
        // Loaded inside the test: the page once failed to load at all ("no article text found").
        const article = loadPage('paywall-subscription-body.html');
        expect(blockTexts(article, 'paragraphs')).toHaveLength(3);
        expect(blockTexts(article, 'paragraphs').at(-1)).toMatch(/^Opponents said the project/);
        expect(coverageProblems(article)).toEqual([]);
      });

      it('keeps a body whose name holds a box word when it holds every paragraph', () => {
        const html = readFileSync(join(HTML_FIXTURES, 'paywall-subscription-body.html'), 'utf8').replace('subscription-content', 'membership-content');
        expect(blockTexts(loadHtmlArticle(html, { id: 'p', source: 'p.html' }), 'paragraphs')).toHaveLength(3);
      });
    });

    describe("a page with a video player's fallback text in the body (DW style)", () => {
      const article = loadPage('dw-video-fallback.html');

      it('removes "To view this video please enable JavaScript…" and keeps the paragraphs around it', () => {
        expect(removedPairs(article)).toEqual([
          ['video player', 'To view this video please enable JavaScript, and consider upgrading to a web browser that supports HTML5 video'],
          ['reporting credit', 'kb/rc (Reuters, dpa)'],
        ]);
        expect(blockTexts(article, 'paragraphs').at(-1)).toBe('GDL leader Claus Weselsky said the union would no longer announce strikes 48 hours in advance.');
        expect(coverageProblems(article)).toEqual([]);
      });

      it('keeps a sentence that only mentions JavaScript', () => {
        const page =
          '<html><head><title>Browser makers agree on new scripting rules</title></head><body><article><h1>Browser makers agree on new scripting rules</h1>' +
          '<p>Enable JavaScript by default, the group told developers, and the web will work as it did before for most users.</p>' +
          '<p>The new rules take effect in June, after a year of talks between the four largest browser makers and standards bodies.</p>' +
          '<p>Developers will have six months to adapt their sites, the group said in a statement published on Monday morning.</p></article></body></html>';
        expect(blockTexts(loadHtmlArticle(page, { id: 'p', source: 'p.html' }), 'paragraphs')).toHaveLength(3);
      });
    });

    // Regression: a `<time>` whose text is relative ("2 hours ago") stayed in the body as a sentence.
    describe('a relative time under the headline', () => {
      const article = loadPage('relative-time.html');

      it('removes "2 hours ago" as a date stamp; the date comes from the element\'s datetime', () => {
        expect(removedPairs(article)).toEqual([['date stamp', '2 hours ago']]);
        expect(article).toMatchObject({ date: '2024-03-07', published: '2024-03-07T10:00:00+01:00' });
        expect(blockTexts(article, 'paragraphs')[1]).toBe('Two hours ago, police said, the last stranded passengers were taken to a hotel near the harbour.');
        expect(coverageProblems(article)).toEqual([]);
      });
    });
  });
});
