import { describe, expect, it } from 'vitest';
import { attributionSpans } from '../../src/align/attribution.js';

/** The reporting clauses of a sentence, as text. */
function clauses(text: string): string[] {
  return attributionSpans(text).map((span) => text.slice(span.start, span.end));
}

describe('align/attribution', () => {
  describe('attributionSpans', () => {
    it('finds a clause that opens the sentence', () => {
      expect(clauses('The Defense Ministry recalled that a meeting took place in Brussels.')).toEqual(['The Defense Ministry recalled that']);
      expect(clauses('Earlier on February 4, Lavrov said talks would resume.')).toEqual(['Earlier on February 4, Lavrov said']);
      expect(clauses('Earlier, Lavrov told reporters the talks would resume.')).toEqual(['Earlier, Lavrov told']);
      expect(clauses('According to the ministry, the site was restored.')).toEqual(['According to']);
    });

    it('finds a clause that closes the sentence after a comma, leaving what was said before it', () => {
      // Regression: the words before the comma were taken for a long opening clause.
      expect(clauses('The law comes into force on Dec. 1, officials in Moscow said on Friday.')).toEqual(['officials in Moscow said on Friday.']);
      expect(clauses('The word appeared reversed in the page title, the statement said.')).toEqual(['the statement said']);
      expect(clauses('The word was shown reversed in the page title, according to the statement.')).toEqual(['according to the statement.']);
      expect(clauses('The talks were frank, Lavrov told reporters on Friday.')).toEqual(['Lavrov told reporters on Friday.']);
      expect(clauses('No personal data was stolen, officials said.')).toEqual(['officials said']);
    });

    it('finds the clause after a quotation', () => {
      expect(clauses('"We will insist on it," she said.')).toEqual(['she said.']);
    });

    it('takes an apostrophe inside a word for no closing quotation mark', () => {
      // Regression: "Norvik's" was read as a quotation closed before "s", and all after it as the clause.
      expect(
        clauses("Workers at Norvik's Valladolid factory walked off the line after the carmaker confirmed it would close the plant, putting 2,300 jobs at risk."),
      ).toEqual([]);
      expect(clauses('Workers at Norvik’s factory walked out, the union said.')).toEqual(['the union said']);
    });

    it('starts a clause whose verb follows another predicate at its "and"', () => {
      // Regression: "called a strike for Feb. 12" was taken for part of the clause.
      expect(clauses('Unions called a strike for Feb. 12 and said they would fight the closure.')).toEqual(['and said']);
      expect(clauses('The ministry summoned the ambassador and said that the talks were over.')).toEqual(['and said that']);
      expect(clauses('Lavrov and Blinken said the talks would resume.')).toEqual(['Lavrov and Blinken said']);
    });

    it('takes a reporting verb in the passive for no clause', () => {
      // Regression: "reported missing" was read as a clause closing the sentence.
      expect(clauses('Rescuers pulled 19 bodies from the rubble in the village of Lari, where 20 people had been reported missing.')).toEqual([]);
      expect(clauses('Rescuers pulled 19 bodies from the rubble in the village of Lari, where 20 people are missing, police reported.')).toEqual([
        'police reported',
      ]);
    });

    it('finds a clause closing the sentence after a speaker with abbreviated ranks', () => {
      expect(clauses('About 1,200 people were working at the time, fire service spokesman Lt. Col. Tajul Islam said.')).toEqual([
        'fire service spokesman Lt. Col. Tajul Islam said',
      ]);
    });
  });
});
