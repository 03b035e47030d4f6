/** Telling a quotation from a quoted term ("punish", "eastern flank", "Open Door"). */
import { CLAUSE_MARKERS } from './tables.js';

/** Words as the rule counts them: "full-scale" and "alliance's" are one word each. */
const COUNTED_WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’-](?=[\p{L}\p{N}]))*/gu;
const NEGATED = /n['’]t$/u;
const CONTRACTION = /['’](?:s|re|ll|ve|d|m)$/u;

/** At or above this many words, quoted words are someone's words whatever their grammar. */
export const LONG_QUOTE_WORDS = 8;
/** Below this many words, quoted words are a term, even with a verb ("it works"). */
export const SHORT_QUOTE_WORDS = 4;

/**
 * The minimum-substance rule: quoted words are a quotation when they run to
 * {@link LONG_QUOTE_WORDS} words or more, or to {@link SHORT_QUOTE_WORDS}–7 words that
 * form a clause, shown by a finite auxiliary, modal or copula ("are", "can", "will") or a
 * subject pronoun ("we", "they") — see `CLAUSE_MARKERS`. Scare quotes and quoted terms are noun
 * phrases of a few words ("eastern flank", "false flag operation", "escalation for the sake
 * of escalation"); a quoted clause ("Russian-NATO relations are at a critically low level.",
 * "a full-scale offensive can simply begin") carries a statement even when embedded mid-sentence.
 * The clause test needs no tagger: the markers are a closed class, so it is cheap and
 * language-specific only through the table. Main verbs without an auxiliary ("We won") go
 * unseen in quotations of four to seven words; such quotations are rare in news copy.
 */
export function isSubstantive(quoted: string): boolean {
  const words = quoted.match(COUNTED_WORD) ?? [];
  if (words.length >= LONG_QUOTE_WORDS) return true;
  if (words.length < SHORT_QUOTE_WORDS) return false;
  return words.some(isClauseMarker);
}

function isClauseMarker(word: string): boolean {
  const lower = word.toLowerCase();
  if (NEGATED.test(lower)) return true;
  return CLAUSE_MARKERS.has(lower.replace(CONTRACTION, ''));
}
