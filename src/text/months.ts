/** English month names, January first, lower-cased: the dates the loader reads, the date words the diff labels, the times the splitter keeps whole. */
export const ENGLISH_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;

/** English weekday names, Monday first, lower-cased. */
export const ENGLISH_WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
