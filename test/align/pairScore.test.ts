import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MIN_SCORE } from '../../src/align/index.js';
import { decidePair, explainVerdict, fullVerdict, judgePair, pairModels, readSide, scorePair } from '../../src/align/pairScore.js';
import { joinPairSides } from '../../src/align/features.js';
import { bundledCorpusDir, listCorpus, loadArticleText } from '../../src/load/index.js';
import { splitSentences } from '../../src/segment/index.js';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { irregularBase, newsRarity, sortedRows, wordnetSynonyms } from '../../src/align/tables.js';
import { termOf } from '../../src/align/terms.js';

const synonyms = (a: string, b: string) => wordnetSynonyms().areSynonyms(termOf(a) ?? a, termOf(b) ?? b);

describe('align', () => {
  describe('wordnetSynonyms', () => {
    it('knows translation variants through WordNet, inflected forms included', () => {
      expect(synonyms('rectifying', 'correcting')).toBe(true);
      expect(synonyms('response', 'answer')).toBe(true);
      expect(synonyms('enlargement', 'expansion')).toBe(true);
      expect(synonyms('assurances', 'guarantees')).toBe(true);
    });

    it('joins a verb and its noun, and an adjective and its noun, through the word-form links WordNet records', () => {
      expect(synonyms('decided', 'decision')).toBe(true);
      expect(synonyms('admitted', 'admission')).toBe(true);
      expect(synonyms('believes', 'belief')).toBe(true);
      expect(synonyms('economic', 'economy')).toBe(true);
      // a person is not the institution or the act (no links from noun.person senses), and a sense
      // WordNet's tagged corpus never uses links nothing ("governor" the engine regulator / "govern")
      expect(synonyms('governor', 'government')).toBe(false);
      expect(synonyms('politician', 'politics')).toBe(false);
    });

    it.each(['synonyms.tsv', 'idf.tsv'])('finds every term of the committed %s by binary search (the file is sorted as the lookup expects)', (name) => {
      const text = readFileSync(new URL(`../../src/align/data/${name}`, import.meta.url), 'utf8');
      const lines = text.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
      const rowOf = sortedRows(text);
      expect(lines.length).toBeGreaterThan(5_000);
      for (const line of lines) expect(rowOf(line.slice(0, line.indexOf('\t')))).toBe(line);
      expect(rowOf('')).toBeUndefined();
      expect(rowOf('zzzzzz')).toBeUndefined();
      expect(rowOf('aaaaaa')).toBeUndefined();
    });

    it('weighs a term by how rare it is in news text, and an unseen one as rarest', () => {
      const rarity = newsRarity();
      expect(rarity.idf(termOf('government') ?? '')).toBeLessThan(rarity.idf(termOf('deteriorate') ?? ''));
      expect(rarity.idf('qqqqunseen')).toBeGreaterThan(rarity.idf(termOf('deteriorate') ?? ''));
      expect(rarity.idf('qqqqunseen')).toBeCloseTo(Math.log(1 + 16403));
    });

    it('finds exactly the keys of any sorted rows, whatever the comments, blank lines and line endings', () => {
      const keys = fc.uniqueArray(fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é', '-'), minLength: 1, maxLength: 4 }), { maxLength: 30 });
      fc.assert(
        fc.property(keys, fc.array(fc.nat(40)), fc.boolean(), fc.boolean(), fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é', '-'), maxLength: 4 }), (unsorted, blanks, crlf, finalNewline, probe) => {
          const sorted = [...unsorted].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
          const eol = crlf ? '\r\n' : '\n';
          const lines = ['# a comment', ...sorted.map((key, k) => `${key}\t${k}`)];
          for (const at of blanks) lines.splice(1 + (at % lines.length), 0, '');
          const rowOf = sortedRows(lines.join(eol) + (finalNewline ? eol : ''));
          sorted.forEach((key, k) => expect(rowOf(key)?.replace(/\r$/, '')).toBe(`${key}\t${k}`));
          if (!sorted.includes(probe)) expect(rowOf(probe)).toBeUndefined();
        }),
      );
    });

    it('reads sorted rows with comments, blank lines and no final newline', () => {
      const rowOf = sortedRows('# about\nalpha\t1\nbeta\t2\n\ngamma\t3');
      expect(rowOf('alpha')).toBe('alpha\t1');
      expect(rowOf('gamma')).toBe('gamma\t3');
      expect(rowOf('# about')).toBeUndefined();
      expect(rowOf('delta')).toBeUndefined();
    });

    it('reads irregular forms as their base word, so they meet its forms and synonyms', () => {
      expect(termOf('bought')).toBe(termOf('buys'));
      expect(termOf('went')).toBe(termOf('going'));
      expect(termOf('children')).toBe(termOf('child'));
      expect(termOf('crises')).toBe(termOf('crisis'));
      expect(synonyms('bought', 'purchased')).toBe(true);
      // The form is asked before its base: "told" is a function word of reporting, "tell" is not.
      expect(termOf('told')).toBeUndefined();
      // Forms that are also other words keep their own reading.
      expect(termOf('leaves')).toBe(termOf('leave'));
      expect(termOf('lives')).toBe(termOf('live'));
      expect(termOf('found')).not.toBe(termOf('find'));
      expect(termOf('saw')).not.toBe(termOf('see'));
      expect(termOf('media')).not.toBe(termOf('medium'));
      // Nouns of their own keep their reading, so their plurals stay with them.
      expect(termOf('Fed')).not.toBe(termOf('feed'));
      expect(termOf('won')).not.toBe(termOf('win'));
      expect(termOf('shots')).toBe(termOf('shot'));
      expect(termOf('thoughts')).toBe(termOf('thought'));
      // A form the stemmer already joins with a regular one stays joined: tried/tries.
      expect(termOf('tried')).toBe(termOf('tries'));
    });

    it('keeps the irregular forms table sorted, one form a line, each form a word that is not its base', () => {
      const text = readFileSync(new URL('../../src/align/data/irregular.tsv', import.meta.url), 'utf8');
      const rows = text.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
      expect(rows.length).toBeGreaterThan(1000);
      const forms = rows.map((row) => row.split('\t'));
      for (const [form, base, extra] of forms) {
        expect(form).toMatch(/^[a-z]+$/);
        expect(base).toMatch(/^[a-z]+$/);
        expect(extra).toBeUndefined();
        expect(form).not.toBe(base);
      }
      expect(forms.map(([form]) => form)).toEqual([...new Set(forms.map(([form]) => form))].sort());
      for (const [form, base] of forms) expect(irregularBase(form)).toBe(base);
      expect(irregularBase('buy')).toBeUndefined();
    });

    it('does not make words synonyms through rare senses of both', () => {
      expect(synonyms('bank', 'tilt')).toBe(false);
      expect(synonyms('NATO', 'Russia')).toBe(false);
      expect(synonyms('answer', 'answer')).toBe(false);
    });
  });

  describe('scorePair', () => {
    // Every sentence of the two Fomin seed articles against every other, and 2:1 joins: the
    // aligner's own candidates and many more.
    const sentencesOf = (id: string) => {
      const entry = listCorpus(bundledCorpusDir()).find((candidate) => candidate.id === id);
      if (!entry) throw new Error(`no seed ${id}`);
      const text = readFileSync(join(bundledCorpusDir(), entry.file), 'utf8');
      return splitSentences(loadArticleText(text, { id: entry.id, source: entry.file, metadata: entry })).sentences.map((sentence) => sentence.text);
    };
    const left = sentencesOf('tass-fomin').map((text) => readSide(text));
    const right = sentencesOf('rg-fomin').map((text) => readSide(text));
    const joined = right.slice(1).map((side, k) => joinPairSides([right[k], side]));

    it('gives the score and coverage judgePair gives, reading only the score model\'s signals', () => {
      expect(pairModels().score.features.length).toBeLessThan(Object.keys(judgePair(left[0], right[0]).features).length);
      for (const a of left) {
        for (const b of [...right, ...joined]) {
          const full = judgePair(a, b);
          const quick = scorePair(a, b);
          expect(quick.score).toBe(full.score);
          expect(quick.coverage).toEqual(full.coverage);
        }
      }
    });

    it('leads to the full verdict of the pairs it scored, for their explanations', () => {
      const quick = scorePair(left[2], joined[2]);
      const verdict = fullVerdict(quick);
      expect(verdict).toEqual(judgePair(left[2], joined[2]));
      expect(fullVerdict(judgePair(left[2], joined[2]))).toEqual(verdict);
      expect(fullVerdict({ score: 0.5, coverage: [1, 1] })).toBeUndefined();
      // Another scorer's evidence, or a bead, is never taken for the learned scorer's.
      expect(fullVerdict({ left: [0], right: [1], score: 0.5, coverage: [1, 1] })).toBeUndefined();
      expect(fullVerdict({ ...quick })).toBeUndefined();
    });
  });

  describe('judgePair', () => {
    it('scores two translations of one sentence above the threshold and an unrelated pair far below', () => {
      const translations = judgePair(
        readSide('Russia’s proposals on security guarantees are aimed at rectifying this situation, but we have not received a clear response.'),
        readSide('Russian proposals on security guarantees are aimed at correcting this situation, to which we have not received a clear answer.'),
      );
      const unrelated = judgePair(readSide('NATO rejected the proposals on Friday.'), readSide('Grain exports rose sharply in February.'));
      expect(translations.score).toBeGreaterThan(0.7);
      expect(translations.matches.synonyms.map((match) => [match.left, match.right])).toEqual([
        ['rectifi', 'correct'],
        ['respons', 'answer'],
      ]);
      expect(unrelated.score).toBeLessThan(DEFAULT_MIN_SCORE / 2);
    });

    it('reads a sentence up to its first 10,000 characters, cut at a space', () => {
      // Word order and edit distance cost the product of the two lengths: a document-long
      // "sentence" is scored on its opening part, so a change past it is not seen.
      const opening = Array.from({ length: 2_000 }, (_, k) => `word${k}`).join(' ');
      expect(opening.length).toBeGreaterThan(10_000);
      const same = judgePair(readSide(opening), readSide(opening)).score;
      const tail = (word: string) => Array.from({ length: 500 }, (_, k) => `${word}${k}`).join(' ');
      expect(judgePair(readSide(`${opening} ${tail('alpha')}`), readSide(`${opening} ${tail('beta')}`)).score).toBe(same);
      const early = opening.replace(/word(\d{1,3})\b/g, 'other$1');
      expect(judgePair(readSide(early), readSide(opening)).score).toBeLessThan(same);
    });

    it('scores a verbatim copy at least as high as any rewording of it', () => {
      const sentences = [
        'Shelling continues in the east of the country, officials said.',
        'The talks resumed on Monday after a two-week pause.',
        'Russia’s proposals on security guarantees are aimed at rectifying this situation, but we have not received a clear response.',
      ];
      const rewordings = [
        'Shelling continued in the east of the country, officials said on Tuesday.',
        'The talks did not resume on Monday after a two-week pause.',
        'Russian proposals on security guarantees are aimed at correcting this situation, to which we have not received a clear answer.',
        'Talks restarted on Monday after a pause of two weeks.',
      ];
      const verbatim = sentences.map((text) => judgePair(readSide(text), readSide(text)).score);
      const ceiling = Math.min(...verbatim);
      for (const left of sentences) {
        for (const right of rewordings) expect(judgePair(readSide(left), readSide(right)).score).toBeLessThanOrEqual(ceiling);
      }
    });

    it('reads a capitalised first word as a name only when both sentences open with a different non-dictionary word', () => {
      const names = (left: string, right: string) => judgePair(readSide(left), readSide(right)).matches.names;
      expect(names('Putin said the talks had failed.', 'Biden said the talks had failed.')).toEqual({ left: ['putin'], right: ['biden'] });
      expect(names('Zakharova criticised the decision.', 'Lavrov criticised the decision.')).toEqual({ left: ['zakharova'], right: ['lavrov'] });
      // Dictionary words at the start are not names, and one side alone is no replaced subject.
      expect(names('Officials said the talks had failed.', 'Experts said the talks had failed.')).toEqual({ left: [], right: [] });
      expect(names('Putin said the talks had failed.', 'The talks had failed, officials said.')).toEqual({ left: [], right: [] });
      expect(names('Putin said the talks had failed.', 'Putin said the talks had failed.')).toEqual({ left: [], right: [] });
    });

    it('reads one figure written two ways as one number, and different figures as two', () => {
      const same = judgePair(readSide('Prices rose 10% in May, officials said.'), readSide('Prices rose 10.0% in May, officials said.'));
      expect(same.matches.numbers).toEqual({ left: [], right: [] });
      expect(same.features.numberMismatch).toBe(0);
      const changed = judgePair(readSide('Prices rose 10% in May, officials said.'), readSide('Prices rose 10.5% in May, officials said.'));
      expect(changed.matches.numbers).toEqual({ left: ['10'], right: ['10.5'] });
    });

    it('reads a dotted initialism as one name (U.S./US), and "No. 2" as no name', () => {
      const initialism = judgePair(readSide('Officials said the U.S. would respond.'), readSide('Officials said the US would respond.'));
      expect(initialism.matches.names).toEqual({ left: [], right: [] });
      expect(initialism.features.termOverlap).toBeCloseTo(1, 9);
      const other = judgePair(readSide('Officials said the U.S. would respond.'), readSide('Officials said the UK would respond.'));
      expect(other.matches.names).toEqual({ left: ['us'], right: ['uk'] });
      expect(judgePair(readSide('The plant No. 2 was shut.'), readSide('The plant number 2 was shut.')).matches.names).toEqual({ left: [], right: [] });
      // Only the splitter's number abbreviations, not a month or a word ending a sentence before a figure.
      expect(judgePair(readSide('Troops entered Bakhmut. 5 civilians left.'), readSide('Troops entered the city. 5 civilians left.')).matches.names.left).toEqual(['bakhmut']);
      // Explanations show the initialism as written.
      expect(explainVerdict(other).namesOnlyLeft).toEqual(['U.S.']);
      expect(explainVerdict(initialism).sharedRareWords).toContain('U.S.~US');
    });

    it('finds a name in its other known spelling (Kiev/Kyiv) and matches the two as one term', () => {
      const verdict = judgePair(readSide('The republics declared independence from Kiev in 2014.'), readSide('The republics declared independence from Kyiv in 2014.'));
      expect(verdict.matches.names).toEqual({ left: [], right: [] });
      expect(verdict.features.nameMismatch).toBe(0);
      expect(verdict.features.termOverlap).toBeCloseTo(1, 9);
      const other = judgePair(readSide('The republics declared independence from Kiev in 2014.'), readSide('The republics declared independence from Minsk in 2014.'));
      expect(other.matches.names).toEqual({ left: ['kiev'], right: ['minsk'] });
    });

    it('scores an irregular past against a synonym as near as a regular one', () => {
      const bought = judgePair(readSide('The ministry bought 40 armoured vehicles last year.'), readSide('The ministry purchased 40 armoured vehicles last year.'));
      expect(explainVerdict(bought).synonymPairs).toContainEqual(['bought', 'purchased']);
      const acquired = judgePair(readSide('The ministry acquired 40 armoured vehicles last year.'), readSide('The ministry purchased 40 armoured vehicles last year.'));
      expect(bought.score).toBeGreaterThanOrEqual(acquired.score - 0.02);
      expect(bought.features.synonymOverlap).toBeCloseTo(1, 9);
    });

    it('reads a number spelled out as its figure, and still sees it changed', () => {
      const same = judgePair(readSide('Five soldiers were wounded in the attack on Tuesday.'), readSide('5 soldiers were wounded in the attack on Tuesday.'));
      expect(same.matches.numbers).toEqual({ left: [], right: [] });
      expect(same.features.numberMismatch).toBe(0);
      expect(same.features.termOverlap).toBeCloseTo(1, 9);
      const changed = judgePair(readSide('Six soldiers were wounded in the attack on Tuesday.'), readSide('5 soldiers were wounded in the attack on Tuesday.'));
      expect(changed.matches.numbers.right).toEqual(['5']);
      expect(changed.features.numberMismatch).toBeGreaterThan(0);
      expect(changed.score).toBeLessThan(same.score);
      // With the word of a scale: "five million" is "5 million", not "5".
      expect(judgePair(readSide('Exports reached five million tonnes.'), readSide('Exports reached 5 million tonnes.')).features.numberMismatch).toBe(0);
      expect(judgePair(readSide('Five hundred people were killed.'), readSide('5 people were killed.')).matches.numbers.right).toEqual(['5']);
      // One spelled number meets one figure, and not one both sides spell out.
      expect(judgePair(readSide('Five people were killed and three were hurt.'), readSide('Five people were killed and 5 were hurt.')).matches.numbers.right).toEqual(['5']);
      expect(judgePair(readSide('Twenty-five people were killed.'), readSide('5 people were killed.')).matches.numbers.right).toEqual(['5']);
      // A number spelled in two words is one figure, and the word after its hyphen no other.
      expect(judgePair(readSide('Twenty-three rivers burst their banks.'), readSide('23 rivers burst their banks.')).matches.numbers).toEqual({ left: [], right: [] });
      expect(judgePair(readSide('Twenty-three rivers burst their banks.'), readSide('3 rivers burst their banks.')).matches.numbers.right).toEqual(['3']);
    });

    it('reads a number word opening a compound as its figure ("five-year" / "5-year"), and still sees it changed', () => {
      const none = { left: [], right: [] };
      expect(judgePair(readSide('The council approved the five-year plan on Monday.'), readSide('The council approved the 5-year plan on Monday.')).matches.numbers).toEqual(none);
      expect(judgePair(readSide('A five-year plan was agreed.'), readSide('A 5 year plan was agreed.')).features.numberMismatch).toBe(0);
      expect(judgePair(readSide('A twenty-three-year-old man was arrested.'), readSide('A 23-year-old man was arrested.')).matches.numbers).toEqual(none);
      expect(judgePair(readSide('The council approved the six-year plan on Monday.'), readSide('The council approved the 5-year plan on Monday.')).matches.numbers.right).toEqual(['5']);
    });

    it('reads "one" as 1 only against a figure 1 the other side prints, never as a number missing there', () => {
      const none = { left: [], right: [] };
      expect(judgePair(readSide('The council approved the plan by one vote.'), readSide('The council approved the plan by 1 vote.')).matches.numbers).toEqual(none);
      expect(judgePair(readSide('A one-year extension was agreed on Friday.'), readSide('A 1-year extension was agreed on Friday.')).matches.numbers).toEqual(none);
      // As a pronoun "one" has no figure to meet: no number on either side.
      expect(judgePair(readSide('No one was hurt in the fire.'), readSide('Nobody was hurt in the fire.')).features.numberMismatch).toBe(0);
      expect(judgePair(readSide('No one was hurt in the fire.'), readSide('1 person was hurt in the fire.')).matches.numbers.right).toEqual(['1']);
      expect(judgePair(readSide('One of the guards was hurt.'), readSide('2 of the guards were hurt.')).matches.numbers.right).toEqual(['2']);
    });

    it('reads an ordinal word as its ordinal figure ("first" / "1st"), never as a number missing, and still sees it changed', () => {
      const none = { left: [], right: [] };
      const first = judgePair(readSide('Russia won the first round of voting on Sunday.'), readSide('Russia won the 1st round of voting on Sunday.'));
      expect(first.matches.numbers).toEqual(none);
      expect(first.features.numberMismatch).toBe(0);
      expect(judgePair(readSide('The twenty-first round of talks opened in Geneva.'), readSide('The 21st round of talks opened in Geneva.')).matches.numbers).toEqual(none);
      expect(judgePair(readSide('The company reported its third loss in a row.'), readSide('The company reported its 3rd loss in a row.')).matches.numbers).toEqual(none);
      expect(judgePair(readSide('The first-ever summit opened in Geneva.'), readSide('The 1st-ever summit opened in Geneva.')).matches.numbers).toEqual(none);
      // A changed ordinal, and an ordinal word against a plain figure, are mismatches.
      expect(judgePair(readSide('The twenty-first round of talks opened in Geneva.'), readSide('The 22nd round of talks opened in Geneva.')).matches.numbers.right).toEqual(['22']);
      expect(judgePair(readSide('The regiment finished second in the contest.'), readSide('The regiment finished 3rd in the contest.')).matches.numbers.right).toEqual(['3']);
      expect(judgePair(readSide('Officials at first denied the report.'), readSide('Officials denied the 1 report.')).matches.numbers.right).toEqual(['1']);
      // "at first" alone is no number either side lacks.
      expect(judgePair(readSide('At first, officials denied the report.'), readSide('Officials denied the report.')).features.numberMismatch).toBe(0);
    });

    it('sees a changed number on both sides', () => {
      const verdict = judgePair(readSide('Exports reached 45 million tonnes.'), readSide('Exports reached 48 million tonnes.'));
      expect(verdict.matches.numbers).toEqual({ left: ['45'], right: ['48'] });
      expect(verdict.features.numberMismatch).toBe(1);
      expect(explainVerdict(verdict)).toMatchObject({ numbersOnlyLeft: ['45'], numbersOnlyRight: ['48'] });
    });

    it('gives BLEU nothing for sentences with no word in common, however short, and 1 for the same text', () => {
      for (const [left, right] of [['Yes.', 'No.'], ['Prices rose.', 'Talks ended.']]) {
        const { features } = judgePair(readSide(left), readSide(right));
        expect([features.bleuLow, features.bleuHigh]).toEqual([0, 0]);
      }
      for (const text of ['Talks ended on Friday.', 'Yes.', '…']) {
        const same = judgePair(readSide(text), readSide(text));
        expect([same.features.bleuLow, same.features.bleuHigh]).toEqual([1, 1]);
      }
    });

    it('sees a negation on one side only, "nothing" and "n’t" included, and not one on both', () => {
      const flipped = [
        ['Officials said nothing had changed.', 'Officials said everything had changed.'],
        ['The talks did not succeed.', 'The talks did succeed.'],
        ['The ministry hasn’t replied.', 'The ministry has replied.'],
      ];
      for (const [left, right] of flipped) expect(judgePair(readSide(left), readSide(right)).features.negationMismatch).toBe(1);
      const both = judgePair(readSide('Nothing has changed, he said.'), readSide('He said there was no change.'));
      expect(both.features.negationMismatch).toBe(0);
    });

    it('reads numbers with thousands separators as one number', () => {
      const verdict = judgePair(readSide('The war has killed at least 14,000 people.'), readSide('At least 14000 people have been killed in the war.'));
      expect(verdict.features.numberMismatch).toBe(0);
    });
  });

  describe('decidePair', () => {
    it('is never equivalent without being aligned, and follows the threshold', () => {
      const left = 'The ministry will publish an updated balance of supply and demand for grain at the end of March.';
      const right = 'The ministry is due to release a revised supply and demand balance for grain at the end of March.';
      const lenient = decidePair(1, left, right, 0.1, false);
      const strict = decidePair(1, left, right, 0.99, false);
      expect(lenient.aligned).toBe(true);
      expect(lenient.equivalent).toBe(true);
      expect(strict.aligned).toBe(false);
      expect(strict.equivalent).toBe(false);
      expect(lenient.score).toBe(strict.score);
      expect(lenient.explanation).toBeUndefined();
      expect(decidePair(1, left, right, 0.1, true).explanation?.sharedRareWords).toContain('grain');
    });

    it('scores from 0 to 1 and gives every signal in components', () => {
      const decision = decidePair(7, '', 'Something.', DEFAULT_MIN_SCORE, false);
      expect(decision.line).toBe(7);
      expect(decision.score).toBeGreaterThanOrEqual(0);
      expect(decision.score).toBeLessThanOrEqual(1);
      expect(Object.keys(decision.components)).toContain('equivalence');
      expect(Object.keys(decision.components)).toContain('synonymOverlap');
    });
  });
});

describe('align', () => {
  describe('characterDice', () => {
    it('is string-similarity’s compareTwoStrings, computed from bigrams counted once per sentence', async () => {
      const { default: stringSimilarity } = await import('string-similarity');
      const { normaliseForMatching } = await import('../../src/text/normalise.js');
      const pairs: Array<[string, string]> = [
        ['The military and political situation in Europe continues to deteriorate.', 'The military-political situation in Europe continues to degrade.'],
        ['Same text.', 'Same text.'],
        ['A', 'B'],
        ['Он сказал это вчера.', 'Он говорил это вчера.'],
        ['“We expect a clear answer,” she said.', '"We expect a clear answer," she said.'],
      ];
      for (const [left, right] of pairs) {
        const verdict = judgePair(readSide(left), readSide(right));
        expect(verdict.features.characterDice).toBeCloseTo(stringSimilarity.compareTwoStrings(normaliseForMatching(left), normaliseForMatching(right)), 12);
      }
    });
  });
});
