/**
 * How loadHtmlArticle lays readability's article out as text (paragraphs, subheads, lists,
 * line breaks, white space, entities), and a property test: for generated pages, every
 * sentence slices back from the text and every paragraph's words survive.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_ARTICLE_CHARS, loadHtmlArticle } from '../../src/load/html/index.js';
import { displayText, splitSentences } from '../../src/segment/index.js';
import { blockTexts, collapse, coverageProblems } from './helpers.js';

const FILLER = [
  'The regional parliament approved the new water budget on Thursday after a debate that lasted late into the night.',
  'Farmers in the south had asked for a larger share of the reservoir, saying last summer’s drought cost them most of their harvest.',
].map((p) => `<p>${p}</p>`).join('\n');

/** The extracted text of a page whose article is `body` followed by two filler paragraphs. */
function textOf(body: string, head = ''): string {
  const html = `<html><head>${head}</head><body><nav><a href="/">Home</a></nav><article><div class="content">${body}\n${FILLER}</div></article></body></html>`;
  return loadHtmlArticle(html, { id: 't', source: 't.html' }).text;
}

describe('load/html', () => {
  describe('loadHtmlArticle text layout', () => {
    it('turns <br> into a line break and a double <br> into a paragraph break', () => {
      const text = textOf('<p>First line of the statement,<br>second line of it.<br><br>A new paragraph after two breaks, as old sites write them.</p>');
      expect(text).toContain('First line of the statement,\nsecond line of it.\n\nA new paragraph after two breaks');
    });

    it('writes list items, ordered and nested too, as "- item" lines', () => {
      const text = textOf('<p>The budget covers:</p><ol><li>Irrigation <em>canals</em></li><li>Two new pumping stations<ul><li>one in the north</li></ul></li></ol>');
      expect(text).toContain('The budget covers:\n\n- Irrigation canals\n- Two new pumping stations\n- one in the north\n\n');
    });

    it('collapses inline white space and decodes entities', () => {
      const text = textOf('<p>Talks&nbsp;resumed   in\n   <b>Geneva</b>&#8217;s  old &amp; new\thall, &quot;quietly&quot; &mdash; and the ca&shy;mer&shy;as left.</p>');
      expect(text.startsWith('Talks resumed in Geneva’s old & new hall, "quietly" — and the cameras left.\n\n')).toBe(true);
    });

    it('gives subheads lines of their own, and a table a line per row, cells apart, as a table copied as text reads', () => {
      const text = textOf('<h3>Where the money goes</h3><table><tr><th>Region</th><th>Share</th></tr><tr><td>North</td><td>40%</td></tr></table>');
      expect(text.startsWith('Where the money goes\n\nRegion Share\nNorth 40%\n\n')).toBe(true);
    });

    // Regression: each row was a paragraph of its own, so the rows of a table read as a run of subheads.
    it('makes no heading of a table row, one row alone or a row ending in a stop', () => {
      const load = (table: string) =>
        loadHtmlArticle(`<html><body><article><h1>Water budget approved after long debate</h1><h2>Where the money goes</h2>${table}\n${FILLER}</article></body></html>`, { id: 't', source: 't.html' });
      for (const table of [
        '<table><thead><tr><th>Region</th><th>Share</th></tr></thead><tbody><tr><td>North</td><td>40%</td></tr><tr><td>South</td><td>60%</td></tr></tbody></table>',
        '<table><tr><td>North</td><td>40%</td></tr></table>',
        '<table><tr><th>Region</th><th>Share</th></tr><tr><td>All regions together, as agreed.</td><td>100%</td></tr></table>',
      ]) {
        expect(blockTexts(load(table), 'headings')).toEqual(['Water budget approved after long debate', 'Where the money goes']);
      }
    });

    it('keeps the paragraphs of a layout table apart, as paragraphs', () => {
      const text = textOf('<table><tr><td><p>The first paragraph of an old page laid out in a table.</p><p>Its second paragraph.</p></td></tr></table>');
      expect(text).toContain('The first paragraph of an old page laid out in a table.\n\nIts second paragraph.\n\n');
    });

    it('leaves out hidden elements, scripts and form controls', () => {
      const text = textOf(
        '<p>Visible sentence stays in the text.<span hidden>HIDDEN-1</span><span aria-hidden="true">HIDDEN-2</span></p>' +
          '<script>var x = "HIDDEN-3";</script><style>p { color: red } /* HIDDEN-4 */</style><select><option>HIDDEN-5</option></select>',
      );
      expect(text).toContain('Visible sentence stays in the text.');
      expect(text).not.toMatch(/HIDDEN/);
    });

    it('reads pages that leave out <html> or <body> (regression: linkedom kept only the first element)', () => {
      for (const html of [
        `<!doctype html><head><title>Water budget approved</title></head>${FILLER}`,
        `<html><head><title>Water budget approved</title></head>${FILLER}</html>`,
        `<title>Water budget approved</title>${FILLER}`,
      ]) {
        const article = loadHtmlArticle(html, { id: 'f', source: 'f.html' });
        expect(article.title, html).toBe('Water budget approved');
        expect(article.blocks.filter((b) => !b.heading), html).toHaveLength(2);
      }
    });

    it('puts the title first only when it reads as a title line', () => {
      expect(textOf('', '<title>Water budget approved</title>').startsWith('Water budget approved\n\n')).toBe(true);
      const sentenceTitle = 'The regional parliament approved the water budget.';
      const html = `<html><head><title>${sentenceTitle}</title></head><body><article>${FILLER}</article></body></html>`;
      const article = loadHtmlArticle(html, { id: 't', source: 't.html' });
      expect(article.title).toBe(sentenceTitle);
      expect(article.text.startsWith('The regional parliament approved the new water budget')).toBe(true);
    });
  });

  describe('loadHtmlArticle on generated pages (property)', () => {
    const word = fc.constantFrom(
      'officials', 'said', 'the', 'talks', 'U.S.', 'Mr.', 'Smith', '3.5', 'percent', '“we', 'agree”', 'Moscow', 'Kyiv',
      'on', 'Friday', 'e.g.', 'minister', 'Москва', 'заявил', 'co-operation', '—', '(AP)', 'A.B.', 'no.', '10,000',
      'dollars', 'and', 'in', 'March', 'St.', 'Petersburg', 'it’s', 'Dr.', 'Jones',
    );
    const entity = fc.constantFrom('&amp;', '&nbsp;', '&#8217;', '&quot;', '&eacute;');
    const token = fc.oneof({ weight: 8, arbitrary: word }, { weight: 1, arbitrary: entity });
    const sentence = fc
      .tuple(fc.array(token, { minLength: 5, maxLength: 14 }), fc.constantFrom('.', '?', '!', '."'))
      .map(([words, end]) => `${capitalise(words.join(' '))}${end}`);
    const inline = (s: string) => fc.constantFrom(s, `<b>${s}</b>`, `<a href="/x">${s}</a>`, `${s}<br>`);
    const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).chain((ss) => inline(ss.join(' ')));
    // Lead paragraphs are never all link: readability rightly drops those as navigation.
    const lead = fc
      .array(sentence.chain((s) => fc.constantFrom(s, `<b>${s}</b>`, `${s}<br>`)), { minLength: 1, maxLength: 4 })
      .map((ss) => ss.join(' '));
    const heading = fc.array(word, { minLength: 2, maxLength: 5 }).map((ws) => `<h2>${capitalise(ws.join(' ').replace(/[.!?,”"]+$/, ''))}</h2>`);
    const list = fc.array(sentence, { minLength: 2, maxLength: 4 }).map((items) => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`);
    const figure = sentence.map((s) => `<figure><img src="/a.jpg" alt=""><figcaption>${s} <span class="credit">Photo: AP</span></figcaption></figure>`);
    const block = fc.oneof(
      { weight: 6, arbitrary: paragraph.map((p) => `<p>${p}</p>`) },
      { weight: 1, arbitrary: heading },
      { weight: 1, arbitrary: list },
      { weight: 1, arbitrary: figure },
      { weight: 1, arbitrary: paragraph.map((p) => `<blockquote><p>${p}</p></blockquote>`) },
    );
    const pageParts = fc.tuple(fc.array(lead, { minLength: 3, maxLength: 4 }), fc.array(block, { maxLength: 10 }));

    it('keeps every sentence true to its offsets and every paragraph of plain words', () => {
      fc.assert(
        fc.property(pageParts, ([leads, blocks]) => {
          // Only pages with an article's worth of text: shorter ones are refused (tested above).
          fc.pre(leads.map(plain).join(' ').length >= 2 * MIN_ARTICLE_CHARS);
          const body = [...leads.map((p) => `<p>${p}</p>`), ...blocks].join('\n');
          const html = `<!doctype html><html><head><title>Generated story</title></head><body><header><nav><a href="/">Home</a></nav></header><main><article>${body}</article></main><footer>Contact</footer></body></html>`;
          const loaded = loadHtmlArticle(html, { id: 'g', source: 'g.html' });
          expect(coverageProblems(loaded)).toEqual([]);
          const article = splitSentences(loaded);
          for (const s of article.sentences) expect(displayText(article.text.slice(s.start, s.end))).toBe(s.text);
          // The lead paragraphs' words all reach the text (tags gone, entities decoded, white space collapsed).
          for (const lead of leads) expect(collapse(article.text)).toContain(plain(lead));
        }),
        { seed: 20220218, numRuns: 60 },
      );
    });
  });
});

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** What a paragraph's HTML reads as: tags dropped, the generator's entities decoded, white space collapsed. */
function plain(html: string): string {
  const decoded = html
    .replace(/<br>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&nbsp;/g, ' ')
    .replace(/&#8217;/g, '’')
    .replace(/&quot;/g, '"')
    .replace(/&eacute;/g, 'é');
  return collapse(decoded);
}
