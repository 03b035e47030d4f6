/** English month names, January first, lower-cased: the dates the loader reads, the date words the diff labels, the times the splitter keeps whole. */
export const ENGLISH_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;

/** English weekday names, Monday first, lower-cased. */
export const ENGLISH_WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** The usual abbreviations of month names, without their stop (`Dec.`, `Sept.`). */
const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'] as const;

/** Month names and their abbreviations (lower case, no stop), each to its full name: a date written either way is one date. */
export const MONTH_BY_WORD: ReadonlyMap<string, string> = new Map(
  [...ENGLISH_MONTHS, ...MONTH_ABBREVIATIONS].map((word) => [word, ENGLISH_MONTHS.find((month) => month.startsWith(word)) ?? word]),
);

/** Month words that are also common words ("may" resume, "march" on, "mar" a victory): dates only by their context. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'mar']);
