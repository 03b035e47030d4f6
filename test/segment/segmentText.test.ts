import { describe, expect, it } from 'vitest';
import { segmentText } from '../../src/segment/index.js';
import { readBoundaryCases, sentencesOf } from './helpers.js';

const cases = readBoundaryCases('fixtures/segment/boundaries.txt');

describe('segment', () => {
  describe('segmentText', () => {
    it('reads the boundary fixture', () => {
      expect(cases.length).toBeGreaterThan(30);
    });

    it.each(cases.map((c) => [c.name, c] as const))('splits: %s', (_name, c) => {
      expect(sentencesOf(c.input)).toEqual(c.sentences);
    });

    it.each([
      'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Col.', 'Gen.', 'Lt.', 'Sgt.', 'Capt.', 'Maj.',
      'Adm.', 'Gov.', 'Sen.', 'Rep.', 'Rev.', 'St.',
    ])('does not split after the title %s', (title) => {
      expect(sentencesOf(`We met ${title} Smith at noon. He left.`)).toEqual([
        `We met ${title} Smith at noon.`,
        'He left.',
      ]);
    });

    it.each(['Brig.', 'Cpl.', 'Pvt.', 'Cdr.', 'Det.', 'Insp.', 'Supt.', 'Dep.', 'Asst.', 'Mme.', 'Sens.', 'Reps.', 'Fr.', 'Atty.', 'Ald.', 'Cllr.'])(
      'does not split after the rank or title %s',
      (title) => {
        expect(sentencesOf(`He served under ${title} Smith for years. He left.`)).toEqual([
          `He served under ${title} Smith for years.`,
          'He left.',
        ]);
      },
    );

    it('reads a capitalised Sec. as a title before a name and as a section before a number', () => {
      expect(sentencesOf('Sec. Antony Blinken arrived in Riyadh on Monday. Defense Sec. Lloyd Austin stayed home.')).toEqual([
        'Sec. Antony Blinken arrived in Riyadh on Monday.',
        'Defense Sec. Lloyd Austin stayed home.',
      ]);
      expect(sentencesOf('The case turns on Sec. 230 of the act. It shields platforms.')).toEqual([
        'The case turns on Sec. 230 of the act.',
        'It shields platforms.',
      ]);
      expect(sentencesOf('Lawyers cited the sec. Nobody objected.')).toEqual(['Lawyers cited the sec.', 'Nobody objected.']);
    });

    it('joins the Rt. of a style to the title after it', () => {
      expect(sentencesOf('The motion was tabled by the Rt. Hon. Keir Starmer. It passed.')).toEqual([
        'The motion was tabled by the Rt. Hon. Keir Starmer.',
        'It passed.',
      ]);
    });

    it.each(['Ft.', 'Ave.', 'Blvd.', 'Dept.', 'Govt.'])('joins %s to a name and ends a sentence before a sentence starter', (word) => {
      expect(sentencesOf(`Troops left the ${word} Bragg base on Monday. They flew to the ${word} The base closed.`)).toEqual([
        `Troops left the ${word} Bragg base on Monday.`,
        `They flew to the ${word}`,
        'The base closed.',
      ]);
    });

    it.each(['Jr.', 'Sr.'])('does not split after %s before a lower-case word', (suffix) => {
      expect(sentencesOf(`John Smith ${suffix} said so. He left.`)).toEqual([
        `John Smith ${suffix} said so.`,
        'He left.',
      ]);
    });

    it.each(['Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sept.', 'Sep.', 'Oct.', 'Nov.', 'Dec.'])(
      'does not split after the month %s before a day',
      (month) => {
        expect(sentencesOf(`It happened on ${month} 12 in Brussels. Nothing followed.`)).toEqual([
          `It happened on ${month} 12 in Brussels.`,
          'Nothing followed.',
        ]);
      },
    );

    it.each(['The', 'It', 'He', 'She', 'They', 'We', 'This', 'In', 'But', 'A'])(
      'splits after U.S. before the sentence starter %s',
      (starter) => {
        expect(sentencesOf(`They met in the U.S. ${starter} talks went on.`)).toEqual([
          'They met in the U.S.',
          `${starter} talks went on.`,
        ]);
      },
    );

    it.each([
      ['The company was founded in the U.S. Officials said it employs 3,000 people.', 'The company was founded in the U.S.'],
      ['The first shipment arrived in the U.K. Two more are expected.', 'The first shipment arrived in the U.K.'],
      ['The blast hit a market in the U.S. No one was hurt.', 'The blast hit a market in the U.S.'],
      ['The protest drew thousands to Washington, D.C. Police said it was peaceful.', 'The protest drew thousands to Washington, D.C.'],
      ['The contract went to Harland Ltd. Shares rose 4%.', 'The contract went to Harland Ltd.'],
    ])('ends a sentence at an abbreviation before a common subject and a word in lower case: %s', (text, first) => {
      expect(sentencesOf(text)).toEqual([first, text.slice(first.length + 1)]);
    });

    it.each([
      'Biden Says U.S. Troops Will Stay in Iraq',
      'The talks were led by the U.S. No. 2 diplomat, Wendy Sherman.',
      'Yields on U.S. Two-year notes rose.',
      'He met the D.C. Police Department chief on Monday.',
      'Troops from the U.S. Army arrived on Monday.',
    ])('keeps a headline in title case, a number or a name after an abbreviation in its sentence: %s', (text) => {
      expect(sentencesOf(text)).toEqual([text]);
    });

    it('keeps a name that goes on after U.S. in its sentence', () => {
      expect(sentencesOf('The bill was approved by the U.S. House of Representatives. The U.S. Supreme Court ruled 6-3.')).toEqual([
        'The bill was approved by the U.S. House of Representatives.',
        'The U.S. Supreme Court ruled 6-3.',
      ]);
    });

    it('ends a sentence at the outlet RT., and keeps the title Rt. with the name after it', () => {
      expect(sentencesOf('"NATO is not interested in dialogue," Zakharova told RT. The diplomat added that Moscow would respond.')).toEqual([
        '"NATO is not interested in dialogue," Zakharova told RT.',
        'The diplomat added that Moscow would respond.',
      ]);
      expect(sentencesOf('He spoke to RT. Peskov later confirmed it.')).toEqual(['He spoke to RT.', 'Peskov later confirmed it.']);
      expect(sentencesOf('The Rt. Hon. Keir Starmer spoke first. Others followed.')).toEqual(['The Rt. Hon. Keir Starmer spoke first.', 'Others followed.']);
    });

    it('completes a time with a place in dotted capitals before "time"', () => {
      expect(sentencesOf('The ceremony starts at 8 p.m. U.K. time on Saturday. Officials met at 9 a.m. U.S. time. The talks lasted four hours.')).toEqual([
        'The ceremony starts at 8 p.m. U.K. time on Saturday.',
        'Officials met at 9 a.m. U.S. time.',
        'The talks lasted four hours.',
      ]);
    });

    it('keeps a word said again after an ellipsis in its sentence, as a hesitation', () => {
      expect(sentencesOf('"I … I don\'t know what to say," she said. Then she wept.')).toEqual([
        '"I … I don\'t know what to say," she said.',
        'Then she wept.',
      ]);
      expect(sentencesOf('"We... We have nothing left," the farmer said.')).toEqual(['"We... We have nothing left," the farmer said.']);
      expect(sentencesOf('He waited... He left.')).toEqual(['He waited...', 'He left.']);
    });

    it('ends a sentence at X. after a word in lower case, and keeps X. as a middle initial', () => {
      expect(sentencesOf('"Thank you!!" he wrote on X. Ukraine\'s foreign minister replied within minutes.')).toEqual([
        '"Thank you!!" he wrote on X.',
        'Ukraine\'s foreign minister replied within minutes.',
      ]);
      expect(sentencesOf('The case was heard by Judge John X. Smith. He dismissed it.')).toEqual([
        'The case was heard by Judge John X. Smith.',
        'He dismissed it.',
      ]);
    });

    it('treats a line break inside a block as a space', () => {
      expect(sentencesOf('The talks\nwent on. They\r\nended.')).toEqual(['The talks\nwent on.', 'They\r\nended.']);
    });

    it('starts a new item at a line break followed by a bullet', () => {
      expect(sentencesOf('Demands:\n- no expansion\n• no missiles\n* fewer drills')).toEqual([
        'Demands:',
        '- no expansion',
        '• no missiles',
        '* fewer drills',
      ]);
    });

    it('starts a new item at a line break followed by a number', () => {
      expect(sentencesOf('Steps:\n1. Stop expansion\n2) Withdraw forces\n(3) Talk')).toEqual([
        'Steps:',
        '1. Stop expansion',
        '2) Withdraw forces',
        '(3) Talk',
      ]);
    });

    it('starts a new item at a line break followed by a letter and a bracket, not by an initial', () => {
      expect(sentencesOf('Demands:\na) no expansion\n(b) no missiles, said President\nA. Lukashenko.')).toEqual([
        'Demands:',
        'a) no expansion',
        '(b) no missiles, said President\nA. Lukashenko.',
      ]);
    });

    it('does not start an item at a line break before a hyphenated word or a year', () => {
      expect(sentencesOf('a well\n-known case in\n2022. It ended.')).toEqual(['a well\n-known case in\n2022.', 'It ended.']);
    });

    it('splits and trims across no-break and other Unicode spaces', () => {
      const text = '\u00a0He left.\u202fThen\u2009he came.\u3000\u0085Done.\u2028';
      expect(sentencesOf(text)).toEqual(['He left.', 'Then\u2009he came.', 'Done.']);
    });

    it('returns spans with offsets into the whole text when given a range', () => {
      const text = 'Skip this. He left. He came. Skip that.';
      const start = text.indexOf('He left');
      const end = text.indexOf(' Skip that');
      expect(segmentText(text, start, end)).toEqual([
        { start, end: start + 'He left.'.length },
        { start: text.indexOf('He came'), end },
      ]);
    });

    it('cuts no sentence across the edges of the range', () => {
      const text = 'He said "we left. Then we came" and went.';
      expect(sentencesOf(text, 0, text.indexOf(' Then'))).toEqual(['He said "we left.']);
    });

    it('returns nothing for an empty or white-space range', () => {
      expect(segmentText('')).toEqual([]);
      expect(segmentText(' \n\u00a0 ')).toEqual([]);
      expect(segmentText('abc', 2, 1)).toEqual([]);
    });

    it('clamps a range outside the text', () => {
      expect(sentencesOf('He left.', -5, 99)).toEqual(['He left.']);
    });

    it('keeps stray punctuation with its neighbour', () => {
      expect(sentencesOf('He left. — Then he came.')).toEqual(['He left. — Then he came.']);
      expect(sentencesOf('He left. ”')).toEqual(['He left. ”']);
    });
  });
});
