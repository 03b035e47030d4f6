/**
 * The attribution after a quoted question or exclamation: `"Why now?" Peskov asked.` is one
 * sentence though Intl.Segmenter breaks after `?"`, while `"Why now?" Peskov said it was…` is two.
 */
import { SENTENCE_STARTERS } from './abbreviations.js';

// Any Unicode white space, no-break spaces included (`\s` lacks U+0085 NEXT LINE).
const WS_RUN = /[\s\u0085]+/u;
const CLOSERS = `"'”’»)\\]`;

/**
 * Verbs that report speech: after a quoted question or exclamation, a capitalised speaker and one
 * of these close the quotation's sentence (`"Why now?" Peskov asked.`) rather than start a new one.
 */
const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'asked', 'asks', 'added', 'adds', 'replied', 'replies', 'answered', 'responded',
  'shouted', 'cried', 'exclaimed', 'wondered', 'wrote', 'writes', 'told', 'tells', 'insisted',
  'stressed', 'noted', 'warned', 'recalled', 'remarked', 'quipped', 'joked', 'continued', 'demanded',
  'declared', 'retorted', 'tweeted', 'posted',
]);

/** How many words may name the speaker before the reporting verb (`Russian Deputy Foreign Minister Sergei A. Ryabkov asked`). */
const MAX_SPEAKER_WORDS = 8;
/** A word of a speaker's name or title: letters, initials (`S.`), hyphens and apostrophes, no other punctuation. */
const SPEAKER_WORD = /^[\p{L}\p{M}][\p{L}\p{M}.'’-]*$/u;
const TRAILING_MARK = /[.,;:!?]$/u;
/** Punctuation that closes an attribution's clause, maybe inside an outer quotation: `Lavrov shouted.`, `told reporters,`, `asked.”`. */
const CLAUSE_END = new RegExp(`[.,;!?][${CLOSERS}]*$`, 'u');
/**
 * How many words may close an attribution after its reporting verb (`told journalists on Tuesday.`,
 * `said in a statement.`); a longer run is a report of its own (`Lavrov said Moscow would not be drawn…`).
 */
const MAX_CLOSING_WORDS = 5;
/** Words after a reporting verb that open a clause of their own: then the verb reports something new (`Peskov said it was…`). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'there', 'this']);

/**
 * Whether `text` opens with a speaker and a reporting verb that close a quotation before it
 * (`Lavrov shouted.`, `Kremlin spokesman Dmitry Peskov told reporters.`): a capitalised first word
 * that is no common sentence starter, at most {@link MAX_SPEAKER_WORDS} name words, then the verb,
 * which must close the clause: it ends in punctuation itself, or at most {@link MAX_CLOSING_WORDS}
 * words follow it, the last of them ending in punctuation, and the first opening no clause of its own
 * (`Peskov said it was…`, `Lavrov said Moscow would not be drawn…` report something new).
 */
export function isAttribution(text: string): boolean {
  const words = text.split(WS_RUN, MAX_SPEAKER_WORDS + MAX_CLOSING_WORDS + 1);
  const at = words.findIndex((word, i) => i > 0 && REPORTING_VERBS.has(word.replace(TRAILING_MARK, '')));
  if (at < 1 || at > MAX_SPEAKER_WORDS) return false;
  const speaker = words.slice(0, at);
  if (!/^\p{Lu}/u.test(speaker[0]) || SENTENCE_STARTERS.has(firstWord(speaker[0]))) return false;
  if (!speaker.every((word) => SPEAKER_WORD.test(word))) return false;
  if (CLAUSE_END.test(words[at])) return true;
  if (CLAUSE_OPENERS.has((words[at + 1] ?? '').toLowerCase())) return false;
  const closing = words.slice(at + 1, at + 1 + MAX_CLOSING_WORDS);
  return closing.some((word) => CLAUSE_END.test(word));
}

/** The leading letters of `text`: `It's` → `It`. */
function firstWord(text: string): string {
  return /^[\p{L}\p{M}]+/u.exec(text)?.[0] ?? '';
}
