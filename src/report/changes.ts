import { VERDICT_ORDER } from '../diff/labels.js';
import type { Verdict } from '../types.js';

/** Whether a group's verdict is at least `threshold` (a group without a verdict always counts). */
export function atLeast(verdict: Verdict | undefined, threshold: Verdict): boolean {
  return verdict === undefined || VERDICT_ORDER.indexOf(verdict) >= VERDICT_ORDER.indexOf(threshold);
}
