/**
 * Word tables for quotation extraction and speaker resolution. Lower case throughout (entries
 * are compared with a word's normalised form, see `words.ts`). They are data, not logic: a new
 * role noun is one more entry here, never another branch (reporting verbs are in
 * src/text/reportingVerbs.ts, shared with the aligner and the splitter).
 */

/** Verbs of "X quoted Y as saying": the speaker is Y, the words' first reporter X. */
export const QUOTING_VERBS: readonly string[] = ['quoted', 'quotes', 'quoting', 'cited', 'cites', 'citing'];

/** Words after an institution's attribution that name the person it relays ("…, the ministry said citing Fomin"). */
export const CITING_MARKERS: readonly string[] = ['citing', 'quoting', 'with reference to', 'referring to'];

/** Forms of "be" that make a following reporting verb passive ("it was pointed out"): no speaker there. */
export const BE_FORMS: readonly string[] = ['is', 'are', 'was', 'were', 'be', 'been', 'being'];

/**
 * Role nouns that stand for a person: "the diplomat", "the deputy defense minister",
 * "a State Department spokesperson". Ranks that are often adjectives in lower case
 * ("general", "major", "chief") are titles only (see {@link TITLES}).
 */
export const ROLE_NOUNS: readonly string[] = [
  'spokeswoman', 'spokesman', 'spokesperson', 'representative', 'minister', 'diplomat', 'ambassador',
  'envoy', 'president', 'premier', 'chancellor', 'secretary', 'official', 'officer', 'head', 'director',
  'chairman', 'chairwoman', 'chair', 'leader', 'commander', 'mayor', 'governor', 'senator', 'lawmaker',
  'deputy', 'adviser', 'advisor', 'aide', 'negotiator', 'prosecutor', 'judge', 'analyst', 'expert',
  'economist', 'professor', 'executive', 'manager', 'founder', 'activist', 'lawyer', 'attorney',
  'congressman', 'congresswoman', 'businessman', 'businesswoman', 'king', 'queen', 'prince', 'princess',
];

/**
 * Role nouns that describe a person rather than name a post: a story re-mentions the person it
 * last named so ("Zakharova … the diplomat said"), so these may refer to the most recent person
 * even when nobody was introduced with them. Every other role noun is a post ("the spokesperson",
 * "the prime minister", "Carter's adviser"): it refers only to someone introduced with it, since
 * the last person named often holds another post. Relational nouns (adviser, aide, lawyer) are
 * posts: "the lawyer" is as often someone's lawyer.
 */
export const EPITHET_NOUNS: ReadonlySet<string> = new Set([
  'diplomat', 'official', 'officer', 'lawmaker', 'analyst', 'expert', 'economist', 'activist', 'professor',
  'executive', 'businessman', 'businesswoman',
]);

/** Prepositions that tie a noun phrase to a role noun before it: "a spokesperson for the prime minister", "an adviser to the president". */
export const COMPLEMENT_LINKS: ReadonlySet<string> = new Set(['for', 'of', 'to', 'at', 'with', 'from', 'in']);

/** Honorifics that precede a name ("Mr. Bakker", "Ms Vos"). */
export const HONORIFICS: readonly string[] = [
  'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'madam', 'mme', 'lady', 'lord', 'dame', 'prof', 'rev',
];

/** Military ranks: titles before a name ("Colonel General Alexander Fomin"). */
export const RANKS: readonly string[] = [
  'general', 'colonel', 'major', 'lieutenant', 'captain', 'admiral', 'marshal', 'sergeant', 'gen', 'col', 'lt', 'capt', 'sgt',
];

/** Every word that, capitalised inside a run of names, marks the words after it as a person's name. */
export const TITLES: ReadonlySet<string> = new Set([...ROLE_NOUNS, ...HONORIFICS, ...RANKS, 'chief']);

/** Title words that tell a person's gender, so "she" can skip a "Mr." and "he" a "spokeswoman". */
export const FEMININE_WORDS: ReadonlySet<string> = new Set([
  'spokeswoman', 'chairwoman', 'congresswoman', 'businesswoman', 'mrs', 'ms', 'miss', 'madam', 'mme', 'lady',
  'dame', 'queen', 'princess',
]);
export const MASCULINE_WORDS: ReadonlySet<string> = new Set([
  'spokesman', 'chairman', 'congressman', 'businessman', 'mr', 'sir', 'lord', 'king', 'prince',
]);

/** Head nouns of institutions' names ("Russian Defense Ministry", "US State Department"). */
export const INSTITUTION_HEADS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'office', 'agency', 'service', 'council', 'committee', 'commission', 'government',
  'parliament', 'duma', 'embassy', 'court', 'bank', 'army', 'navy', 'command', 'cabinet', 'administration',
  'senate', 'congress', 'assembly', 'bureau', 'directorate', 'authority', 'secretariat', 'police',
  'organization', 'kremlin', 'pentagon', 'vatican',
]);

/** Institutions known by one word, so a one-word run is enough ("the Kremlin said"). */
export const ONE_WORD_INSTITUTIONS: ReadonlySet<string> = new Set(['kremlin', 'pentagon', 'vatican']);

/** Lower-case nouns that speak for the most recently named institution ("the statement says"). */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set(['statement', 'communique', 'communiqué', 'release', 'readout']);

/** Subject pronouns that can stand for a speaker. */
export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it']);

/** Determiners that open a role or institution noun phrase; the first three make it definite. */
export const DEFINITE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that']);
export const INDEFINITE_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an']);

/** Words that end a noun phrase's modifiers: "the head | of the DPR". */
export const PHRASE_STOPS: ReadonlySet<string> = new Set([
  'of', 'in', 'on', 'at', 'for', 'to', 'and', 'or', 'by', 'with', 'from', 'that', 'which', 'who', 'as', 'than',
  'but', 'also', 'has', 'had', 'have', 'is', 'was', 'will', 'would',
]);

/** Capitalised function words that can open a sentence before a name ("In", "However"): never part of a name. */
export const CAPITALISED_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'as', 'and', 'but', 'or', 'if', 'when', 'while', 'after', 'before', 'however',
  'he', 'she', 'they', 'it', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'his', 'her', 'their',
  'its', 'our', 'my', 'your', 'according', 'meanwhile', 'earlier', 'later', 'also', 'so', 'then', 'nonetheless',
]);

/**
 * Words that show a short quotation is a clause (someone's statement) rather than a quoted term:
 * finite auxiliaries, modals and copulas, and subject pronouns. See `substance.ts`.
 */
export const CLAUSE_MARKERS: ReadonlySet<string> = new Set([
  'am', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would',
  'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'i', 'we', 'you', 'he', 'she', 'they',
]);

/** British and American spellings compared as one ("Defence Ministry" = "Defense Ministry"). */
export const SPELLING_VARIANTS: Readonly<Record<string, string>> = {
  defence: 'defense',
  organisation: 'organization',
  programme: 'program',
  labour: 'labor',
};
