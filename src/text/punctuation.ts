/**
 * Sentence-ending punctuation, one definition for every rule that asks whether text ends a
 * sentence: the loader's (headings, paragraph ends, wrapped lines running on, the other-script
 * rule, captions), the splitter's repairs, the quotation finder's and the diff labels'. In any
 * script: Unicode's Sentence_Terminal characters, the marks UAX #29 (and so Intl.Segmenter, which
 * proposes the splitter's boundaries) ends a sentence at — `.` `!` `?`, the ideographic and
 * fullwidth `。` `．` `！` `？` `｡` of Chinese and Japanese, the Devanagari danda `।` and `॥`, Arabic
 * `؟`, Urdu `۔`, Armenian `։`, Ethiopic `።`, … — and the ellipsis `…`, which UAX #29 leaves out.
 * Only the abbreviation rules read the ASCII full stop alone, abbreviations being English.
 *
 * The constants are bodies of regular-expression character classes, for patterns with the `u` flag.
 */

/** The marks UAX #29 ends a sentence at (Intl.Segmenter splits after them, though not always: see the splitter). */
export const TERMINAL_MARKS = '\\p{Sentence_Terminal}';

/** Marks that end a sentence: those and the ellipsis. */
export const SENTENCE_TERMINALS = `${TERMINAL_MARKS}…`;

/** Of those, the question and exclamation marks, which a headline may end with (`Will talks resume?`, `何时复谈？`). */
export const QUESTION_OR_EXCLAMATION_MARKS = '?!？！﹖﹗︖︕؟‽‼⁇⁈⁉';

/** Closing quotation marks (Western, and the corner brackets of Chinese and Japanese). */
export const CLOSING_QUOTES = `"'”’»」』`;

/**
 * Closing quotation marks and brackets, which may follow a sentence's final mark and belong to
 * its sentence: `…."`, `…?)`, `。」`, `。”`, `।"`.
 */
export const CLOSING_MARKS = `${CLOSING_QUOTES})\\]）］》〉】〕〗`;

/**
 * Quotation marks that open a quotation in some languages and close it in others (German „…“,
 * ‹…›, »…«): a line may end with one after its last sentence's mark.
 */
export const EITHER_WAY_QUOTES = '“‘«„‟‹›';

/** Opening quotation marks and brackets, which may stand before a sentence's first word: `"We`, `(`, `“我们`, `「景気`. */
export const OPENING_MARKS = `"'“‘«(\\[「『（［《〈【〔〖`;

/**
 * Opening marks that never close anything: where Intl.Segmenter leaves one at the end of a
 * sentence, it opens the next (see the splitter's repairs).
 */
export const OPENING_ONLY_MARKS = `“‘(\\[「『（［《〈【〔〖`;

/** Marks that close a clause but not the sentence: a colon or semicolon (before a list, a quotation). */
export const CLAUSE_MARKS = ':;：；';

/** Commas: Western, fullwidth, the ideographic enumeration comma and the Arabic comma. */
export const COMMAS = ',，、،';

/**
 * Text that ends like a sentence: a final mark, maybe inside closing quotation marks and brackets
 * of any convention (`…said."`, `…做法。”`, `…述べた。」`, `…है।`).
 */
export const SENTENCE_END = new RegExp(`[${SENTENCE_TERMINALS}][${CLOSING_MARKS}${EITHER_WAY_QUOTES}]*$`, 'u');
