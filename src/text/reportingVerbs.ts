/**
 * The verbs that report speech, one table for the three rules that look for them: the aligner's
 * reporting clauses (src/align/attribution.ts), the splitter's attribution after a quoted
 * question (src/segment/attribution.ts) and the quotation finder's speakers (src/quotes/). Each
 * rule takes the forms it can use, so a verb added here reaches all three.
 */

interface ReportingVerb {
  /** Third person present, past, and the -ing form; a two-word verb spaced ("points out"). */
  forms: readonly [present: string, past: string, ing: string];
  /** Often takes a plain object ("declared independence", "reported losses", "confirmed the deal"). */
  takesObject?: boolean;
  /** Said as often of events as of speakers ("The talks concluded.", "The ceasefire was observed."). */
  ofEvents?: boolean;
  /** Its third-person present is as often a noun in news copy ("notes", "claims", "comments"). */
  presentIsNoun?: boolean;
  /** …yet reports speech often enough to open a clause ("the ministry notes that", "the report claims"). */
  presentReportsToo?: boolean;
  /** Says how the words were spoken or sent ("shouted", "quipped", "tweeted"): a reporting verb only beside a quotation ("buyers snapped up shares"). */
  manner?: boolean;
}

const VERBS: readonly ReportingVerb[] = [
  { forms: ['says', 'said', 'saying'] },
  { forms: ['adds', 'added', 'adding'] },
  { forms: ['tells', 'told', 'telling'] },
  { forms: ['writes', 'wrote', 'writing'] },
  { forms: ['stresses', 'stressed', 'stressing'] },
  { forms: ['notes', 'noted', 'noting'], presentIsNoun: true, presentReportsToo: true },
  { forms: ['points out', 'pointed out', 'pointing out'] },
  { forms: ['recalls', 'recalled', 'recalling'] },
  { forms: ['warns', 'warned', 'warning'] },
  { forms: ['explains', 'explained', 'explaining'], takesObject: true },
  { forms: ['emphasises', 'emphasised', 'emphasising'] },
  { forms: ['emphasizes', 'emphasized', 'emphasizing'] },
  { forms: ['underlines', 'underlined', 'underlining'] },
  { forms: ['underscores', 'underscored', 'underscoring'] },
  { forms: ['states', 'stated', 'stating'], takesObject: true, presentIsNoun: true },
  { forms: ['declares', 'declared', 'declaring'], takesObject: true },
  { forms: ['announces', 'announced', 'announcing'], takesObject: true },
  { forms: ['insists', 'insisted', 'insisting'] },
  { forms: ['argues', 'argued', 'arguing'], takesObject: true },
  { forms: ['asserts', 'asserted', 'asserting'] },
  { forms: ['claims', 'claimed', 'claiming'], presentIsNoun: true, presentReportsToo: true },
  { forms: ['remarks', 'remarked', 'remarking'], presentIsNoun: true },
  { forms: ['comments', 'commented', 'commenting'], presentIsNoun: true },
  { forms: ['concludes', 'concluded', 'concluding'], takesObject: true, ofEvents: true },
  { forms: ['asks', 'asked', 'asking'], takesObject: true },
  { forms: ['replies', 'replied', 'replying'], presentIsNoun: true },
  { forms: ['responds', 'responded', 'responding'] },
  { forms: ['answers', 'answered', 'answering'], presentIsNoun: true },
  { forms: ['confirms', 'confirmed', 'confirming'], takesObject: true },
  { forms: ['acknowledges', 'acknowledged', 'acknowledging'] },
  { forms: ['admits', 'admitted', 'admitting'] },
  { forms: ['concedes', 'conceded', 'conceding'] },
  { forms: ['urges', 'urged', 'urging'] },
  { forms: ['observes', 'observed', 'observing'], ofEvents: true },
  { forms: ['informs', 'informed', 'informing'], takesObject: true },
  { forms: ['reports', 'reported', 'reporting'], takesObject: true, presentIsNoun: true, presentReportsToo: true },
  { forms: ['promises', 'promised', 'promising'], presentIsNoun: true },
  { forms: ['indicates', 'indicated', 'indicating'], takesObject: true },
  { forms: ['suggests', 'suggested', 'suggesting'], takesObject: true },
  { forms: ['demands', 'demanded', 'demanding'], presentIsNoun: true, manner: true },
  { forms: ['shouts', 'shouted', 'shouting'], presentIsNoun: true, manner: true },
  { forms: ['cries', 'cried', 'crying'], presentIsNoun: true, manner: true },
  { forms: ['exclaims', 'exclaimed', 'exclaiming'], manner: true },
  { forms: ['wonders', 'wondered', 'wondering'], presentIsNoun: true, manner: true },
  { forms: ['quips', 'quipped', 'quipping'], presentIsNoun: true, manner: true },
  { forms: ['jokes', 'joked', 'joking'], presentIsNoun: true, manner: true },
  { forms: ['retorts', 'retorted', 'retorting'], presentIsNoun: true, manner: true },
  { forms: ['tweets', 'tweeted', 'tweeting'], presentIsNoun: true, manner: true },
  { forms: ['complains', 'complained', 'complaining'], manner: true },
  { forms: ['counters', 'countered', 'countering'], presentIsNoun: true, manner: true },
  { forms: ['objects', 'objected', 'objecting'], presentIsNoun: true, manner: true },
  { forms: ['muses', 'mused', 'musing'], presentIsNoun: true, manner: true },
  { forms: ['snaps', 'snapped', 'snapping'], presentIsNoun: true, manner: true },
  { forms: ['inquires', 'inquired', 'inquiring'], manner: true },
  { forms: ['enquires', 'enquired', 'enquiring'], manner: true },
  { forms: ['queries', 'queried', 'querying'], presentIsNoun: true, manner: true },
];

const finite = (verb: ReportingVerb): string[] => [verb.forms[0], verb.forms[1]];

/**
 * What opens or closes a reporting clause with or without a quotation ("X said that …", "…,
 * officials said."): "say" and the finite forms (third-person present, past) of every verb but
 * those of manner or said of events ("The rock was first observed"), less a present that is as
 * often a noun and seldom opens a clause ("his comments", "U.S. demands", "the United States").
 */
export const FINITE_REPORTING_FORMS: readonly string[] = [
  'say',
  ...VERBS.filter((verb) => !verb.manner && !verb.ofEvents).flatMap((verb) => (verb.presentIsNoun && !verb.presentReportsToo ? [verb.forms[1]] : finite(verb))),
];

/** The finite forms of verbs that often take a plain object: a clause they open needs "that", "as saying", a colon or a quotation after them. */
export const OBJECT_TAKING_FORMS: readonly string[] = VERBS.filter((verb) => verb.takesObject).flatMap(finite);

/** Finite one-word forms of the verbs said of speakers rather than events: what may close a quoted question (`"Why now?" Peskov asked.`). */
export const SPEAKER_ONLY_FORMS: readonly string[] = VERBS.filter((verb) => !verb.ofEvents)
  .flatMap(finite)
  .filter((form) => !form.includes(' '));

/** Every form that reads as a verb next to a quotation: finite, -ing and "say", but no present form more often a noun ("notes", "claims"). */
export const UNAMBIGUOUS_REPORTING_FORMS: readonly string[] = [
  'say',
  ...VERBS.flatMap((verb) => (verb.presentIsNoun ? verb.forms.slice(1) : [...verb.forms])),
];
