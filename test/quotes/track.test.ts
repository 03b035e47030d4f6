import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareArticles } from '../../src/compare.js';
import { loadArticleText, readInputs } from '../../src/load/index.js';
import { splitSentences } from '../../src/segment/index.js';
import type { Article, Comparison, TrackedQuote } from '../../src/types.js';

async function compareIds(ids: string[]): Promise<Comparison> {
  return compareArticles((await readInputs(ids)).map(splitSentences), { quotes: true });
}

function articleOf(id: string, text: string): Article {
  return splitSentences(loadArticleText(text, { id, source: `${id}.txt`, metadata: {} }));
}

/** An article from fixtures/quotes/, its id the file name without extension. */
function fixtureOf(name: string): Article {
  return articleOf(name, readFileSync(join(import.meta.dirname, '../../fixtures/quotes', `${name}.txt`), 'utf8'));
}

function quoteWith(comparison: Comparison, words: string): TrackedQuote {
  const found = comparison.quotes?.find((quote) => quote.text.includes(words));
  if (!found) throw new Error(`no tracked quote holds "${words}"`);
  return found;
}

function version(quote: TrackedQuote, article: string) {
  const found = quote.versions.find((v) => v.article === article);
  if (!found) throw new Error(`no version of quote ${quote.id} for ${article}`);
  return found;
}

describe('quotes/track', () => {
  let zakharova: Comparison;
  let fomin: Comparison;
  let rgFirst: Comparison;
  beforeAll(async () => {
    zakharova = await compareIds(['tass-zakharova', 'sputnik-zakharova']);
    fomin = await compareIds(['tass-fomin', 'rg-fomin']);
    rgFirst = await compareIds(['rg-fomin', 'tass-fomin']);
  });

  it('gives every quote one version per article, the reference its own words', () => {
    for (const comparison of [zakharova, fomin]) {
      for (const quote of comparison.quotes ?? []) {
        expect(quote.versions.map((v) => v.article)).toEqual(comparison.articles.map((article) => article.id));
        const own = version(quote, quote.reference);
        expect(own.text).toBe(quote.text);
        expect(own.status).toBe('verbatim');
      }
    }
  });

  it('finds the Zakharova statement in TASS and Sputnik, speaker resolved, as a translation variant (deteriorate/degrade)', () => {
    const quote = quoteWith(zakharova, 'continues to deteriorate');
    expect(quote.reference).toBe('tass-zakharova');
    expect(quote.speaker).toBe('Maria Zakharova');
    const sputnik = version(quote, 'sputnik-zakharova');
    expect(sputnik.status).toBe('translation');
    expect(sputnik.speaker).toBe('Maria Zakharova');
    expect(sputnik.diff.filter((run) => run.op !== 'equal').map((run) => [run.label, run.text])).toEqual(
      expect.arrayContaining([
        ['synonym', 'deteriorate'],
        ['synonym', 'degrade'],
      ]),
    );
    expect(version(quoteWith(zakharova, 'We expect that negotiations'), 'sputnik-zakharova').status).toBe('translation');
  });

  it('marks "escalation for the sake of escalation" against "…of de-escalation" as altered', () => {
    const quote = quoteWith(zakharova, 'escalation for the sake of de-escalation');
    const sputnik = version(quote, 'sputnik-zakharova');
    expect(sputnik.status).toBe('altered');
    expect(sputnik.text).toBe('escalation for the sake of escalation');
  });

  it('lists quotes only one outlet has as absent in the other', () => {
    const quote = quoteWith(zakharova, 'Announcements like these');
    expect(quote.speaker).toContain('State Department');
    expect(version(quote, 'tass-zakharova').status).toBe('absent');
    expect(version(quote, 'tass-zakharova').text).toBeNull();
  });

  it('finds the "critically low level" quote in TASS and RG, by Alexander Fomin in both, across RG quoting two TASS quotes as one', () => {
    const quote = quoteWith(fomin, 'critically low level');
    expect(quote.speaker).toBe('Alexander Fomin');
    const rg = version(quote, 'rg-fomin');
    expect(rg.speaker).toBe('Alexander Fomin');
    expect(['verbatim', 'cosmetic']).toContain(rg.status);
    const next = version(quoteWith(fomin, 'This is happening against the backdrop'), 'rg-fomin');
    expect(next.status).toBe('translation');
    // From RG's side, TASS's two quotes render its one together.
    const tass = version(quoteWith(rgFirst, 'This is taking place'), 'tass-fomin');
    expect(tass.text).toMatch(/^Russian-NATO relations are at a critically low level\. This is happening against the backdrop/);
    expect(tass.status).toBe('translation');
  });

  it('recognises reported speech: the words without quotation marks, in the aligned sentence', () => {
    const quote = quoteWith(fomin, 'The Russian side expects constructive discussion');
    expect(quote.speaker).toBe('Russian Defense Ministry');
    expect(quote.citing).toBe('Alexander Fomin');
    const rg = version(quote, 'rg-fomin');
    expect(rg.status).toBe('reported');
    expect(rg.text).toMatch(/counting on their constructive discussion/);
  });

  it('finds a short quotation with one content word in the aligned sentence of the other outlet', () => {
    const text = 'Fans gathered outside the stadium long before the final whistle on Sunday.\n\n"Is this the end?" the coach asked reporters after the match.';
    const comparison = compareArticles([articleOf('wire', text), articleOf('outlet', text)], { quotes: true });
    expect(comparison.quotes?.map((quote) => [quote.text, quote.versions.map((v) => v.status)])).toEqual([['Is this the end?', ['verbatim', 'verbatim']]]);
  });

  it('tells a truncated quote from an altered one, and a changed number or speaker alters it', () => {
    const original = articleOf(
      'wire',
      'Officials met in Vienna on Monday.\n\n"We will not back down from our demand, and we will see with what shame they will eventually retreat from this position," the official said.',
    );
    const cut = articleOf('cut', 'Officials met in Vienna on Monday.\n\n"We will not back down from our demand," the official said.');
    const changed = articleOf(
      'changed',
      'Officials met in Vienna on Monday.\n\n"We will back down from our demand, and we will see with what shame they will eventually retreat from this position," the official said.',
    );
    // Cut at the start, taking a name and the negation with it: still only truncated.
    const cutStart = articleOf(
      'cut-start',
      'Officials met in Vienna on Monday.\n\n"We will see with what shame they will eventually retreat from this position," the official said.',
    );
    const comparison = compareArticles([original, cut, changed, cutStart], { quotes: true });
    const quote = quoteWith(comparison, 'We will not back down');
    expect(version(quote, 'cut').status).toBe('truncated');
    expect(version(quote, 'changed').status).toBe('altered');
    expect(version(quote, 'cut-start').status).toBe('truncated');
  });

  describe('judging wording by the labels of the diff', () => {
    it('counts a contraction written out as cosmetic, as compare labels it (fixtures/quotes/contraction*.txt)', () => {
      const comparison = compareArticles([fixtureOf('contraction-written-out'), fixtureOf('contraction')], { quotes: true });
      const contraction = version(quoteWith(comparison, 'back down'), 'contraction');
      expect(contraction.status).toBe('cosmetic');
      expect(contraction.diff.filter((run) => run.op !== 'equal').map((run) => [run.op, run.text, run.label])).toEqual([
        ['removed', 'will not', 'cosmetic'],
        ['added', "won't", 'cosmetic'],
      ]);
    });

    it('takes "has not" / "hasn\'t" for no alteration (fixtures/quotes/floods-*.txt)', () => {
      const comparison = compareArticles([fixtureOf('floods-bbc'), fixtureOf('floods-ap')], { quotes: true });
      // The dropped "the" before "rivers" is a function word: a translation variant, no more.
      expect(version(quoteWith(comparison, 'unprecedented situation'), 'floods-ap').status).toBe('translation');
    });

    it('still alters a quotation whose contraction drops or adds the negation ("won\'t" / "will")', () => {
      const text = (words: string): string => `Strike talks stall\n\n"${words} until the government listens to us," union leader Anna Berg said on Monday.`;
      const comparison = compareArticles(
        [articleOf('wont', text("We won't back down")), articleOf('will', text('We will back down')), articleOf('cant', text("We can't back down"))],
        { quotes: true },
      );
      const quote = quoteWith(comparison, 'back down');
      expect(version(quote, 'will').status).toBe('altered');
      // One negation for another: no reversal, though the modal changed.
      expect(version(quote, 'cant').status).not.toBe('altered');
    });
  });

  /** An article quoting `words` by `speaker`. */
  const said = (id: string, words: string, speaker = 'Mayor Ana Ruiz'): Article =>
    articleOf(id, `Floods hit the valley\n\nRescue teams worked through the night in the flooded valley on Tuesday.\n\n"${words}," ${speaker} said.`);
  // 11 content terms: team, rebuild, every ×3, bridge, road, school, valley, winter, come.
  const full = 'Our teams will rebuild every bridge, every road and every school in this valley before the winter comes';

  describe('truncation: content words cut from an end, or a quarter of them missing', () => {
    it('leaves "the president" moved outside the marks (1 of 6 content words) to the words kept (fixtures/quotes/pension-*.txt)', () => {
      const comparison = compareArticles([fixtureOf('pension-lemonde'), fixtureOf('pension-aljazeera')], { quotes: true });
      const berger = version(quoteWith(comparison, 'has learned nothing'), 'pension-aljazeera');
      expect(berger.speaker).toBe('Laurent Berger');
      expect(berger.status).toBe('cosmetic');
    });

    it('calls a cut of 2 of 11 content words at an end truncated, as one of 3 of 11', () => {
      const comparison = compareArticles(
        [
          said('full', full),
          said('two-cut', 'Our teams will rebuild every bridge, every road and every school in this valley'),
          said('three-cut', 'Our teams will rebuild every bridge, every road and every school'),
        ],
        { quotes: true },
      );
      const quote = quoteWith(comparison, 'rebuild every bridge');
      expect(version(quote, 'two-cut').status).toBe('truncated');
      expect(version(quote, 'three-cut').status).toBe('truncated');
    });

    it('calls a clause cut from the end truncated, never verbatim (fixtures/quotes/fight-on-*.txt)', () => {
      const comparison = compareArticles([fixtureOf('fight-on-full'), fixtureOf('fight-on-cut')], { quotes: true });
      const cut = version(quoteWith(comparison, 'we will win in the end'), 'fight-on-cut');
      expect(cut.text).toBe('We will not back down from this fight with the oil companies, whatever the markets say about it');
      expect(cut.status).toBe('truncated');
    });

    it('calls one content word cut from the front truncated, unless it stands right outside the marks', () => {
      const rest = 'will rebuild every bridge, every road and every school in this valley before the winter comes';
      const comparison = compareArticles(
        [
          said('full', full),
          articleOf('dropped', `Floods hit the valley\n\nRescue teams worked through the night in the flooded valley on Tuesday.\n\nMayor Ana Ruiz said: "${rest}."`),
          articleOf('outside', `Floods hit the valley\n\nRescue teams worked through the night in the flooded valley on Tuesday.\n\nMayor Ana Ruiz said our teams "${rest}."`),
        ],
        { quotes: true },
      );
      const quote = quoteWith(comparison, 'rebuild every bridge');
      expect(version(quote, 'dropped').status).toBe('truncated');
      expect(version(quote, 'outside').status).toBe('verbatim');
    });

    it('leaves a cut of function words only to the words kept: no truncation', () => {
      const comparison = compareArticles([said('full', `And ${full.charAt(0).toLowerCase()}${full.slice(1)}`), said('short', full)], { quotes: true });
      // "[-And-] Our": a function word dropped, which the README counts as a translation variant.
      expect(version(quoteWith(comparison, 'rebuild every bridge'), 'short').status).toBe('translation');
    });
  });

  describe('the speaker', () => {
    it('keeps Peskov, introduced as "Putin\'s spokesman", the speaker of "the Kremlin spokesman said": verbatim (fixtures/quotes/kremlin-spokesman*.txt)', () => {
      const comparison = compareArticles([fixtureOf('kremlin-spokesman'), fixtureOf('kremlin-spokesman-possessive')], { quotes: true });
      const quote = quoteWith(comparison, 'commander-in-chief');
      const possessive = version(quote, 'kremlin-spokesman-possessive');
      expect([quote.speaker, possessive.speaker, possessive.status]).toEqual(['Dmitry Peskov', 'Dmitry Peskov', 'verbatim']);
    });

    it('does not alter a quotation whose speaker is a body named in a role nobody was introduced with', () => {
      const text = readFileSync(join(import.meta.dirname, '../../fixtures/quotes', 'kremlin-spokesman-possessive.txt'), 'utf8');
      const unnamed = articleOf('unnamed', text.replace("President Vladimir Putin's spokesman Dmitry Peskov", 'Dmitry Peskov'));
      const comparison = compareArticles([fixtureOf('kremlin-spokesman'), unnamed], { quotes: true });
      const version2 = version(quoteWith(comparison, 'commander-in-chief'), 'unnamed');
      expect([version2.speaker, version2.status]).toEqual(['Kremlin', 'verbatim']);
    });

    it('alters a quotation given to another named speaker, not one whose speaker is only described', () => {
      const comparison = compareArticles(
        [said('named', full), said('other', full, 'Governor Karl Olsen'), said('described', full, 'a spokeswoman')],
        { quotes: true },
      );
      const quote = quoteWith(comparison, 'rebuild every bridge');
      expect(version(quote, 'other').status).toBe('altered');
      expect(version(quote, 'described').speaker).toBe('a spokeswoman');
      expect(version(quote, 'described').status).toBe('verbatim');
    });
  });
});
