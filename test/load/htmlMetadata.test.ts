/**
 * loadHtmlArticle's metadata: which source wins for each field, and the contract's date
 * rule (`date` is the day in the timestamp's own offset, `published` the timestamp as given).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadHtmlArticle } from '../../src/load/html/index.js';
import type { ArticleMetadata, LoadedArticle } from '../../src/types.js';
import { REPO_DIR } from './helpers.js';

const STORY = [
  'The city council voted on Tuesday to extend the night bus network to the three new districts on the eastern edge of town.',
  'Councillors from all parties backed the plan, which will add four routes and about forty drivers by the end of the year.',
  'Residents had campaigned for the change since the districts opened, saying the last bus into town left before most late shifts ended.',
];

/**
 * A page with `head` in its <head> and a three-paragraph story in its <article>: `inArticle`
 * goes before the story's body (readability may drop it there), `inBody` at the start of it.
 */
function page(head: string, inArticle = '', outside = '', inBody = ''): string {
  const paragraphs = STORY.map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8">${head}</head>
<body><nav><a href="/">Home</a> <a href="/city">City</a></nav>${outside}
<article>${inArticle}<div class="story-body">${inBody}${paragraphs}</div></article>
<footer>Contact us</footer></body></html>`;
}

function metadata(html: string, url?: string): ArticleMetadata {
  const { outlet, title, author, date, published, url: found } = loadHtmlArticle(html, { id: 'p', source: 'p.html', url });
  return { outlet, title, url: found, author, date, published };
}

function jsonLd(value: unknown): string {
  return `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
}

function loadPage(name: string): LoadedArticle {
  return loadHtmlArticle(readFileSync(join(REPO_DIR, 'fixtures', 'html', name), 'utf8'), { id: name, source: name });
}

const meta = (key: string, content: string, attribute = 'property') => `<meta ${attribute}="${key}" content="${content}">`;

describe('load/html', () => {
  describe('loadHtmlArticle metadata', () => {
    describe('dates', () => {
      it.each([
        ['2022-02-18T23:30:00-05:00', '2022-02-18', '2022-02-18T23:30:00-05:00'],
        ['2022-02-18T23:30:00Z', '2022-02-18', '2022-02-18T23:30:00Z'],
        ['2022-02-19T01:30:00+03:00', '2022-02-19', '2022-02-19T01:30:00+03:00'],
        ['2022-02-18T23:30:00.000+0530', '2022-02-18', '2022-02-18T23:30:00.000+0530'],
        ['2022-02-18', '2022-02-18', null],
        ['2022-02-18T23:30:00', '2022-02-18', null], // no offset: not a full timestamp
        // Regression: RFC 2822 and ISO 8601 with a space for the `T` gave the day alone.
        ['Fri, 18 Feb 2022 23:30:00 -0500', '2022-02-18', '2022-02-18T23:30:00-05:00'],
        ['Fri, 18 Feb 2022 23:30:00 GMT', '2022-02-18', '2022-02-18T23:30:00+00:00'],
        ['18 Feb 2022 23:30:00 +0000', '2022-02-18', '2022-02-18T23:30:00+00:00'],
        ['2022-02-18 23:30:00+03:00', '2022-02-18', '2022-02-18T23:30:00+03:00'],
        ['2022-02-18 23:30:00 +0300', '2022-02-18', '2022-02-18T23:30:00+03:00'],
        ['2022-02-18 23:30 UTC', '2022-02-18', '2022-02-18T23:30:00+00:00'],
        ['2022-02-18 23:30:00', '2022-02-18', null], // no zone: the day alone
        // Regression: an impossible time or offset was kept as published.
        ['2024-03-07T25:61:00+02:00', '2024-03-07', null],
        ['2024-03-07T10:00:00+15:00', '2024-03-07', null],
      ])('reads datePublished %s as date %s, published %s', (stamp, date, published) => {
        const html = page(jsonLd({ '@context': 'https://schema.org', '@type': 'NewsArticle', datePublished: stamp }));
        expect(metadata(html)).toMatchObject({ date, published });
      });

      it('takes JSON-LD first, then article:published_time, then microdata, then <time> in the article', () => {
        const timeTag = '<time datetime="2022-02-15T08:00:00+01:00">15 February</time>';
        const ld = jsonLd({ '@type': 'NewsArticle', datePublished: '2022-02-12T08:00:00+01:00' });
        const og = meta('article:published_time', '2022-02-13T08:00:00+01:00');
        const micro = '<span itemprop="datePublished" content="2022-02-14T08:00:00+01:00"></span>';
        expect(metadata(page(ld + og, micro + timeTag)).published).toBe('2022-02-12T08:00:00+01:00');
        expect(metadata(page(og, micro + timeTag)).published).toBe('2022-02-13T08:00:00+01:00');
        expect(metadata(page('', micro + timeTag)).published).toBe('2022-02-14T08:00:00+01:00');
        expect(metadata(page(meta('datePublished', '2022-02-14', 'itemprop'), timeTag)).date).toBe('2022-02-14');
        expect(metadata(page('', timeTag)).published).toBe('2022-02-15T08:00:00+01:00');
      });

      it('reads RFC 2822 and space-separated ISO 8601 stamps in <meta> and <time> as in JSON-LD', () => {
        expect(metadata(page(meta('article:published_time', 'Mon, 21 Feb 2022 23:42:00 +0000')))).toMatchObject({
          date: '2022-02-21',
          published: '2022-02-21T23:42:00+00:00',
        });
        expect(metadata(page(meta('pubdate', '2022-02-21 23:42 UTC', 'name')))).toMatchObject({ date: '2022-02-21', published: '2022-02-21T23:42:00+00:00' });
        // HTML allows a space for the `T` in a <time>'s datetime.
        const timeTag = '<time datetime="2022-02-21 23:42:00+03:00">21 February</time>';
        expect(metadata(page('', timeTag))).toMatchObject({ date: '2022-02-21', published: '2022-02-21T23:42:00+03:00' });
        // A day-only source first: a later source's timestamp on the same day fills `published`.
        const ld = jsonLd({ '@type': 'NewsArticle', datePublished: '2022-02-21' });
        expect(metadata(page(ld + meta('article:published_time', '2022-02-21 23:42:00 +0300')))).toMatchObject({
          date: '2022-02-21',
          published: '2022-02-21T23:42:00+03:00',
        });
      });

      it('ignores <time> outside the article (a related-links list) and unreadable stamps', () => {
        const related = '<ul><li><time datetime="2021-01-01T10:00:00Z">Old story</time></li></ul>';
        expect(metadata(page(meta('article:published_time', 'yesterday'), '', related))).toMatchObject({ date: null, published: null });
      });

      describe('a <time> outside the article', () => {
        const stamp = '<time datetime="2024-03-07T10:00:00+01:00">7 March 2024</time>';
        const other = (attributes: string, tag = 'div') => `<${tag} ${attributes}><p>Earlier <time datetime="2024-03-01T08:00:00Z">1 March</time></p></${tag}>`;
        const dated = { date: '2024-03-07', published: '2024-03-07T10:00:00+01:00' };

        // Regression: a stamp in the page's header, above the <article>, was not read.
        it("is read when it is the page's only one: in the site's header above the article", () => {
          expect(metadata(page('', '', `<header><div class="meta">${stamp}</div></header>`))).toMatchObject(dated);
          expect(loadPage('header-time.html')).toMatchObject(dated);
          // The same stamp twice (a visible one and a hidden one) is one value.
          expect(metadata(page('', '', `<header>${stamp}</header><div class="sticky">${stamp}</div>`))).toMatchObject(dated);
        });

        it('is read, of several, when it is in the <header> that holds the <h1>', () => {
          const html = page('', '', `<header class="story-header"><h1>Night buses extended</h1>${stamp}</header>${other('class="box"')}`);
          expect(metadata(html)).toMatchObject(dated);
        });

        it.each([
          ['a list item', other('', 'ul').replace('<p>', '<li>').replace('</p>', '</li>')],
          ['an <aside>', other('', 'aside')],
          ['a <nav>', other('', 'nav')],
          ['a <footer>', other('', 'footer')],
          ['comments', other('id="comments"')],
          ['a comment', other('class="c-Comment__body"')],
          ['a related-stories box', other('class="related-stories"')],
          ['a box named in camelCase', other('class="relatedStories"')],
          ['a sidebar', other('class="layout-sidebar"')],
        ])('is not read from %s, which dates something else', (_, html) => {
          expect(metadata(page('', '', html))).toMatchObject({ date: null, published: null });
          // Set aside, it leaves the page's own stamp the only one.
          expect(metadata(page('', '', `<header>${stamp}</header>${html}`))).toMatchObject(dated);
        });

        it('is not read from a teaser <article> after the story\'s', () => {
          const teaser = `<section>${other('class="card"', 'article')}</section><footer>`;
          expect(metadata(page('').replace('<footer>', teaser))).toMatchObject({ date: null, published: null });
          expect(metadata(page('', '', `<header>${stamp}</header>`).replace('<footer>', teaser))).toMatchObject(dated);
        });

        it('is not read when two different ones are left: which is the story\'s is not known', () => {
          expect(metadata(page('', '', `<header>${stamp}</header>${other('class="box"')}`))).toMatchObject({ date: null, published: null });
          // Nor, when the page marks its article, is a stamp in a header that does not hold the <h1>.
          expect(metadata(page('', '<h1>Night buses extended</h1>', `<header>${stamp}</header>${other('class="box"')}`))).toMatchObject({ date: null });
        });

        // Regression: the site's logo as the <h1> of the page's header, beside today's date, dated the story.
        it("is not read from a masthead: a <header> whose <h1> is the site's logo, not the headline", () => {
          expect(loadPage('masthead-today.html')).toMatchObject({ title: 'Council approves new budget', date: null, published: null });
          const masthead = `<header class="site-header"><h1 class="logo"><a href="/">City Times</a></h1>${stamp}</header>`;
          expect(metadata(page('<title>Night buses extended | City Times</title>', '', masthead))).toMatchObject({ date: null, published: null });
          // The story's own stamp is still read beside it.
          const inArticle = '<time datetime="2024-03-06T09:00:00Z">6 March</time>';
          expect(metadata(page('<title>Night buses extended | City Times</title>', inArticle, masthead))).toMatchObject({ date: '2024-03-06' });
        });

        it("is read from a <header> whose <h1> is the headline: the page's title as read, or in the article", () => {
          const header = (h1: string) => `<header><h1>${h1}</h1>${stamp}</header>${other('class="box"')}`;
          expect(metadata(page(meta('og:title', 'Night buses extended to new districts'), '', header('Night buses extended to new districts')))).toMatchObject(dated);
          // A <title> that shortens the <h1>.
          expect(metadata(page('<title>Night buses extended | City Times</title>', '', header('Night buses extended to three new districts')))).toMatchObject(dated);
          const inMain = `<main><header><h1>City Times</h1>${stamp}</header></main>`;
          expect(metadata(page('<title>Night buses extended | City Times</title>', '', inMain))).toMatchObject(dated);
        });

        it('comes after the page\'s metadata and the first <time> in the article', () => {
          const inArticle = '<time datetime="2024-03-06T09:00:00Z">6 March</time>';
          expect(metadata(page('', inArticle, `<header>${stamp}</header>`))).toMatchObject({ date: '2024-03-06' });
          expect(metadata(page(meta('article:published_time', '2024-03-05T09:00:00Z'), '', `<header>${stamp}</header>`))).toMatchObject({ date: '2024-03-05' });
        });
      });

      it('fills `published` from a later source on the same day when the first gives an impossible time', () => {
        const ld = jsonLd({ '@type': 'NewsArticle', datePublished: '2024-03-07T25:61:00+02:00' });
        expect(metadata(page(ld + meta('article:published_time', '2024-03-07T10:00:00+02:00')))).toMatchObject({
          date: '2024-03-07',
          published: '2024-03-07T10:00:00+02:00',
        });
        expect(loadPage('impossible-time.html')).toMatchObject({ date: '2024-03-07', published: null });
      });

      it('fills `published` from a later source on the same day when the first gives only a day', () => {
        const ld = jsonLd({ '@type': 'NewsArticle', datePublished: '2022-02-18' });
        const sameDay = meta('article:published_time', '2022-02-18T23:30:00-05:00');
        const otherDay = meta('article:published_time', '2022-02-19T04:30:00Z');
        expect(metadata(page(ld + sameDay))).toMatchObject({ date: '2022-02-18', published: '2022-02-18T23:30:00-05:00' });
        expect(metadata(page(ld + otherDay))).toMatchObject({ date: '2022-02-18', published: null });
      });
    });

    describe('JSON-LD shapes', () => {
      it('reads a top-level array of objects, a @type array, a schema.org URL type and an author array', () => {
        const ld = jsonLd([
          { '@type': 'BreadcrumbList', itemListElement: [] },
          {
            '@type': ['http://schema.org/ReportageNewsArticle'],
            headline: 'Night buses reach the new districts',
            datePublished: '2022-03-01T18:00:00+01:00',
            author: ['Ana Lima', { '@type': 'Person', name: 'Ben Okafor' }, { '@type': 'Person' }],
            publisher: [{ '@type': 'NewsMediaOrganization', name: 'City Herald' }],
          },
        ]);
        expect(metadata(page(ld))).toEqual({
          outlet: 'City Herald',
          title: 'Night buses reach the new districts',
          url: null,
          author: 'Ana Lima, Ben Okafor',
          date: '2022-03-01',
          published: '2022-03-01T18:00:00+01:00',
        });
      });

      it('finds the article inside @graph and mainEntity, resolving @id references', () => {
        const ld = jsonLd({
          '@context': 'https://schema.org',
          '@graph': [
            { '@type': 'WebPage', '@id': '#page', mainEntity: { '@type': 'Article', '@id': '#a', author: { '@id': '#p' }, datePublished: '2022-03-02' } },
            { '@type': 'Person', '@id': '#p', name: 'Chen Wei' },
          ],
        });
        expect(metadata(page(ld))).toMatchObject({ author: 'Chen Wei', date: '2022-03-02' });
      });

      it('names an organisation as author only when no person is named, in the metadata or a byline of the text', () => {
        const byOrganisation = jsonLd({ '@type': 'NewsArticle', author: { '@type': 'NewsMediaOrganization', name: 'City Herald' } });
        expect(metadata(page(byOrganisation)).author).toBe('City Herald');
        // Regression: readability copied the organisation into its byline, and it won over the reporter's.
        expect(metadata(page(byOrganisation, '<p class="byline">By Dana Smith</p>')).author).toBe('Dana Smith');
        expect(metadata(page(byOrganisation, '', '', '<p>By Dana Smith</p>')).author).toBe('Dana Smith');
        expect(metadata(page(byOrganisation + meta('author', 'Ana Lima', 'name'))).author).toBe('Ana Lima');
        // Regression: with "@context", as real pages give it, readability took the organisation as its
        // byline and never captured the byline element, so the organisation won again.
        const inContext = jsonLd({ '@context': 'https://schema.org', '@type': 'NewsArticle', author: { '@type': 'NewsMediaOrganization', name: 'City Herald' } });
        expect(metadata(page(inContext, '<p class="byline">By Dana Smith</p>')).author).toBe('Dana Smith');
        expect(metadata(page(inContext, '<div class="meta">By <span class="author">Dana Smith</span></div>')).author).toBe('Dana Smith');
        // Regression: the organisation repeated in <meta name="author"> won over the reporter's byline.
        expect(metadata(page(byOrganisation + meta('author', 'City Herald', 'name'), '<p class="byline">By Dana Smith</p>')).author).toBe('Dana Smith');
        const both = jsonLd({ '@type': 'NewsArticle', author: [{ '@type': 'Organization', name: 'City Herald' }, { '@type': 'Person', name: 'Ben Okafor' }] });
        expect(metadata(page(both)).author).toBe('Ben Okafor');
      });

      it('skips blocks that are not JSON and nodes that are not articles', () => {
        const bad = '<script type="application/ld+json">{ not json </script>';
        const org = jsonLd({ '@type': 'Organization', name: 'Not The Publisher', founder: 'X' });
        expect(metadata(page(bad + org))).toMatchObject({ outlet: null, author: null, date: null });
      });
    });

    describe('title, outlet, author, url', () => {
      it('prefers og:title, then twitter:title, then the JSON-LD headline, then <title>, then <h1>', () => {
        const og = meta('og:title', 'OG title');
        const tw = meta('twitter:title', 'Twitter title', 'name');
        const ld = jsonLd({ '@type': 'NewsArticle', headline: 'JSON-LD headline' });
        const title = '<title>Title element</title>';
        const h1 = '<h1>Heading one</h1>';
        expect(metadata(page(og + tw + ld + title, h1)).title).toBe('OG title');
        expect(metadata(page(tw + ld + title, h1)).title).toBe('Twitter title');
        expect(metadata(page(ld + title, h1)).title).toBe('JSON-LD headline');
        expect(metadata(page(title, h1)).title).toBe('Title element');
        expect(metadata(page('', h1)).title).toBe('Heading one');
      });

      it('cuts " | Site" or " - Site" from <title> when it names the site, and keeps other bars', () => {
        const site = meta('og:site_name', 'City Herald');
        expect(metadata(page(site + '<title>Night buses reach the new districts | City Herald</title>')).title).toBe('Night buses reach the new districts');
        expect(metadata(page(site + '<title>Night buses reach the new districts - city herald</title>')).title).toBe('Night buses reach the new districts');
        expect(metadata(page(site + '<title>Buses | Trams</title>')).title).toBe('Buses | Trams');
      });

      it('takes the site name cut from <title> as the outlet when the text before it is the <h1>', () => {
        const html = page('<title>Night buses reach the new districts | City Herald</title>', '<h1>Night buses reach the new districts</h1>');
        expect(metadata(html)).toMatchObject({ title: 'Night buses reach the new districts', outlet: 'City Herald' });
      });

      it('cuts a site name the page shows as its masthead, a known outlet, and, with no site named in the metadata, a name after a bar', () => {
        const title = (t: string) => `<title>${t}</title>`;
        const logo = '<a class="site-logo" href="/"><img src="/logo.svg" alt="City Herald logo"></a>';
        expect(metadata(page(title('Night buses reach the new districts - City Herald'), '', logo))).toMatchObject({
          title: 'Night buses reach the new districts',
          outlet: 'City Herald',
        });
        // Without the logo nothing says that "City Herald" is not part of the headline.
        expect(metadata(page(title('Night buses reach the new districts - City Herald'))).outlet).toBeNull();
        expect(metadata(page(title('Night buses reach the new districts - BBC News')))).toMatchObject({
          title: 'Night buses reach the new districts',
          outlet: 'BBC News',
        });
        expect(metadata(page(title('Night buses reach the new districts | City Herald')))).toMatchObject({
          title: 'Night buses reach the new districts',
          outlet: 'City Herald',
        });
      });

      // Regression: a time after the bar was taken for the site's name, and so for the outlet.
      it.each(['05:32 pm GMT+7', 'March 7, 2024', 'World'])('cuts "%s" after a bar in <title> without naming it the site', (suffix) => {
        expect(metadata(page(`<title>Night buses reach the new districts | ${suffix}</title>`))).toMatchObject({
          title: 'Night buses reach the new districts',
          outlet: null,
        });
        const h1 = '<h1>Night buses reach the new districts</h1>';
        expect(metadata(page(`<title>City news | ${suffix}</title>`, h1))).toMatchObject({ title: 'Night buses reach the new districts', outlet: null });
      });

      it('keeps a dash a headline uses: no site name shown, or an <h1> that starts with the whole <title>', () => {
        const title = '<title>Night buses - the last link to the new districts</title>';
        expect(metadata(page(title, '<h1>Night buses extended to the new districts</h1>'))).toMatchObject({
          title: 'Night buses - the last link to the new districts',
          outlet: null,
        });
        expect(metadata(page(title, '<h1>Night buses - the last link to the new districts, explained</h1>')).title).toBe(
          'Night buses - the last link to the new districts',
        );
      });

      it('takes the <h1> as the title when <title> is its start with the site after a separator, and keeps og:title', () => {
        const h1 = '<h1>Night buses reach the new districts after a two-year campaign</h1>';
        expect(metadata(page('<title>Night buses reach the new districts - Local news - City Herald</title>', h1))).toMatchObject({
          title: 'Night buses reach the new districts after a two-year campaign',
          outlet: 'City Herald',
        });
        // Only the start of a word: "Night buses reach the new district" does not start "… districts".
        expect(metadata(page('<title>Night buses reach the new district - City Herald</title>', h1)).title).toBe(
          'Night buses reach the new district - City Herald',
        );
        expect(metadata(page(meta('og:title', 'Night buses reach the new districts') + '<title>Night buses reach the new districts - City Herald</title>', h1)).title).toBe(
          'Night buses reach the new districts',
        );
      });

      it('takes the <h1> as the headline when <title> is too short for one (a site or section name)', () => {
        const h1 = '<h1>Night buses reach the new districts</h1>';
        expect(metadata(page('<title>City Herald</title>', h1))).toMatchObject({ title: 'Night buses reach the new districts', outlet: null });
        // The name after the bar is the site's.
        expect(metadata(page('<title>City news | City Herald</title>', h1))).toMatchObject({
          title: 'Night buses reach the new districts',
          outlet: 'City Herald',
        });
        // A headline-length <title> stays the title, as does a short one over a short <h1>.
        expect(metadata(page('<title>Night buses to run all week</title>', h1)).title).toBe('Night buses to run all week');
        expect(metadata(page('<title>City Herald</title>', '<h1>Night buses</h1>')).title).toBe('City Herald');
        // og:title still wins.
        expect(metadata(page(meta('og:title', 'OG title') + '<title>City Herald</title>', h1)).title).toBe('OG title');
      });

      it('prefers og:site_name, then the JSON-LD publisher, then application-name, and names known outlets as the text loader does', () => {
        const ld = jsonLd({ '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: 'Publisher Name' } });
        const app = meta('application-name', 'App Name', 'name');
        expect(metadata(page(meta('og:site_name', 'OG Site') + ld + app)).outlet).toBe('OG Site');
        expect(metadata(page(ld + app)).outlet).toBe('Publisher Name');
        expect(metadata(page(app)).outlet).toBe('App Name');
        expect(metadata(page(meta('og:site_name', 'The Associated Press'))).outlet).toBe('Associated Press');
      });

      it.each([
        ['dw.com', 'Deutsche Welle'],
        ['DW', 'Deutsche Welle'],
        ['www.dw.com', 'Deutsche Welle'],
        ['https://www.reuters.com/', 'Reuters'],
        ['apnews.com', 'Associated Press'],
        ['RT International', 'RT'],
        // Another site's name or address is kept as the page gives it.
        ['dw.community', 'dw.community'],
        ['news.example.com', 'news.example.com'],
      ])('names the outlet of og:site_name "%s" as %s', (site, outlet) => {
        expect(metadata(page(meta('og:site_name', site))).outlet).toBe(outlet);
      });

      it("cuts another name of the site's outlet, and a date after it, from the title", () => {
        const site = meta('og:site_name', 'dw.com');
        const title = (t: string) => metadata(page(site + meta('og:title', t))).title;
        expect(title('Night buses reach the new districts – DW – 03/07/2024')).toBe('Night buses reach the new districts');
        expect(title('Night buses reach the new districts | Deutsche Welle')).toBe('Night buses reach the new districts');
        // A date alone, or after a name that is not the site's, stays.
        expect(title('Night buses: timetable – 03/07/2024')).toBe('Night buses: timetable – 03/07/2024');
        expect(title('Night buses reach the new districts – City Herald – 03/07/2024')).toBe(
          'Night buses reach the new districts – City Herald – 03/07/2024',
        );
      });

      it('reads the author from meta name=author and rel=author links, never a profile URL', () => {
        expect(metadata(page(meta('author', 'Dana Smith', 'name'))).author).toBe('Dana Smith');
        const links = '<p class="byline">By <a rel="author" href="/a/1">Ana Lima</a> and <a rel="author external" href="/a/2">Ben Okafor</a></p>';
        expect(metadata(page(meta('author', 'https://facebook.com/dana', 'name'), links)).author).toBe('Ana Lima, Ben Okafor');
      });

      it('prefers the canonical link, then og:url, then the URL it was fetched from', () => {
        const canonical = '<link rel="canonical" href="https://herald.example/city/night-buses">';
        const ogUrl = meta('og:url', 'https://herald.example/og/night-buses');
        expect(metadata(page(canonical + ogUrl), 'https://herald.example/x?a=1').url).toBe('https://herald.example/city/night-buses');
        expect(metadata(page(ogUrl), 'https://herald.example/x').url).toBe('https://herald.example/og/night-buses');
        expect(metadata(page(''), 'https://herald.example/x').url).toBe('https://herald.example/x');
        // A relative canonical link needs the page's URL; without one, og:url is next.
        expect(metadata(page('<link rel="canonical" href="/city/night-buses">' + ogUrl)).url).toBe('https://herald.example/og/night-buses');
        expect(metadata(page('<link rel="canonical" href="javascript:void(0)">')).url).toBeNull();
      });
    });

    describe('fields the page does not give', () => {
      it('are detected from the extracted text, as for a plain-text article', () => {
        const stamps = '<p>By Jane Doe</p><p>Published: 18 February 2022</p>';
        const html = page('<title>Night buses reach the new districts</title>', '', '', stamps);
        expect(metadata(html)).toMatchObject({ author: 'Jane Doe', date: '2022-02-18', published: null });
      });

      it('take the author from the byline element readability removes, when its text reads as names', () => {
        expect(metadata(page('', '<div class="byline">By Jane Doe and John Roe</div>')).author).toBe('Jane Doe and John Roe');
        expect(metadata(page('', '<span class="author">Posted in the City section</span>')).author).toBeNull();
      });

      it('are null when neither the page nor the text states them', () => {
        expect(metadata(page(''))).toEqual({ outlet: null, title: null, url: null, author: null, date: null, published: null });
      });
    });
  });
});
