/**
 * Finds the reporting clause of a sentence ("…," Russian Foreign Ministry spokesperson Maria
 * Zakharova said in a Friday statement. / The Defense Ministry recalled that …): whose words
 * these are, not what was said. Two outlets quoting the same speaker share the clause's names
 * without sharing a sentence, so the aligner counts its words for less.
 */
import { TERMINAL_MARKS } from '../text/punctuation.js';
import { FINITE_REPORTING_FORMS, OBJECT_TAKING_FORMS } from '../text/reportingVerbs.js';

/**
 * What introduces or closes reported speech: every finite reporting verb, and the phrases and
 * verbs of belief that do the same in news copy.
 */
const REPORTING_VERBS = [...FINITE_REPORTING_FORMS, 'quoted', 'believes', 'according to', 'as saying'];

/**
 * Verbs that as often take a plain object ("declared independence", "reported losses",
 * "confirmed the deal"): at the head of a sentence they open a reporting clause only when "that",
 * "as saying", a colon or a quotation follows.
 */
const OBJECT_VERBS: ReadonlySet<string> = new Set([...OBJECT_TAKING_FORMS, 'believes']);

const VERB = `(?:${REPORTING_VERBS.map((verb) => verb.replace(' ', '\\s+')).join('|')})`;
/**
 * A closing quotation mark. A single quote with a letter right after it is an apostrophe
 * ("Norvik's factory", "the country’s"), which closes no quotation.
 */
const QUOTE_CLOSE = `(?:["\\u201D\\u00BB]|['\\u2019](?!\\p{L}))`;
const QUOTE_ANY = /["\u201C\u201D\u00AB\u00BB\u201E]/;

/** `…," she said.` / `…" the ministry said in the statement citing Fomin.` */
const TRAILING = new RegExp(`${QUOTE_CLOSE}[\\s,]*([^"\\u201C\\u201D\\u00AB\\u00BB]*\\b${VERB}\\b[^"\\u201C\\u201D\\u00AB\\u00BB]*)$`, 'iu');
/** `The Defense Ministry recalled that …` / `Earlier on February 4, X said that …` (at most 15 words before the verb). */
const LEADING = new RegExp(`^((?:[^\\s"\\u201C\\u201D\\u00AB\\u00BB]+\\s+){0,15}?(${VERB})(?:\\s+(?:that|as saying(?:\\s+that)?))?)\\b(\\s*[:"\\u201C\\u00AB])?`, 'iu');

/**
 * `…, Russian Foreign Ministry Spokeswoman Maria Zakharova said in a statement on Friday, following …`
 * / `…, according to the statement.` ("according to" names its source after it, so no word need come first).
 */
const MIDDLE = new RegExp(
  `,\\s+((?:(?:[^\\s,;"\\u201C\\u201D]+\\s+){1,10}?${VERB}|according\\s+to)\\b(?:\\s+[^\\s,;"\\u201C\\u201D]+){0,8}?)\\s*(?:,|\\.?$)`,
  'iu',
);

/**
 * A reporting verb in the passive, which reports no speaker: "…, where 20 people had been reported
 * missing." ("was quoted as saying" still names one). Read on the middle pattern's clause, whose
 * first reporting verb is the one it found.
 */
const PASSIVE_VERB = new RegExp(`^(?:(?!${VERB}\\b)\\S+\\s+)*?(?:is|are|was|were|be|been|being)\\s+(?!quoted\\b)${VERB}\\b`, 'iu');

/**
 * What may follow a reporting verb that closes its sentence: nothing, a comma, or a phrase of
 * time, place or channel (`said on Friday.`, `said in a statement.`, `said, adding …`).
 */
const CLOSING_TAIL = new RegExp(
  `^\\s*(?:[${TERMINAL_MARKS}]?\\s*$|,|(?:on|in|at|during|after|before|earlier|later|late|last|this|yesterday|today|tonight|overnight|from|via|through|while|when)\\b[^"\\u201C\\u201D\\u00AB\\u00BB:]*$)`,
  'iu',
);
/** Reporting verbs that name whom they address first (`told reporters on Friday.`, `told RIA Novosti.`). */
const ADDRESSEE_VERBS = new Set(['told', 'tells', 'informed', 'asked']);
/** An addressee of one, two or three words. */
const ADDRESSEES = [1, 2, 3].map((words) => new RegExp(`^(?:\\s+[^\\s,;:"\\u201C\\u201D\\u00AB\\u00BB]+){${words}}`, 'u'));

/** The UTF-16 spans of `text` that belong to a reporting clause, in order. */
export function attributionSpans(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  const leading = LEADING.exec(text);
  if (leading && !QUOTE_ANY.test(leading[1]) && opensReport(leading) && !closesSentence(text, leading)) {
    spans.push({ start: secondPredicateStart(leading), end: leading[1].length });
  }
  const middle = MIDDLE.exec(text);
  if (middle && spans.length === 0 && !PASSIVE_VERB.test(middle[1])) {
    const start = middle.index + middle[0].indexOf(middle[1]);
    spans.push({ start, end: start + middle[1].length });
  }
  const trailing = TRAILING.exec(text);
  if (trailing) {
    const start = text.length - trailing[1].length;
    if (!spans.some((span) => span.end > start)) spans.push({ start, end: text.length });
  }
  return spans;
}

/**
 * Where a leading clause starts: at the sentence's start, or, when its verb is a second predicate
 * of the subject ("Unions called a strike for Feb. 12 and said they would …"), at that "and" or
 * "but": what the subject did first is no part of the reporting clause.
 */
function secondPredicateStart(match: RegExpExecArray): number {
  const verbAt = match[1].toLowerCase().lastIndexOf(match[2].toLowerCase());
  const joined = /(?:^|\s)(and|but)\s+$/iu.exec(match[1].slice(0, verbAt));
  return joined ? joined.index + joined[0].indexOf(joined[1]) : 0;
}

/** Whether a leading match is a reporting clause: its verb reports speech, or "that", "as saying", a colon or a quote follows it. */
function opensReport(match: RegExpExecArray): boolean {
  const verb = match[2].toLowerCase();
  if (!OBJECT_VERBS.has(verb)) return true;
  return /\s(?:that|as saying)$/iu.test(match[1]) || match[3] !== undefined;
}

/**
 * Whether a leading match is really a clause closing its sentence after a comma: `The law comes
 * into force on Dec. 1, officials said on Friday.` / `The talks were frank, according to the
 * statement.` The words before the comma are what was said, not who said it; the clause starts
 * after the comma (the middle pattern finds it). A leading clause with an opening phrase
 * (`Earlier on February 4, Lavrov said talks would resume.`) has what was said after its verb.
 */
function closesSentence(text: string, match: RegExpExecArray): boolean {
  const beforeVerb = match[1].slice(0, match[1].toLowerCase().lastIndexOf(match[2].toLowerCase()));
  if (!beforeVerb.includes(',')) return false;
  if (/\s(?:that|as saying)$/iu.test(match[1]) || match[3] !== undefined) return false;
  if (/^according\s+to$/iu.test(match[2])) return true;
  const tail = text.slice(match[1].length);
  if (CLOSING_TAIL.test(tail)) return true;
  if (!ADDRESSEE_VERBS.has(match[2].toLowerCase())) return false;
  // Each short enough addressee is tried, so `told Foreign Minister Lavrov on Friday.` is found.
  return ADDRESSEES.some((pattern) => {
    const addressee = pattern.exec(tail);
    return addressee !== null && CLOSING_TAIL.test(tail.slice(addressee[0].length));
  });
}
