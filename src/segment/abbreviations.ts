/**
 * Abbreviations that end in a full stop without ending a sentence.
 * Intl.Segmenter splits after any full stop followed by a capital, so the
 * segmenter consults this table to decide whether to join the pieces again.
 */
import { ENGLISH_MONTHS, ENGLISH_WEEKDAYS } from '../text/months.js';

/**
 * How an abbreviation behaves before the next word:
 * - `joins`: never ends a sentence (titles before a name, if capitalised; `e.g.`, `vs.`).
 * - `beforeNumber`: joins only when a number follows (`No. 5`, `Jan. 2020`);
 *   otherwise it is read as ending the sentence (`…on 16-17 Feb. Russia said…`).
 * - `ambiguous`: often ends a sentence (`…in the U.S. The next day…`), so it joins
 *   unless the next word is a common sentence starter (see {@link SENTENCE_STARTERS}).
 * - `closesList`: `etc.` ends a list, and what follows it in the same sentence is lower case
 *   (`etc. were moved`), so before any capitalised word it ends the sentence (`…, etc. Moscow said…`).
 * - `time`: `a.m.`, `p.m.`: joins only before what completes a time ({@link TIME_COMPLETION}:
 *   `10 a.m. GMT`, `9 p.m. Friday`, `8 a.m. Moscow time`); before any other capitalised word
 *   it ends the sentence (`…at 10 a.m. Officials said…`).
 */
export type AbbreviationKind = 'joins' | 'beforeNumber' | 'ambiguous' | 'closesList' | 'time';

/**
 * An abbreviation, alone or with the words it stands for: `['Gov.', 'Governor']`. The diff labels
 * read an abbreviation against a word it stands for as one word spelled two ways (`Gov.` /
 * `Governor`, `St.` / `Street` or `Saint`), as they read `Dec.` / `December`.
 */
type Entry = string | readonly [abbreviation: string, ...fullForms: string[]];

const TABLE: Record<AbbreviationKind, readonly Entry[]> = {
  joins: [
    // Titles and ranks: always followed by a name.
    'Mr.', 'Mrs.', 'Ms.', 'Messrs.', ['Dr.', 'Doctor'], ['Prof.', 'Professor'], ['Col.', 'Colonel'], ['Gen.', 'General'],
    ['Lt.', 'Lieutenant'], ['Sgt.', 'Sergeant'], ['Capt.', 'Captain'], ['Maj.', 'Major'], ['Adm.', 'Admiral'],
    ['Cmdr.', 'Commander'], ['Gov.', 'Governor'], ['Sen.', 'Senator'], ['Rep.', 'Representative'], ['Rev.', 'Reverend'],
    ['Hon.', 'Honourable', 'Honorable'], ['Pres.', 'President'], ['Amb.', 'Ambassador'], ['Mt.', 'Mount'],
    ['Brig.', 'Brigadier'], ['Cpl.', 'Corporal'], ['Pvt.', 'Private'], ['Pte.', 'Private'], ['Cdr.', 'Commander'],
    ['Det.', 'Detective'], ['Insp.', 'Inspector'], ['Supt.', 'Superintendent'], ['Dep.', 'Deputy'], ['Asst.', 'Assistant'],
    ['Msgr.', 'Monsignor'], ['Mme.', 'Madame'], ['Fr.', 'Father'], ['Atty.', 'Attorney'], ['Ald.', 'Alderman'],
    ['Cllr.', 'Councillor', 'Councilor'],
    // `the Rt. Hon.`: no full form, so that the outlet `RT` never reads as an abbreviation of `right`;
    // and only as written (see `ONLY_AS_WRITTEN`).
    'Rt.',
    // Plural titles: `Sens. John Thune and …`.
    ['Sens.', 'Senators'], ['Reps.', 'Representatives'], ['Govs.', 'Governors'], ['Gens.', 'Generals'], ['Drs.', 'Doctors'],
    ['Profs.', 'Professors'],
    // Latin and connective abbreviations that sit inside a sentence.
    'e.g.', 'i.e.', 'cf.', 'viz.', 'vs.', 'approx.', 'ca.', 'incl.', 'esp.',
  ],
  beforeNumber: [
    ['No.', 'Number'], 'Nos.', ['Vol.', 'Volume'], 'pp.', 'p.', 'para.', 'ch.', 'fig.', ['Art.', 'Article'], ['Sec.', 'Section', 'Secretary'],
    // Months: their full names are in `src/text/months.ts`, which the diff labels read for dates.
    'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.',
  ],
  ambiguous: [
    'U.S.', 'U.S.A.', 'U.K.', 'U.N.', 'E.U.', ['Jr.', 'Junior'], ['Sr.', 'Senior'], ['St.', 'Street', 'Saint'],
    ['Inc.', 'Incorporated'], ['Ltd.', 'Limited'], ['Co.', 'Company', 'County'], ['Corp.', 'Corporation'], ['Bros.', 'Brothers'],
    // Places and offices: a name may follow (`Ft. Bragg`, `State Dept. officials`) or the sentence may end.
    ['Ft.', 'Fort'], ['Ave.', 'Avenue'], ['Blvd.', 'Boulevard'], ['Dept.', 'Department'], ['Govt.', 'Government'],
  ],
  closesList: ['etc.'],
  time: ['a.m.', 'p.m.'],
};

/** The abbreviation of a table entry. */
const abbreviationOf = (entry: Entry): string => (typeof entry === 'string' ? entry : entry[0]);

/**
 * A time zone written with full stops: `E.T.`, `E.S.T.`, `G.M.T.`, `U.T.C.`. Capitals ending in `T.`,
 * so that initials after a time stay initials (`…at 9 a.m. U.S. officials said…`).
 */
const DOTTED_TIME_ZONE = '(?:\\p{Lu}\\.){1,3}T\\.|U\\.T\\.C\\.';

/**
 * What may follow `a.m.`/`p.m.` in the same sentence: a time zone in capitals (`GMT`, `ET`, `E.T.`),
 * a weekday or month (or its abbreviation), or a place before "time" (`Moscow time`, `Eastern Time`,
 * `U.K. time`).
 * Not a possessive: `…at 4 p.m. Friday's session…` opens a sentence about Friday.
 */
export const TIME_COMPLETION = new RegExp(
  `^(?:\\p{Lu}{2,5}|${DOTTED_TIME_ZONE}|${[...ENGLISH_WEEKDAYS, ...ENGLISH_MONTHS].map((name) => `${name[0].toUpperCase()}${name.slice(1, 3)}(?:${name.slice(3)}|\\.)?`).join('|')}|(?:\\p{Lu}\\p{Ll}+|(?:\\p{Lu}\\.){2,3}) [Tt]ime)(?![\\p{L}'’])`,
  'u',
);

/**
 * The end of a text that closes on a time and a dotted time zone (`…at 5 p.m. E.T.`): the zone ends a
 * sentence as the time would, not as initials before a name. No `i` flag: under it `\p{Lu}` matches
 * any letter.
 */
export const TIME_THEN_DOTTED_ZONE = new RegExp(`(?:^|[\\s\\u0085])[aApP]\\.[mM]\\.[\\s\\u0085]+(?:${DOTTED_TIME_ZONE})$`, 'u');

/** Lower-cased abbreviation → kind; matching ignores case (`MR.`, `Etc.`), except for {@link TITLES}. */
const BY_TOKEN: ReadonlyMap<string, AbbreviationKind> = new Map(
  (Object.entries(TABLE) as Array<[AbbreviationKind, readonly Entry[]]>).flatMap(([kind, entries]) =>
    entries.map((entry) => [abbreviationOf(entry).toLowerCase(), kind] as const),
  ),
);

/**
 * Lower-cased `joins` entries written capitalised (`Mr.`, `Reps.`): titles join only when capitalised
 * (`Mr.`, `GEN.`); in lower case they are ordinary words that may end a sentence (`…laid off 40 sales reps.`).
 */
const TITLES: ReadonlySet<string> = new Set(
  TABLE.joins.map(abbreviationOf).filter((token) => /^\p{Lu}/u.test(token)).map((token) => token.toLowerCase()),
);

/**
 * One or more capital initials: `W.`, `V.V.`, `В.В.`, also `U.S.`. Treated as `ambiguous`,
 * and checked before the table so that `P.` is an initial while `p. 5` is a page.
 */
const INITIALS = /^(?:\p{Lu}\.)+$/u;

/**
 * Words that usually open a sentence. After an `ambiguous` abbreviation, a capitalised word
 * from this list is read as a new sentence (`…in the U.S. The next day…`); any other
 * capitalised word as a name that continues it (`U.S. President`, `George W. Bush`).
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'A', 'An', 'The', 'This', 'That', 'These', 'Those', 'There', 'Here',
  'I', 'We', 'You', 'He', 'She', 'It', 'They', 'My', 'Our', 'Your', 'His', 'Her', 'Its', 'Their',
  'In', 'On', 'At', 'For', 'From', 'By', 'With', 'After', 'Before', 'During', 'Since', 'Under',
  'When', 'While', 'If', 'As', 'Although', 'Though', 'Because',
  'But', 'And', 'Or', 'So', 'Yet', 'However', 'Meanwhile', 'Moreover', 'Also', 'Still',
  'Then', 'Now', 'Earlier', 'Later', 'Last', 'According', 'Some', 'Many', 'Most', 'All',
]);

/**
 * The kind of abbreviation `token` is (a word ending in a full stop, opening punctuation
 * already stripped), or `undefined` when it is an ordinary word. A hyphenated token is
 * classified by the part after its last hyphen when that part is in the table.
 */
export function abbreviationKind(token: string): AbbreviationKind | undefined {
  if (INITIALS.test(token)) return 'ambiguous';
  // A hyphenated word is read by its last part: `Col.-Gen.` as `Gen.`, `Russia-U.S.` as `U.S.`.
  // Only the table counts there: a letter after a hyphen is no initial (`…had hepatitis-B. Doctors…`).
  return tableKind(token.slice(token.lastIndexOf('-') + 1));
}

/**
 * `beforeNumber` abbreviations that are also a title when capitalised (`Sec. 5`, `Sec. Antony
 * Blinken`): before a capitalised name they join as a title does.
 */
const NUMBERED_TITLES: ReadonlySet<string> = new Set(['Sec.']);

/** Whether `token` is a capitalised `beforeNumber` abbreviation that is also a title ({@link NUMBERED_TITLES}), maybe after a hyphen. */
export function isNumberedTitle(token: string): boolean {
  return NUMBERED_TITLES.has(token.slice(token.lastIndexOf('-') + 1));
}

/**
 * Entries that count only as written: `RT.` is the outlet ending a sentence (`…Zakharova told RT.
 * The diplomat added…`), never the title `Rt.` (`the Rt. Hon. …`).
 */
const ONLY_AS_WRITTEN: ReadonlyMap<string, string> = new Map([['rt.', 'Rt.']]);

/** The kind `token` has in the table, or `undefined`; a title in lower case (`reps.`) is none. */
function tableKind(token: string): AbbreviationKind | undefined {
  const key = token.toLowerCase();
  if (TITLES.has(key) && !/^\p{Lu}/u.test(token)) return undefined;
  if ((ONLY_AS_WRITTEN.get(key) ?? token) !== token) return undefined;
  return BY_TOKEN.get(key);
}

/**
 * Whether `word` (letters ending in a full stop) is written as an abbreviation, in any case: a
 * table entry (`Oct.`, `no.`, `gov.`; not one that counts only as written, which in lower case
 * cannot be told from the outlet `RT`) or dotted letters (`U.S.`, `a.m.`, `W.`, `Ph.D.`). Unlike
 * {@link abbreviationKind} it ignores case, titles included: the word diff reads lower-cased text,
 * and inside one sentence the splitter has already judged that such a stop ends none.
 */
export function isAbbreviation(word: string): boolean {
  const key = word.toLowerCase();
  return DOTTED_LETTERS.test(word) || (BY_TOKEN.has(key) && !ONLY_AS_WRITTEN.has(key));
}
const DOTTED_LETTERS = /^(?:\p{L}\.|(?:[\p{L}\p{M}]+\.){2,})$/u;

/**
 * Words that open a sentence as its subject but also begin names (`U.S. Troops Will Stay` in a
 * headline, `D.C. Police Department`): after an `ambiguous` abbreviation one starts a new sentence
 * only when the word after it is in lower case (`…in the U.S. Officials said…`, `…to the U.K. Two
 * more are expected.`, `…in the U.S. No one was hurt.`); `the U.S. No. 2 diplomat` and a headline
 * in title case go on.
 */
export const SUBJECT_OPENERS: ReadonlySet<string> = new Set([
  'Officials', 'Authorities', 'Investigators', 'Prosecutors', 'Lawmakers', 'Legislators', 'Diplomats',
  'Negotiators', 'Analysts', 'Experts', 'Economists', 'Scientists', 'Researchers', 'Doctors', 'Critics',
  'Residents', 'Witnesses', 'Protesters', 'Demonstrators', 'Organizers', 'Organisers', 'Voters', 'Police',
  'Troops', 'Soldiers', 'Shares', 'Talks',
  'Both', 'Each', 'Several', 'Few', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten',
  'Dozens', 'Hundreds', 'Thousands', 'No', 'Nobody', 'None', 'Nothing',
]);

/**
 * Each abbreviation's full forms, both lower case and without the stop (`gov` → `governor`): the
 * diff reads words without their stops, and British style drops the stop of a contraction (`Dr`,
 * `St`, `Ltd`).
 */
const FULL_FORMS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.values(TABLE)
    .flat()
    .filter((entry): entry is Exclude<Entry, string> => typeof entry !== 'string')
    .map(([abbreviation, ...fullForms]) => [abbreviation.slice(0, -1).toLowerCase(), fullForms.map((form) => form.toLowerCase())]),
);

/**
 * Whether one of two words (either order, any case, with or without the abbreviation's stop) is
 * an abbreviation in the table and the other a word it stands for: `Gov.`/`Governor`,
 * `St`/`Saint`. `Gov.`/`Senator` is no such pair.
 */
export function isAbbreviationOf(a: string, b: string): boolean {
  const [x, y] = [a, b].map((word) => word.toLowerCase().replace(/\.$/, ''));
  return FULL_FORMS.get(x)?.includes(y) === true || FULL_FORMS.get(y)?.includes(x) === true;
}
