/**
 * Hand-built comparisons for the reporter tests: reporters only format, so the fixtures are the
 * finished `Comparison` objects the pipeline would hand them.
 */
import type { Alignment, Article, ArticleMetadata, Comparison, ComparisonSummary, DiffRun, Unmatched } from '../../src/types.js';

/** One paragraph of sentences; a `{ heading }` entry is a heading line of its own. */
type Paragraph = string[] | { heading: string };

interface ArticleSpec extends ArticleMetadata {
  id: string;
  source: string;
  paragraphs: Paragraph[];
  /** Site chrome after the body, with its reason. */
  chrome?: Array<{ text: string; reason: string }>;
}

/** Lays paragraphs out as the decoded text (blank line between paragraphs) and records each sentence's offsets. */
export function buildArticle(spec: ArticleSpec): Article {
  const { paragraphs, chrome = [], ...meta } = spec;
  let text = '';
  const sentences: Article['sentences'] = [];
  paragraphs.forEach((paragraph, p) => {
    if (text) text += '\n\n';
    const lines = Array.isArray(paragraph) ? paragraph : [paragraph.heading];
    lines.forEach((sentence, i) => {
      if (i > 0) text += ' ';
      const start = text.length;
      text += sentence;
      sentences.push({ index: sentences.length, text: sentence, start, end: text.length, heading: !Array.isArray(paragraph), paragraph: p });
    });
  });
  const removed = chrome.map(({ text: piece, reason }) => {
    text += '\n\n';
    const start = text.length;
    text += piece;
    return { text: piece, reason, start, end: text.length };
  });
  return { ...meta, text, sentences, removed };
}

const eq = (text: string): DiffRun => ({ op: 'equal', text });
const rm = (text: string): DiffRun => ({ op: 'removed', text });
const add = (text: string): DiffRun => ({ op: 'added', text });

function member(article: Article, sentences: number[], diff: DiffRun[]) {
  return { article: article.id, sentences, text: sentences.map((i) => article.sentences[i]?.text ?? '').join(' '), diff };
}

function unmatched(article: Article, index: number): Unmatched {
  return { article: article.id, sentences: [index], text: article.sentences[index]?.text ?? '' };
}

export const ESC_SEQUENCE = '\u001b[31m';
export const BIDI_OVERRIDE = '\u202e';

export const tass = buildArticle({
  id: 'tass',
  source: 'tass.txt',
  outlet: 'TASS',
  title: 'Lavrov, Wang Yi to discuss Ukraine and summit preparations in Moscow',
  url: 'https://tass.com/politics/1760321',
  author: null,
  date: '2024-03-05',
  published: '2024-03-05T10:15:00+03:00',
  paragraphs: [
    [
      'MOSCOW, March 5. /TASS/. Russian Foreign Minister Sergey Lavrov will hold talks with his Chinese counterpart Wang Yi in Moscow on Tuesday, the ministry said.',
      'The ministers will discuss the situation around Ukraine and preparations for the upcoming summit.',
    ],
    { heading: 'Trade at a record high' },
    [
      'Lavrov said that trade between the two countries had reached a record $240 billion last year.',
      '"We are satisfied with the pace of our cooperation," he told reporters.',
      '-15% was the change in EU imports of Russian goods last year, according to Eurostat.',
    ],
    ['The ministers last met in Beijing in April.'],
  ],
  chrome: [{ text: 'Subscribe to TASS on Telegram', reason: 'promo' }],
});

export const sputnik = buildArticle({
  id: 'sputnik',
  source: 'sputnik.txt',
  outlet: 'Sputnik',
  title: "Lavrov holds talks with China's Wang Yi in Moscow",
  url: 'https://sputnikglobe.com/20240305/lavrov-wang-yi-1117123456.html',
  author: null,
  date: '2024-03-05',
  published: null,
  paragraphs: [
    [
      'Russian Foreign Minister Sergey Lavrov is holding talks with Chinese counterpart Wang Yi in Moscow on Tuesday, the Russian Foreign Ministry said.',
      'The sides are expected to discuss the Ukrainian crisis.',
      'They will also prepare for the upcoming summit.',
    ],
    { heading: 'Trade at record high' },
    [
      'According to Lavrov, trade between the two countries reached a record $240 billion in 2023.',
      `${ESC_SEQUENCE}Sputnik${BIDI_OVERRIDE} has learned that the delegation includes energy officials.`,
    ],
    [
      '\u201cWe are satisfied with the pace of cooperation,\u201d Lavrov told journalists.',
      'Wang Yi arrived in Moscow on Monday evening.',
    ],
  ],
});

const pairAlignments: Alignment[] = [
  {
    id: 1,
    score: 0.82,
    reference: 'tass',
    members: [
      member(tass, [0], [eq(tass.sentences[0]?.text ?? '')]),
      member(sputnik, [0], [
        rm('MOSCOW, March 5. /TASS/. '),
        eq('Russian Foreign Minister Sergey Lavrov '),
        rm('will hold'),
        add('is holding'),
        eq(' talks with '),
        rm('his '),
        eq('Chinese counterpart Wang Yi in Moscow on Tuesday, the '),
        rm('ministry'),
        add('Russian Foreign Ministry'),
        eq(' said.'),
      ]),
    ],
  },
  {
    // 1:2 — Sputnik split TASS's sentence in two.
    id: 2,
    score: 0.64,
    reference: 'tass',
    members: [
      member(tass, [1], [eq(tass.sentences[1]?.text ?? '')]),
      member(sputnik, [1, 2], [
        eq('The '),
        rm('ministers will'),
        add('sides are expected to'),
        eq(' discuss the '),
        rm('situation around Ukraine and preparations'),
        add('Ukrainian crisis. They will also prepare'),
        eq(' for the upcoming summit.'),
      ]),
    ],
  },
  {
    id: 3,
    score: 0.9,
    reference: 'tass',
    members: [
      member(tass, [2], [eq('Trade at a record high')]),
      member(sputnik, [3], [eq('Trade at '), rm('a '), eq('record high')]),
    ],
  },
  {
    id: 4,
    score: 0.71,
    reference: 'tass',
    members: [
      member(tass, [3], [eq(tass.sentences[3]?.text ?? '')]),
      member(sputnik, [4], [
        add('According to '),
        eq('Lavrov'),
        rm(' said that'),
        add(','),
        eq(' trade between the two countries '),
        rm('had '),
        eq('reached a record $240 billion '),
        rm('last year'),
        add('in 2023'),
        eq('.'),
      ]),
    ],
  },
  {
    // Equal runs carry Sputnik's curly quotes; TASS's own straight quotes must still be shown on its side.
    id: 5,
    score: 0.77,
    reference: 'tass',
    members: [
      member(tass, [4], [eq(tass.sentences[4]?.text ?? '')]),
      member(sputnik, [6], [
        eq('\u201cWe are satisfied with the pace of '),
        rm('our '),
        eq('cooperation,\u201d '),
        rm('he'),
        add('Lavrov'),
        eq(' told '),
        rm('reporters'),
        add('journalists'),
        eq('.'),
      ]),
    ],
  },
];

const pairSummary: ComparisonSummary = {
  articles: 2,
  alignments: 5,
  unmatched: { tass: 2, sputnik: 2 },
  coverage: { tass: 0.6667, sputnik: 0.7143 },
  sentences: { tass: 6, sputnik: 7 },
  aligned: { tass: 4, sputnik: 5 },
  meanScore: 0.768,
  minScore: 0.42, kinds: {}, only: {},
};

/** TASS (base) against Sputnik: a heading pair, a 1:2 alignment, unmatched sentences on both sides. */
export const pairComparison: Comparison = {
  base: 'tass',
  articles: [tass, sputnik],
  alignments: pairAlignments,
  unmatched: [unmatched(tass, 5), unmatched(tass, 6), unmatched(sputnik, 5), unmatched(sputnik, 7)],
  summary: pairSummary,
};

// ── Three articles ───────────────────────────────────────────────────────────────────────────

const tassShort = buildArticle({
  id: 'tass',
  source: 'tass.txt',
  outlet: 'TASS',
  title: 'Lavrov meets Wang Yi',
  url: null,
  author: null,
  date: '2024-03-05',
  published: null,
  paragraphs: [['Lavrov met Wang Yi in Moscow on Tuesday.', 'They discussed Ukraine.']],
});

const sputnikShort = buildArticle({
  id: 'sputnik',
  source: 'sputnik.txt',
  outlet: 'Sputnik',
  title: null,
  url: null,
  author: null,
  date: null,
  published: null,
  paragraphs: [['Lavrov met Wang Yi in Moscow.', 'Wang Yi arrived on Monday.']],
});

const rg = buildArticle({
  id: 'rg',
  source: 'https://rg.ru/2024/03/05/lavrov.html',
  outlet: 'Rossiyskaya Gazeta',
  title: 'Lavrov and Wang Yi hold talks',
  url: 'https://rg.ru/2024/03/05/lavrov.html',
  author: 'Ivan Petrov',
  date: '2024-03-05',
  published: '2024-03-05T12:00:00+03:00',
  paragraphs: [['Sergey Lavrov met Wang Yi in Moscow on Tuesday.', 'Wang Yi arrived late on Monday.', 'The talks lasted three hours.']],
});

/** TASS (base), Sputnik and Rossiyskaya Gazeta: one three-way alignment, one without the base, unmatched sentences. */
export const threeComparison: Comparison = {
  base: 'tass',
  articles: [tassShort, sputnikShort, rg],
  alignments: [
    {
      id: 1,
      score: 0.88,
      reference: 'tass',
      members: [
        member(tassShort, [0], [eq('Lavrov met Wang Yi in Moscow on Tuesday.')]),
        member(sputnikShort, [0], [eq('Lavrov met Wang Yi in Moscow'), rm(' on Tuesday'), eq('.')]),
        member(rg, [0], [add('Sergey '), eq('Lavrov met Wang Yi in Moscow on Tuesday.')]),
      ],
    },
    {
      id: 2,
      score: 0.8,
      reference: 'sputnik',
      members: [
        member(sputnikShort, [1], [eq('Wang Yi arrived on Monday.')]),
        member(rg, [1], [eq('Wang Yi arrived '), add('late '), eq('on Monday.')]),
      ],
    },
  ],
  unmatched: [unmatched(tassShort, 1), unmatched(rg, 2)],
  summary: {
    articles: 3,
    alignments: 2,
    unmatched: { tass: 1, sputnik: 0, rg: 1 },
    coverage: { tass: 0.5, sputnik: 1, rg: 0.6667 },
    sentences: { tass: 2, sputnik: 2, rg: 3 },
    aligned: { tass: 1, sputnik: 2, rg: 2 },
    meanScore: 0.84,
    minScore: 0.42, kinds: {}, only: {},
  },
};

// ── Two TASS versions (same outlet: names need the ids) ─────────────────────────────────────

const tassEarly = buildArticle({
  id: 'tass-1', source: 'tass-1.txt', outlet: 'TASS', title: null, url: null, author: null, date: null, published: null,
  paragraphs: [['Lavrov met Wang Yi on Tuesday.', 'Only the first version says this.']],
});
const tassLate = buildArticle({
  id: 'tass-2', source: 'tass-2.txt', outlet: 'TASS', title: 'Lavrov meets Wang Yi', url: null, author: null, date: '2024-03-06', published: null,
  paragraphs: [['Lavrov met with Wang Yi on Tuesday.', 'An update.']],
});

/** Two versions of one TASS story: one alignment and one unmatched sentence on each side. */
export const tinyComparison: Comparison = {
  base: 'tass-1',
  articles: [tassEarly, tassLate],
  alignments: [
    {
      id: 1,
      score: 0.93,
      reference: 'tass-1',
      members: [
        member(tassEarly, [0], [eq('Lavrov met Wang Yi on Tuesday.')]),
        member(tassLate, [0], [eq('Lavrov met '), add('with '), eq('Wang Yi on Tuesday.')]),
      ],
    },
  ],
  unmatched: [unmatched(tassEarly, 1), unmatched(tassLate, 1)],
  summary: {
    articles: 2,
    alignments: 1,
    unmatched: { 'tass-1': 1, 'tass-2': 1 },
    coverage: { 'tass-1': 0.5, 'tass-2': 0.5 },
    sentences: { 'tass-1': 2, 'tass-2': 2 },
    aligned: { 'tass-1': 1, 'tass-2': 1 },
    meanScore: 0.93,
    minScore: 0.42, kinds: {}, only: {},
  },
};
