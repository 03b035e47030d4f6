/**
 * Acronyms and the names they stand for: "UN" / "United Nations", "ICAC" / "Independent
 * Commission Against Corruption", "U.S." / "United States". The diff labels read an acronym
 * against its expansion as one name written two ways.
 */

/** Two or more capitals ("UN", "UNCLOS"), or two or more capitals each with its stop ("U.N."). */
const ACRONYM = /^(?:\p{Lu}{2,}|(?:\p{Lu}\.){2,})$/u;

/**
 * Small words an expansion may hold that an acronym may leave out or keep: "Law of the Sea" is
 * "LOS" in "UNCLOS", "Code of Conduct" is "COC", "Department of Justice" is "DOJ".
 */
const SMALL_WORDS: ReadonlySet<string> = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'at', 'to']);

/** Whether `word` is written as an acronym. */
export function isAcronym(word: string): boolean {
  return ACRONYM.test(word);
}

/**
 * Whether `words` spell out `acronym` (see {@link isAcronym}): the initials of their capitalised
 * words, in order, each capitalised word giving one letter (a hyphenated one, one per part:
 * "Asia-Pacific"), while a small word ("of", "and", "for", "the", "on", "in", "at", "to") may give
 * its initial or be left out. The expansion opens and closes on a capitalised word and holds
 * at least two; any other lower-case word makes it none. "United Nations" spells "UN" and "U.N.",
 * "European Union" "EU"; "United States" spells no "UK", nor "North Atlantic" "NATO".
 * Cost: the words times the letters (each small word is tried both ways).
 */
export function expandsAcronym(words: readonly string[], acronym: string): boolean {
  if (!isAcronym(acronym)) return false;
  const letters = acronym.replace(/\./g, '');
  const parts = words.flatMap((word) => word.split('-')).filter((part) => part !== '');
  if (parts.length < 2 || parts.length > 3 * letters.length) return false;
  const capitalised = (part: string) => /^\p{Lu}/u.test(part) && !SMALL_WORDS.has(part.toLowerCase());
  if (!capitalised(parts[0]) || !capitalised(parts[parts.length - 1])) return false;
  const spells = (p: number, l: number): boolean => {
    if (p === parts.length) return l === letters.length;
    const part = parts[p];
    const initialFits = l < letters.length && part[0].toUpperCase() === letters[l];
    if (SMALL_WORDS.has(part.toLowerCase())) return spells(p + 1, l) || (initialFits && spells(p + 1, l + 1));
    return capitalised(part) && initialFits && spells(p + 1, l + 1);
  };
  return spells(0, 0);
}

/**
 * Whether `words` spell out `acronym` as {@link expandsAcronym} reads them, or do so after a
 * "the" that only the expansion takes: "ICAC" / "the Independent Commission Against Corruption".
 */
export function spellsOut(words: readonly string[], acronym: string): boolean {
  if (words.length > 0 && words[0].toLowerCase() === 'the') return expandsAcronym(words.slice(1), acronym);
  return expandsAcronym(words, acronym);
}
