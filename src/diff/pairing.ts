/**
 * Pairs the words of a replaced stretch with the words that stand in for them: in "[-deteriorate
 * as-]{+degrade, with+}", "deteriorate" with "degrade". The labels then give each pair its own kind
 * and leave only the unpaired words to the rest of the change.
 */
import type { RunLabel } from '../types.js';
import { expandsAcronym, isAcronym } from './acronyms.js';

/** A word of one side of a change and where it lies in that side's text. */
export interface WordAt {
  text: string;
  start: number;
  end: number;
}

/** Words of the two sides that stand for each other: `[from, to)` indices into each side's words. */
export interface WordPair {
  removed: readonly [number, number];
  added: readonly [number, number];
  label: RunLabel;
}

/**
 * Past this many word pairs to weigh (removed words times added words), a change is left whole:
 * a whole paragraph rewritten holds no pairing worth its cost.
 */
export const MAX_PAIRING_CELLS = 1600;

/**
 * The most words of `removed` and `added` that pair up, in order (no pair crosses another): a
 * word with a word where `pairLabel` relates them; an acronym with the words it stands for ("UN"
 * / "United Nations", "ICAC" / "the Independent Commission Against Corruption", labelled
 * `spelling`, see {@link spellsOut}); one word with the two or three it is written apart in
 * ("firefighters" / "fire fighters", labelled `compounding`). Words equal but for case are never
 * paired: they are no change. Ties go to the pairing found first from the start (a pair before a
 * skipped word; a removed word skipped before an added one). Cost: removed × added calls of
 * `pairLabel` (the caller caches them), past {@link MAX_PAIRING_CELLS} none: an empty result.
 */
export function pairWords(
  removed: readonly WordAt[],
  added: readonly WordAt[],
  pairLabel: (a: string, b: string) => RunLabel | undefined,
): WordPair[] {
  const n = removed.length;
  const m = added.length;
  if (n === 0 || m === 0 || n * m > MAX_PAIRING_CELLS) return [];
  // best[i][j]: the most words paired among removed[i..] and added[j..]; move[i][j]: the step taken.
  const best = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  const move: Array<Array<{ di: number; dj: number; label?: RunLabel }>> = Array.from({ length: n + 1 }, () => new Array(m + 1));
  const acronymAt = (words: readonly WordAt[], k: number) => isAcronym(words[k].text);
  const removedAcronym = removed.map((_, k) => acronymAt(removed, k));
  const addedAcronym = added.map((_, k) => acronymAt(added, k));
  for (let i = n; i >= 0; i -= 1) {
    for (let j = m; j >= 0; j -= 1) {
      if (i === n || j === m) continue;
      let top = best[i + 1][j];
      let step: { di: number; dj: number; label?: RunLabel } = { di: 1, dj: 0 };
      if (best[i][j + 1] > top) {
        top = best[i][j + 1];
        step = { di: 0, dj: 1 };
      }
      const consider = (di: number, dj: number, label: RunLabel) => {
        const score = di + dj + best[i + di][j + dj];
        if (score > top || (score === top && step.label === undefined)) {
          top = score;
          step = { di, dj, label };
        }
      };
      const [a, b] = [removed[i].text, added[j].text];
      if (a.toLowerCase() !== b.toLowerCase()) {
        const label = pairLabel(a, b);
        if (label) consider(1, 1, label);
      }
      // An acronym against the words it stands for, either way round.
      // One word written closed or hyphenated against two or three written apart: "firefighters" / "fire fighters".
      for (let k = 2; k <= 3; k += 1) {
        if (j + k <= m && isWrittenApart(a, added.slice(j, j + k))) consider(1, k, 'compounding');
        if (i + k <= n && isWrittenApart(b, removed.slice(i, i + k))) consider(k, 1, 'compounding');
      }
      // An expansion has at most three words for each letter (see expandsAcronym).
      if (addedAcronym[j]) {
        for (let k = 2; i + k <= n && k <= 3 * b.length; k += 1) {
          if (expandsAcronym(removed.slice(i, i + k).map((word) => word.text), b)) consider(k, 1, 'spelling');
        }
      }
      if (removedAcronym[i]) {
        for (let k = 2; j + k <= m && k <= 3 * a.length; k += 1) {
          if (expandsAcronym(added.slice(j, j + k).map((word) => word.text), a)) consider(1, k, 'spelling');
        }
      }
      best[i][j] = top;
      move[i][j] = step;
    }
  }
  const pairs: WordPair[] = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    const { di, dj, label } = move[i][j];
    if (label) pairs.push({ removed: [i, i + di], added: [j, j + dj], label });
    i += di;
    j += dj;
  }
  return pairs.map((pair, k) => withArticle(pair, pairs[k - 1], removed, added));
}

/**
 * An acronym's pair with the "the" before its expansion taken in when that "the" is paired with
 * nothing and the acronym has no "the" of its own before it: "ICAC" / "the Independent Commission
 * Against Corruption" is one name written two ways, article and all.
 */
function withArticle(pair: WordPair, before: WordPair | undefined, removed: readonly WordAt[], added: readonly WordAt[]): WordPair {
  const isAcronymOf = (own: readonly [number, number], words: readonly WordAt[], other: readonly [number, number]) =>
    own[1] - own[0] === 1 && other[1] - other[0] > 1 && isAcronym(words[own[0]].text);
  // The word before `at`, if it lies after the previous pair and is "the".
  const theBefore = (words: readonly WordAt[], at: number, free: number) => at - 1 >= free && words[at - 1].text.toLowerCase() === 'the';
  const [r, a] = [pair.removed, pair.added];
  const [freeRemoved, freeAdded] = [before?.removed[1] ?? 0, before?.added[1] ?? 0];
  if (isAcronymOf(a, added, r) && theBefore(removed, r[0], freeRemoved) && !theBefore(added, a[0], freeAdded)) {
    return { ...pair, removed: [r[0] - 1, r[1]] };
  }
  if (isAcronymOf(r, removed, a) && theBefore(added, a[0], freeAdded) && !theBefore(removed, r[0], freeRemoved)) {
    return { ...pair, added: [a[0] - 1, a[1]] };
  }
  return pair;
}

/** Whether `word`, closed or hyphenated, is `words` written apart: "firefighters" or "fire-fighters" / "fire fighters". */
function isWrittenApart(word: string, words: readonly WordAt[]): boolean {
  const closed = word.toLowerCase().replace(/-/g, '');
  return closed.length <= 40 && closed === words.map((other) => other.text.toLowerCase()).join('');
}
