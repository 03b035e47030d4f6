/**
 * Function words that two translations of one sentence exchange for grammar's sake: "continues to
 * degrade, with the ships …" / "… deteriorate as the ships …", "insist that NATO stop" / "insist on
 * NATO stopping", "weapons which threaten us" / "weapons that threaten us". The diff labels read
 * such an exchange as a translation variant, not a change of content.
 */

/**
 * The function words an exchange may hold: articles and demonstratives, relative and
 * complementising words, prepositions that name no direction or order, "and" and "but", the
 * forms of "be", "have" and "do". Left out on purpose, so that exchanging them stays a change
 * of content: negations ("not", "no", "without"), numbers ("one"), quantifiers ("all", "some",
 * "only"), pronouns (a different person), "or", and prepositions with an opposite ("from"/"to",
 * "before"/"after", "for"/"against", "over"/"under", "since"/"until").
 */
const EXCHANGEABLE: ReadonlySet<string> = new Set(
  `a an the this that these those such
  which who whom whose where when whereby whether if
  of in on at to for by with as about into onto upon within via through regarding concerning towards toward among amid amongst
  and but while whereas
  be am is are was were been being have has had having do does did`.split(/\s+/),
);

/**
 * Modals, by the groups whose members translations exchange: will/would/shall (future, and
 * reported speech's "would"), may/might/can/could (possibility). A modal meets only one of its
 * own group: "will" against "must" or "should" is a change of what is said.
 */
const MODAL_GROUP: ReadonlyMap<string, string> = new Map([
  ['will', 'future'],
  ['would', 'future'],
  ['shall', 'future'],
  ['may', 'possibility'],
  ['might', 'possibility'],
  ['can', 'possibility'],
  ['could', 'possibility'],
]);

/**
 * Whether a change replaces function words with function words: both sides hold at least one
 * word, every word on either side is an exchangeable function word ({@link EXCHANGEABLE}) or a
 * modal, and the two sides hold the same modal groups as many times (see {@link MODAL_GROUP}).
 * Words are lower case; punctuation is not passed in. A function word only added or only
 * dropped is no exchange.
 */
export function exchangesFunctionWords(removed: readonly string[], added: readonly string[]): boolean {
  if (removed.length === 0 || added.length === 0) return false;
  const fits = (word: string) => EXCHANGEABLE.has(word) || MODAL_GROUP.has(word);
  if (!removed.every(fits) || !added.every(fits)) return false;
  const groups = (words: readonly string[]) =>
    words
      .flatMap((word) => MODAL_GROUP.get(word) ?? [])
      .sort()
      .join(' ');
  return groups(removed) === groups(added);
}
