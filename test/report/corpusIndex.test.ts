import { describe, expect, it } from 'vitest';
import type { DescribedAlignment, SearchHit } from '../../src/corpusIndex/queries.js';
import { renderReuseSentencesCsv, renderSearchCsv, renderStoriesCsv } from '../../src/report/corpusIndex.js';
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
});
