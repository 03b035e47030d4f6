/**
 * From a mention to the person or institution it refers to: names through the registry,
 * pronouns and role nouns through what the article named before, institutions to their full name.
 */
import type { Sentence } from '../types.js';
import { endsWith, type Gender, type Registry } from './entities.js';
import { findMentions, type Mention, type RoleMention } from './mentions.js';

/** Who a mention refers to. */
export interface Referent {
  kind: 'person' | 'institution';
  /** The person's full name, or the institution's full name as first given. */
  name: string;
  gender: Gender | null;
  /** An institution's head noun as a key ("ministry"); `null` for a person. */
  head: string | null;
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
 * Cost: linear in the body, times the antecedents a role noun looks back over.
 */
export function buildTimeline(text: string, sentences: readonly Sentence[], registry: Registry, quoted: readonly Range[]): Antecedent[] {
  const timeline: Antecedent[] = [];
  for (const sentence of sentences) {
    for (const range of outside(sentence, quoted)) {
      for (const mention of findMentions(text, range.start, range.end, registry)) {
        // Pronouns only repeat an antecedent; a name nobody introduced may be a place ("Eastern Europe").
        if (mention.kind === 'pronoun' || (mention.kind === 'name' && !mention.person)) continue;
        const referent = resolveMention(mention, registry, timeline);
        if (referent) timeline.push({ ...referent, at: mention.start });
      }
    }
  }
  return timeline;
}

/**
 * Who `mention` refers to, given the antecedents named before it (`timeline`, in text order;
 * entries at or after the mention are ignored), or `null`.
 *
 * - A name: the registered person, else the name as written.
 * - "he"/"she": the most recent person whose known gender does not contradict the pronoun;
 *   "they": the most recent person or institution; "it": the most recent institution.
 * - "the <role>": the person most recently named of those introduced with all the phrase's
 *   words ("the deputy defense minister" → "Russian Deputy Defense Minister Alexander Fomin");
 *   when nobody was introduced so ("the diplomat"), the most recent person.
 * - "a <role>" of a named institution ("a State Department spokesperson"): the institution.
 * - An institution name: its full name as first given (the first naming ending in the same words).
 * - "the ministry": the most recent institution with that head noun, else (and for "the statement")
 *   the most recent institution.
 */
export function resolveMention(mention: Mention, registry: Registry, timeline: readonly Antecedent[]): Referent | null {
  const before = timeline.filter((a) => a.at < mention.start);
  switch (mention.kind) {
    case 'name':
      return { kind: 'person', name: mention.name, gender: mention.person?.gender ?? null, head: null };
    case 'pronoun':
      return latest(before, (a) => pronounFits(mention.pronoun, a));
    case 'role':
      return resolveRole(mention, registry, before);
    case 'institution':
      return institution(registry, mention.keys);
    case 'generic':
      return latest(before, (a) => a.kind === 'institution' && a.head === mention.noun) ?? latest(before, (a) => a.kind === 'institution');
  }
}

function resolveRole(mention: RoleMention, registry: Registry, before: readonly Antecedent[]): Referent | null {
  if (!mention.definite) return mention.institution ? institution(registry, mention.institution) : null;
  const fitting = registry.persons.filter((p) => mention.words.every((w) => p.roleWords.has(w)));
  const named = latest(before, (a) => a.kind === 'person' && fitting.some((p) => p.name === a.name));
  if (named) return named;
  if (fitting.length > 0) return { kind: 'person', name: fitting[0].name, gender: fitting[0].gender, head: null };
  return latest(before, (a) => a.kind === 'person');
}

/** An institution's full name: the first naming in the article that ends with `keys`. */
function institution(registry: Registry, keys: readonly string[]): Referent {
  const first = registry.institutions.find((i) => endsWith(i.keys, keys));
  const name = first ? first.name : keys.join(' ');
  return { kind: 'institution', name, gender: null, head: keys[keys.length - 1] };
}

function pronounFits(pronoun: string, antecedent: Antecedent): boolean {
  if (pronoun === 'they') return true;
  if (pronoun === 'it') return antecedent.kind === 'institution';
  if (antecedent.kind !== 'person') return false;
  return antecedent.gender !== (pronoun === 'she' ? 'masculine' : 'feminine');
}

function latest(antecedents: readonly Antecedent[], test: (a: Antecedent) => boolean): Referent | null {
  for (let i = antecedents.length - 1; i >= 0; i--) {
    const { kind, name, gender, head } = antecedents[i];
    if (test(antecedents[i])) return { kind, name, gender, head };
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
