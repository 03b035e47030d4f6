/** The words in a stretch of text that can name a speaker, by kind. */
import { findPerson, splitRun, type Person, type Registry } from './entities.js';
import {
  COMPLEMENT_LINKS,
  DEFINITE_DETERMINERS,
  INDEFINITE_DETERMINERS,
  INSTITUTION_HEADS,
  PHRASE_STOPS,
  PRONOUNS,
  ROLE_NOUNS,
  SOURCE_NOUNS,
} from './tables.js';
import { adjacent, capitalisedRuns, isCapitalised, isPossessive, speechVerbAt, wordsIn, type Word } from './words.js';

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
  /** A possessive ("Carter's"): the name owns what follows, so it is never itself the speaker. */
  possessive: boolean;
}
/** "he", "she", "they", "it". */
export interface PronounMention extends Span {
  kind: 'pronoun';
  pronoun: string;
}
/**
 * A role noun phrase: "the diplomat", "the deputy defense minister", "a State Department
 * spokesperson", "a spokesperson for the prime minister", "Carter's former adviser".
 */
export interface RoleMention extends Span {
  kind: 'role';
  /** Opened by "the", "this", "that" or a possessive. */
  definite: boolean;
  /** The role's words after the determiner, up to the role noun, as keys (a complement left out). */
  words: string[];
  /** An institution named inside the phrase ("State Department"), its complement ("for the Foreign Ministry") or its owner ("the Kremlin's"), as keys; `null` when none. */
  institution: string[] | null;
  /** The possessive name or institution that opens the phrase ("Carter's"): whose the role is, never who holds it. */
  owner: NameMention | InstitutionMention | null;
  /** The mention a preposition ties to the role ("the prime minister" of "a spokesperson for the prime minister"); `null` when none. */
  complement: Mention | null;
  /** The whole phrase as written, white space collapsed and an opening determiner in lower case: how a speaker nobody names is given. */
  written: string;
}
/** A capitalised institution name: "the Russian Defense Ministry". */
export interface InstitutionMention extends Span {
  kind: 'institution';
  keys: string[];
  /** A possessive ("the Kremlin's"): the institution owns what follows. */
  possessive: boolean;
}
/** A lower-case institution noun or source noun: "the ministry", "the statement", "Carter's office". */
export interface GenericMention extends Span {
  kind: 'generic';
  noun: string;
  /** The possessive name or institution that opens the phrase ("Carter's" of "Carter's office"), or `null`. */
  owner: NameMention | InstitutionMention | null;
  /** The phrase as written (see {@link RoleMention.written}). */
  written: string;
}

export type Mention = NameMention | PronounMention | RoleMention | InstitutionMention | GenericMention;

/** Most words a role or institution noun phrase may have after its determiner. */
const MAX_PHRASE_WORDS = 4;

/**
 * The mentions in `text.slice(start, end)`, in text order; a mention inside a longer one is
 * dropped ("State Department" inside "a State Department spokesperson"), a role's owner and
 * complement are kept on the role ("Carter's" and "the prime minister" are not who speaks in
 * "Carter's adviser said" or "a spokesperson for the prime minister said").
 * Cost: linear in the range (each determiner looks at most {@link MAX_PHRASE_WORDS} words ahead).
 */
export function findMentions(text: string, start: number, end: number, registry: Registry): Mention[] {
  const words = wordsIn(text, start, end);
  const runs = runMentions(text, words, registry, end);
  const found = [...runs, ...phraseMentions(text, words, runs), ...pronounMentions(words)];
  return withComplements(text, dropContained(found).sort((a, b) => a.start - b.start));
}

/** Institutions and names in each capitalised run. */
function runMentions(text: string, words: readonly Word[], registry: Registry, end: number): Mention[] {
  const mentions: Mention[] = [];
  for (const run of capitalisedRuns(text, words)) {
    const parts = splitRun(run);
    if (parts.institution.length > 0) {
      const first = parts.institution[0];
      const last = parts.institution[parts.institution.length - 1];
      mentions.push({
        kind: 'institution',
        start: determinerBefore(text, words, first)?.start ?? first.start,
        end: last.end,
        keys: parts.institution.map((w) => w.key),
        possessive: isPossessive(text, last),
      });
    }
    // A run with no introduced name may still end in a known surname ("Zakharova added").
    const name = nameMention(text, parts.name.length > 0 ? parts.name : run.words.slice(-1), registry);
    if (name) mentions.push(name);
    else if (run.words.length === 1 && parts.institution.length === 0 && isLoneSurname(text, run.words[0], end)) {
      const [word] = run.words;
      mentions.push({ kind: 'name', start: word.start, end: word.end, person: null, name: word.text, possessive: isPossessive(text, word) });
    }
  }
  return mentions;
}

/** The name words as a mention: the longest tail a registered person has, else the words as an unknown name. */
function nameMention(text: string, words: readonly Word[], registry: Registry): NameMention | null {
  const possessive = words.length > 0 && isPossessive(text, words[words.length - 1]);
  for (let from = 0; from < words.length; from++) {
    const tail = words.slice(from);
    const person = findPerson(registry.persons, tail.map((w) => w.key));
    if (person) return { kind: 'name', start: tail[0].start, end: tail[tail.length - 1].end, person, name: person.name, possessive };
  }
  if (words.length < 2) return null;
  return { kind: 'name', start: words[0].start, end: words[words.length - 1].end, person: null, name: words.map((w) => w.text).join(' '), possessive };
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
 * Role and generic institution phrases: a determiner or a possessive name or institution ("Carter's",
 * "the Kremlin's"), then up to {@link MAX_PHRASE_WORDS} words up to a stop word or a reporting
 * verb; the phrase ends at its last role noun ("the deputy defense minister") or, failing that,
 * at a lower-case institution or source noun ("the ministry", "Carter's office").
 */
function phraseMentions(text: string, words: readonly Word[], runs: readonly Mention[]): Mention[] {
  const mentions: Mention[] = [];
  const owners = new Map<number, NameMention | InstitutionMention>();
  for (const m of runs) if ((m.kind === 'name' || m.kind === 'institution') && m.possessive) owners.set(m.end, m);
  words.forEach((det, i) => {
    const owner = owners.get(det.end) ?? null;
    const definite = owner !== null || DEFINITE_DETERMINERS.has(det.key);
    if (!definite && !INDEFINITE_DETERMINERS.has(det.key)) return;
    const start = owner?.start ?? det.start;
    // "the Kremlin's spokesman" is the Kremlin's: the phrase its possessive opens, not the one "the" opens.
    const after = phraseAfter(text, words, i);
    const ownedFrom = after.findIndex((w) => owners.has(w.end));
    const phrase = ownedFrom < 0 ? after : after.slice(0, ownedFrom);
    const role = lastIndexOf(phrase, (w) => ROLE_NOUNS.includes(w.key));
    if (role >= 0) {
      const kept = phrase.slice(0, role + 1);
      const institution = institutionIn(kept) ?? (owner?.kind === 'institution' ? owner.keys : null);
      const end = kept[role].end;
      mentions.push({ kind: 'role', start, end, definite, words: kept.map((w) => w.key), institution, owner, complement: null, written: written(text, start, end) });
      return;
    }
    const noun = lastIndexOf(phrase, (w) => !isCapitalised(w) && (INSTITUTION_HEADS.has(w.key) || SOURCE_NOUNS.has(w.key)));
    if (noun >= 0) {
      const end = phrase[noun].end;
      mentions.push({ kind: 'generic', start, end, noun: phrase[noun].key, owner, written: written(text, start, end) });
    }
  });
  return mentions;
}

/**
 * Ties to a role the mention a preposition puts after it ("a spokesperson | for | the prime
 * minister", "an adviser | to | Carter"): the role is who speaks, the complement only says whose
 * role it is. An institution complement is the role's institution ("a spokesperson for the
 * Foreign Ministry"). Right to left, so a complement may have its own ("the head of the office of …").
 */
function withComplements(text: string, mentions: Mention[]): Mention[] {
  const absorbed = new Set<Mention>();
  for (let i = mentions.length - 2; i >= 0; i--) {
    const head = mentions[i];
    const next = mentions[i + 1];
    if (head.kind !== 'role' || next.kind === 'pronoun') continue;
    const gap = text.slice(head.end, next.start);
    if (!/^\s+\S+\s+$/u.test(gap) || !COMPLEMENT_LINKS.has(gap.trim().toLowerCase())) continue;
    const institution = head.institution ?? (next.kind === 'institution' ? next.keys : null);
    mentions[i] = { ...head, end: next.end, complement: next, institution, written: written(text, head.start, next.end) };
    absorbed.add(next);
  }
  return mentions.filter((m) => !absorbed.has(m));
}

/** A phrase as written, white space collapsed, an opening determiner ("A spokesperson" at a sentence's start) in lower case. */
function written(text: string, start: number, end: number): string {
  const phrase = text.slice(start, end).replace(/\s+/gu, ' ').trim();
  return phrase.replace(/^(\p{L}+)(?= )/u, (first) =>
    DEFINITE_DETERMINERS.has(first.toLowerCase()) || INDEFINITE_DETERMINERS.has(first.toLowerCase()) ? first.toLowerCase() : first,
  );
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
