/**
 * Copies of one article that differ only in what a reader cannot see: soft hyphens (text copied
 * from Le Monde or Spiegel), zero-width and bidi characters, a combining mark on a space, and
 * letters composed (NFC) or decomposed (NFD). They must align and diff as their clean forms do.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareArticles } from '../src/compare.js';
import { loadArticleText } from '../src/load/index.js';
import { renderCsv } from '../src/report/csv.js';
import { splitSentences } from '../src/segment/index.js';
import { normaliseForMatching, visibleText } from '../src/text/normalise.js';
import type { Comparison, DiffRun } from '../src/types.js';
import { options, parseCsv } from './report/helpers.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/invisible');
const read = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

function compareTexts(left: [string, string], right: [string, string]): Comparison {
  const article = ([id, text]: [string, string]) => splitSentences(loadArticleText(text, { id, source: `${id}.txt` }));
  return compareArticles([article(left), article(right)]);
}

/** The fixture as a reader sees it, written by hand: the characters each fixture adds taken out, letters composed. */
function cleaned(text: string): string {
  return text.replace(/[\u00AD\u202B\u202C]| \u0301/g, '').normalize('NFC');
}

/** What a comparison decided, without the wording: which sentences align, and how sure the aligner is. */
function decisions(comparison: Comparison) {
  return {
    alignments: comparison.alignments.map((alignment) => ({
      score: alignment.score,
      verdict: alignment.verdict,
      members: alignment.members.map((member) => [member.article, member.sentences]),
    })),
    unmatched: comparison.unmatched,
  };
}

/** `equal[-removed-]{+added+}`, with each run's labels after a `|` when it has any. */
function notation(runs: readonly DiffRun[]): string {
  return runs.map((run) => (run.op === 'equal' ? run.text : run.op === 'removed' ? `[-${run.text}-]` : `{+${run.text}+}`)).join('');
}

const squeezed = (text: string) => normaliseForMatching(text).replace(/ /g, '');

/** Every member's runs rebuild it exactly, rebuild the reference as compared, and no change is made only of characters that show nothing. */
function expectRunsInPlace(comparison: Comparison): void {
  for (const alignment of comparison.alignments) {
    const reference = alignment.members.find((member) => member.article === alignment.reference);
    for (const member of alignment.members) {
      expect(member.diff.filter((run) => run.op !== 'removed').map((run) => run.text).join('')).toBe(member.text);
      expect(squeezed(member.diff.filter((run) => run.op !== 'added').map((run) => run.text).join(''))).toBe(squeezed(reference?.text ?? ''));
      for (const run of member.diff) if (run.op !== 'equal') expect(visibleText(run.text).text.trim(), JSON.stringify(run)).not.toBe('');
    }
  }
}

describe('invisible characters', () => {
  describe('soft hyphens', () => {
    it('aligns and scores a soft-hyphenated copy as the clean one, each run carrying the member\'s own text', () => {
      const hyphenated = compareTexts(['council', read('council.txt')], ['council-shy', read('council-shy.txt')]);
      const clean = compareTexts(['council', read('council.txt')], ['council-shy', cleaned(read('council-shy.txt'))]);
      expect(decisions(hyphenated)).toEqual(decisions(clean));
      expect(hyphenated.alignments.map((alignment) => alignment.score)).toEqual([0.939, 0.939, 0.939]);
      expect(hyphenated.alignments.map((alignment) => alignment.verdict)).toEqual(['identical', 'identical', 'identical']);
      expect(hyphenated.alignments[1].members[1].diff).toEqual([
        { op: 'equal', text: 'The city coun\u00ADcil delayed its vote on the con\u00ADtro\u00ADver\u00ADsial housing plan on Tuesday after a six-hour debate, officials said.' },
      ]);
      expectRunsInPlace(hyphenated);
    });

    // Regression: the soft-hyphenated sentence was left unmatched on both sides.
    it('aligns a reworded sentence with soft hyphens, showing only the wording that changed', () => {
      const hyphenated = compareTexts(['vote', read('vote.txt')], ['vote-shy', read('vote-shy.txt')]);
      const clean = compareTexts(['vote', read('vote.txt')], ['vote-shy', cleaned(read('vote-shy.txt'))]);
      expect(decisions(hyphenated)).toEqual(decisions(clean));
      expect(hyphenated.unmatched).toEqual([]);
      expect(notation(hyphenated.alignments[1].members[1].diff)).toBe(
        'The city coun\u00ADcil de\u00ADlayed its vote on the hous\u00ADing plan on [-Tuesday-]{+Wednesday+}, [-the mayor’s office and -]officials said[-,-] after a [-six-hour-]{+long+} debate.',
      );
      expectRunsInPlace(hyphenated);
    });
  });

  describe('bidi controls', () => {
    // Regression: the CSV cell read "officials from {++}Hamas{++} and": runs made only of the controls, emptied by the terminal cleaning.
    it('leaves no empty markers in the CSV diff cell and no run of controls alone', () => {
      const comparison = compareTexts(['cairo', read('cairo.txt')], ['cairo-bidi', read('cairo-bidi.txt')]);
      const clean = compareTexts(['cairo', read('cairo.txt')], ['cairo-bidi', cleaned(read('cairo-bidi.txt'))]);
      expect(decisions(comparison)).toEqual(decisions(clean));
      const [, , sentence] = parseCsv(renderCsv(comparison, options()));
      expect(sentence?.[10]).toBe(
        'The envoy met officials from Hamas and Egypt on [-Wednesday-]{+Tuesday+} to discuss the [-truce-]{+ceasefire+} plan, [-the-]{+a+} spokesman said.',
      );
      expect(comparison.alignments[1].members[1].diff[0]).toEqual({ op: 'equal', text: 'The envoy met officials from \u202BHamas\u202C and Egypt on ' });
      expectRunsInPlace(comparison);
    });
  });

  describe('a combining mark on a space', () => {
    // Regression: every run after the mark slipped one unit ("Tu{+esday t+}o discuss the ce{+asefire p+}lan").
    it('keeps every run in place, so the runs rebuild both texts', () => {
      const comparison = compareTexts(['cairo', read('cairo.txt')], ['cairo-mark', read('cairo-mark.txt')]);
      const clean = compareTexts(['cairo', read('cairo.txt')], ['cairo-mark', cleaned(read('cairo-mark.txt'))]);
      expect(decisions(comparison)).toEqual(decisions(clean));
      expect(notation(comparison.alignments[1].members[1].diff)).toBe(
        'The envoy met officials \u0301 from Hamas and Egypt on [-Wednesday-]{+Tuesday+} to discuss the [-truce-]{+ceasefire+} plan, [-the-]{+a+} spokesman said.',
      );
      expectRunsInPlace(comparison);
    });
  });

  describe('composed and decomposed letters', () => {
    // Regression: "[-Élisabeth-]{+Élisabeth+}", labelled spelling, and a score of 0.68.
    it('compares NFC and NFD text as one, while offsets still index the decoded text', () => {
      const decomposed = read('pension-nfd.txt');
      expect(decomposed).not.toBe(decomposed.normalize('NFC'));
      const comparison = compareTexts(['nfc', read('pension-nfc.txt')], ['nfd', decomposed]);
      const clean = compareTexts(['nfc', read('pension-nfc.txt')], ['nfd', decomposed.normalize('NFC')]);
      expect(decisions(comparison)).toEqual(decisions(clean));
      const runs = comparison.alignments[1].members[1].diff;
      expect(notation(runs)).toBe(
        'Prime Minister E\u0301lisabeth Borne told [-lawmakers-]{+parliament+} on Tuesday that the re\u0301forme [-would-]{+will+} go ahead despite [-the -]protests in Paris.',
      );
      expect(runs.flatMap((run) => run.label ?? [])).not.toContain('spelling');
      const article = comparison.articles[1];
      for (const sentence of article.sentences) expect(article.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
      expectRunsInPlace(comparison);
    });
  });

  it('never changes what aligns, nor makes a change of invisible characters alone, when they are added or letters decomposed (property)', () => {
    const pairs: Array<[string, string]> = [
      ['council.txt', 'council.txt'],
      ['vote.txt', 'vote-shy.txt'],
      ['cairo.txt', 'cairo-bidi.txt'],
      ['pension-nfc.txt', 'pension-nfd.txt'],
    ];
    const invisible = fc.constantFrom('\u00AD', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2060', '\u202A', '\u202B', '\u202C', '\u2066', '\u2067', '\u2069', '\uFE0F');
    const noise = fc.tuple(fc.array(fc.tuple(fc.nat(), invisible), { maxLength: 8 }), fc.constantFrom('NFC', 'NFD', 'as is'));
    fc.assert(
      fc.property(fc.constantFrom(...pairs), noise, ([leftFile, rightFile], [insertions, form]) => {
        const right = cleaned(read(rightFile));
        let noisy = form === 'as is' ? right : right.normalize(form);
        // Only inside or beside a word: a character between two line breaks would make another paragraph layout.
        const places = [...noisy.matchAll(/(?<=\p{L})|(?=\p{L})/gu)].map((match) => match.index);
        for (const [k, character] of insertions) {
          const at = places[k % places.length] ?? 0;
          noisy = noisy.slice(0, at) + character + noisy.slice(at);
          places.forEach((place, p) => {
            if (place >= at) places[p] = place + character.length;
          });
        }
        const comparison = compareTexts(['left', read(leftFile)], ['right', noisy]);
        expect(decisions(comparison)).toEqual(decisions(compareTexts(['left', read(leftFile)], ['right', right])));
        expectRunsInPlace(comparison);
      }),
      { seed: 20260104, numRuns: 60 },
    );
  });
});
