import type { Verdict } from '../types.js';

/** Verdicts from least to most: `--changes X` keeps groups at X or above. */
export const VERDICT_ORDER: readonly Verdict[] = ['identical', 'cosmetic', 'rewording', 'substantive'];

/** Whether a group's verdict is at least `threshold` (a group without a verdict always counts). */
export function atLeast(verdict: Verdict | undefined, threshold: Verdict): boolean {
  return verdict === undefined || VERDICT_ORDER.indexOf(verdict) >= VERDICT_ORDER.indexOf(threshold);
}
