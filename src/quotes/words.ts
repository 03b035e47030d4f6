/** Words with offsets into the article text, runs of capitalised words, and phrase matching. */
import { UNAMBIGUOUS_REPORTING_FORMS } from '../text/reportingVerbs.js';
import { HONORIFICS, SPELLING_VARIANTS } from './tables.js';

/** One word of the article. */
export interface Word {
  /** As written. */
  text: string;
  /** Lower case, `’` as `'`, a possessive `'s` dropped, British spelling mapped to American: the form tables hold. */
  key: string;
  /** UTF-16 offset of the first character in the article text. */
  start: number;
  /** UTF-16 offset just past the last character. */
  end: number;
}

/** A run of capitalised words with only spaces (or the brackets of "[Antony]") between them. */
export interface Run {
  words: Word[];
  start: number;
  end: number;
}

/** Letters or digits, with inner apostrophes, hyphens and dots kept ("Russia’s", "full-scale", "U.S"). */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’.-](?=[\p{L}\p{N}]))*/gu;
const POSSESSIVE = /'s$/u;
const CAPITALISED = /^\p{Lu}/u;
const RUN_GAP = /^[\s[\]]+$/u;
/** "Mr. Pieter Bakker": the dot of an honorific does not end the run. */
const HONORIFIC_GAP = /^\.\s+$/u;
const SPACE_ONLY = /^\s+$/u;
const HONORIFIC_SET = new Set(HONORIFICS);
/** Reporting verbs in every form that reads as a verb beside a quotation: a noun taken for a verb ("notes", "claims") would pick a wrong subject as speaker. */
const SPEECH_VERBS: ReadonlySet<string> = new Set(UNAMBIGUOUS_REPORTING_FORMS);

/** The words of `text.slice(start, end)`, in order. Cost: linear in the range. */
export function wordsIn(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  for (const match of text.slice(start, end).matchAll(WORD)) {
    const at = start + (match.index ?? 0);
    words.push({ text: match[0], key: wordKey(match[0]), start: at, end: at + match[0].length });
  }
  return words;
}

/** Keys of words already seen: an article's words are read several times over (registry, mentions, attributions). */
const keyCache = new Map<string, string>();
const KEY_CACHE_LIMIT = 20_000;

/** The form a word is compared in (see {@link Word.key}). */
export function wordKey(word: string): string {
  let key = keyCache.get(word);
  if (key === undefined) {
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    const lower = word.toLowerCase().replace(/’/gu, "'").replace(POSSESSIVE, '');
    key = SPELLING_VARIANTS[lower] ?? lower;
    keyCache.set(word, key);
  }
  return key;
}

export function isCapitalised(word: Word): boolean {
  return CAPITALISED.test(word.text);
}

/** True when the word is a possessive ("Carter's", "Carter’s", "Davis'"): it names the owner of what follows. */
export function isPossessive(text: string, word: Word): boolean {
  return /['’]s$/u.test(word.text) || (/s$/u.test(word.text) && /^['’](?![\p{L}\p{N}])/u.test(text.slice(word.end, word.end + 2)));
}

/** True when only white space separates two words: they can belong to one phrase. */
export function adjacent(text: string, left: Word, right: Word): boolean {
  return SPACE_ONLY.test(text.slice(left.end, right.start));
}

/** Runs of consecutive capitalised words (a sentence's words in, so no run crosses a sentence). */
export function capitalisedRuns(text: string, words: readonly Word[]): Run[] {
  const runs: Run[] = [];
  let current: Word[] = [];
  const flush = (): void => {
    if (current.length > 0) runs.push({ words: current, start: current[0].start, end: current[current.length - 1].end });
    current = [];
  };
  for (const word of words) {
    const previous = current[current.length - 1];
    if (!isCapitalised(word) || (previous && !joinsRun(text, previous, word))) flush();
    if (isCapitalised(word)) current.push(word);
  }
  flush();
  return runs;
}

function joinsRun(text: string, previous: Word, word: Word): boolean {
  const gap = text.slice(previous.end, word.start);
  return RUN_GAP.test(gap) || (HONORIFIC_SET.has(previous.key) && HONORIFIC_GAP.test(gap));
}

/**
 * How many words a reporting verb takes at `words[i]` (0 when none): "pointed out" is 2.
 * Only lower-case words count, so "State" in "State Department" is no verb.
 */
export function speechVerbAt(text: string, words: readonly Word[], i: number): number {
  const word = words[i];
  if (!word || isCapitalised(word)) return 0;
  const next = words[i + 1];
  if (next && adjacent(text, word, next) && SPEECH_VERBS.has(`${word.key} ${next.key}`)) return 2;
  return SPEECH_VERBS.has(word.key) ? 1 : 0;
}

/** True when the words from `words[i]` spell `phrase` (space-separated keys), e.g. "according to". */
export function phraseAt(words: readonly Word[], i: number, phrase: string): boolean {
  const parts = phrase.split(' ');
  return parts.every((part, k) => words[i + k]?.key === part);
}
