import { beforeAll, describe, expect, it } from 'vitest';
import { compareArticles } from '../src/compare.js';
import { loadArticleText, readInputs } from '../src/load/index.js';
import { splitSentences } from '../src/segment/index.js';
import type { Alignment, Article, Comparison } from '../src/types.js';

/**
 * Three versions of the Zakharova statement: TASS and Sputnik from the corpus, and a written third
 * version (fixtures/nway) that changes a number (1997 → 1999), a name (Georgia → Moldova), the
 * speaker (Zakharova → Lavrov) and a place-name spelling (Kiev → Kyiv, in a sentence TASS lacks).
 */
let comparison: Comparison;
let articles: Article[];

beforeAll(async () => {
  const loaded = await readInputs(['tass-zakharova', 'sputnik-zakharova', 'fixtures/nway/gazette-zakharova-nato.txt']);
  articles = loaded.map(splitSentences);
  comparison = compareArticles(articles);
});

const GAZETTE = 'gazette-zakharova-nato';

function groupWith(article: string, words: string): Alignment {
  const found = comparison.alignments.find((alignment) =>
    alignment.members.some((member) => member.article === article && member.text.includes(words)),
  );
  if (!found) throw new Error(`no group holds "${words}" in ${article}`);
  return found;
}

function changes(alignment: Alignment, article: string): Array<[string | undefined, string]> {
  const member = alignment.members.find((m) => m.article === article);
  return (member?.diff ?? []).filter((run) => run.op !== 'equal').map((run) => [run.label, run.text.trim()]);
}

describe('comparing three versions of one statement', () => {
  it('groups all three versions of a sentence, each diffed against the base (TASS)', () => {
    const group = groupWith('tass-zakharova', 'positions of 1997');
    expect(group.members.map((member) => member.article)).toEqual(['tass-zakharova', 'sputnik-zakharova', GAZETTE]);
    expect(group.reference).toBe('tass-zakharova');
    expect(changes(group, GAZETTE)).toEqual(
      expect.arrayContaining([
        ['number', '1997'],
        ['number', '1999'],
        ['attribution', 'Zakharova'],
        ['attribution', 'Lavrov'],
      ]),
    );
    expect(group.verdict).toBe('substantive');
  });

  it('gives a group the verdict of its most changed member', () => {
    const group = groupWith('tass-zakharova', 'continues to deteriorate');
    expect(group.members).toHaveLength(3);
    expect(changes(group, GAZETTE)).toEqual([]);
    expect(changes(group, 'sputnik-zakharova')).toEqual(
      expect.arrayContaining([
        ['synonym', 'deteriorate'],
        ['synonym', 'degrade'],
      ]),
    );
    expect(group.verdict).toBe('rewording');
  });

  it('labels a swapped country as a name change', () => {
    const group = groupWith(GAZETTE, 'Moldova');
    expect(group.members.map((member) => member.article)).toEqual(['tass-zakharova', GAZETTE]);
    expect(changes(group, GAZETTE)).toEqual(expect.arrayContaining([['name', 'Georgia'], ['name', 'Moldova']]));
    expect(group.verdict).toBe('substantive');
  });

  it('groups a sentence the base lacks, with the first member as reference, and labels Kiev/Kyiv a spelling variant', () => {
    const group = groupWith(GAZETTE, 'Kyiv');
    expect(group.members.map((member) => member.article)).toEqual(['sputnik-zakharova', GAZETTE]);
    expect(group.reference).toBe('sputnik-zakharova');
    expect(changes(group, GAZETTE)).toEqual(expect.arrayContaining([['spelling', 'Kyiv']]));
    // Read in its place: right after the group that precedes it in Sputnik's own order.
    const sputnikFirst = (alignment: Alignment) => alignment.members.find((m) => m.article === 'sputnik-zakharova')?.sentences[0] ?? -1;
    const before = comparison.alignments[comparison.alignments.indexOf(group) - 1];
    expect(sputnikFirst(before)).toBeLessThan(sputnikFirst(group));
  });

  it('lists what only one outlet printed as unmatched', () => {
    const only = comparison.unmatched.filter((entry) => entry.article === GAZETTE).map((entry) => entry.text);
    expect(only).toEqual(['Readers can follow the story on our live page throughout the weekend.']);
    expect(comparison.unmatched.some((entry) => entry.article === 'tass-zakharova' && entry.text.startsWith('The diplomat recalled'))).toBe(true);
  });

  it('sums each article up as verbatim, reworded, substantive and new, listing what only it printed', () => {
    const { kinds, only } = comparison.summary;
    const gazette = articles[2];
    const readers = gazette.sentences.find((sentence) => sentence.text.startsWith('Readers can follow'));
    expect(only[GAZETTE]).toEqual([readers?.index]);
    for (const article of articles) {
      const shares = kinds[article.id];
      expect(shares.verbatim + shares.reworded + shares.substantive + shares.new).toBeCloseTo(1, 2);
      const body = article.sentences.filter((sentence) => !sentence.heading).length;
      expect(shares.new).toBeCloseTo(only[article.id].length / body, 2);
    }
    // The unchanged "deteriorate" sentence makes some of the third version verbatim; the 1997/1999,
    // Lavrov and Moldova changes some of it substantive.
    expect(kinds[GAZETTE].verbatim).toBeGreaterThan(0);
    expect(kinds[GAZETTE].substantive).toBeGreaterThan(0);
    // Sputnik's only shared sentence the others word alike is its "degrade" rewording.
    expect(kinds['sputnik-zakharova'].reworded).toBeGreaterThan(0);
  });

  it('counts a sentence another outlet copied word for word as verbatim, whatever the base did with it', () => {
    const copy = { ...articles[1], id: 'sputnik-copy' };
    const { kinds } = compareArticles([articles[0], articles[1], copy]).summary;
    expect(kinds['sputnik-zakharova'].reworded + kinds['sputnik-zakharova'].substantive).toBe(0);
    expect(kinds['sputnik-zakharova']).toEqual(kinds['sputnik-copy']);
    expect(kinds['sputnik-zakharova'].new).toBe(0);
  });

  it('with --base, diffs every group against the chosen article', () => {
    const rebased = compareArticles(articles, { base: GAZETTE });
    expect(rebased.base).toBe(GAZETTE);
    const group = rebased.alignments.find((alignment) => alignment.members.some((m) => m.text.includes('positions of 1999')));
    expect(group?.reference).toBe(GAZETTE);
    expect(group?.members.map((member) => member.article)).toEqual(['tass-zakharova', 'sputnik-zakharova', GAZETTE]);
    const tass = group?.members.find((m) => m.article === 'tass-zakharova');
    expect(tass?.diff.filter((run) => run.op !== 'equal').map((run) => [run.label, run.text.trim()])).toEqual(
      expect.arrayContaining([['number', '1999'], ['number', '1997']]),
    );
  });
});

describe('comparing three versions where one moves a sentence and another merges two', () => {
  const a = 'The regional parliament approved a new water tax on Thursday after a long debate.\nThe tax will fund the repair of three ageing reservoirs in the northern valleys.\nFarmers\' unions said they would challenge the law in court.';
  const b = 'The regional parliament approved a new water tax on Thursday after a long debate.\nFarmers\' unions said they would challenge the law in court.\nCritics say households will pay most of the bill.\nOfficials promised a review within a year.\nThe tax will fund the repair of three ageing reservoirs in the northern valleys.';
  const c = 'The regional parliament approved a new water tax on Thursday after a long debate, and the tax will fund the repair of three ageing reservoirs in the northern valleys.\nFarmers\' unions said they would challenge the law in court.';
  const article = (id: string, text: string) => splitSentences(loadArticleText(text, { id, source: `${id}.txt` }));
  const texts: Record<string, string> = { a, b, c };

  it.each([['a', 'b', 'c'], ['b', 'a', 'c'], ['c', 'a', 'b'], ['c', 'b', 'a']])('keeps one run of consecutive sentences per article in every group (%s %s %s)', (...order) => {
    const compared = compareArticles(order.map((id) => article(id, texts[id])));
    for (const alignment of compared.alignments) {
      for (const member of alignment.members) {
        expect(member.sentences.every((index, i) => i === 0 || index === member.sentences[i - 1] + 1)).toBe(true);
      }
    }
    // The moved sentence pairs with its copy whenever the merged version is not the base.
    if (order[0] !== 'c') {
      const moved = compared.alignments.find((alignment) => alignment.members.some((m) => m.article === 'b' && m.sentences[0] === 4));
      expect(moved?.members.find((m) => m.article === 'a')?.sentences).toEqual([1]);
    }
  });
});
