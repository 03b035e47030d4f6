/** The words in a stretch of text that can name a speaker, by kind. */
import { findPerson, splitRun, type Person, type Registry } from './entities.js';
import {
  DEFINITE_DETERMINERS,
  INDEFINITE_DETERMINERS,
  INSTITUTION_HEADS,
  PHRASE_STOPS,
  PRONOUNS,
  ROLE_NOUNS,
  SOURCE_NOUNS,
} from './tables.js';
import { adjacent, capitalisedRuns, isCapitalised, speechVerbAt, wordsIn, type Word } from './words.js';

interface Span {
  /** UTF-16 offset of the mention's first character (a determiner included). */
  start: number;
  /** UTF-16 offset just past its last character. */
  end: number;
}

/** A person's name: a registered person's full name or surname, or a name the registry lacks (`person: null`). */
export interface NameMention extends Span {
  kind: 'name';
  person: Person | null;
  name: string;
}
/** "he", "she", "they", "it". */
export interface PronounMention extends Span {
  kind: 'pronoun';
  pronoun: string;
}
/** A role noun phrase: "the diplomat", "the deputy defense minister", "a State Department spokesperson". */
export interface RoleMention extends Span {
  kind: 'role';
  definite: boolean;
  /** The phrase's words after the determiner, as keys. */
  words: string[];
  /** An institution named inside the phrase ("State Department"), as keys; `null` when none. */
  institution: string[] | null;
}
/** A capitalised institution name: "the Russian Defense Ministry". */
export interface InstitutionMention extends Span {
  kind: 'institution';
  keys: string[];
}
/** A lower-case institution noun or source noun: "the ministry", "the statement". */
export interface GenericMention extends Span {
  kind: 'generic';
  noun: string;
}

export type Mention = NameMention | PronounMention | RoleMention | InstitutionMention | GenericMention;

/** Most words a role or institution noun phrase may have after its determiner. */
const MAX_PHRASE_WORDS = 4;

/**
 * The mentions in `text.slice(start, end)`, in text order; a mention inside a longer one is
 * dropped ("State Department" inside "a State Department spokesperson").
 * Cost: linear in the range (each determiner looks at most {@link MAX_PHRASE_WORDS} words ahead).
 */
export function findMentions(text: string, start: number, end: number, registry: Registry): Mention[] {
  const words = wordsIn(text, start, end);
  const found = [
    ...runMentions(text, words, registry, end),
    ...phraseMentions(text, words),
    ...pronounMentions(words),
  ];
  return dropContained(found).sort((a, b) => a.start - b.start);
}

/** Institutions and names in each capitalised run. */
function runMentions(text: string, words: readonly Word[], registry: Registry, end: number): Mention[] {
  const mentions: Mention[] = [];
  for (const run of capitalisedRuns(text, words)) {
    const parts = splitRun(run);
    if (parts.institution.length > 0) {
      const first = parts.institution[0];
      mentions.push({
        kind: 'institution',
        start: determinerBefore(text, words, first)?.start ?? first.start,
        end: parts.institution[parts.institution.length - 1].end,
        keys: parts.institution.map((w) => w.key),
      });
    }
    // A run with no introduced name may still end in a known surname ("Zakharova added").
    const name = nameMention(parts.name.length > 0 ? parts.name : run.words.slice(-1), registry);
    if (name) mentions.push(name);
    else if (run.words.length === 1 && parts.institution.length === 0 && isLoneSurname(text, run.words[0], end)) {
      const [word] = run.words;
      mentions.push({ kind: 'name', start: word.start, end: word.end, person: null, name: word.text });
    }
  }
  return mentions;
}

/** The name words as a mention: the longest tail a registered person has, else the words as an unknown name. */
function nameMention(words: readonly Word[], registry: Registry): NameMention | null {
  for (let from = 0; from < words.length; from++) {
    const tail = words.slice(from);
    const person = findPerson(registry.persons, tail.map((w) => w.key));
    if (person) return { kind: 'name', start: tail[0].start, end: tail[tail.length - 1].end, person, name: person.name };
  }
  if (words.length < 2) return null;
  return { kind: 'name', start: words[0].start, end: words[words.length - 1].end, person: null, name: words.map((w) => w.text).join(' ') };
}

/**
 * A capitalised word on its own is a surname the article never gave in full only where nothing but
 * a capitalised name would be: after a quotation's closing mark or other punctuation, with nothing
 * but punctuation between it and the reporting verb (`"…," Lavrov said.`, `…, Zelensky said.`). At
 * the start of a sentence every word is capitalised ("Paramedics said:", "Officials said:"), and a
 * word followed by more words before the verb ("Western officials said") is a modifier: neither is.
 */
function isLoneSurname(text: string, word: Word, end: number): boolean {
  if (/[\p{L}\p{N}]/u.test(text.slice(word.end, end))) return false;
  // A few characters back suffice: the white space before the word and the mark before that.
  const near = text.slice(Math.max(0, word.start - 40), word.start);
  const before = near.replace(/\s+$/u, '');
  if (near.slice(before.length).includes('\n')) return false;
  const last = before.at(-1) ?? '';
  if (/[,;”»’]/u.test(last)) return true;
  // A straight mark closes the quoted words it follows; one after a space opens a quotation.
  return (last === '"' || last === "'") && /\S/u.test(before.at(-2) ?? ' ');
}

function determinerBefore(text: string, words: readonly Word[], first: Word): Word | null {
  const before = words[words.indexOf(first) - 1];
  return before && DEFINITE_DETERMINERS.has(before.key) && adjacent(text, before, first) ? before : null;
}

/**
 * Role and generic institution phrases: a determiner, then up to {@link MAX_PHRASE_WORDS} words
 * up to a stop word or a reporting verb; the phrase ends at its last role noun ("the deputy
 * defense minister") or, failing that, at a lower-case institution or source noun ("the ministry").
 */
function phraseMentions(text: string, words: readonly Word[]): Mention[] {
  const mentions: Mention[] = [];
  words.forEach((det, i) => {
    const definite = DEFINITE_DETERMINERS.has(det.key);
    if (!definite && !INDEFINITE_DETERMINERS.has(det.key)) return;
    const phrase = phraseAfter(text, words, i);
    const role = lastIndexOf(phrase, (w) => ROLE_NOUNS.includes(w.key));
    if (role >= 0) {
      const kept = phrase.slice(0, role + 1);
      mentions.push({ kind: 'role', start: det.start, end: kept[role].end, definite, words: kept.map((w) => w.key), institution: institutionIn(kept) });
      return;
    }
    const noun = lastIndexOf(phrase, (w) => !isCapitalised(w) && (INSTITUTION_HEADS.has(w.key) || SOURCE_NOUNS.has(w.key)));
    if (noun >= 0) mentions.push({ kind: 'generic', start: det.start, end: phrase[noun].end, noun: phrase[noun].key });
  });
  return mentions;
}

function phraseAfter(text: string, words: readonly Word[], det: number): Word[] {
  const phrase: Word[] = [];
  for (let j = det + 1; j < words.length && phrase.length < MAX_PHRASE_WORDS; j++) {
    const word = words[j];
    if (!adjacent(text, words[j - 1], word) || PHRASE_STOPS.has(word.key) || DEFINITE_DETERMINERS.has(word.key)) break;
    if (INDEFINITE_DETERMINERS.has(word.key) || speechVerbAt(text, words, j) > 0) break;
    phrase.push(word);
  }
  return phrase;
}

/** The capitalised institution name among a role phrase's modifiers ("State Department" in "a State Department spokesperson"). */
function institutionIn(phrase: readonly Word[]): string[] | null {
  const head = lastIndexOf(phrase, (w) => isCapitalised(w) && INSTITUTION_HEADS.has(w.key));
  if (head < 0) return null;
  let from = head;
  while (from > 0 && isCapitalised(phrase[from - 1])) from--;
  return phrase.slice(from, head + 1).map((w) => w.key);
}

function pronounMentions(words: readonly Word[]): PronounMention[] {
  return words
    .filter((w) => PRONOUNS.has(w.key) && w.text.toLowerCase() === w.key)
    .map((w) => ({ kind: 'pronoun', start: w.start, end: w.end, pronoun: w.key }));
}

function dropContained(mentions: Mention[]): Mention[] {
  return mentions.filter(
    (m) => !mentions.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start),
  );
}

function lastIndexOf<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i])) return i;
  return -1;
}
