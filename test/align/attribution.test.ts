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
  });
});
