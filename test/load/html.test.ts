/**
 * loadHtmlArticle on saved pages that look like real outlets' markup (fixtures/html):
 * what is kept, what is dropped, the page's metadata, and the refusals.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticleText } from '../../src/load/article.js';
import { MIN_ARTICLE_CHARS, decodeHtmlBytes, loadHtmlArticle } from '../../src/load/html/index.js';
import { displayText, splitSentences } from '../../src/segment/index.js';
import type { LoadedArticle } from '../../src/types.js';
import { REPO_DIR, blockTexts, coverageProblems, removedPairs, thrown } from './helpers.js';

const HTML_FIXTURES = join(REPO_DIR, 'fixtures', 'html');

/** A fixture page, decoded like a file and loaded; `url` as if it had been fetched from there. */
function loadPage(name: string, url?: string): LoadedArticle {
  const html = decodeHtmlBytes(readFileSync(join(HTML_FIXTURES, name)), name);
  return loadHtmlArticle(html, { id: name.replace(/\.html$/, ''), source: name, url });
}

function metadataOf(article: LoadedArticle) {
  const { outlet, title, url, author, date, published } = article;
  return { outlet, title, url, author, date, published };
}

const ARTICLE_PAGES = [
  'example-news-geneva.html',
  'wire-meta-only.html',
  'coastal-courier-time.html',
  'tass-ru-windows-1251.html',
];

describe('load/html', () => {
  describe('loadHtmlArticle', () => {
    describe('a page whose <title> is only the site name', () => {
      it('starts its text with the <h1> headline and takes it as the title', () => {
        const article = loadPage('site-name-title.html');
        expect(article.title).toBe('Night ferry returns after two-year pause');
        expect(article.text.startsWith('Night ferry returns after two-year pause\n')).toBe(true);
        expect(blockTexts(article, 'headings')).toEqual(['Night ferry returns after two-year pause']);
        expect(article.text).not.toContain('Harbour News');
        expect(coverageProblems(article)).toEqual([]);
      });
    });

    describe('an article ending in a "More on this story" list', () => {
      it("removes the list of links with its label, and keeps the article's own list", () => {
        const article = loadPage('related-list-in-article.html');
        expect(removedPairs(article)).toEqual([
          ['navigation', 'More on this story'],
          ['navigation', '- Why do ferries stop in a gale?'],
          ['navigation', '- Night ferry returns after two-year pause'],
        ]);
        expect(blockTexts(article)).toContain('- Island shuttle: reduced timetable');
        expect(blockTexts(article).at(-1)).toBe(
          'The operator said refunds would be paid within ten days to passengers who did not want to travel later.',
        );
        expect(coverageProblems(article)).toEqual([]);
      });
    });

    describe('an outlet page with a cookie banner, navigation, share bar, related links and comments', () => {
      const article = loadPage('example-news-geneva.html');

      it('keeps the title, the paragraphs, the list and the subheads, in reading order', () => {
        expect(blockTexts(article, 'headings')).toEqual([
          'Talks on European security resume in Geneva',
          'Sanctions on the table',
          'What comes next',
        ]);
        expect(blockTexts(article)).toEqual([
          'Talks on European security resume in Geneva',
          // The standfirst, which readability leaves out, is back under the title.
          'A week after the last round broke up without agreement, the delegations sat down again.',
          'Diplomats from both sides met again on Friday, a week after the last round of talks on European security broke up without agreement on any of the three points on the agenda.',
          'The meeting at the InterContinental hotel lasted a little over four hours, longer than either delegation had planned, officials said afterwards.',
          '“We have agreed to keep talking, and that is not nothing,” one of the negotiators told reporters outside the hotel. “Nobody left the room this time.”',
          'The agenda covered three points:',
          '- Troop movements near the border',
          '- Arms control and the future of missile deployments',
          '- Sanctions relief',
          'Sanctions on the table',
          'Western officials said sanctions relief could only come after verified troop withdrawals. The other side said the order should be reversed, and that it would not negotiate “under the threat of economic war”.',
          'Energy exports were not formally discussed, according to a person familiar with the talks, although both delegations raised them in side meetings.',
          'What comes next',
          'Officials said another round could take place in March.',
          'The venue has not been decided, but Vienna and Helsinki have both offered to host.',
          '“The hardest part is behind us, but the biggest questions are still ahead,” a senior diplomat said.',
          'Neither side published a joint statement, and both said they would brief their allies before the next meeting.',
        ]);
      });

      it('lays the text out a paragraph per line: list items and <br> lines tight, blank lines between paragraphs', () => {
        expect(article.text.startsWith('Talks on European security resume in Geneva\n\n')).toBe(true);
        expect(article.text).toContain(
          'The agenda covered three points:\n\n- Troop movements near the border\n- Arms control and the future of missile deployments\n- Sanctions relief\n\nSanctions on the table\n\n',
        );
        expect(article.text).toContain('take place in March.\nThe venue has not been decided');
        expect(article.text).not.toMatch(/[ \t]\n|\n[ \t]|  /);
      });

      it('removes what readability leaves with the chrome rules, and the figure as caption and credit', () => {
        expect(removedPairs(article)).toEqual([
          ['caption', 'Delegates arrive at the InterContinental hotel in Geneva on Friday.'],
          ['photo credit', 'Photo: Reuters / Denis Balibouse'],
          ['dateline', 'GENEVA —'],
          ['navigation', 'Read more: Why the talks stalled last month'],
          ['share prompt', 'Share this article'],
        ]);
        expect(coverageProblems(article)).toEqual([]);
      });

      it('drops navigation, cookie banner, share bar, related links, comments and every script', () => {
        for (const chrome of [
          'SCRIPT-SENTINEL', 'dataLayer', 'We use cookies', 'Accept all', 'Skip to main content', 'Opinion',
          'Facebook', 'WhatsApp', 'Related stories', 'Satellite images', 'Gas prices', 'Comments (12)',
          'reader_1984', 'Leave a Reply', 'Your email address', 'Post Comment', 'Europe Briefing', 'All rights reserved',
        ]) {
          expect(article.text, chrome).not.toContain(chrome);
        }
        // linkedom builds the document without running it.
        expect((globalThis as Record<string, unknown>).SCRIPT_RAN).toBeUndefined();
      });

      it('reads the metadata from JSON-LD (@graph, @id references, author array) and the page', () => {
        expect(metadataOf(article)).toEqual({
          outlet: 'Example News',
          title: 'Talks on European security resume in Geneva',
          url: 'https://www.example-news.com/world/europe/2022/02/18/geneva-security-talks-resume',
          author: 'Maria Petrova, John Roe',
          // JSON-LD's datePublished beats article:published_time ("2022-02-19T04:30:00Z", the
          // same instant): the date is the one in the timestamp's own offset.
          date: '2022-02-18',
          published: '2022-02-18T23:30:00-05:00',
        });
        expect(article).toMatchObject({ id: 'example-news-geneva', source: 'example-news-geneva.html' });
      });
    });

    describe('a wire page with metadata only in <meta> and <title>, and a photo above the lede', () => {
      const article = loadPage('wire-meta-only.html', 'https://tass.com/politics/1406245?utm_source=telegram');

      it('strips the dateline from the lede even though a caption comes first', () => {
        expect(removedPairs(article)).toEqual([
          ['caption', 'Kremlin Spokesman Dmitry Peskov'],
          ['photo credit', '© Sergei Bobylev/TASS'],
          ['dateline', 'MOSCOW, February 18. /TASS/.'],
          ['navigation', 'Read also: Russia sends its reply to the US on security guarantees'],
          ['share prompt', 'Follow TASS on Telegram'],
        ]);
        expect(blockTexts(article, 'paragraphs')[0]).toBe(
          'Moscow hopes that dialogue on security guarantees will continue, Kremlin Spokesman Dmitry Peskov told reporters on Friday.',
        );
        // The lead under the headline, which readability left out, is the page's description: it is
        // back under the title, a heading as it is written in headline style.
        expect(blockTexts(article, 'headings').slice(0, 2)).toEqual([
          'Kremlin hopes for dialogue on security guarantees',
          'The Kremlin spokesman said Moscow was waiting for a substantive reply',
        ]);
        expect(article.text).not.toContain('SCRIPT-SENTINEL');
        expect(article.text).not.toContain('More news');
        expect(coverageProblems(article)).toEqual([]);
      });

      it('takes the outlet from application-name, cuts it from <title>, resolves the relative canonical link, reads a Z timestamp', () => {
        expect(metadataOf(article)).toEqual({
          outlet: 'TASS',
          title: 'Kremlin hopes for dialogue on security guarantees',
          url: 'https://tass.com/politics/1406245',
          author: null,
          date: '2022-02-18',
          published: '2022-02-18T23:30:00Z',
        });
      });
    });

    describe('a blog-style local news page (WordPress markup)', () => {
      const article = loadPage('coastal-courier-time.html');

      it('reads <time datetime> in the article, rel="author", the JSON-LD WebSite name; skips invalid JSON-LD', () => {
        expect(metadataOf(article)).toEqual({
          outlet: 'The Coastal Courier',
          title: 'Harbour reopens to ferries after storm repairs',
          url: null,
          author: 'Anna Berg',
          date: '2022-02-19',
          published: '2022-02-19T06:15:00+03:00',
        });
      });

      it('keeps the story and drops the skip link, post navigation and comment form', () => {
        expect(blockTexts(article, 'headings')).toEqual(['Harbour reopens to ferries after storm repairs', 'Timetable changes']);
        expect(blockTexts(article, 'paragraphs')).toHaveLength(5);
        expect(removedPairs(article)).toEqual([['navigation', 'Skip to content']]);
        for (const chrome of ['Previous:', 'Lifeboat crew', 'Leave a Reply', 'Post Comment', 'Proudly powered']) {
          expect(article.text, chrome).not.toContain(chrome);
        }
      });
    });

    describe('a page with a standfirst and a lead photo between the headline and the body (The Guardian style)', () => {
      const article = loadPage('guardian-standfirst.html');

      it('keeps the standfirst readability leaves out, under the title, a heading as it is written in headline style', () => {
        expect(blockTexts(article).slice(0, 3)).toEqual([
          'Heatwave forces schools in southern Spain to shorten lessons',
          'Regional authorities in Andalucía allow pupils to go home early as temperatures pass 40C for third day',
          'Schools across Andalucía have been told they can send pupils home two hours early after temperatures in the southern Spanish region passed 40C for the third day running.',
        ]);
        expect(blockTexts(article, 'headings')).toEqual([
          'Heatwave forces schools in southern Spain to shorten lessons',
          'Regional authorities in Andalucía allow pupils to go home early as temperatures pass 40C for third day',
        ]);
        expect(article).toMatchObject({ outlet: 'The Guardian', title: 'Heatwave forces schools in southern Spain to shorten lessons', author: 'Sam Jones' });
        expect(coverageProblems(article)).toEqual([]);
      });

      it("removes the caption in the body; the lead photo's caption, left out with the byline and share bar, is not in the text", () => {
        expect(removedPairs(article)).toEqual([
          ['caption', 'Pupils at a primary school in Córdoba, where classrooms reached 35C. Photograph: Salas/EPA'],
        ]);
        for (const chrome of ['A man cools off', 'Sam Jones in Madrid', 'Most viewed', 'Share']) expect(article.text).not.toContain(chrome);
      });
    });

    describe('standfirsts', () => {
      const body =
        '<div class="body"><p>The city council voted on Tuesday to extend the night bus network to the three new districts on the eastern edge of town.</p>' +
        '<p>Councillors from all parties backed the plan, which will add four routes and about forty drivers by the end of the year.</p>' +
        '<p>Residents had campaigned for the change since the districts opened, saying the last bus left before most late shifts ended.</p></div>';
      const load = (head: string, article: string) =>
        loadHtmlArticle(`<html><head><title>Night buses reach the new districts</title>${head}</head><body><article>${article}</article></body></html>`, {
          id: 'p',
          source: 'p.html',
        });

      it('takes a standfirst that ends like a sentence as a paragraph, by its class or by the page description', () => {
        const standfirst = 'Four new routes will run from January, the council said.';
        for (const [head, holder] of [
          ['', `<p class="article-dek">${standfirst}</p>`],
          [`<meta property="og:description" content="${standfirst}">`, `<div class="c-x1"><span>${standfirst}</span></div>`],
        ]) {
          const article = load(head, `<header><h1>Night buses reach the new districts</h1>${holder}</header>${body}`);
          expect(blockTexts(article, 'paragraphs')[0]).toBe(standfirst);
          expect(blockTexts(article, 'headings')).toEqual(['Night buses reach the new districts']);
          expect(coverageProblems(article)).toEqual([]);
        }
      });

      it('adds nothing when readability kept the standfirst, when the description is the lede, or for a teaser after the body', () => {
        const lede = 'The city council voted on Tuesday to extend the night bus network to the three new districts on the eastern edge of town.';
        const cases = [
          load(`<meta name="description" content="${lede}">`, `<h1>Night buses reach the new districts</h1>${body}`),
          load('', `<h1>Night buses reach the new districts</h1>${body}<aside><p class="teaser-text">Trams will follow next year, the council says in a new plan.</p></aside>`),
          load('', `<h1>Night buses reach the new districts</h1><div class="byline">By Dana Smith, City Herald transport reporter</div>${body}`),
        ];
        for (const article of cases) {
          expect(blockTexts(article, 'paragraphs')[0]).toBe(lede);
          expect(blockTexts(article, 'paragraphs')).toHaveLength(3);
        }
      });
    });

    describe('a Deutsche Welle page whose og:site_name is its domain', () => {
      it("names the outlet Deutsche Welle and cuts \"– DW – date\" from the title", () => {
        const article = loadPage('dw-site-name.html');
        expect(metadataOf(article)).toMatchObject({
          outlet: 'Deutsche Welle',
          title: 'Germany: Rail strike halts most long-distance trains',
          date: '2024-03-07',
        });
        expect(blockTexts(article, 'headings')[0]).toBe('Germany: Rail strike halts most long-distance trains');
        expect(removedPairs(article)).toEqual([['reporting credit', 'kb/rc (dpa, Reuters)']]);
        expect(coverageProblems(article)).toEqual([]);
      });
    });

    describe('a page whose photo caption is a paragraph ending in the agency, and which signs off with its sources (CGTN style)', () => {
      it('removes the caption with its credit as one piece, and the sign-off', () => {
        const article = loadPage('cgtn-caption-credit.html');
        expect(removedPairs(article)).toEqual([
          ['caption', 'Chinese Premier Li Qiang delivers the government work report in Beijing, China, March 5, 2024. /Xinhua'],
          ['reporting credit', '(With input from Xinhua)'],
        ]);
        expect(metadataOf(article)).toMatchObject({ outlet: 'CGTN', date: '2024-03-05' });
        expect(blockTexts(article, 'paragraphs')).toHaveLength(4);
        expect(coverageProblems(article)).toEqual([]);
      });
    });

    describe('a Russian page in windows-1251', () => {
      const article = loadPage('tass-ru-windows-1251.html');

      it('decodes, extracts and reads metadata, naming the outlet as the text loader does', () => {
        expect(metadataOf(article)).toEqual({
          outlet: 'TASS',
          title: 'Песков: Москва рассчитывает на продолжение диалога по гарантиям безопасности',
          url: 'https://tass.ru/politika/13760001',
          author: 'Иван Соколов',
          date: '2022-02-18',
          published: '2022-02-18T14:05:00+03:00',
        });
        expect(blockTexts(article, 'headings')).toEqual([
          'Песков: Москва рассчитывает на продолжение диалога по гарантиям безопасности',
          'Ответ Вашингтону',
        ]);
        expect(removedPairs(article)).toEqual([
          ['dateline', 'МОСКВА, 18 февраля. /ТАСС/.'],
          ['navigation', 'Читайте также: Лавров назвал сроки ответа на предложения США'],
        ]);
        expect(article.text).not.toMatch(/SCRIPT-SENTINEL|Политика|Все права/);
      });
    });

    describe('offsets', () => {
      it.each(ARTICLE_PAGES)('%s: every sentence slices back from the extracted text', (name) => {
        const loaded = loadPage(name);
        const { text, sentences } = splitSentences(loaded);
        expect(sentences.length).toBeGreaterThan(4);
        for (const sentence of sentences) {
          expect(displayText(text.slice(sentence.start, sentence.end))).toBe(sentence.text);
        }
        expect(sentences[0]).toMatchObject({ heading: true, text: loaded.title, start: 0 });
        for (const piece of loaded.removed) expect(displayText(text.slice(piece.start, piece.end))).toBe(piece.text);
        expect(coverageProblems(loaded)).toEqual([]);
      });

      it('is pure: the same page gives the same article twice', () => {
        expect(loadPage('example-news-geneva.html')).toEqual(loadPage('example-news-geneva.html'));
      });
    });

    describe('short pages (news briefs)', () => {
      const LEDE = "A magnitude 5.6 earthquake struck eastern Turkey on Tuesday morning, the country's disaster agency said.";

      // Regression: a page under MIN_ARTICLE_CHARS was refused ("no article text found in the page").
      it('loads a brief of two short paragraphs as its text file loads', () => {
        const article = loadPage('news-brief.html');
        const body = blockTexts(article, 'paragraphs');
        expect(body).toEqual([LEDE, 'There were no immediate reports of casualties or serious damage, officials said.']);
        expect(body.join(' ').length).toBeLessThan(MIN_ARTICLE_CHARS);
        expect(article.title).toBe('Quake hits eastern Turkey');
        expect(blockTexts(article, 'headings')).toEqual(['Quake hits eastern Turkey']);
        const asText = loadArticleText(`Quake hits eastern Turkey\n\n${body.join('\n\n')}\n`, { id: 'brief', source: 'brief.txt' });
        expect(blockTexts(article)).toEqual(blockTexts(asText));
        expect(blockTexts(article, 'headings')).toEqual(blockTexts(asText, 'headings'));
      });

      it('loads a brief of one paragraph, with or without an <article> around it, and leaves a menu out', () => {
        for (const body of [`<article><h1>Quake hits eastern Turkey</h1><p>${LEDE}</p></article>`, `<nav><a href="/">Home</a> <a href="/world">World</a></nav><h1>Quake hits eastern Turkey</h1><p>${LEDE}</p>`]) {
          const article = loadHtmlArticle(`<html><head><title>Quake hits eastern Turkey</title></head><body>${body}</body></html>`, { id: 'b', source: 'b.html' });
          expect(blockTexts(article)).toEqual(['Quake hits eastern Turkey', LEDE]);
        }
      });

      it('reads the story the page marks, not the longer cookie notice readability takes on a short page', () => {
        const article = loadPage('brief-consent-footer.html');
        expect(blockTexts(article)).toEqual(['Quake hits eastern Turkey', LEDE]);
        expect(article.text).not.toMatch(/cookies|Example Media Group/);
      });

      it.each([
        ['short sentences and links (a sign-in box)', '<main><h1>Sign in</h1><p>Subscribers get unlimited access.</p><p><a href="/forgot">Forgot your password?</a></p></main>'],
        ['a list of headlines without stops', '<h1>Latest</h1><ul><li><a href="/1">Floods force thousands from their homes in northern Italy</a></li><li><a href="/2">Election results delayed as officials recount ballots</a></li></ul>'],
        ['a paragraph that is one link', '<article><h1>More news</h1><p><a href="/1">Floods force thousands from their homes in northern Italy after days of rain.</a></p></article>'],
      ])('refuses a short page without prose: %s', (_, body) => {
        const page = `<html><head><title>Example News</title></head><body>${body}</body></html>`;
        expect(thrown(() => loadHtmlArticle(page, { id: 'x', source: 'x.html' })).message).toBe('x.html: no article text found in the page');
      });
    });

    describe('short pages that say they are no article', () => {
      const LEDE = "A magnitude 5.6 earthquake struck eastern Turkey on Tuesday morning, the country's disaster agency said.";
      const SORRY = '<p>Sorry, the page you were looking for could not be found. It may have been moved or deleted.</p>';
      const refusal = (page: string) => thrown(() => loadHtmlArticle(page, { id: 'x', source: 'x.html' })).message;

      // Regression: an error page's and a sign-in page's one paragraph read as prose, and loaded.
      it('refuses a "Page not found" page and a sign-in page whose paragraph reads as prose', () => {
        for (const name of ['not-found-prose.html', 'sign-in-prose.html']) {
          const error = thrown(() => loadPage(name));
          expect(error.message).toBe(`${name}: no article text found in the page`);
          expect(error.exitCode).toBe(2);
        }
      });

      it.each([
        ['a <title> naming an HTTP error', '<title>404 | Example News</title>', `<main><h1>We looked everywhere</h1>${SORRY}</main>`],
        ['an <h1> naming an HTTP error', '<title>Example News</title>', `<main><h1>Error 404 – Page not found</h1>${SORRY}</main>`],
        ['an <h1> "Oops!"', '', `<h1>Oops!</h1>${SORRY}`],
        ['an <h1> "Access denied"', '<title>Access denied</title>', `<h1>Access denied</h1><p>You do not have permission to view this page on our site, sorry.</p>`],
        ['a <title> "Subscribe to continue reading"', '<title>Subscribe to continue reading – Example News</title>', `<p>${LEDE}</p>`],
        ['an <h1> "Log in"', '', `<main><h1>Log in</h1><p>${LEDE}</p></main>`],
        ['a form with a password field', '<title>Quake hits eastern Turkey</title>', `<main><h1>Quake hits eastern Turkey</h1><p>${LEDE}</p><form><input type="email"><input type="Password"></form></main>`],
      ])('refuses a short page with prose and %s', (_, head, body) => {
        expect(refusal(`<html><head>${head}</head><body>${body}</body></html>`)).toBe('x.html: no article text found in the page');
      });

      it.each([
        ['a headline starting with a number', '500 people flee as quake hits eastern Turkey'],
        ['a headline with "error" in it', 'Error-strewn rescue after quake in eastern Turkey'],
        ['a headline starting "Login"', 'Login data of quake relief donors leaked in Turkey'],
      ])('loads a brief with %s', (_, headline) => {
        const article = loadHtmlArticle(`<html><head><title>${headline}</title></head><body><article><h1>${headline}</h1><p>${LEDE}</p></article></body></html>`, { id: 'b', source: 'b.html' });
        expect(blockTexts(article, 'paragraphs')).toEqual([LEDE]);
      });

      it("loads a brief on a page whose site header holds a sign-in box", () => {
        const header = '<header><a href="/">Example News</a><form><input name="user"><input type="password"><button>Sign in</button></form></header>';
        const article = loadHtmlArticle(`<html><head><title>Quake hits eastern Turkey</title></head><body>${header}<article><h1>Quake hits eastern Turkey</h1><p>${LEDE}</p></article></body></html>`, { id: 'b', source: 'b.html' });
        expect(blockTexts(article)).toEqual(['Quake hits eastern Turkey', LEDE]);
        expect(blockTexts(loadPage('news-brief.html'), 'headings')).toEqual(['Quake hits eastern Turkey']);
      });
    });

    describe('refusals', () => {
      it('refuses a page where readability finds no article (a login page)', () => {
        const error = thrown(() => loadPage('login.html'));
        expect(error.message).toBe('login.html: no article text found in the page');
        expect(error.exitCode).toBe(2);
      });

      it('refuses an empty page and an empty document', () => {
        expect(thrown(() => loadHtmlArticle('', { id: 'e', source: 'e.html' })).message).toBe('e.html: empty page');
        const skeleton = '<!doctype html><html><head><title>Nothing here</title></head><body></body></html>';
        expect(thrown(() => loadHtmlArticle(skeleton, { id: 's', source: 'https://x.com/s' })).message).toBe(
          'https://x.com/s: no article text found in the page',
        );
      });

      it('refuses a page whose only text is chrome (more than MIN_ARTICLE_CHARS of it)', () => {
        const chrome = ['Share this article', 'Facebook Twitter WhatsApp', 'Leave a comment', 'Advertisement'];
        const body = Array.from({ length: 16 }, (_, i) => `<p>${chrome[i % chrome.length]}</p>`).join('\n');
        expect(body.replace(/<[^>]+>|\s/g, '').length).toBeGreaterThan(MIN_ARTICLE_CHARS);
        const page = `<html><body><article><h1>Nothing to read</h1>${body}</article></body></html>`;
        expect(() => loadHtmlArticle(page, { id: 'c', source: 'c.html' })).toThrow('c.html: no article text found in the page');
      });
    });
  });
});
