/**
 * The people and institutions an article names, found by general rules: a person is a run of
 * capitalised name words introduced by a title or role ("Spokeswoman Maria Zakharova",
 * "spokesperson Maria Zakharova", "Mr. Pieter Bakker", "Denis Pushilin, the head of the DPR");
 * an institution is a run of capitalised words ending in an institution noun ("Russian Defense
 * Ministry", "US State Department").
 */
import type { Sentence } from '../types.js';
import {
  CAPITALISED_FUNCTION_WORDS,
  FEMININE_WORDS,
  INSTITUTION_HEADS,
  MASCULINE_WORDS,
  ONE_WORD_INSTITUTIONS,
  ROLE_NOUNS,
  TITLES,
} from './tables.js';
import { capitalisedRuns, isCapitalised, isPossessive, speechVerbAt, wordsIn, type Run, type Word } from './words.js';

export type Gender = 'feminine' | 'masculine';

/** A person the article names in full at least once. */
export interface Person {
  /** The fullest form the article gives ("Alexander Fomin"). */
  name: string;
  /** The name's words as keys (lower case), surname last. */
  keys: string[];
  /** Every word of the titles, roles and appositions the article introduces the person with. */
  roleWords: Set<string>;
  gender: Gender | null;
}

/** One naming of an institution. */
export interface InstitutionName {
  /** As written, leading "the" left out ("Russian Defense Ministry"). */
  name: string;
  /** The name's words as keys. */
  keys: string[];
  /** UTF-16 offset in the article text. */
  at: number;
}

/** Everyone and every institution the article names, in the order first named. */
export interface Registry {
  persons: Person[];
  /** Every naming, in text order: the first one that ends with a shorter naming's words is its full name. */
  institutions: InstitutionName[];
}

/** What a run of capitalised words holds. */
export interface RunParts {
  /** The institution's name at the run's start ("Russian Foreign Ministry"), if any. */
  institution: Word[];
  /** The title words between the institution and the name ("Spokeswoman", "Deputy Defense Minister"). */
  titles: Word[];
  /** The name words after them ("Maria Zakharova"); empty when the run names nobody. */
  name: Word[];
}

const NAME_WORD = /^\p{Lu}[\p{Ll}'’-]*\p{Ll}/u;
const MAX_NAME_WORDS = 3;
/** How far before a name its introduction may start: "the Deputy Minister of Defense of Russia, Colonel-General …". */
const MAX_INTRO_WORDS = 8;
const INTRO_LINKS = new Set(['of', 'the']);
const COMMA_GAP = /^\s*,\s*$/u;

/**
 * Finds the article's persons and institutions over all body sentences (quotations included:
 * a name given in full inside a quotation still tells who "Fomin" is).
 * Cost: linear in the length of the body.
 */
export function buildRegistry(text: string, sentences: readonly Sentence[]): Registry {
  const registry: Registry = { persons: [], institutions: [] };
  for (const sentence of sentences) {
    const words = wordsIn(text, sentence.start, sentence.end);
    for (const run of capitalisedRuns(text, words)) {
      const parts = splitRun(run);
      if (parts.institution.length > 0) registry.institutions.push(institutionName(text, parts.institution));
      addPerson(registry.persons, text, words, run, parts);
    }
  }
  return registry;
}

/** Splits a run into institution, titles and name: "Russian Foreign Ministry | Spokeswoman | Maria Zakharova". */
export function splitRun(run: Run): RunParts {
  const words = dropLeadingFunctionWords(run.words);
  const head = lastIndex(words, (w) => INSTITUTION_HEADS.has(w.key));
  const institution = isInstitution(words.slice(0, head + 1)) ? words.slice(0, head + 1) : [];
  const rest = words.slice(institution.length);
  const title = lastIndex(rest, isTitle);
  const name = rest.slice(title + 1);
  return { institution, titles: rest.slice(0, title + 1), name: isName(name, title >= 0) ? name : [] };
}

/** The institution's name as written, from its words (brackets and line breaks left out). */
export function institutionName(text: string, words: readonly Word[]): InstitutionName {
  return { name: words.map((w) => w.text).join(' '), keys: words.map((w) => w.key), at: words[0].start };
}

/** The registered person these name words (full name or surname) refer to, or `null`. */
export function findPerson(persons: readonly Person[], keys: readonly string[]): Person | null {
  return persons.find((p) => endsWith(p.keys, keys) || endsWith(keys, p.keys)) ?? null;
}

/** True when `keys` ends with all of `tail`. */
export function endsWith(keys: readonly string[], tail: readonly string[]): boolean {
  return tail.length > 0 && tail.length <= keys.length && tail.every((k, i) => keys[keys.length - tail.length + i] === k);
}

function isTitle(word: Word): boolean {
  return word.key.split('-').every((part) => TITLES.has(part));
}

function isInstitution(words: readonly Word[]): boolean {
  return words.length >= 2 || (words.length === 1 && ONE_WORD_INSTITUTIONS.has(words[0].key));
}

/** Name words: capitalised, not all capitals, not a title or institution noun; one word only after a title ("Mr. Bakker"). */
function isName(words: readonly Word[], titled: boolean): boolean {
  if (words.length === 0 || words.length > MAX_NAME_WORDS || (words.length === 1 && !titled)) return false;
  return words.every((w) => NAME_WORD.test(w.text) && !TITLES.has(w.key) && !INSTITUTION_HEADS.has(w.key));
}

function dropLeadingFunctionWords(words: readonly Word[]): Word[] {
  let i = 0;
  while (i < words.length && CAPITALISED_FUNCTION_WORDS.has(words[i].key)) i++;
  return words.slice(i);
}

function lastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return i;
  return -1;
}

/**
 * Registers the run's name as a person when something introduces it as one: a title inside the
 * run, a role noun just before it ("spokesperson Maria Zakharova"), an apposition with a role
 * after it ("Denis Pushilin, the head of the DPR"), or a reporting verb right next to it
 * ("Alexander Fomin said", "said Peter Ray"). Other
 * capitalised runs ("Eastern Europe", "Minsk Protocol") are places and things, not people.
 */
function addPerson(persons: Person[], text: string, words: readonly Word[], run: Run, parts: RunParts): void {
  const from = words.indexOf(run.words[0]);
  const to = words.indexOf(run.words[run.words.length - 1]) + 1;
  const before = words[from - 1];
  const apposition = appositionWords(text, words, to);
  const introduced =
    parts.titles.length > 0 ||
    (before !== undefined && ROLE_NOUNS.includes(before.key)) ||
    apposition.some((w) => TITLES.has(w.key)) ||
    (parts.name.length >= 2 && (speechVerbAt(text, words, to) > 0 || verbEndsAt(text, words, from)));
  const name = parts.name.length > 0 ? parts.name : singleKnownName(persons, run);
  if (name.length === 0) return;
  const known = findPerson(persons, name.map((w) => w.key));
  if (!introduced && !known) return;
  const roleWords = [...introWords(text, words, from), ...parts.titles, ...(introduced ? apposition : [])];
  remember(persons, known, name, roleWords);
}

/** True when a reporting verb ends just before `words[from]` ("said Peter Ray", "pointed out Ann Lee"). */
function verbEndsAt(text: string, words: readonly Word[], from: number): boolean {
  return [1, 2].some((n) => from - n >= 0 && speechVerbAt(text, words, from - n) === n);
}

/** A lone surname of someone already registered ("Fomin, the deputy minister,"): its apposition still counts. */
function singleKnownName(persons: readonly Person[], run: Run): Word[] {
  const last = run.words[run.words.length - 1];
  return run.words.length === 1 && NAME_WORD.test(last.text) && findPerson(persons, [last.key]) ? [last] : [];
}

/**
 * The title-like words just before a run: capitalised words, roles, "of", "the", across commas.
 * They end at a possessive: in "President Vladimir Putin's spokesman Dmitry Peskov" the owner's
 * words are the owner's, and Peskov is introduced as "spokesman" only.
 */
function introWords(text: string, words: readonly Word[], from: number): Word[] {
  const intro: Word[] = [];
  for (let i = from - 1; i >= 0 && from - i <= MAX_INTRO_WORDS; i--) {
    const word = words[i];
    if (isPossessive(text, word)) break;
    const linked = isCapitalised(word) || TITLES.has(word.key) || INTRO_LINKS.has(word.key);
    const gap = text.slice(word.end, words[i + 1].start);
    if (!linked || !(gap.trim() === '' || COMMA_GAP.test(gap))) break;
    intro.push(word);
  }
  return intro;
}

/** The words of an apposition after a name (", Russian Deputy Defense Minister,"), up to the next comma. */
function appositionWords(text: string, words: readonly Word[], to: number): Word[] {
  const next = words[to];
  if (!next || !COMMA_GAP.test(text.slice(words[to - 1].end, next.start))) return [];
  const apposition: Word[] = [];
  for (let i = to; i < words.length && apposition.length < MAX_INTRO_WORDS; i++) {
    if (i > to && text.slice(words[i - 1].end, words[i].start).trim() !== '') break;
    apposition.push(words[i]);
  }
  return apposition;
}

/** Adds a person, or merges a naming into a known one (a fuller name replaces a shorter). */
function remember(persons: Person[], known: Person | null, name: readonly Word[], roleWords: readonly Word[]): void {
  const person = known ?? { name: '', keys: [], roleWords: new Set<string>(), gender: null };
  if (name.length > person.keys.length) {
    // A possessive name ("Vladimir Putin's spokesman") is the person without its "'s".
    person.name = name.map((w, i) => (i === name.length - 1 ? w.text.replace(/['’]s$/u, '') : w.text)).join(' ');
    person.keys = name.map((w) => w.key);
  }
  for (const word of roleWords) for (const part of word.key.split('-')) person.roleWords.add(part);
  person.gender = genderOf(person.roleWords);
  if (!known) persons.push(person);
}

/** The gender the role words tell ("spokeswoman", "Mr."), or `null` when they tell none or both. */
export function genderOf(roleWords: Iterable<string>): Gender | null {
  const feminine = [...roleWords].some((w) => FEMININE_WORDS.has(w));
  const masculine = [...roleWords].some((w) => MASCULINE_WORDS.has(w));
  if (feminine === masculine) return null;
  return feminine ? 'feminine' : 'masculine';
}
