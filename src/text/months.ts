/** English month names, January first, lower-cased: the dates the loader reads and the date words the diff labels. */
export const ENGLISH_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;
