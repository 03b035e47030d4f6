/**
 * Direct quotations and their speakers, on the seed corpus (loaded and segmented by the
 * project's own stages), on a written fixture (fixtures/quotes/) and on small inline articles.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes, loadArticleText } from '../../src/load/index.js';
import { extractQuotes, isSubstantive, type ExtractedQuote } from '../../src/quotes/index.js';
import { splitSentences } from '../../src/segment/index.js';
import type { Article } from '../../src/types.js';
import { loadCorpusDetected, REPO_DIR } from '../load/helpers.js';
import { articleFromLines } from '../segment/helpers.js';

function corpusArticle(id: string): Article {
  return splitSentences(loadCorpusDetected(id));
}

function fixtureArticle(name: string): Article {
  const text = decodeBytes(readFileSync(join(REPO_DIR, 'fixtures', 'quotes', name)), name);
  return splitSentences(loadArticleText(text, { id: name, source: name }));
}

/** An article with one paragraph per non-empty line, none a heading. */
function inlineArticle(lines: string): Article {
  return splitSentences(articleFromLines('inline', lines));
}

function quoteStarting(quotes: readonly ExtractedQuote[], opening: string): ExtractedQuote {
  const quote = quotes.find((q) => q.text.startsWith(opening));
  if (!quote) throw new Error(`no quote starts with ${opening}: ${quotes.map((q) => q.text.slice(0, 40)).join(' | ')}`);
  return quote;
}

/** speaker / mention / citing of a quote, compactly. */
function who(quote: ExtractedQuote): [string | null, string | null, string | null] {
  return [quote.speaker, quote.speakerMention, quote.citing];
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** What every result must satisfy: parts true to the text, sentences ascending and in range. */
function invariantProblems(article: Article, quotes: readonly ExtractedQuote[]): string[] {
  const problems: string[] = [];
  for (const q of quotes) {
    // The parts, in order, joined by a space, or by the comma or full stop the attribution stood for.
    let rest = q.text;
    q.parts.forEach((p, i) => {
      const part = collapse(article.text.slice(p.start, p.end));
      const joint = i === 0 ? '' : ['. ', ', ', ' '].find((j) => rest.startsWith(j + part));
      if (joint === undefined || !rest.startsWith(joint + part)) problems.push(`parts do not spell ${JSON.stringify(q.text)}`);
      else rest = rest.slice(joint.length + part.length);
    });
    if (rest !== '') problems.push(`parts do not spell ${JSON.stringify(q.text)}`);
    q.parts.forEach((p, i) => {
      if (!(p.start < p.end && (i === 0 || q.parts[i - 1].end <= p.start))) problems.push(`bad part ${p.start}-${p.end}`);
    });
    const ascending = q.sentences.every((s, i) => i === 0 || q.sentences[i - 1] < s);
    const inRange = q.sentences.every((s) => Number.isInteger(s) && s >= 0 && s < article.sentences.length);
    if (q.sentences.length === 0 || !ascending || !inRange) problems.push(`bad sentences ${q.sentences.join(',')}`);
  }
  return problems;
}

describe('quotes', () => {
  describe('extractQuotes', () => {
    describe('TASS, Zakharova (tass-zakharova)', () => {
      const article = corpusArticle('tass-zakharova');
      const quotes = extractQuotes(article);

      it('finds the five quotations, multi-sentence ones whole', () => {
        expect(quotes.map((q) => q.sentences)).toEqual([[1, 2], [3, 4], [6, 7, 8], [11, 12], [13]]);
      });

      it('resolves "she said" to the spokeswoman named in the lede', () => {
        const quote = quoteStarting(quotes, 'The military and political situation in Europe continues to deteriorate');
        expect(quote.text).toMatch(/deteriorate\. Russia’s proposals .* from the alliance yet$/u);
        expect(who(quote)).toEqual(['Maria Zakharova', 'she', null]);
      });

      it('resolves a surname to the full name given earlier', () => {
        expect(who(quoteStarting(quotes, 'We expect that negotiations'))).toEqual(['Maria Zakharova', 'Zakharova', null]);
      });

      it('resolves "the diplomat" to the most recent person when no one was introduced as a diplomat', () => {
        expect(who(quoteStarting(quotes, 'Judging by the fact'))).toEqual(['Maria Zakharova', 'the diplomat', null]);
      });

      it('keeps single quotes nested in a quotation as part of it', () => {
        expect(quoteStarting(quotes, 'Once again, NATO').text).toContain('‘escalation for the sake of de-escalation’');
      });

      it('takes neither the quoted subhead nor scare quotes for quotations', () => {
        const heading = article.sentences.find((s) => s.text.includes('Escalation for the sake of de-escalation'));
        expect(heading?.heading).toBe(true);
        expect(quotes.some((q) => q.sentences.includes(heading?.index ?? -1))).toBe(false);
        const texts = quotes.map((q) => q.text);
        for (const term of ['punish', 'eastern flank', 'remains open.']) expect(texts).not.toContain(term);
      });
    });

    describe('Sputnik, Zakharova (sputnik-zakharova)', () => {
      const quotes = extractQuotes(corpusArticle('sputnik-zakharova'));

      it('resolves a trailing attribution that names and introduces the speaker', () => {
        expect(who(quoteStarting(quotes, 'The military-political situation in Europe continues to degrade'))).toEqual([
          'Maria Zakharova',
          'Maria Zakharova',
          null,
        ]);
      });

      it('resolves "she added" to the speaker just named', () => {
        expect(who(quoteStarting(quotes, 'We hope that negotiations'))).toEqual(['Maria Zakharova', 'she', null]);
      });

      it('attributes an anonymous spokesperson to the institution, by its full name as first given', () => {
        expect(who(quoteStarting(quotes, 'Announcements like these'))).toEqual([
          'US State Department',
          'a State Department spokesperson',
          null,
        ]);
      });

      it('resolves "they added" to the spokesperson, not to Blinken named inside the previous quotation', () => {
        const quote = quoteStarting(quotes, 'It is also cynical and cruel');
        expect(quote.speaker).toContain('State Department');
        expect(quote.speakerMention).toBe('they');
      });

      it('counts a short quoted clause but not the quoted term "escalation for the sake of escalation"', () => {
        // Six words, no auxiliary, modal, copula or subject pronoun: a noun phrase naming an accusation, like "false flag operation".
        expect(isSubstantive('escalation for the sake of escalation')).toBe(false);
        expect(quotes.map((q) => q.text)).not.toContain('escalation for the sake of escalation');
        // Six words with a modal: Pushilin's warning is a statement, embedded mid-sentence.
        expect(who(quoteStarting(quotes, 'a full-scale offensive can simply begin'))).toEqual(['Denis Pushilin', 'Denis Pushilin', null]);
        for (const term of ['at any time', 'false flag', 'false flag operation.', 'Open Door']) {
          expect(quotes.map((q) => q.text)).not.toContain(term);
        }
      });
    });

    describe('TASS, Fomin (tass-fomin)', () => {
      const quotes = extractQuotes(corpusArticle('tass-fomin'));

      it('takes "X quoted Y as saying that" as Y\'s quotation', () => {
        const quote = quoteStarting(quotes, 'Russian-NATO relations are at a critically low level.');
        expect(quote.text).toBe('Russian-NATO relations are at a critically low level.');
        expect(who(quote)).toEqual(['Alexander Fomin', 'Fomin', null]);
      });

      it('resolves a surname attribution', () => {
        expect(who(quoteStarting(quotes, 'This is happening against the backdrop'))).toEqual(['Alexander Fomin', 'Fomin', null]);
      });

      it('resolves a role noun to the person introduced with those words', () => {
        expect(who(quoteStarting(quotes, 'in the current legal documents'))).toEqual([
          'Alexander Fomin',
          'the deputy defense minister',
          null,
        ]);
      });

      it('skips a passive reporting verb for the active one before it', () => {
        expect(who(quoteStarting(quotes, 'the Russian side has repeatedly proposed'))).toEqual([
          'Russian Defense Ministry',
          'the Defense Ministry',
          null,
        ]);
      });

      it('gives the institution as speaker and the person it cites', () => {
        const last = quotes[quotes.length - 1];
        expect(last.text).toMatch(/^The Russian side expects constructive discussion/u);
        expect(who(last)).toEqual(['Russian Defense Ministry', 'the Russian Defense Ministry', 'Alexander Fomin']);
      });

      it('resolves "the ministry" and "the statement" to the ministry named before', () => {
        expect(who(quoteStarting(quotes, 'At the meeting of the NATO-Russia Council'))).toEqual(['Russian Defense Ministry', 'the ministry', null]);
        expect(who(quoteStarting(quotes, 'are on the negotiation table.'))).toEqual(['Russian Defense Ministry', 'The statement', null]);
      });
    });

    describe('Rossiyskaya Gazeta, Fomin (rg-fomin)', () => {
      const quotes = extractQuotes(corpusArticle('rg-fomin'));

      it('resolves "He stressed that “…”" over two sentences to Fomin', () => {
        const quote = quoteStarting(quotes, 'Russian-NATO relations are at a critically low level. This is taking place');
        expect(quote.sentences).toEqual([4, 5]);
        expect(who(quote)).toEqual(['Alexander Fomin', 'He', null]);
      });

      it('finds the speaker of a long quoted phrase across the clause before it', () => {
        expect(who(quoteStarting(quotes, 'a commitment to interaction as partners'))).toEqual(['Alexander Fomin', 'Fomin', null]);
      });
    });

    describe('a written article (fixtures/quotes/port-strike.txt)', () => {
      const article = fixtureArticle('port-strike.txt');
      const quotes = extractQuotes(article);

      it('joins a quotation split by its attribution into one with two parts', () => {
        const quote = quoteStarting(quotes, 'Nobody walked away from anything');
        expect(quote.parts).toHaveLength(2);
        expect(quote.text).toBe('Nobody walked away from anything. We asked for a written guarantee on night shifts and got silence instead.');
        expect(who(quote)).toEqual(['Pieter Bakker', 'he', null]);
      });

      it('resolves "she" to the spokeswoman, not to "Mr." Bakker named more recently', () => {
        expect(who(quoteStarting(quotes, 'The port loses millions'))).toEqual(['Ingrid Vos', 'she', null]);
      });

      it('continues a quotation into a paragraph that reopens with a mark', () => {
        const quote = quoteStarting(quotes, 'Every ship that turns back');
        expect(quote.parts).toHaveLength(2);
        expect(quote.text).toMatch(/see again\. That is why .* end of the month$/u);
        expect(who(quote)).toEqual(['Ingrid Vos', 'the spokeswoman', null]);
        const paragraphs = quote.sentences.map((i) => article.sentences[i].paragraph);
        expect(new Set(paragraphs).size).toBe(2);
      });

      it('ends an unclosed quotation at its paragraph and reads on after it', () => {
        const unclosed = quoteStarting(quotes, 'a long hot spring');
        const sentence = article.sentences[unclosed.sentences[0]];
        expect(unclosed.sentences).toHaveLength(1);
        expect(unclosed.parts[0].end).toBe(sentence.end);
        expect(who(quoteStarting(quotes, 'The government cannot force an agreement'))).toEqual(['Karin Smit', 'she', null]);
      });

      it('takes no quoted heading for a quotation', () => {
        expect(quotes.map((q) => q.text)).not.toContain('Night shifts for everyone');
        expect(quotes).toHaveLength(6);
      });
    });

    describe('a spokesperson nobody names (fixtures/quotes/spokesperson-unnamed.txt)', () => {
      const quotes = extractQuotes(fixtureArticle('spokesperson-unnamed.txt'));

      it('gives the role as written, not the opposition leader named before, and "the spokesperson" after it as the same speaker', () => {
        expect(quotes.map((q) => [...who(q), q.speakerDescribed])).toEqual([
          ['a spokesperson for the prime minister', 'A spokesperson for the prime minister', null, true],
          ['a spokesperson for the prime minister', 'the spokesperson', null, true],
        ]);
      });
    });

    describe('a possessive (fixtures/quotes/adviser-possessive.txt)', () => {
      it('takes "Carter\'s former adviser" for the speaker, not Carter, who only owns the role', () => {
        const [quote] = extractQuotes(fixtureArticle('adviser-possessive.txt'));
        expect([...who(quote), quote.speakerDescribed]).toEqual(["Carter's former adviser", "Carter's former adviser", null, true]);
      });
    });

    describe('roles, owners and epithets', () => {
      it('resolves a post nobody was introduced with to no one, but an epithet to the person last named', () => {
        const quotes = extractQuotes(inlineArticle([
          'Opposition leader Sarah Lee said the resignation was long overdue.',
          '"We are grateful for his service and we wish him well," the spokesperson added.',
          '"Nobody in this house believes a word of the statement," the lawmaker added.',
        ].join('\n')));
        expect(quotes.map((q) => [...who(q), q.speakerDescribed])).toEqual([
          ['the spokesperson', 'the spokesperson', null, true],
          ['Sarah Lee', 'the lawmaker', null, false],
        ]);
      });

      it('resolves an owned role to the person introduced with it, never to its owner', () => {
        const quotes = extractQuotes(inlineArticle([
          'Kremlin spokesman Dmitry Peskov spoke on Monday. Adviser John Carter was in Geneva.',
          '"We will not comment on the talks until they are over," the Kremlin\'s spokesman said.',
          'Carter\'s adviser said "the talks in Geneva will go on for as long as it takes."',
        ].join('\n')));
        expect(quotes.map(who)).toEqual([
          ['Dmitry Peskov', "the Kremlin's spokesman", null],
          ["Carter's adviser", "Carter's adviser", null],
        ]);
      });

      it('introduces the name after "X\'s <role>" with the role, so "the Kremlin spokesman" is Peskov (fixtures/quotes/kremlin-spokesman-possessive.txt)', () => {
        const [quote] = extractQuotes(fixtureArticle('kremlin-spokesman-possessive.txt'));
        expect([...who(quote), quote.speakerDescribed]).toEqual(['Dmitry Peskov', 'the Kremlin spokesman', null, false]);
      });

      it('gives "the Kremlin spokesman" nobody was introduced as to the Kremlin, described, and not to a spokesman of another body', () => {
        const quotes = extractQuotes(inlineArticle([
          'State Department spokesman Ned Price and Dmitry Peskov spoke on Monday.',
          '"The decision on the troops was taken by the commander-in-chief himself," the Kremlin spokesman said.',
        ].join('\n')));
        expect(quotes.map((q) => [...who(q), q.speakerDescribed])).toEqual([['Kremlin', 'the Kremlin spokesman', null, true]]);
      });

      it('keeps a post the person was not introduced with as written: "top diplomat" Lavrov is not "the minister"', () => {
        const quotes = extractQuotes(inlineArticle([
          'Russia\'s top diplomat Sergei Lavrov spoke later in the day at a briefing.',
          '"The West has chosen the path of confrontation and it will regret that choice," the minister told reporters.',
        ].join('\n')));
        expect(quotes.map((q) => [...who(q), q.speakerDescribed])).toEqual([['the minister', 'the minister', null, true]]);
      });

      it('takes a possessive for no speaker, while "he" after it still refers to its owner', () => {
        const quotes = extractQuotes(inlineArticle([
          'Former minister John Carter appeared in court on Monday.',
          'Carter’s lawyers said "the charges have no basis in fact and will be dropped."',
          'He told reporters: "I have done nothing wrong and I will prove it in court."',
        ].join('\n')));
        expect(quotes.map(who)).toEqual([
          [null, null, null],
          ['John Carter', 'He', null],
        ]);
      });

      it('gives a role of a named body to the body, the body named in the role or after it, as someone described', () => {
        const quotes = extractQuotes(inlineArticle([
          'The Russian Foreign Ministry summoned the ambassador on Monday.',
          '"We will not comment on the talks until they are over," said a spokesperson for the ministry.',
          'A spokesperson for the Foreign Ministry said "the ambassador was told to expect an answer by Friday."',
        ].join('\n')));
        expect(quotes.map((q) => [...who(q), q.speakerDescribed])).toEqual([
          ['Russian Foreign Ministry', 'a spokesperson for the ministry', null, true],
          ['Russian Foreign Ministry', 'A spokesperson for the Foreign Ministry', null, true],
        ]);
      });

      it('takes the mention right before the reporting verb for its subject, and "she" for someone described where she spoke', () => {
        const quotes = extractQuotes(inlineArticle([
          'Opposition leader Sarah Lee called for an inquiry.',
          'The government will appoint a successor within days, a spokeswoman said, adding: "We are grateful for his service and we wish him well."',
          '"The new minister will be named before the end of the week," she said.',
        ].join('\n')));
        expect(quotes.map(who)).toEqual([
          ['a spokeswoman', 'a spokeswoman', null],
          ['a spokeswoman', 'she', null],
        ]);
      });
    });

    describe('small cases', () => {
      it('reads curly quotes, guillemets and an inverted attribution', () => {
        const quotes = extractQuotes(inlineArticle([
          'Mayor Ana Ruiz opened the bridge on Sunday.',
          '“It was built by people who never gave up,” said Ruiz.',
          'The City Council spoke next: «We will keep the tolls low for the first year,» the council said.',
        ].join('\n')));
        expect(quotes.map((q) => [q.text, ...who(q)])).toEqual([
          ['It was built by people who never gave up', 'Ana Ruiz', 'Ruiz', null],
          ['We will keep the tolls low for the first year', 'City Council', 'the council', null],
        ]);
      });

      it('reads the TeX quotes of wire copy, split by an attribution and running over two paragraphs', () => {
        const article = inlineArticle([
          "Foreign Minister Ana Ruiz met the envoy on Monday. ``We have not received a reply,'' Ruiz said, ``and we will not wait for ever.''",
          "``The talks will go on in Geneva.",
          "``Nothing else has been agreed,'' she added.",
        ].join('\n\n'));
        const quotes = extractQuotes(article);
        expect(quotes.map((q) => [q.text, ...who(q)])).toEqual([
          ['We have not received a reply, and we will not wait for ever.', 'Ana Ruiz', 'Ruiz', null],
          ['The talks will go on in Geneva. Nothing else has been agreed', 'Ana Ruiz', 'she', null],
        ]);
        expect(invariantProblems(article, quotes)).toEqual([]);
      });

      it("closes a TeX quotation with a double quote too, and not at two apostrophes inside a word", () => {
        const quotes = extractQuotes(inlineArticle([
          'Foreign Minister Ana Ruiz met the envoy on Monday.',
          "``We will not meet O''Brien or anyone else before the vote on Friday,'' Ruiz said.",
          '``We will go to Geneva next week and talk to them again," she added. The envoy left soon after.',
        ].join('\n')));
        expect(quotes.map((q) => [q.text, ...who(q)])).toEqual([
          ["We will not meet O''Brien or anyone else before the vote on Friday", 'Ana Ruiz', 'Ruiz', null],
          ['We will go to Geneva next week and talk to them again', 'Ana Ruiz', 'she', null],
        ]);
      });

      it('reads "according to X" after a quotation and an introducing sentence ending in a colon', () => {
        const quotes = extractQuotes(inlineArticle([
          'Health Minister Omar Haddad visited the ward.',
          '"The new wing will open in the spring of next year," according to Haddad.',
          'Chief nurse Leila Nasser told staff on Monday:',
          '"We have waited a long time for this building and we will use it well."',
        ].join('\n')));
        expect(quotes.map(who)).toEqual([
          ['Omar Haddad', 'Haddad', null],
          ['Leila Nasser', 'Leila Nasser', null],
        ]);
      });

      it('takes a surname the article never gives in full as the speaker after a quotation, but no capitalised word opening a sentence', () => {
        const quotes = extractQuotes(inlineArticle([
          'Talks on the treaty resumed in Geneva on Friday with no sign of progress.',
          '"We have rejected it three times in a row," Lavrov said. "This offer is final and we will not change it."',
          '“Nobody in Moscow wants a war with anyone, and nobody will start one,” Peskov told reporters.',
          'Officials said: "The next round will be held in Vienna at the end of the month."',
          'Paramedics said: "Several of the injured are in a serious condition in the city hospital."',
          '"The sanctions will stay in place for as long as it takes," Western officials said.',
        ].join('\n\n')));
        expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
          ['We have rejected it three times in a row. This offer is final and we will not change it.', 'Lavrov'],
          ['Nobody in Moscow wants a war with anyone, and nobody will start one', 'Peskov'],
          ['The next round will be held in Vienna at the end of the month.', null],
          ['Several of the injured are in a serious condition in the city hospital.', null],
          ['The sanctions will stay in place for as long as it takes', null],
        ]);
      });

      it('joins the parts of a quotation split by its attribution as they were said', () => {
        const quotes = extractQuotes(inlineArticle([
          'Coach Ana Duarte spoke after the final.',
          '"We will win this match," Duarte said, "and then we will all go home happy."',
          '"Nobody expected it," she said. "Not even our own fans believed we could do it."',
          '"We were tired after the long trip," she said, adding: "The schedule left us no time to rest at all."',
          // A question and the words after it stay apart: they are as often another speaker's answer.
          '"Will you resign over this?" a reporter asked. "Never. I will stay in this job until the work is done."',
        ].join('\n\n')));
        expect(quotes.map((q) => q.text)).toEqual([
          'We will win this match, and then we will all go home happy.',
          'Nobody expected it. Not even our own fans believed we could do it.',
          'We were tired after the long trip. The schedule left us no time to rest at all.',
          'Will you resign over this?',
          'Never. I will stay in this job until the work is done.',
        ]);
      });

      it('recovers from a quotation left open before the next opening mark', () => {
        const quotes = extractQuotes(inlineArticle(
          'Ms Grey said "the plan was never costed properly. "We will vote against it on Monday," Mr Brown said.',
        ));
        expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
          ['the plan was never costed properly.', 'Grey'],
          ['We will vote against it on Monday', 'Brown'],
        ]);
      });

      it('ignores a stray closing mark and gives no quotation in a text without any', () => {
        expect(extractQuotes(inlineArticle('He measured 5" of rain and left.\nNothing else happened.'))).toEqual([]);
        expect(extractQuotes({ text: '', sentences: [] })).toEqual([]);
      });

      it('leaves the speaker null when nothing attributes the quotation', () => {
        const [quote] = extractQuotes(inlineArticle('"The bridge will stay open all winter long for everyone."'));
        expect(who(quote)).toEqual([null, null, null]);
      });
    });

    describe('invariants', () => {
      it('holds them on every seed article and the fixture', () => {
        const articles = ['tass-zakharova', 'sputnik-zakharova', 'tass-fomin', 'rg-fomin', 'reprint-mfa-source'].map(corpusArticle);
        for (const article of [...articles, fixtureArticle('port-strike.txt')]) {
          expect(invariantProblems(article, extractQuotes(article)), article.id).toEqual([]);
        }
      });

      it('never throws and holds them on arbitrary text with unbalanced marks', () => {
        const piece = fc.constantFrom('"', '“', '”', '«', '»', '„', '‘', '’', "'", '``', "''", '`', 'she said', 'Mr. Ray', ' ', '\n', '\n\n', ',', '.',
          'the minister', 'We will go now and see', 'Ann Lee', 'according to', ':');
        fc.assert(
          fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
            const article = inlineArticle(pieces.join(''));
            expect(invariantProblems(article, extractQuotes(article))).toEqual([]);
          }),
          { numRuns: 300, seed: 42 },
        );
      });
    });
  });
});
