/**
 * The attribution after a quoted question or exclamation: `"Why now?" Peskov asked.` is one
 * sentence though Intl.Segmenter breaks after `?"`, while `"Why now?" Peskov said it was…` is two.
 */
import { ENGLISH_MONTHS, ENGLISH_WEEKDAYS } from '../text/months.js';
import { CLOSING_MARKS, TERMINAL_MARKS } from '../text/punctuation.js';
import { SPEAKER_ONLY_FORMS } from '../text/reportingVerbs.js';
import { SENTENCE_STARTERS } from './abbreviations.js';

// Any Unicode white space, no-break spaces included (`\s` lacks U+0085 NEXT LINE).
const WS_RUN = /[\s\u0085]+/u;
const CLOSERS = CLOSING_MARKS;

/**
 * Verbs that report speech: after a quoted question or exclamation, a speaker and one of these
 * close the quotation's sentence (`"Why now?" Peskov asked.`) rather than start a new one. Verbs
 * as often said of events are left out (`"Is this the end?" The talks concluded.` is two), and so
 * are verbs that are not reporting verbs at all (continued, repeated, posted, pressed).
 */
const REPORTING_VERBS: ReadonlySet<string> = new Set(SPEAKER_ONLY_FORMS);

/** Reporting verbs whose object is the person addressed, so a name may follow them (`told Interfax.`, `asked Blinken.`). */
const ADDRESSEE_VERBS: ReadonlySet<string> = new Set(['told', 'tells', 'asked', 'asks']);

/** Pronouns that can be a speaker on their own (`"Why now?" He asked.`), though they usually open a sentence. */
const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['I', 'We', 'You', 'He', 'She', 'They', 'It']);

/** Words that name nobody who spoke: `"Why now?" Nobody answered.` is two sentences. */
const NEGATIVE_SUBJECTS: ReadonlySet<string> = new Set(['No', 'None', 'Nobody', 'Nothing', 'Neither', 'Nor']);

/** Sentence starters that can open a speaker's description (`The minister asked.`, `His spokesman said.`). */
const SPEAKER_DETERMINERS: ReadonlySet<string> = new Set([
  'A', 'An', 'The', 'This', 'That', 'These', 'Those', 'My', 'Our', 'Your', 'His', 'Her', 'Its', 'Their',
  'Some', 'Many', 'Most', 'All',
]);

/**
 * Verb forms that make a speaker's words a clause of their own (`The question was asked.`, `Moscow
 * has said.`): a name or title holds none of them.
 */
const NOT_SPEAKER_WORDS: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'not', 'never',
]);

/**
 * Words that may follow a reporting verb without saying anything new: where, when, how and to whom
 * it was said (`told a joint news conference in Moscow on Tuesday.`, `said in a televised address.`).
 * What the speaker said takes other words: a verb (`Lavrov said Moscow would not.`) or an object
 * (`Peskov said nothing.`), so a closing phrase made only of these (and of adverbs, numbers,
 * weekdays, months, and names after the first word: see `isClosingWord`) reports no content of its own.
 */
const CLOSING_WORDS: ReadonlySet<string> = new Set([
  // Prepositions and determiners of a circumstance.
  'in', 'on', 'at', 'to', 'during', 'after', 'before', 'with', 'from', 'via', 'through', 'over', 'by',
  'for', 'about', 'outside', 'inside', 'near', 'ahead', 'of', 'into', 'amid', 'upon', 'across',
  'a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'last', 'next',
  'another', 'one', 'several', 'same', 'late', 'early', 'joint', 'live', 'televised', 'brief', 'own',
  // Times.
  'morning', 'afternoon', 'evening', 'night', 'day', 'days', 'week', 'weeks', 'weekend', 'month',
  'months', 'year', 'years', 'hour', 'hours', 'minutes', 'time',
  // Audiences, occasions and media.
  'reporters', 'journalists', 'correspondents', 'press', 'media', 'lawmakers', 'legislators',
  'parliament', 'deputies', 'senators', 'students', 'audience', 'crowd', 'supporters', 'viewers',
  'listeners', 'readers', 'followers', 'delegates', 'diplomats', 'officials', 'colleagues',
  'counterpart', 'counterparts', 'interviewer', 'interview', 'statement', 'briefing', 'conference',
  'session', 'meeting', 'meetings', 'talks', 'negotiations', 'summit', 'forum', 'speech', 'address',
  'hearing', 'rally', 'visit', 'trip', 'event', 'ceremony', 'television', 'tv', 'radio',
  'broadcaster', 'channel', 'newspaper', 'agency', 'podcast', 'show', 'programme', 'program', 'post',
  'message', 'letter', 'tweet', 'video', 'comments', 'remarks', 'phone', 'call', 'telephone', 'email',
  'e-mail', 'news', 'state', 'state-run', 'state-owned', 'national', 'local', 'platform', 'account',
  'page', 'website', 'site', 'network', 'social', 'room', 'chamber', 'floor', 'hall', 'committee',
  'council', 'assembly', 'nation', 'country', 'people', 'citizens', 'voters', 'response', 'reply',
  'written', 'emailed', 'interpreter', 'translator',
  // People addressed (`asked the minister.`, `told the ambassador.`).
  'minister', 'president', 'prime', 'secretary', 'ambassador', 'envoy', 'spokesman', 'spokeswoman',
  'spokesperson', 'leader', 'leaders', 'host', 'presenter', 'anchor', 'court', 'judge', 'panel',
  'workers', 'troops', 'soldiers', 'residents', 'guests', 'participants',
]);

/** Adverbs of time and manner that do not end in -ly: `He then asked.`, `told reporters later.` */
const ADVERBS: ReadonlySet<string> = new Set([
  'later', 'again', 'then', 'afterwards', 'afterward', 'also', 'too', 'once', 'twice', 'earlier',
  'today', 'yesterday', 'tonight', 'ago', 'here', 'aloud', 'online',
]);

/** Weekdays and months, written out or abbreviated: times that may follow the verb itself (`said Tuesday.`). */
const DATE_WORDS: ReadonlySet<string> = new Set(
  [...ENGLISH_WEEKDAYS, ...ENGLISH_MONTHS].flatMap((name) => [name, name.slice(0, 3), `${name.slice(0, 3)}.`]),
);

/** How many words may name the speaker next to the reporting verb (`Russian Deputy Foreign Minister Sergei A. Ryabkov asked`). */
const MAX_SPEAKER_WORDS = 8;
/**
 * How many words may close an attribution after its reporting verb (`told a joint news conference
 * in Moscow.`); a longer run is taken for a report of its own.
 */
const MAX_CLOSING_WORDS = 7;
/** A word of a speaker's name or title: letters, initials (`S.`), hyphens and apostrophes, no other punctuation. */
const SPEAKER_WORD = /^[\p{L}\p{M}][\p{L}\p{M}.'’-]*$/u;
/** Punctuation that closes an attribution's clause, maybe inside an outer quotation: `Lavrov shouted.`, `told reporters,`, `asked.”`. */
const CLAUSE_END = new RegExp(`[${TERMINAL_MARKS},;][${CLOSERS}]*$`, 'u');
/** Punctuation that ends the sentence: a speaker named after the verb (`Asked Lavrov.`) must end it. */
const SENTENCE_END = new RegExp(`[${TERMINAL_MARKS}][${CLOSERS}]*$`, 'u');
const TRAILING_MARKS = new RegExp(`[${TERMINAL_MARKS},;:${CLOSERS}]+$`, 'u');
const LEADING_OPENERS = /^["'“‘«([]+/u;

/**
 * Whether `text` (what follows a quoted question or exclamation) opens with an attribution that
 * closes the quotation's sentence, in one of two orders:
 * - a speaker, then a reporting verb (`Lavrov shouted.`, `He asked.`, `The minister asked.`,
 *   `Kremlin spokesman Dmitry Peskov told reporters on Tuesday.`): the speaker is at most
 *   {@link MAX_SPEAKER_WORDS} words, opening with a capitalised name, a pronoun alone (maybe with an
 *   adverb: `He then asked.`) or a determiner; the verb ends the clause itself (`said.`, `said,`), or
 *   at most {@link MAX_CLOSING_WORDS} words that only say where, when, how or to whom
 *   ({@link CLOSING_WORDS}) lead to punctuation that does. Anything else after the verb is what the
 *   speaker said, a sentence of its own (`Lavrov said Moscow would not.`, `Peskov said it was…`);
 * - a capitalised reporting verb, then a speaker that ends the sentence (`Asked Lavrov.`).
 * Cost: linear in the length of `text`, of which only the first few words are read.
 */
export function isAttribution(text: string): boolean {
  const words = text.split(WS_RUN, MAX_SPEAKER_WORDS + MAX_CLOSING_WORDS + 1);
  return isSpeakerFirst(words) || isVerbFirst(words);
}

/** `Speaker verb [closing words].` */
function isSpeakerFirst(words: string[]): boolean {
  const at = words.findIndex((word, i) => i > 0 && REPORTING_VERBS.has(bare(word)));
  if (at < 1 || at > MAX_SPEAKER_WORDS || !isSpeaker(words.slice(0, at))) return false;
  const verb = words[at];
  if (CLAUSE_END.test(verb)) return true;
  const addressed = ADDRESSEE_VERBS.has(bare(verb));
  for (let i = at + 1; i < Math.min(words.length, at + 1 + MAX_CLOSING_WORDS); i++) {
    if (!isClosingWord(bare(words[i]), i === at + 1 && !addressed)) return false;
    if (CLAUSE_END.test(words[i])) return true;
  }
  return false;
}

/** `Verb Speaker.`: the verb capitalised as the first word, the speaker ending the sentence. */
function isVerbFirst(words: string[]): boolean {
  const verb = words[0] ?? '';
  if (!/^\p{Lu}/u.test(verb) || !REPORTING_VERBS.has(bare(verb).toLowerCase())) return false;
  const last = words.findIndex((word, i) => i > 0 && CLAUSE_END.test(word));
  if (last < 1 || last > MAX_SPEAKER_WORDS || !SENTENCE_END.test(words[last])) return false;
  const speaker = words.slice(1, last + 1).map(bare);
  return isSpeaker(speaker) && !SPEAKER_PRONOUNS.has(speaker[0]);
}

/** Whether `words` (no punctuation after them) can name or describe a speaker. */
function isSpeaker(words: string[]): boolean {
  const [first, ...rest] = words;
  if (first === undefined || !/^\p{Lu}/u.test(first) || NEGATIVE_SUBJECTS.has(first)) return false;
  // Matched in lower case only: `Theresa May` and `Will Smith` are names.
  if (!words.every((word) => SPEAKER_WORD.test(word) && !NOT_SPEAKER_WORDS.has(word))) return false;
  // `He asked.`, `They then asked.`: a pronoun is the whole speaker, so only an adverb may follow it.
  if (SPEAKER_PRONOUNS.has(first)) return rest.every((word) => isAdverb(word));
  // `The minister asked.`; other sentence starters (`But`, `When`, `After`) open a sentence, not a speaker.
  if (SPEAKER_DETERMINERS.has(first)) return rest.length > 0;
  return !SENTENCE_STARTERS.has(firstWord(first));
}

/**
 * Whether `word` (bare) may close an attribution: a circumstance word, an adverb, a number, a date
 * or a name. A name right after a verb that takes no addressee (`first`) is no circumstance but
 * the subject of what was said (`Lavrov said Moscow…`).
 */
function isClosingWord(word: string, first: boolean): boolean {
  const lower = word.toLowerCase();
  if (CLOSING_WORDS.has(lower) || DATE_WORDS.has(lower) || isAdverb(word) || /^\p{N}/u.test(word)) return true;
  return !first && /^\p{Lu}/u.test(word) && SPEAKER_WORD.test(word);
}

/** An adverb of manner or time: one in -ly (lower case, so `Italy` is a name) or one of {@link ADVERBS}. */
function isAdverb(word: string): boolean {
  return /^\p{Ll}+ly$/u.test(word) || ADVERBS.has(word);
}

/** `word` without opening quotes or brackets and without closing punctuation: `asked.”` → `asked`. */
function bare(word: string): string {
  return word.replace(LEADING_OPENERS, '').replace(TRAILING_MARKS, '');
}

/** The leading letters of `text`: `It's` → `It`. */
function firstWord(text: string): string {
  return /^[\p{L}\p{M}]+/u.exec(text)?.[0] ?? '';
}
