import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/segment/index.js';
import type { Article } from '../../src/types.js';
import { articleFromLines } from './helpers.js';

/** Splits a seed file, one block per non-empty line (as the brief's loader stand-in). */
function seed(file: string): Article {
  return splitSentences(articleFromLines(file, readFileSync(`corpus/${file}.txt`, 'utf8')));
}

/** The sentences of the paragraph (line) that starts with `opening`. */
function paragraph(article: Article, opening: string): string[] {
  const first = article.sentences.find((s) => s.text.startsWith(opening));
  if (!first) throw new Error(`no paragraph starts with ${opening}`);
  return article.sentences.filter((s) => s.paragraph === first.paragraph).map((s) => s.text);
}

const tassZakharova = seed('tass-zakharova-nato-2022-02-18');
const tassFomin = seed('tass-fomin-nato-russia-council-2022-01-12');
const rg = seed('rg-fomin-nato-russia-council');
const sputnik = seed('sputnik-zakharova-nato-2022-02-18');
const reprint = seed('reprint-foreign-ministry-source-non-expansion');

describe('segment', () => {
  describe('splitSentences on the seed corpus', () => {
    it('gives stable sentence counts per file', () => {
      expect(
        [tassZakharova, tassFomin, rg, sputnik, reprint].map((a) => [a.id, a.sentences.length]),
      ).toEqual([
        ['tass-zakharova-nato-2022-02-18', 16],
        ['tass-fomin-nato-russia-council-2022-01-12', 17],
        ['rg-fomin-nato-russia-council', 21],
        ['sputnik-zakharova-nato-2022-02-18', 30],
        ['reprint-foreign-ministry-source-non-expansion', 17],
      ]);
    });

    it('slices every sentence back out of the text', () => {
      for (const a of [tassZakharova, tassFomin, rg, sputnik, reprint]) {
        for (const s of a.sentences) {
          expect(a.text.slice(s.start, s.end).replace(/\s+/gu, ' ')).toBe(s.text);
        }
      }
    });

    it('TASS Zakharova: splits a quotation holding two sentences', () => {
      expect(paragraph(tassZakharova, '"The military and political')).toEqual([
        '"The military and political situation in Europe continues to deteriorate.',
        'Russia’s proposals on security guarantees are aimed at rectifying this situation, but we have not received a clear response to them from the alliance yet," she said.',
      ]);
      expect(paragraph(tassZakharova, '"We expect that')).toHaveLength(2);
      expect(paragraph(tassZakharova, '"We were blamed')).toHaveLength(3);
      expect(paragraph(tassZakharova, '"Judging by the fact')).toHaveLength(1);
    });

    it('TASS Zakharova: keeps a single-quoted phrase ending in a full stop inside its quotation', () => {
      expect(paragraph(tassZakharova, '"Once again, NATO')).toEqual([
        '"Once again, NATO is resorting to the tactic of ‘escalation for the sake of de-escalation’.',
        'Historical experience shows that once tensions are defused, the alliance never downsizes its military presence," she stressed.',
      ]);
    });

    it('TASS Zakharova: keeps the dateline with its agency tag, apart from the lede', () => {
      expect(paragraph(tassZakharova, 'date 2022-02-18')).toEqual([
        'date 2022-02-18 MOSCOW, February 18. /TASS/.',
        'Russia hopes for the continuation of negotiations on security assurances, Russian Foreign Ministry Spokeswoman Maria Zakharova said in a statement on Friday, following a meeting of the North Atlantic Council (NAC) at the level of Defense Ministers.',
      ]);
    });

    it('TASS Zakharova: does not split at "February 16-17" or inside the quoted subhead', () => {
      expect(paragraph(tassZakharova, 'The diplomat recalled')).toHaveLength(1);
      expect(paragraph(tassZakharova, '"Escalation for the sake')).toEqual(['"Escalation for the sake of de-escalation"']);
    });

    it('TASS Fomin: a quotation ends one sentence before a quoted one starts', () => {
      const text = readFileSync('corpus/tass-fomin-nato-russia-council-2022-01-12.txt', 'utf8');
      const loaded = articleFromLines('tass-fomin', text);
      // One block over the last two paragraphs, as a loader that kept them together would give.
      const start = text.indexOf('The statement says');
      loaded.blocks = [{ start, end: text.length, heading: false }];
      expect(splitSentences(loaded).sentences.map((s) => s.text)).toEqual([
        'The statement says that the Russian proposals were handed over and "are on the negotiation table."',
        '"The Russian side expects constructive discussion in order to reach the preparation of agreements on security guarantees for the Russian Federation as soon as possible," the Russian Defense Ministry said in the statement citing Fomin.',
      ]);
    });

    it('TASS Fomin: splits Firstly / Secondly / Thirdly and a two-sentence quotation', () => {
      expect(paragraph(tassFomin, 'Firstly')).toHaveLength(3);
      expect(paragraph(tassFomin, '"On the part of the alliance')).toHaveLength(2);
      expect(paragraph(tassFomin, '"At the meeting')).toHaveLength(1);
    });

    it('RG: splits a curly quotation of two sentences and the sentence after it', () => {
      expect(paragraph(rg, 'He stressed that')).toEqual([
        'He stressed that “Russian-NATO relations are at a critically low level.',
        'This is taking place against the background of global instability, terrorist threat, the deployment of another arms race, as well as the complete degradation of the security architecture in Europe.”',
        'Fomin also recalled that in the current legal documents regulating relations between Russia and NATO, there is “a commitment to interaction as partners, without creating threats to each other’s security.”',
      ]);
    });

    it('RG: does not split after the initials in "V.V. Putin"', () => {
      const sentences = paragraph(rg, 'The Deputy Minister of Defense of the Russian Federation said');
      expect(sentences).toHaveLength(1);
      expect(sentences[0]).toContain('the President of Russia V.V. Putin decided to send');
    });

    it('RG: splits the list of key issues into five sentences', () => {
      expect(paragraph(rg, 'Alexander Fomin listed')).toHaveLength(5);
      expect(paragraph(rg, 'It was indicated')).toHaveLength(3);
    });

    it('Sputnik: keeps "Secretary [Antony] Blinken" inside the second quoted sentence', () => {
      expect(paragraph(sputnik, '"Announcements like these')).toEqual([
        '"Announcements like these are further attempts to obscure through lies and disinformation that Russia is the aggressor in this conflict.',
        'This type of false flag operation is exactly what Secretary [Antony] Blinken highlighted in his remarks to the UN Security Council," a State Department spokesperson told Sputnik.',
      ]);
    });

    it('Sputnik: handles straight quotes, apostrophes, brackets and 14,000', () => {
      expect(paragraph(sputnik, 'Russian FM Accuses NATO')).toHaveLength(1);
      expect(paragraph(sputnik, '"It is also cynical')).toHaveLength(3);
      expect(paragraph(sputnik, 'The DPR and its sister republic')).toEqual([
        expect.stringContaining('the Lugansk People\'s Republic (LPR), are breakaway states'),
        'The eight-year war between them and Kiev has killed at least 14,000 people.',
      ]);
      expect(paragraph(sputnik, 'Moscow has denied')).toHaveLength(2);
      expect(paragraph(sputnik, 'Earlier this week')).toHaveLength(3);
    });

    it('Sputnik: collapses the no-break spaces around "/" in the photo credit', () => {
      expect(paragraph(sputnik, '© Sputnik')).toEqual([
        '© Sputnik / Press service of the Russian Foreign Ministry / Go to the mediabankRussian Foreign Ministry spokeswoman Maria Zakharova during a briefing in Moscow.',
      ]);
    });

    it('Reprint: splits a curly quotation of two sentences', () => {
      expect(paragraph(reprint, '“Our opponents')).toEqual([
        '“Our opponents have cornered themselves with shameful arguments that NATO expansion has no alternative.',
        'We will not back down from our demand and we will see with what shame they will eventually retreat from this position,” the agency interlocutor said.',
      ]);
    });
  });
});
