/** Words whose appearance or loss turns a statement around; shared by the pair scorer and quote tracking. */
export const NEGATION_WORDS: ReadonlySet<string> = new Set(['not', 'no', 'never', 'nor', 'none', 'nothing', "n't", 'without']);
