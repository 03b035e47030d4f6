/**
 * From a mention to the person or institution it refers to: names through the registry,
 * pronouns and role nouns through what the article named before, institutions to their full name.
 */
import type { Sentence } from '../types.js';
import { endsWith, genderOf, type Gender, type Person, type Registry } from './entities.js';
import { findMentions, type GenericMention, type Mention, type RoleMention } from './mentions.js';
import { EPITHET_NOUNS, SOURCE_NOUNS } from './tables.js';
import { isCapitalised, speechVerbAt, wordsIn, type Word } from './words.js';

/** Who a mention refers to. */
export interface Referent {
  kind: 'person' | 'institution';
  /** The person's full name, or the institution's full name as first given; for someone only described, the description as first written. */
  name: string;
  gender: Gender | null;
  /** An institution's head noun as a key ("ministry"); `null` for a person. */
  head: string | null;
  /** True when the article names nobody: `name` is a description ("a spokesperson for the prime minister", "Carter's former adviser"), or the body an unnamed role holder speaks for ("the Kremlin spokesman" nobody was introduced as). */
  described: boolean;
  /** A described person's role words ("spokesperson"), which a later "the spokesperson" must all have; empty otherwise. */
  roleWords: readonly string[];
}

/** A referent named at `at`, outside quotation marks: what a later pronoun or role noun can refer back to. */
export interface Antecedent extends Referent {
  at: number;
}

/** A range of the text to leave out (the inside of a quotation). */
export interface Range {
  start: number;
  end: number;
}

/**
 * Everyone and every institution named outside quotation marks, in text order, each naming
 * resolved as it comes. Names inside quotations are the speaker's words, so they never
 * become antecedents ("…what Secretary Blinken highlighted," they added: "they" is not Blinken).
 * Someone only described ("a spokesperson for the prime minister") becomes one where they
 * speak, next to a reporting verb; elsewhere a description ("met the president") may be anyone.
 * A role's owner and complement ("Carter's", "the prime minister") come just before the role,
 * so a later pronoun takes up the role, the phrase's head.
 * Cost: linear in the body, times the antecedents a role noun looks back over.
 */
export function buildTimeline(text: string, sentences: readonly Sentence[], registry: Registry, quoted: readonly Range[]): Antecedent[] {
  const timeline: Antecedent[] = [];
  const add = (mention: Mention, speaks: boolean): void => {
    // Pronouns only repeat an antecedent; a name nobody introduced may be a place ("Eastern Europe").
    if (mention.kind === 'pronoun' || (mention.kind === 'name' && !mention.person)) return;
    const referent = resolveMention(mention, registry, timeline);
    if (referent && (!referent.described || speaks)) timeline.push({ ...referent, at: mention.start });
  };
  for (const sentence of sentences) {
    for (const range of outside(sentence, quoted)) {
      const words = wordsIn(text, range.start, range.end);
      for (const mention of findMentions(text, range.start, range.end, registry)) {
        if (mention.kind === 'role' || mention.kind === 'generic') {
          for (const inner of [mention.owner, mention.kind === 'role' ? mention.complement : null]) if (inner) add(inner, false);
        }
        add(mention, speaksAt(text, words, mention));
      }
    }
  }
  return timeline;
}

/**
 * True when a reporting verb stands right after the mention (one lower-case word may come
 * between: "the spokesperson later said") or right before it ("said a spokesperson").
 */
function speaksAt(text: string, words: readonly Word[], mention: Mention): boolean {
  const spaced = (from: number, to: number): boolean => /^\s+$/u.test(text.slice(from, to));
  const next = words.findIndex((w) => w.start >= mention.end);
  if (next >= 0 && spaced(mention.end, words[next].start)) {
    if (speechVerbAt(text, words, next) > 0) return true;
    const after = words[next + 1];
    if (after && !isCapitalised(words[next]) && spaced(words[next].end, after.start) && speechVerbAt(text, words, next + 1) > 0) return true;
  }
  const last = words.findLastIndex((w) => w.end <= mention.start);
  if (last < 0 || !spaced(words[last].end, mention.start)) return false;
  return speechVerbAt(text, words, last) === 1 || (last > 0 && speechVerbAt(text, words, last - 1) === 2);
}

/**
 * Who `mention` refers to, given the antecedents named before it (`timeline`, in text order;
 * entries at or after the mention are ignored), or `null`.
 *
 * - A name: the registered person, else the name as written.
 * - "he"/"she": the most recent person whose known gender does not contradict the pronoun;
 *   "they": the most recent person or institution; "it": the most recent institution.
 * - "the <role>" (or "Carter's <role>"): the most recent person introduced with all the phrase's
 *   words ("the deputy defense minister" → "Russian Deputy Defense Minister Alexander Fomin"),
 *   someone described so where they spoke included ("the spokesperson" → "a spokesperson for the
 *   prime minister"), never the phrase's owner; else the role's institution
 *   ("the State Department spokesperson"); else, for an epithet ("the diplomat", see
 *   EPITHET_NOUNS), the most recent person named; else the phrase as written (described).
 * - "a <role>": the role's institution ("a State Department spokesperson", "a spokesperson for
 *   the Foreign Ministry", "a spokesperson for the ministry"), else the phrase as written
 *   (described): "a" introduces someone new.
 * - An institution name: its full name as first given (the first naming ending in the same words).
 * - "the ministry": the most recent institution with that head noun, else (and for "the statement")
 *   the most recent institution. Owned ("the Kremlin's office", "Carter's statement"): an
 *   institution owner, or a person whose statement it is; else the phrase as written.
 */
export function resolveMention(mention: Mention, registry: Registry, timeline: readonly Antecedent[]): Referent | null {
  const before = timeline.filter((a) => a.at < mention.start);
  switch (mention.kind) {
    case 'name':
      return person(mention.name, mention.person?.gender ?? null);
    case 'pronoun':
      return latest(before, (a) => pronounFits(mention.pronoun, a));
    case 'role':
      return resolveRole(mention, registry, before);
    case 'institution':
      return institution(registry, mention.keys);
    case 'generic':
      if (mention.owner) return resolveOwned(mention, registry, before);
      return latest(before, (a) => a.kind === 'institution' && a.head === mention.noun) ?? latest(before, (a) => a.kind === 'institution');
  }
}

function resolveRole(mention: RoleMention, registry: Registry, before: readonly Antecedent[]): Referent | null {
  // A role of a named body nobody holds is someone unnamed speaking for it: the body, described, never a named speaker.
  const body = institutionOf(mention, registry, before);
  if (!mention.definite) return body ? { ...body, described: true } : described(mention.written, mention.words);
  const owner = mention.owner?.kind === 'name' ? mention.owner.name : null;
  const fitting = fittingPersons(mention, registry, owner);
  const introduced = latest(
    before,
    (a) =>
      a.kind === 'person' &&
      a.name !== owner &&
      (a.described ? mention.words.every((w) => a.roleWords.includes(w)) : fitting.some((p) => p.name === a.name)),
  );
  if (introduced) return introduced;
  if (fitting.length > 0) return person(fitting[0].name, fitting[0].gender);
  if (body) return { ...body, described: true };
  const epithet = EPITHET_NOUNS.has(mention.words[mention.words.length - 1]);
  // An epithet re-mentions someone named: a person only described is given by their description.
  return (epithet ? latest(before, (a) => a.kind === 'person' && !a.described && a.name !== owner) : null) ?? described(mention.written, mention.words);
}

/**
 * The registered persons introduced with the role: with all its words, or with all but the words
 * of the body it names ("the Kremlin spokesman" is "spokesman Dmitry Peskov") when they were
 * introduced for no other registered body; never the phrase's owner.
 */
function fittingPersons(mention: RoleMention, registry: Registry, owner: string | null): Person[] {
  const candidates = registry.persons.filter((p) => p.name !== owner);
  const full = candidates.filter((p) => mention.words.every((w) => p.roleWords.has(w)));
  if (full.length > 0 || !mention.institution) return full;
  const body = new Set(mention.institution);
  const role = mention.words.filter((w) => !body.has(w));
  const otherBody = (p: Person): boolean =>
    registry.institutions.some((i) => !i.keys.every((k) => body.has(k)) && i.keys.every((k) => p.roleWords.has(k)));
  return role.length === 0 ? [] : candidates.filter((p) => role.every((w) => p.roleWords.has(w)) && !otherBody(p));
}

/** The institution a role belongs to: named in it or after it ("a State Department spokesperson", "a spokesperson for the ministry"), or `null`. */
function institutionOf(mention: RoleMention, registry: Registry, before: readonly Antecedent[]): Referent | null {
  if (mention.institution) return institution(registry, mention.institution);
  const complement = mention.complement?.kind === 'generic' ? resolveMention(mention.complement, registry, before) : null;
  return complement?.kind === 'institution' && !complement.described ? complement : null;
}

/** "Carter's office", "the Kremlin's press service", "Carter's statement": who speaks through what the owner owns. */
function resolveOwned(mention: GenericMention, registry: Registry, before: readonly Antecedent[]): Referent | null {
  const owner = mention.owner && resolveMention(mention.owner, registry, before);
  if (owner?.kind === 'institution' || (owner && SOURCE_NOUNS.has(mention.noun))) return owner;
  return { ...described(mention.written, []), kind: 'institution', head: mention.noun };
}

function person(name: string, gender: Gender | null): Referent {
  return { kind: 'person', name, gender, head: null, described: false, roleWords: [] };
}

/** Someone the article does not name, given as written ("a spokesperson for the prime minister"). */
function described(written: string, roleWords: readonly string[]): Referent {
  return { kind: 'person', name: written, gender: genderOf(roleWords), head: null, described: true, roleWords };
}

/** An institution's full name: the first naming in the article that ends with `keys`. */
function institution(registry: Registry, keys: readonly string[]): Referent {
  const first = registry.institutions.find((i) => endsWith(i.keys, keys));
  const name = first ? first.name : keys.join(' ');
  return { kind: 'institution', name, gender: null, head: keys[keys.length - 1], described: false, roleWords: [] };
}

function pronounFits(pronoun: string, antecedent: Antecedent): boolean {
  if (pronoun === 'they') return true;
  if (pronoun === 'it') return antecedent.kind === 'institution';
  if (antecedent.kind !== 'person') return false;
  return antecedent.gender !== (pronoun === 'she' ? 'masculine' : 'feminine');
}

function latest(antecedents: readonly Antecedent[], test: (a: Antecedent) => boolean): Referent | null {
  for (let i = antecedents.length - 1; i >= 0; i--) {
    if (!test(antecedents[i])) continue;
    const { at: _at, ...referent } = antecedents[i];
    return referent;
  }
  return null;
}

/** The parts of a sentence outside every quoted range. */
function outside(sentence: Sentence, quoted: readonly Range[]): Range[] {
  const ranges: Range[] = [];
  let from = sentence.start;
  for (const q of quoted) {
    if (q.end <= from || q.start >= sentence.end) continue;
    if (q.start > from) ranges.push({ start: from, end: q.start });
    from = Math.max(from, q.end);
  }
  if (from < sentence.end) ranges.push({ start: from, end: sentence.end });
  return ranges;
}
