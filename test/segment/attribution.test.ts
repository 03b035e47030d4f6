import { describe, expect, it } from 'vitest';
import { isAttribution } from '../../src/segment/attribution.js';
import { sentencesOf } from './helpers.js';

/** A quoted question in each quotation style news copy uses. */
const QUESTIONS = ['"Why now?"', '“Why now?”', "'Why now?'", '‘Why now?’'];

describe('segment', () => {
  describe('isAttribution', () => {
    it.each([
      'He asked.',
      'She said.',
      'They asked.',
      'He then asked.',
      'She asked angrily.',
      'The minister asked.',
      'A Kremlin spokesman said.',
      'His spokesman said.',
      'Lavrov told reporters.',
      'Foreign Minister Sergei Lavrov said.',
      'Prime Minister Theresa May asked.',
      'Lavrov said Tuesday.',
      'Lavrov told Interfax.',
      'Peskov told state news agency RIA Novosti.',
      'Lavrov told a joint news conference in Moscow.',
      'Zakharova wrote on Telegram.',
      'Lavrov asked the minister.',
      'Lavrov said, according to Interfax.',
      'Asked Lavrov.',
      'Said Foreign Minister Sergei Lavrov.',
    ])('reads "%s" as an attribution that closes the quotation', (text) => {
      expect(isAttribution(text)).toBe(true);
    });

    it.each([
      // The reporting verb reports something new: a clause or an object of its own.
      'Lavrov said Moscow would not.',
      'Foreign Minister Sergei Lavrov said Moscow would not.',
      'He said Moscow would not.',
      'The minister said it would not.',
      'Lavrov said on Tuesday Moscow would not.',
      'Lavrov told reporters Moscow would not.',
      'Lavrov told Interfax it would.',
      'Lavrov said the answer was no.',
      'Lavrov said no.',
      'Peskov said nothing.',
      'Lavrov asked the minister to leave.',
      // No speaker: a verb form, a sentence opener or a clause before the verb.
      'The question was asked.',
      'But Lavrov said so.',
      'In Moscow, officials said.',
      'Asked about the delay, Lavrov said Moscow would not.',
      // A pronoun does not follow the verb it is the subject of.
      'Asked he.',
      // A negative subject names nobody who spoke.
      'Nobody answered.',
      'No one replied.',
      'Nothing was said.',
    ])('reads "%s" as a sentence of its own', (text) => {
      expect(isAttribution(text)).toBe(false);
    });
  });

  describe('segmentText after a quoted question', () => {
    it.each(QUESTIONS)('keeps %s He asked. as one sentence, with the next one apart', (question) => {
      expect(sentencesOf(`${question} He asked. Nobody answered.`)).toEqual([`${question} He asked.`, 'Nobody answered.']);
    });

    it('splits a quoted question from a reply that nobody gave, and keeps someone who did', () => {
      expect(sentencesOf('He asked, "Where is the money?" Nobody replied.')).toEqual(['He asked, "Where is the money?"', 'Nobody replied.']);
      expect(sentencesOf('"What do you want from us?" No one answered. The crowd dispersed.')).toEqual([
        '"What do you want from us?"',
        'No one answered.',
        'The crowd dispersed.',
      ]);
      expect(sentencesOf('"Why now?" Someone in the crowd shouted. The police moved in.')).toEqual([
        '"Why now?" Someone in the crowd shouted.',
        'The police moved in.',
      ]);
    });

    it.each(QUESTIONS)('splits %s from a report that follows its speaker and verb', (question) => {
      expect(sentencesOf(`${question} Lavrov said Moscow would not.`)).toEqual([question, 'Lavrov said Moscow would not.']);
    });

    it.each([
      'she said.',
      'said Lavrov.',
      'Lavrov told reporters.',
      'the minister asked.',
      'The minister asked.',
      'Foreign Minister Sergei Lavrov said.',
      'Asked Lavrov.',
    ])('keeps the short attribution "%s" with the question', (attribution) => {
      expect(sentencesOf(`"Will Moscow respond?" ${attribution} The talks ended.`)).toEqual([
        `"Will Moscow respond?" ${attribution}`,
        'The talks ended.',
      ]);
    });

    it.each([
      'Foreign Minister Sergei Lavrov said Moscow would not.',
      'He said Moscow would not.',
      'Lavrov told reporters on Tuesday that Moscow would not.',
      'Peskov said nothing.',
    ])('splits off "%s", which says something new', (report) => {
      expect(sentencesOf(`"Will Moscow respond?" ${report}`)).toEqual(['"Will Moscow respond?"', report]);
    });

    it('keeps a lower-case continuation after a quoted exclamation, whatever follows its verb', () => {
      expect(sentencesOf('"Never!" he said Moscow would answer. Talks ended.')).toEqual([
        '"Never!" he said Moscow would answer.',
        'Talks ended.',
      ]);
    });
  });
});
