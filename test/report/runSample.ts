/**
 * A comparison with runs of unmatched sentences, for the tests of how the human views group them.
 * Reading order (see buildRows): pair 1, Sputnik 1–2, TASS 1–3 (3 a heading), pair 2, TASS 5,
 * pair 3, TASS 7.
 */
import type { Alignment, Article, Comparison, DiffRun, Unmatched } from '../../src/types.js';
import { BIDI_OVERRIDE, ESC_SEQUENCE, buildArticle } from './sample.js';

const eq = (text: string): DiffRun => ({ op: 'equal', text });

function pair(id: number, score: number, a: Article, i: number, b: Article, j: number): Alignment {
  const member = (article: Article, index: number) => {
    const text = article.sentences[index]?.text ?? '';
    return { article: article.id, sentences: [index], text, diff: [eq(text)] };
  };
  return { id, score, reference: a.id, members: [member(a, i), member(b, j)] };
}

function only(article: Article, index: number): Unmatched {
  return { article: article.id, sentences: [index], text: article.sentences[index]?.text ?? '' };
}

const tass = buildArticle({
  id: 'tass', source: 'tass.txt', outlet: 'TASS', title: 'Talks in Moscow', url: null, author: null, date: '2024-03-05', published: null,
  paragraphs: [
    ['Lavrov met Wang Yi on Tuesday.'],
    ['The talks took place at the Foreign Ministry mansion on Spiridonovka Street.', 'Lunch followed.'],
    { heading: 'Ukraine' },
    ['They discussed Ukraine.', 'TASS was told more.', 'Trade grew.', 'The next round is in May.'],
  ],
});

const sputnik = buildArticle({
  id: 'sputnik', source: 'sputnik.txt', outlet: 'Sputnik', title: null, url: null, author: null, date: null, published: null,
  paragraphs: [
    ['Lavrov met Wang Yi on Tuesday.', `${ESC_SEQUENCE}Sputnik${BIDI_OVERRIDE} learned of the visit.`, 'Wang Yi flew in on Monday.'],
    ['They discussed Ukraine.', 'Trade grew.'],
  ],
});

/** TASS (base) against Sputnik: a run of three (with a heading) right after another article's run of two, and two unmatched sentences split by an alignment. */
export const runComparison: Comparison = {
  base: 'tass',
  articles: [tass, sputnik],
  alignments: [pair(1, 1, tass, 0, sputnik, 0), pair(2, 1, tass, 4, sputnik, 3), pair(3, 1, tass, 6, sputnik, 4)],
  unmatched: [only(tass, 1), only(tass, 2), only(tass, 3), only(tass, 5), only(tass, 7), only(sputnik, 1), only(sputnik, 2)],
  summary: {
    articles: 2,
    alignments: 3,
    unmatched: { tass: 4, sputnik: 2 },
    coverage: { tass: 0.4286, sputnik: 0.6 },
    sentences: { tass: 7, sputnik: 5 },
    aligned: { tass: 3, sputnik: 3 },
    meanScore: 1,
    minScore: 0.45, kinds: {}, only: {},
  },
};
