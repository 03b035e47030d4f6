import { describe, expect, it } from 'vitest';
import type { DescribedAlignment, SearchHit } from '../../src/corpusIndex/queries.js';
import { renderIndexSummary, renderReuseCsv, renderReuseSentencesCsv, renderSearchCsv, renderStoriesCsv, renderStoriesText } from '../../src/report/corpusIndex.js';
import type { IndexSummary } from '../../src/corpusIndex/update.js';
import type { IndexedArticle } from '../../src/corpusIndex/store.js';
import { parseCsv } from './helpers.js';

const article = (id: string, title: string | null = null): IndexedArticle => ({
  id, root: '/r', path: `/r/${id}`, hash: 'h', outlet: 'TASS', date: '2022-02-18', published: null, title, url: null, author: null, sentences: 2, body: 2,
});
const alignment: DescribedAlignment = {
  articleA: 'a', articleB: 'b', sentencesA: [0], sentencesB: [1], textA: '=SUM(A1)', textB: '-5 dead', score: 0.9, heading: false,
  diff: [{ op: 'equal', text: '-5' }, { op: 'added', text: ' dead', label: 'content' }],
};

describe('report/corpusIndex', () => {
  it('guards every text cell of the corpus CSVs against spreadsheet formulas', () => {
    const hit: SearchHit = { article: article('b'), shared: 4, alignments: [alignment], share: 0.5, meanScore: 0.9 };
    const search = parseCsv(renderSearchCsv([hit]));
    expect(search[1][search[0].indexOf('query_text')]).toBe("'=SUM(A1)");
    expect(search[1][search[0].indexOf('indexed_text')]).toBe("'-5 dead");
    expect(search[1][search[0].indexOf('diff')]).toBe("'-5{+ dead+}");
    expect(search[1][search[0].indexOf('labels')]).toBe('content');
    const sentences = parseCsv(renderReuseSentencesCsv([alignment], new Map([['a', article('a')], ['b', article('b')]])));
    expect(sentences[1][sentences[0].indexOf('left_text')]).toBe("'=SUM(A1)");
    const stories = parseCsv(renderStoriesCsv([{ id: 1, earliest: 'a', articles: [{ id: 'a', outlet: 'TASS', date: null, published: null, title: '@home', reusesEarliest: null }] }]));
    expect(stories[1][stories[0].indexOf('title')]).toBe("'@home");
  });

  it('guards outlets, ids and files as well as text, and writes numbers and dates as they are', () => {
    // Regression: only text cells were guarded; an outlet or a file name is input too.
    const evil = { ...article('=x'), outlet: '=HYPERLINK("http://evil.example")', path: '+cmd.txt' };
    const from = { ...alignment, articleA: '=x', articleB: '@b' };
    const hit: SearchHit = { article: { ...evil, id: '@b' }, shared: 4, alignments: [from], share: 0.5, meanScore: 0.9 };
    const search = parseCsv(renderSearchCsv([hit]));
    expect(search[1]!.slice(0, 5)).toEqual(["'@b", '\'=HYPERLINK("http://evil.example")', '2022-02-18', '0.5', '1']);
    const sentences = parseCsv(renderReuseSentencesCsv([from], new Map([['=x', evil], ['@b', article('@b')]])));
    expect(sentences[1]!.slice(0, 7)).toEqual(["'=x", "'@b", '1', '\'=HYPERLINK("http://evil.example")', "'=x", '0', "'=SUM(A1)"]);
    const reuse = parseCsv(
      renderReuseCsv([{ article_a: '=x', article_b: '@b', outlet_a: '-TASS', outlet_b: 'RIA', date_a: '2022-02-18', date_b: null, pairs: 3, share_a: 0.25, share_b: 0.5, mean_score: 0.81, earliest: '=x' }]),
    );
    expect(reuse[1]).toEqual(["'=x", "'@b", "'-TASS", 'RIA', '2022-02-18', '', '3', '0.25', '0.5', '0.81', "'=x"]);
    const stories = parseCsv(renderStoriesCsv([{ id: 1, earliest: '=x', articles: [{ id: '=x', outlet: '+TASS', date: '2022-02-18', published: '2022-02-18T10:00:00+03:00', title: null, reusesEarliest: 0.5 }] }]));
    expect(stories[1]).toEqual(['1', "'=x", "'=x", "'+TASS", '2022-02-18', '2022-02-18T10:00:00+03:00', '', '0.5']);
  });

  describe('renderIndexSummary', () => {
    const summary: IndexSummary = { articles: 1, added: 1, updated: 0, unchanged: 0, dropped: 0, skipped: 1, sentences: 1, pairs: 1, alignments: 1 };

    it('counts one of a thing in the singular', () => {
      // Regression: "indexed 1 articles (1 sentences) … 1 candidate pairs aligned, 1 alignments".
      expect(renderIndexSummary(summary, 0.34)).toBe(
        'indexed 1 article (1 sentence): 1 added, 0 updated, 0 unchanged, 0 dropped, 1 skipped; 1 candidate pair aligned, 1 alignment; 0.3 s\n',
      );
    });

    it('counts none or several in the plural', () => {
      expect(renderIndexSummary({ ...summary, articles: 2, sentences: 14, pairs: 0, alignments: 5 }, 12)).toBe(
        'indexed 2 articles (14 sentences): 1 added, 0 updated, 0 unchanged, 0 dropped, 1 skipped; 0 candidate pairs aligned, 5 alignments; 12.0 s\n',
      );
    });
  });

  describe('renderStoriesText', () => {
    it('counts a story\'s articles in the singular when there is one', () => {
      const story = { id: 1, earliest: 'a', articles: [{ id: 'a', outlet: 'TASS', date: '2022-02-18', published: null, title: null, reusesEarliest: null }] };
      expect(renderStoriesText([story], 100).split('\n')[0]).toBe('Story 1 · 1 article · earliest: a');
    });
  });
});
