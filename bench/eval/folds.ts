/**
 * Cross-validation folds that keep every sentence on one side of the split. SMT-europarl pairs
 * each human reference sentence with up to seven machine translations of it, and 613 of MSRP's
 * 4,076 training pairs share a sentence with another pair. With folds taken pair by pair, 730 of
 * the 734 SMT-europarl pairs had their reference in the training folds, and a model could learn a
 * sentence's scores from its other translations (boosted trees given the sentences' lengths did;
 * README, `npm run eval`). A held-out split has new sentences.
 */
import type { LabelledPair } from './datasets.js';

export const FOLDS = 10;

/**
 * Each pair's fold, 0 to {@link FOLDS} − 1. Pairs joined by a shared sentence (directly or
 * through other pairs) form one group; groups take folds in turn, in order of first appearance,
 * so the result is deterministic.
 */
export function sentenceGroupFolds(pairs: readonly LabelledPair[]): number[] {
  const parent = new Map<string, string>();
  const root = (text: string): string => {
    let at = text;
    while (parent.get(at) !== at) at = parent.get(at) as string;
    return at;
  };
  for (const { left, right } of pairs) {
    if (!parent.has(left)) parent.set(left, left);
    if (!parent.has(right)) parent.set(right, right);
    const [a, b] = [root(left), root(right)];
    if (a !== b) parent.set(b, a);
  }
  const groupFold = new Map<string, number>();
  return pairs.map(({ left }) => {
    const group = root(left);
    if (!groupFold.has(group)) groupFold.set(group, groupFold.size % FOLDS);
    return groupFold.get(group) as number;
  });
}
