// Only the word diff: loading the whole of jsdiff (patches, formats) slows every start-up.
import { diffWords } from 'diff/lib/diff/word.js';
import type { DiffRun } from '../types.js';
import { foldTypography } from '../text/normalise.js';

// Intl's word segmentation keeps Cyrillic, Greek, CJK… words whole; jsdiff's default word class is
// Latin-only. It is also several times slower, so Latin-only text keeps jsdiff's own tokeniser.
let wordSegmenter: Intl.Segmenter | undefined;
const BEYOND_LATIN = /[^\u0000-\u024F\u1E00-\u1EFF\u2000-\u206F]/;

/** Guard for pathological inputs: past this, the pair is shown as wholly replaced. */
const DIFF_TIMEOUT_MS = 500;

/**
 * Word-level difference of `member` against `reference`, on the original wording.
 * Differences only of typography (quote and dash forms), case or white space are `equal`.
 * `equal` and `added` runs carry the member's own text, `removed` runs the reference's.
 * Cost: jsdiff's O(N·D) on word tokens, bounded by {@link DIFF_TIMEOUT_MS}.
 */
export function diffWording(reference: string, member: string): DiffRun[] {
  if (reference === member) return member ? [{ op: 'equal', text: member }] : [];
  const foldedReference = foldTypography(reference);
  const foldedMember = foldTypography(member);
  const needsSegmenter = BEYOND_LATIN.test(foldedReference) || BEYOND_LATIN.test(foldedMember);
  // Lower-cased once here rather than by jsdiff in every token comparison (a fifth of the diff's
  // time), where jsdiff's own tokeniser is used and lower case keeps the offsets.
  const lowered = needsSegmenter ? null : lowerCasedKeepingOffsets(foldedReference, foldedMember);
  const searched = lowered?.[0] ?? foldedReference;
  const changes = diffWords(searched, lowered?.[1] ?? foldedMember, {
    ignoreCase: lowered === null,
    ...(needsSegmenter ? { intlSegmenter: (wordSegmenter ??= new Intl.Segmenter('en', { granularity: 'word' })) } : {}),
    timeout: DIFF_TIMEOUT_MS,
  });
  if (!changes) return mergeRuns([{ op: 'removed', text: reference }, { op: 'added', text: member }]);

  // Folding keeps every offset, so positions in the folded strings index the originals.
  const runs: DiffRun[] = [];
  let memberAt = 0;
  let referenceAt = 0;
  for (const change of changes) {
    if (change.added) {
      runs.push({ op: 'added', text: member.slice(memberAt, memberAt + change.value.length) });
      memberAt += change.value.length;
    } else if (change.removed) {
      const found = searched.indexOf(change.value, referenceAt);
      const from = found >= 0 ? found : referenceAt;
      runs.push({ op: 'removed', text: reference.slice(from, from + change.value.length) });
      referenceAt = from + change.value.length;
    } else {
      runs.push({ op: 'equal', text: member.slice(memberAt, memberAt + change.value.length) });
      memberAt += change.value.length;
      referenceAt = skipEqual(foldedReference, referenceAt, change.value);
    }
  }
  return mergeRuns(shiftEdgeSpaces(absorbPunctuationInsideWords(runs.filter((run) => run.text.length > 0))));
}

const WORD_CHAR_AT_END = /[\p{L}\p{N}]$/u;
const WORD_CHAR_AT_START = /^[\p{L}\p{N}]/u;
const PUNCTUATION_ONLY = /^[^\p{L}\p{N}\s]+$/u;
const NON_WORD_SUFFIX = /[^\p{L}\p{N}]*$/u;
const NON_WORD_PREFIX = /^[^\p{L}\p{N}]*/u;

/**
 * jsdiff tokenises "a.m." and "J.R.R." as letters and stops, so it may match a stop inside such a
 * word with a stop elsewhere ("[-at 10 a-].[-m. local time-]"). An equal run of punctuation that
 * sits inside a changed word on one side (word characters right before and after it in the removed
 * or in the added runs) is part of that change: the changes around it become one removed and one
 * added run, and the punctuation both still share at their ends (a final stop) is equal again.
 */
function absorbPunctuationInsideWords(runs: DiffRun[]): DiffRun[] {
  // In the reference (removed runs) or the member (added runs), word characters touch it on both sides.
  const insideWord = (k: number, op: DiffRun['op']): boolean =>
    WORD_CHAR_AT_END.test(nearestChange(runs, k, -1, op)?.text ?? '') &&
    WORD_CHAR_AT_START.test(nearestChange(runs, k, 1, op)?.text ?? '');
  const absorbed = runs.map((run, k) => run.op === 'equal' && PUNCTUATION_ONLY.test(run.text) && (insideWord(k, 'removed') || insideWord(k, 'added')));
  if (!absorbed.includes(true)) return runs;
  const out: DiffRun[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed === '' && added === '') return;
    // Only punctuation and spaces move back to equal, never part of a word.
    const suffix = commonEnd(NON_WORD_SUFFIX.exec(removed)?.[0] ?? '', NON_WORD_SUFFIX.exec(added)?.[0] ?? '', 'end');
    const beforeSuffix = (text: string) => text.slice(0, text.length - suffix.length);
    const prefix = commonEnd(
      NON_WORD_PREFIX.exec(beforeSuffix(removed))?.[0] ?? '',
      NON_WORD_PREFIX.exec(beforeSuffix(added))?.[0] ?? '',
      'start',
    );
    const keep = (text: string) => beforeSuffix(text).slice(prefix.length);
    if (prefix) out.push({ op: 'equal', text: added.slice(0, prefix.length) });
    if (keep(removed)) out.push({ op: 'removed', text: keep(removed) });
    if (keep(added)) out.push({ op: 'added', text: keep(added) });
    if (suffix) out.push({ op: 'equal', text: added.slice(added.length - suffix.length) });
    removed = '';
    added = '';
  };
  runs.forEach((run, k) => {
    if (absorbed[k]) {
      removed += run.text;
      added += run.text;
    } else if (run.op === 'removed') removed += run.text;
    else if (run.op === 'added') added += run.text;
    else {
      flush();
      out.push(run);
    }
  });
  flush();
  return out;
}

/** The nearest `op` run from `k` in direction `step`, among the changed runs next to it (no equal run between). */
function nearestChange(runs: DiffRun[], k: number, step: 1 | -1, op: DiffRun['op']): DiffRun | undefined {
  for (let i = k + step; i >= 0 && i < runs.length; i += step) {
    if (runs[i].op === op) return runs[i];
    if (runs[i].op === 'equal') return undefined;
  }
  return undefined;
}

/** The longest common suffix (`end`) or prefix (`start`) of `a` and `b`. */
function commonEnd(a: string, b: string, side: 'start' | 'end'): string {
  let n = 0;
  const at = (text: string, i: number) => (side === 'end' ? text[text.length - 1 - i] : text[i]);
  while (n < a.length && n < b.length && at(a, n) === at(b, n)) n += 1;
  return side === 'end' ? a.slice(a.length - n) : a.slice(0, n);
}

/**
 * Both texts in lower case, or `null` when that would move an offset ("İ" becomes two units)
 * or a word character ("Ⱥ" becomes a letter outside jsdiff's word class).
 */
function lowerCasedKeepingOffsets(a: string, b: string): [string, string] | null {
  const lower: [string, string] = [a.toLowerCase(), b.toLowerCase()];
  const keeps = (before: string, after: string) => after.length === before.length && !BEYOND_LATIN.test(after);
  return keeps(a, lower[0]) && keeps(b, lower[1]) ? lower : null;
}

/**
 * jsdiff may give the only space between two words to the added run between them, so the
 * reference read back from equal and removed runs would lose it ("NATO-RussiaCouncil"). Such a
 * space moves to the equal neighbour; the member's text is unchanged by the move.
 */
function shiftEdgeSpaces(runs: DiffRun[]): DiffRun[] {
  const shifted = runs.map((run) => ({ ...run }));
  shifted.forEach((run, k) => {
    const before = shifted[k - 1];
    const after = shifted[k + 1];
    if (run.op !== 'added' || before?.op !== 'equal' || after?.op !== 'equal') return;
    if (/\s$/.test(before.text) || /^\s/.test(after.text)) return;
    const trailing = /\s+$/.exec(run.text)?.[0] ?? '';
    const leading = /^\s+/.exec(run.text)?.[0] ?? '';
    if (trailing && trailing.length < run.text.length) {
      after.text = trailing + after.text;
      run.text = run.text.slice(0, run.text.length - trailing.length);
    } else if (leading && leading.length < run.text.length) {
      before.text += leading;
      run.text = run.text.slice(leading.length);
    }
  });
  return shifted;
}

/**
 * Advances through `text` past the stretch that matches `value` ignoring case and white space:
 * equal runs carry the member's spacing, which may differ from the reference's.
 */
function skipEqual(text: string, from: number, value: string): number {
  let at = from;
  for (let k = 0; k < value.length; k += 1) {
    if (value[k] === ' ') continue;
    while (at < text.length && text[at] === ' ') at += 1;
    if (at < text.length && text[at].toLowerCase() === value[k].toLowerCase()) at += 1;
  }
  return at;
}

/** Joins neighbouring runs of the same kind. */
function mergeRuns(runs: DiffRun[]): DiffRun[] {
  const merged: DiffRun[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if (last && last.op === run.op) last.text += run.text;
    else merged.push({ ...run });
  }
  return merged;
}
