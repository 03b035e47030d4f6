/**
 * Transliteration and spelling variants of one name or word that no edit-distance rule catches,
 * lower case: the diff labels such a change spelling, and the scorer finds the name on both sides.
 */
const SPELLING_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['kiev', 'kyiv'],
  ['donbas', 'donbass'],
  ['kharkov', 'kharkiv'],
  ['odessa', 'odesa'],
  ['lugansk', 'luhansk'],
  ['nikolaev', 'mykolaiv'],
  ['zaporozhye', 'zaporizhzhia'],
  ['chernigov', 'chernihiv'],
  ['lvov', 'lviv'],
  ['gorlovka', 'horlivka'],
  ['artemovsk', 'artemivsk'],
  ['dnepr', 'dnipro'],
  ['belorussia', 'belarus'],
  ['kishinev', 'chisinau'],
  ['defence', 'defense'],
  ['offence', 'offense'],
  ['licence', 'license'],
  ['programme', 'program'],
  ['grey', 'gray'],
];

/** One key for a pair of words in either order. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\t${b}` : `${b}\t${a}`;
}

const KNOWN = new Set(SPELLING_PAIRS.map(([a, b]) => pairKey(a, b)));

/** Whether two lower-case words are a known pair of spellings of one word (`kiev`/`kyiv`). */
export function isKnownSpellingPair(a: string, b: string): boolean {
  return KNOWN.has(pairKey(a, b));
}

/**
 * Each known spelling's partners, keyed by a form of the word: `formOf` maps both words of every
 * pair (the scorer gives it its stemmer, so `kiev`/`kyiv` meet as terms).
 */
export function spellingPartners(formOf: (word: string) => string | undefined): ReadonlyMap<string, readonly string[]> {
  const partners = new Map<string, string[]>();
  const add = (from: string | undefined, to: string | undefined) => {
    if (from === undefined || to === undefined || from === to) return;
    const list = partners.get(from);
    if (!list) partners.set(from, [to]);
    else if (!list.includes(to)) list.push(to);
  };
  for (const [a, b] of SPELLING_PAIRS) {
    add(formOf(a), formOf(b));
    add(formOf(b), formOf(a));
  }
  return partners;
}
