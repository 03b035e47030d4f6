import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { explanationLine } from '../../src/report/explanation.js';
import { renderHtml } from '../../src/report/html.js';
import { escapeHtml, webUrl } from '../../src/report/htmlEscape.js';
import { reporters } from '../../src/report/index.js';
import type { Comparison, DiffRun, PairExplanation } from '../../src/types.js';
import { options } from './helpers.js';
import { runComparison } from './runSample.js';
import { BIDI_OVERRIDE, buildArticle, pairComparison, threeComparison } from './sample.js';

type Doc = ReturnType<typeof parseHTML>['document'];
type El = ReturnType<Doc['querySelector']> & object;

function render(comparison: Comparison): { html: string; document: Doc } {
  const html = renderHtml(comparison, options());
  return { html, document: parseHTML(html).document };
}

const all = (root: Doc | El, selector: string): El[] => [...root.querySelectorAll(selector)] as El[];
const text = (el: El | null | undefined): string => el?.textContent ?? '';
/** The label a row starts with: the group number, or `only in …`. */
const rowLabel = (row: El): string => text(row.querySelector('th'));
/** The sentence cells of a row, one per article column. */
const textCells = (row: El): El[] => all(row, 'td.text');
/** Trimmed, non-empty texts of the runs of one kind: what `<del>`/`<ins>` should hold. */
const runTexts = (runs: readonly DiffRun[], op: DiffRun['op']): string[] =>
  runs.filter((run) => run.op === op).map((run) => run.text.trim()).filter(Boolean);

/** Every element of the page that would load something, and every href/src in it. */
function fetchingAttributes(document: Doc): string[] {
  return all(document, '[src], [href], [srcset], [poster], [data], [action], [formaction], [background]').flatMap((el) =>
    ['src', 'href', 'srcset', 'poster', 'data', 'action', 'formaction', 'background']
      .filter((name) => el.hasAttribute(name))
      .map((name) => `${el.tagName.toLowerCase()}[${name}]=${el.getAttribute(name)}`),
  );
}

/** Names of all attributes starting with `on` (event handlers), on any element. */
function handlerAttributes(document: Doc): string[] {
  return all(document, '*').flatMap((el) => [...el.attributes].map((a) => a.name).filter((name) => /^on/i.test(name)));
}

const HOSTILE_SCRIPT = '<script>alert(1)</script>';
const HOSTILE_IMG = '"><img src=x onerror=alert(2)>';
const HOSTILE_ATTR = '" onmouseover="alert(3)';

/** A comparison whose every article-supplied string tries to break out of the page. */
function hostileComparison(): Comparison {
  const left = buildArticle({
    id: 'evil"id<b>',
    source: 'javascript:alert(4)',
    outlet: HOSTILE_SCRIPT,
    title: `Title ${HOSTILE_IMG}`,
    url: 'javascript:alert(1)',
    author: HOSTILE_ATTR,
    date: '<i>2024</i>',
    published: null,
    paragraphs: [[`Lavrov said ${HOSTILE_SCRIPT} on Tuesday.`, `Unmatched ${HOSTILE_ATTR} here.`]],
  });
  const right = buildArticle({
    id: 'right',
    source: 'right.txt',
    outlet: null,
    title: HOSTILE_SCRIPT,
    url: `https://example.org/a?q=${HOSTILE_IMG}`,
    author: null,
    date: null,
    published: null,
    paragraphs: [[`Lavrov said ${HOSTILE_IMG} on Tuesday.`]],
  });
  const l0 = left.sentences[0]?.text ?? '';
  const r0 = right.sentences[0]?.text ?? '';
  return {
    base: left.id,
    articles: [left, right],
    alignments: [
      {
        id: 1,
        score: 0.5,
        reference: left.id,
        members: [
          { article: left.id, sentences: [0], text: l0, diff: [{ op: 'equal', text: l0 }] },
          {
            article: right.id,
            sentences: [0],
            text: r0,
            diff: [
              { op: 'equal', text: 'Lavrov said ' },
              { op: 'removed', text: HOSTILE_SCRIPT },
              { op: 'added', text: HOSTILE_IMG },
              { op: 'equal', text: ' on Tuesday.' },
            ],
          },
        ],
      },
    ],
    unmatched: [{ article: left.id, sentences: [1], text: left.sentences[1]?.text ?? '' }],
    summary: {
      articles: 2,
      alignments: 1,
      unmatched: { [left.id]: 1, right: 0 },
      coverage: { [left.id]: 0.5, right: 1 },
      sentences: { [left.id]: 2, right: 1 },
      aligned: { [left.id]: 1, right: 1 },
      meanScore: 0.5,
      minScore: 0.42, kinds: {}, only: {},
    },
  };
}

const EXPLANATION: PairExplanation = {
  sharedRareWords: ['lavrov', 'wang'],
  synonymPairs: [['talks', 'negotiations']],
  numbersOnlyLeft: [],
  numbersOnlyRight: ['2023'],
  namesOnlyLeft: [],
  namesOnlyRight: ['Russian'],
  scoreDrivers: { rareOverlap: 1.2 },
  equivalenceDrivers: {},
};

describe('report/html', () => {
  describe('renderHtml', () => {
    const { html, document } = render(pairComparison);
    const [tass, sputnik] = pairComparison.articles;
    const bodyRows = all(document, 'table.comparison > tbody > tr');

    it('is registered as the html format', () => {
      expect(reporters.html).toBe(renderHtml);
    });

    it('writes one HTML5 page in UTF-8 with a title, ending in a line break, the same every time', () => {
      expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
      expect(html.endsWith('</html>\n')).toBe(true);
      expect(document.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
      expect(text(document.querySelector('title'))).toBe('TASS vs Sputnik: Lavrov, Wang Yi to discuss Ukraine and summit preparations in Moscow · outletdiff');
      expect(renderHtml(pairComparison, options())).toBe(html);
      expect(renderHtml(pairComparison, options({ color: true, width: 40 }))).toBe(html);
    });

    it('heads each column with the outlet, date, title and link, base first and tagged', () => {
      const heads = all(document, 'table.comparison thead th.article');
      expect(heads.map((th) => text(th.querySelector('.article-name')))).toEqual(['TASS base', 'Sputnik']);
      expect(heads.map((th) => text(th.querySelector('.article-meta')))).toEqual([tass?.date, sputnik?.date]);
      expect(heads.map((th) => text(th.querySelector('.article-title')))).toEqual([tass?.title, sputnik?.title]);
      const links = heads.map((th) => th.querySelector('a'));
      expect(links.map((a) => a?.getAttribute('href'))).toEqual([tass?.url, sputnik?.url]);
      expect(links.map((a) => text(a))).toEqual([tass?.url, sputnik?.url]);
      for (const a of links) expect(a?.getAttribute('rel')).toBe('noopener noreferrer');
    });

    it('lists the rows in reading order: one per alignment with its number and score, one per run of unmatched sentences', () => {
      expect(bodyRows.map(rowLabel)).toEqual(['1', '2', '3', '4', 'only in Sputnik', '5', 'only in Sputnik', 'only in TASS · 2 sentences']);
      const pairs = all(document, 'tr.pair');
      expect(pairs).toHaveLength(pairComparison.alignments.length);
      expect(pairs.map((row) => text(row.querySelector('.score')))).toEqual(['0.82', '0.64', '0.90', '0.71', '0.77']);
    });

    it('shows each member\'s own wording in its article\'s column', () => {
      const pairs = all(document, 'tr.pair');
      pairComparison.alignments.forEach((alignment, i) => {
        const cells = textCells(pairs[i] as El).map(text);
        expect(cells).toEqual(alignment.members.map((member) => member.text));
      });
    });

    it('marks the other\'s removals as <del> in the base column and its additions as <ins> in the other', () => {
      const pairs = all(document, 'tr.pair');
      pairComparison.alignments.forEach((alignment, i) => {
        const [baseCell, otherCell] = textCells(pairs[i] as El);
        const diff = alignment.members[1]?.diff ?? [];
        expect(all(baseCell as El, 'del').map(text)).toEqual(runTexts(diff, 'removed'));
        expect(all(otherCell as El, 'ins').map(text)).toEqual(runTexts(diff, 'added'));
        expect(all(baseCell as El, 'ins')).toHaveLength(0);
        expect(all(otherCell as El, 'del')).toHaveLength(0);
      });
      // The base's straight quotes stay, though the diff's equal runs carry Sputnik's curly ones.
      expect(text(textCells(pairs[4] as El)[0])).toContain('"We are satisfied');
    });

    it('sets unmatched sentences beside an empty cell, a run of them in one row, one paragraph per sentence', () => {
      const only = all(document, 'tr.only');
      expect(only.map((row) => textCells(row).map((cell) => all(cell, 'p').map(text)))).toEqual([
        [[], ['Sputnik has learned that the delegation includes energy officials.']], // escape sequence and bidi override dropped
        [[], ['Wang Yi arrived in Moscow on Monday evening.']],
        [[pairComparison.unmatched[0]?.text, pairComparison.unmatched[1]?.text], []],
      ]);
      expect(only.map((row) => textCells(row).map((cell) => cell.classList.contains('none')))).toEqual([
        [true, false],
        [true, false],
        [false, true],
      ]);
    });

    it('marks headings', () => {
      const headings = all(document, 'td.text p.heading').map(text);
      expect(headings).toEqual(['Trade at a record high', 'Trade at record high']);
      expect(all(document, 'tr.pair')[2]?.querySelectorAll('p.heading')).toHaveLength(2);
    });

    it('gives the summary sentence and the figures per article', () => {
      expect(text(document.querySelector('.summary-line'))).toBe(
        '4 of 6 TASS sentences have a version in Sputnik; 2 only in TASS; 2 only in Sputnik; mean score 0.77',
      );
      const figures = all(document, 'table.figures tbody tr').map((row) => all(row, 'th, td').map(text));
      expect(figures).toEqual([
        ['TASS', '6', '4', '2', '67%'],
        ['Sputnik', '7', '5', '2', '71%'],
      ]);
      expect(text(document.querySelector('.mean-score'))).toBe('0.77');
    });

    it('keeps control characters and bidi overrides of article text out of the page', () => {
      expect(html).not.toContain(BIDI_OVERRIDE);
      expect(html).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
    });

    it('runs no scripts, has no event handlers and loads nothing: only the article links point anywhere', () => {
      expect(all(document, 'script, iframe, object, embed, img, link, base, form')).toHaveLength(0);
      expect(handlerAttributes(document)).toEqual([]);
      expect(fetchingAttributes(document)).toEqual([`a[href]=${tass?.url}`, `a[href]=${sputnik?.url}`]);
      const css = all(document, 'style').map(text).join('\n');
      expect(css).not.toMatch(/url\(|@import|@font-face/i);
      expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain("default-src 'none'");
    });

    it('adds the evidence line under a pair when the alignment carries an explanation', () => {
      const explained: Comparison = {
        ...pairComparison,
        alignments: pairComparison.alignments.map((a) => (a.id === 2 ? { ...a, explanation: EXPLANATION } : a)),
      };
      const doc = render(explained).document;
      const why = all(doc, 'tr.why');
      expect(why.map(text)).toEqual([explanationLine(EXPLANATION)]);
      // It sits in the pair's own row group, right after the pair.
      expect(why[0]?.previousElementSibling?.getAttribute('id')).toBe('group-2');
      expect(all(document, 'tr.why')).toHaveLength(0);
    });

    it('groups a run of unmatched sentences with a heading into one row, as the terminal views do', () => {
      const doc = render(runComparison).document;
      expect(all(doc, 'table.comparison > tbody > tr').map(rowLabel)).toEqual([
        '1',
        'only in Sputnik · 2 sentences',
        'only in TASS · 2 sentences',
        '2',
        'only in TASS',
        '3',
        'only in TASS',
      ]);
      const run = all(doc, 'tr.only')[1] as El;
      expect(all(run, 'p').map((p) => [text(p), p.classList.contains('heading')])).toEqual([
        ['The talks took place at the Foreign Ministry mansion on Spiridonovka Street.', false],
        ['Lunch followed.', false],
        ['Ukraine', true],
      ]);
    });

    it('lays three articles out in three columns, marking a reference that is not the base', () => {
      const doc = render(threeComparison).document;
      expect(all(doc, 'thead th.article').map((th) => text(th.querySelector('.article-name')))).toEqual([
        'TASS base',
        'Sputnik',
        'Rossiyskaya Gazeta',
      ]);
      const [first, second] = all(doc, 'tr.pair');
      // Against the base: each other member shows its removals and additions inline.
      const firstCells = textCells(first as El);
      expect(firstCells.map((cell) => all(cell, 'del').map(text))).toEqual([[], ['on Tuesday'], []]);
      expect(firstCells.map((cell) => all(cell, 'ins').map(text))).toEqual([[], [], ['Sergey']]);
      // Group 2 has no base member; its reference is Sputnik.
      const secondCells = textCells(second as El);
      expect(secondCells.map((cell) => cell.classList.contains('none'))).toEqual([true, false, false]);
      expect(text(secondCells[1]?.querySelector('.tag'))).toBe('reference');
      expect(all(secondCells[2] as El, 'ins').map(text)).toEqual(['late']);
      expect(text(doc.querySelector('.summary-line'))).toContain('2 of 2 Sputnik sentences have a version in another article');
    });

    it('shows a page for an empty comparison', () => {
      const empty: Comparison = {
        base: 'a',
        articles: [],
        alignments: [],
        unmatched: [],
        summary: { articles: 0, alignments: 0, unmatched: {}, coverage: {}, sentences: {}, aligned: {}, meanScore: null, minScore: 0.42, kinds: {}, only: {} },
      };
      const doc = render(empty).document;
      expect(text(doc.querySelector('.nothing'))).toBe('No sentences to compare.');
      expect(text(doc.querySelector('.mean-score'))).toBe('n/a');
    });

    describe('with hostile article text, titles, outlets and URLs', () => {
      const hostile = hostileComparison();
      const page = render(hostile);

      it('writes no tag and no attribute of theirs into the markup', () => {
        expect(page.html).not.toMatch(/<script|<img|<i>|<b>|onmouseover="/i);
        expect(all(page.document, 'script, img, iframe, object, embed, i, b')).toHaveLength(0);
        expect(handlerAttributes(page.document)).toEqual([]);
      });

      it('shows all of it as text', () => {
        const body = text(page.document.querySelector('body'));
        for (const s of [HOSTILE_SCRIPT, HOSTILE_IMG, HOSTILE_ATTR, 'javascript:alert(1)', '<i>2024</i>']) expect(body).toContain(s);
        expect(text(page.document.querySelector('title'))).toBe(`${HOSTILE_SCRIPT} vs right: Title ${HOSTILE_IMG} · outletdiff`);
        expect(text(page.document.querySelector('h1'))).toBe(`${HOSTILE_SCRIPT} and right, sentence by sentence`);
        const [left, right] = textCells(page.document.querySelector('tr.pair') as El);
        expect(all(left as El, 'del').map(text)).toEqual([HOSTILE_SCRIPT]);
        expect(all(right as El, 'ins').map(text)).toEqual([HOSTILE_IMG.trim()]);
        expect(text(page.document.querySelector('tr.only td.text'))).toBe(`Unmatched ${HOSTILE_ATTR} here.`);
      });

      it('links only the http(s) URL, percent-encoded, and shows the javascript: URL as text', () => {
        expect(fetchingAttributes(page.document)).toEqual(['a[href]=https://example.org/a?q=%22%3E%3Cimg%20src=x%20onerror=alert(2)%3E']);
        const [leftHead] = all(page.document, 'thead th.article');
        expect(text(leftHead?.querySelector('.article-link'))).toBe('javascript:alert(1) (not a web link)');
        expect(leftHead?.querySelector('a')).toBeNull();
      });
    });
  });

  describe('escapeHtml', () => {
    it('escapes the five characters that can open markup or end an attribute', () => {
      expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    });
  });

  describe('webUrl', () => {
    it.each([
      ['https://tass.com/politics/1', 'https://tass.com/politics/1'],
      ['http://rg.ru/a b', 'http://rg.ru/a%20b'],
      ['  HTTPS://Example.org  ', 'https://example.org/'],
      ['javascript:alert(1)', null],
      ['JaVaScRiPt:alert(1)', null],
      ['data:text/html,<script>alert(1)</script>', null],
      ['file:///etc/passwd', null],
      ['//example.org/x', null],
      ['tass.txt', null],
      [null, null],
    ])('%s → %s', (input, expected) => {
      expect(webUrl(input)).toBe(expected);
    });
  });
});
