import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffWording } from '../../src/diff/index.js';
import { normaliseForMatching, visibleText } from '../../src/text/normalise.js';
import type { DiffRun } from '../../src/types.js';

/** Compact notation for assertions: `equal[-removed-]{+added+}`. */
function notation(runs: DiffRun[]): string {
  return runs.map((run) => (run.op === 'equal' ? run.text : run.op === 'removed' ? `[-${run.text}-]` : `{+${run.text}+}`)).join('');
}

describe('diff', () => {
  describe('diffWording', () => {
    it('shows translation variants as whole-word changes', () => {
      expect(
        notation(
          diffWording(
            'The military and political situation in Europe continues to deteriorate.',
            'The military-political situation in Europe continues to degrade.',
          ),
        ),
      ).toBe('The military[- and -]{+-+}political situation in Europe continues to [-deteriorate-]{+degrade+}.');
    });

    it('keeps "a.m." and initials whole in a change, with the shared final stop equal', () => {
      expect(
        notation(
          diffWording(
            'A draft resolution could be put to a vote as early as Friday at 10 a.m. local time (15:00 GMT).',
            'A draft resolution could be voted on as early as Friday, diplomats said.',
          ),
        ),
      ).toBe('A draft resolution could be [-put to a vote-]{+voted on+} as early as Friday[- at 10 a.m. local time (15:00 GMT)-]{+, diplomats said+}.');
      expect(notation(diffWording('He met J.R.R. Tolkien.', 'He met the author.'))).toBe('He met [-J.R.R. Tolkien-]{+the author+}.');
      expect(notation(diffWording('He met the author.', 'He met J.R.R. Tolkien.'))).toBe('He met [-the author-]{+J.R.R. Tolkien+}.');
    });

    it('keeps an abbreviation\'s stop with its word, never paired with the sentence\'s final stop, either way round', () => {
      // Regression: "{+began on Oct+}. {+1.+}", the abbreviation's stop taken for the final one.
      const cases: Array<[string, string, string, string]> = [
        [
          'It was the fourth stopgap measure since the start of the fiscal year.',
          'It was the fourth stopgap measure since the fiscal year began on Oct. 1.',
          'It was the fourth stopgap measure since the [-start of the -]fiscal year {+began on Oct. 1+}.',
          'It was the fourth stopgap measure since the {+start of the +}fiscal year[- began on Oct. 1-].',
        ],
        [
          'The ceasefire took effect on Jan. 5.',
          'The ceasefire took effect last week.',
          'The ceasefire took effect [-on Jan. 5-]{+last week+}.',
          'The ceasefire took effect [-last week-]{+on Jan. 5+}.',
        ],
        [
          'Britain would keep its frigate in the region.',
          'Britain will keep its frigate in the region, No. 10 Downing St. said.',
          'Britain [-would-]{+will+} keep its frigate in the region{+, No. 10 Downing St. said+}.',
          'Britain [-will-]{+would+} keep its frigate in the region[-, No. 10 Downing St. said-].',
        ],
        [
          'The vote was set for Jan. 5 in Geneva.',
          'The vote was set in Geneva.',
          'The vote was set [-for Jan. 5 -]in Geneva.',
          'The vote was set {+for Jan. 5 +}in Geneva.',
        ],
      ];
      for (const [reference, member, forwards, backwards] of cases) {
        expect(notation(diffWording(reference, member))).toBe(forwards);
        expect(notation(diffWording(member, reference))).toBe(backwards);
      }
    });

    it('shows an abbreviation against the word in full as one changed word, and a dropped stop as the stop', () => {
      expect(notation(diffWording('The talks began on Oct. 1.', 'The talks began on October 1.'))).toBe('The talks began on [-Oct.-]{+October+} 1.');
      expect(notation(diffWording('The talks began on October 1.', 'The talks began on Oct. 1.'))).toBe('The talks began on [-October-]{+Oct.+} 1.');
      expect(notation(diffWording('The vote is on Jan. 5 in Geneva.', 'The vote is on Jan 5 in Geneva.'))).toBe('The vote is on Jan[-.-] 5 in Geneva.');
      expect(notation(diffWording('He met George W Bush.', 'He met George W. Bush.'))).toBe('He met George W{+.+} Bush.');
    });

    // Regression: a word with one stop that ends the sentence was read as an abbreviation ("no." as "No. 5").
    it('reads a final word with one stop as the end of the sentence, not an abbreviation', () => {
      expect(notation(diffWording('The answer was no.', 'The answer was no, officials said.'))).toBe('The answer was no{+, officials said+}.');
      expect(notation(diffWording('They chose Plan B.', 'They chose plan B, officials said.'))).toBe('They chose plan B{+, officials said+}.');
    });

    // Regression: emphasis marks beside a change were shown as removed wording ("[-** -]").
    it('keeps emphasis marks beside a change out of the removed wording', () => {
      expect(notation(diffWording('Farmers blocked **three crossings** on Monday.', 'Farmers blocked three crossings early on Monday.'))).toBe(
        'Farmers blocked three crossings {+early +}on Monday.',
      );
    });

    it('shares the final stop of an abbreviation that ends the sentence', () => {
      expect(notation(diffWording('Troops are based in the U.S.', 'Troops are based in the United States.'))).toBe(
        'Troops are based in the [-U.S-]{+United States+}.',
      );
      expect(notation(diffWording('He was born.', 'He was born in the U.S.'))).toBe('He was born {+in the U.S+}.');
      expect(notation(diffWording('He was born in the U.S.', 'He was born.'))).toBe('He was born[- in the U.S-].');
    });

    // Regression: a copy made from Markdown showed its emphasis marks as removed wording.
    it('treats Markdown emphasis marks as equal, and keeps them in the member\'s text', () => {
      const marked = 'Farmers worked **through the night** to contain the *blaze*.';
      expect(diffWording('Farmers worked through the night to contain the blaze.', marked)).toEqual([{ op: 'equal', text: marked }]);
      expect(notation(diffWording(marked, 'Farmers worked through the night to contain the fire.'))).toBe(
        'Farmers worked through the night to contain the [-*blaze*-]{+fire+}.',
      );
    });

    it('treats typography, case and spacing as equal', () => {
      const runs = diffWording('Russia’s “proposals” – in\u00a0full', "russia's \"Proposals\" -  in full");
      expect(runs).toEqual([{ op: 'equal', text: "russia's \"Proposals\" -  in full" }]);
    });

    it('treats the dashes of wire copy and TeX (--, ---) as the dash they stand for', () => {
      // Regression: an em dash against "--" was an added "-", a cosmetic change that failed --fail-on-diff.
      const member = "The NATO's \"eastern flank\" strategy for 2014-2022 -- as the ministry put it -- was a failure.";
      expect(diffWording('The NATO’s “eastern flank” strategy for 2014–2022 — as the ministry put it — was a failure.', member)).toEqual([
        { op: 'equal', text: member },
      ]);
      expect(diffWording('Talks resumed — in Geneva.', 'Talks resumed --- in Geneva.')).toEqual([{ op: 'equal', text: 'Talks resumed --- in Geneva.' }]);
      expect(diffWording('the 1997--2022 period', 'the 1997–2022 period')).toEqual([{ op: 'equal', text: 'the 1997–2022 period' }]);
      expect(notation(diffWording('Talks resumed -- in Geneva.', 'Talks resumed, in Geneva.'))).toBe('Talks resumed[- ---]{+,+} in Geneva.');
    });

    it('ignores case, with removed runs in the reference’s case and the rest in the member’s, also for İ (longer in lower case)', () => {
      for (const [reference, member] of [
        ['NATO Rejected the OFFER in Brussels.', 'Nato rejected the offer in Vienna.'],
        ['İSTANBUL Talks Ended in Brussels.', 'İstanbul talks ended in Vienna.'],
        // "Ⱥ" keeps its length in lower case but leaves jsdiff's word class.
        ['ȺBC Talks Ended in Brussels.', 'Ⱥbc talks ended in Vienna.'],
      ]) {
        const runs = diffWording(reference, member);
        expect(runs.map((run) => run.op)).toEqual(['equal', 'removed', 'added', 'equal']);
        expect(runs.find((run) => run.op === 'removed')?.text).toBe('Brussels');
        expect(runs.filter((run) => run.op !== 'added').map((run) => run.text).join('').toLowerCase()).toBe(reference.toLowerCase());
        expect(runs.filter((run) => run.op !== 'removed').map((run) => run.text).join('')).toBe(member);
      }
    });

    it('keeps the member’s own text in equal runs and the reference’s in removed runs', () => {
      const runs = diffWording('On the part of the alliance, Russian initiatives were ignored.', 'But on the part of NATO, our initiatives were ignored.');
      expect(notation(runs)).toBe('{+But +}on the part of [-the alliance-]{+NATO+}, [-Russian-]{+our+} initiatives were ignored.');
      expect(runs.filter((run) => run.op !== 'removed').map((run) => run.text).join('')).toBe(
        'But on the part of NATO, our initiatives were ignored.',
      );
    });

    it('diffs Cyrillic as whole words, not letters', () => {
      expect(notation(diffWording('Он сказал это вчера.', 'Он говорил это вчера.'))).toBe('Он [-сказал-]{+говорил+} это вчера.');
    });

    it('keeps a number with a point or comma inside whole in a change', () => {
      // Regression: "magnitude 5.[-2-]{+4+}", the number cut at its point.
      expect(notation(diffWording('the strongest of magnitude 5.2.', 'the strongest of magnitude 5.4.'))).toBe('the strongest of magnitude [-5.2-]{+5.4+}.');
      expect(notation(diffWording('about 1,200 people were working', 'about 1,500 people were working'))).toBe(
        'about [-1,200-]{+1,500+} people were working',
      );
      expect(notation(diffWording('Inflation rose 2.5% in March.', 'Inflation rose 2.7% in March.'))).toBe('Inflation rose [-2.5-]{+2.7+}% in March.');
      expect(notation(diffWording('Exports reached 14,000 tonnes.', 'Exports reached 14,000.5 tonnes.'))).toBe('Exports reached [-14,000-]{+14,000.5+} tonnes.');
      // A stop or comma after the last digit is no part of the number.
      expect(notation(diffWording('It fell 5.2, then rose.', 'It fell 5.4, then rose.'))).toBe('It fell [-5.2-]{+5.4+}, then rose.');
      expect(notation(diffWording('Шойгу назвал цифру 5,2 тысячи.', 'Шойгу назвал цифру 5,4 тысячи.'))).toBe('Шойгу назвал цифру [-5,2-]{+5,4+} тысячи.');
    });

    it('is one equal run for identical text and empty for two empty strings', () => {
      expect(diffWording('Same words.', 'Same words.')).toEqual([{ op: 'equal', text: 'Same words.' }]);
      expect(diffWording('', '')).toEqual([]);
    });

    it('rebuilds the member from equal and added runs, for any pair of texts', () => {
      const word = fc.constantFrom('the', 'NATO', 'Russia’s', 'talks', '“quote”', 'de-escalation', 'мир', '14,000', ',', '.');
      const sentence = fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => words.join(' '));
      fc.assert(
        fc.property(sentence, sentence, (reference, member) => {
          const runs = diffWording(reference, member);
          expect(runs.filter((run) => run.op !== 'removed').map((run) => run.text).join('')).toBe(member);
          for (let k = 1; k < runs.length; k += 1) expect(runs[k].op === runs[k - 1].op).toBe(false);
        }),
      );
    });

    it('rebuilds the member exactly and the reference up to typography, case and white space, both ways round, from verbatim removed runs', () => {
      // Equal runs carry the member's text, so read back with removed runs they give the reference's
      // words in the member's typography, case and spacing; every removed run is the reference's own text.
      const word = fc.constantFrom(
        'the', 'talks', 'began', 'on', 'in', 'NATO', 'Russia’s', '“frank”', 'de-escalation', 'мир', '14,000', '1', 'five',
        'Oct.', 'October', 'Jan.', 'U.S.', 'US', 'United', 'States', 'a.m.', 'No.', '10', 'St.', 'Gov.', 'J.R.R.', 'said', '(15:00', 'GMT)', '—',
      );
      const piece = fc.tuple(word, fc.constantFrom('', '', '', ',', ';')).map(([text, mark]) => text + mark);
      const sentence = fc
        .tuple(fc.array(piece, { minLength: 1, maxLength: 12 }), fc.constantFrom('.', '', '?', '."'))
        .map(([pieces, end]) => pieces.join(' ') + end);
      const squeezed = (text: string) => normaliseForMatching(text).replace(/ /g, '');
      fc.assert(
        fc.property(sentence, sentence, (first, second) => {
          for (const [reference, member] of [
            [first, second],
            [second, first],
          ]) {
            const runs = diffWording(reference, member);
            expect(runs.filter((run) => run.op !== 'removed').map((run) => run.text).join('')).toBe(member);
            expect(squeezed(runs.filter((run) => run.op !== 'added').map((run) => run.text).join(''))).toBe(squeezed(reference));
            let at = 0;
            for (const run of runs.filter((each) => each.op === 'removed')) {
              const found = reference.indexOf(run.text, at);
              expect(found, run.text).toBeGreaterThanOrEqual(0);
              at = found + run.text.length;
            }
          }
        }),
        { seed: 20260101, numRuns: 300 },
      );
    });
  });
});

describe('diff', () => {
  describe('diffWording spacing', () => {
    it('leaves the space between words outside an addition, so the reference reads back whole', () => {
      const reference = 'at the meeting of the NATO-Russia Council on Wednesday.';
      const member = 'at the meeting of the Russia-NATO Council held on January 12.';
      const runs = diffWording(reference, member);
      const referenceBack = runs.filter((run) => run.op !== 'added').map((run) => run.text).join('');
      expect(referenceBack.replace(/\s+/g, ' ')).toBe(reference);
      expect(runs.filter((run) => run.op !== 'removed').map((run) => run.text).join('')).toBe(member);
      expect(notation(runs)).toBe('at the meeting of the [-NATO--]Russia{+-NATO+} Council {+held +}on [-Wednesday-]{+January 12+}.');
    });

    it('marks an added comma without swallowing the space after it', () => {
      expect(notation(diffWording('weapons that threaten us near our borders', 'weapons that threaten us, near our borders'))).toBe(
        'weapons that threaten us{+,+} near our borders',
      );
    });
  });
});

describe('diff', () => {
  describe('diffWording, word segments', () => {
    // Regression: "officials \u0301 from" showed "Tu{+esday t+}o discuss the ce{+asefire p+}lan": the
    // mark, kept with the space before it, was counted in two tokens.
    it('keeps every run in place after a combining mark on a space, both ways round', () => {
      const reference = 'The envoy met officials from Hamas and Egypt on Wednesday to discuss the truce plan, the spokesman said.';
      const member = 'The envoy met officials \u0301 from Hamas and Egypt on Tuesday to discuss the ceasefire plan, a spokesman said.';
      const squeezed = (text: string) => normaliseForMatching(text).replace(/ /g, '');
      for (const [first, second] of [
        [reference, member],
        [member, reference],
      ]) {
        const runs = diffWording(first, second);
        expect(runs.filter((run) => run.op !== 'removed').map((run) => run.text).join('')).toBe(second);
        expect(squeezed(runs.filter((run) => run.op !== 'added').map((run) => run.text).join(''))).toBe(squeezed(first));
        // The changed words, whole: a slip would cut them ("esday t").
        expect(runs.filter((run) => run.op !== 'equal' && /\p{L}/u.test(run.text)).map((run) => run.text.trim())).toEqual(
          first === reference ? ['Wednesday', 'Tuesday', 'truce', 'ceasefire', 'the', 'a'] : ['Tuesday', 'Wednesday', 'ceasefire', 'truce', 'a', 'the'],
        );
      }
    });

    // Regression: in text the word segmenter reads (Cyrillic here), a character that extends a space
    // (an emoji modifier, a halfwidth sound mark) was counted in two tokens, and every later run slipped.
    it('keeps every run in place when a space carries a character the word segmenter joins to it', () => {
      for (const extension of ['\u{1F3FB}', '\uFF9E']) {
        const member = `Посол ${extension} встретился с чиновниками во вторник.`;
        const runs = diffWording('Посол встретился с чиновниками в среду.', member);
        expect(runs.filter((run) => run.op !== 'removed').map((run) => run.text).join('')).toBe(member);
        expect(notation(runs)).toBe(`Посол {+${extension} +}встретился с чиновниками [-в среду-]{+во вторник+}.`);
      }
    });
  });
});

describe('diff', () => {
  describe('diffWording, characters that show nothing', () => {
    const memberOf = (runs: DiffRun[]) => runs.filter((run) => run.op !== 'removed').map((run) => run.text).join('');
    const referenceOf = (runs: DiffRun[]) => runs.filter((run) => run.op !== 'added').map((run) => run.text).join('');
    const squeezed = (text: string) => normaliseForMatching(text).replace(/ /g, '');

    it('reads a word with soft hyphens as the word, and the run carries the member\'s own text', () => {
      const member = 'The city coun\u00ADcil delayed its vote on the con\u00ADtro\u00ADver\u00ADsial plan.';
      expect(diffWording('The city council delayed its vote on the controversial plan.', member)).toEqual([{ op: 'equal', text: member }]);
      expect(notation(diffWording('The city council delayed its vote on Tuesday.', 'The city coun\u00ADcil de\u00ADlayed its vote on Wednesday.'))).toBe(
        'The city coun\u00ADcil de\u00ADlayed its vote on [-Tuesday-]{+Wednesday+}.',
      );
    });

    it('keeps bidi controls and zero-width characters with the word they are in or open, never as a run of their own', () => {
      expect(diffWording('officials from Hamas and Egypt', 'officials from \u202BHamas\u202C and\u200B Egypt')).toEqual([
        { op: 'equal', text: 'officials from \u202BHamas\u202C and\u200B Egypt' },
      ]);
      expect(notation(diffWording('The envoy met officials from Egypt.', 'The envoy met \u2067Hamas\u2069 from Egypt.'))).toBe(
        'The envoy met [-officials-]{+\u2067Hamas\u2069+} from Egypt.',
      );
      expect(notation(diffWording('The envoy met \u2067Hamas\u2069 from Egypt.', 'The envoy met officials from Egypt.'))).toBe(
        'The envoy met [-\u2067Hamas\u2069-]{+officials+} from Egypt.',
      );
    });

    it('compares composed and decomposed letters (NFC, NFD) as one', () => {
      const decomposed = 'Prime Minister E\u0301lisabeth Borne told parliament.';
      expect(notation(diffWording('Prime Minister Élisabeth Borne told lawmakers.', decomposed))).toBe(
        'Prime Minister E\u0301lisabeth Borne told [-lawmakers-]{+parliament+}.',
      );
      expect(notation(diffWording(decomposed, 'Prime Minister Élisabeth Borne told lawmakers.'))).toBe(
        'Prime Minister Élisabeth Borne told [-parliament-]{+lawmakers+}.',
      );
    });

    // Regression: "officials \u0301 from" showed "Tu{+esday t+}o discuss the ce{+asefire p+}lan": the word
    // segmenter kept the mark with the space before it, and jsdiff counted it in two tokens.
    it('keeps every run in place after a combining mark on a space', () => {
      const reference = 'The envoy met officials from Hamas and Egypt on Wednesday to discuss the truce plan, the spokesman said.';
      const member = 'The envoy met officials \u0301 from Hamas and Egypt on Tuesday to discuss the ceasefire plan, a spokesman said.';
      for (const [first, second] of [
        [reference, member],
        [member, reference],
      ]) {
        const runs = diffWording(first, second);
        expect(memberOf(runs)).toBe(second);
        expect(squeezed(referenceOf(runs))).toBe(squeezed(first));
      }
      expect(notation(diffWording(reference, member))).toBe(
        'The envoy met officials \u0301 from Hamas and Egypt on [-Wednesday-]{+Tuesday+} to discuss the [-truce-]{+ceasefire+} plan, [-the-]{+a+} spokesman said.',
      );
    });

    it('yields the runs of the visible texts, whatever invisible characters or letter forms the member adds (property)', () => {
      const word = fc.constantFrom('the', 'council', 'Élisabeth', 'réforme', 'Hamas', 'talks', '“quote”', 'de-escalation', 'мир', 'Zoë', '14,000', ',', '.');
      const sentence = fc.array(word, { minLength: 1, maxLength: 10 }).map((words) => words.join(' '));
      const invisible = fc.constantFrom('\u00AD', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2060', '\u202A', '\u202B', '\u202C', '\u2066', '\u2067', '\u2069', '\uFE0F', '\u001b[31m', '\u0007');
      // The member with invisible characters put between any two of its characters, maybe decomposed.
      const noisy = (text: string) =>
        fc
          .tuple(fc.array(fc.tuple(fc.nat({ max: text.length }), invisible), { maxLength: 6 }), fc.boolean())
          .map(([insertions, decompose]) => {
            let out = decompose ? text.normalize('NFD') : text;
            for (const [at, character] of insertions.sort((a, b) => b[0] - a[0])) out = out.slice(0, Math.min(at, out.length)) + character + out.slice(Math.min(at, out.length));
            return out;
          });
      const pair = fc.tuple(sentence, sentence).chain(([reference, member]) => fc.tuple(fc.constant(reference), fc.constant(member), noisy(member)));
      const seen = (runs: DiffRun[]) => runs.map((run) => ({ op: run.op, text: visibleText(run.text).text }));
      fc.assert(
        fc.property(pair, ([reference, member, noisyMember]) => {
          // Both ways round: the noisy text as the member, and as the reference.
          for (const [first, second, cleanFirst, cleanSecond] of [
            [reference, noisyMember, reference, member],
            [noisyMember, reference, member, reference],
          ]) {
            const runs = diffWording(first, second);
            expect(memberOf(runs)).toBe(second);
            expect(squeezed(referenceOf(runs))).toBe(squeezed(first));
            for (const run of runs) if (run.op !== 'equal') expect(visibleText(run.text).text.trim(), JSON.stringify(run)).not.toBe('');
            expect(seen(runs)).toEqual(seen(diffWording(cleanFirst, cleanSecond)));
          }
        }),
        { seed: 20260103, numRuns: 400 },
      );
    });
  });
});
