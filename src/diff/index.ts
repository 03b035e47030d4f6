// Only the word diff: loading the whole of jsdiff (patches, formats) slows every start-up.
import { wordDiff } from 'diff/lib/diff/word.js';
import type { DiffRun } from '../types.js';
import { isAbbreviation } from '../segment/abbreviations.js';
import { foldTypography, visibleText, type VisibleText } from '../text/normalise.js';

// Intl's word segmentation keeps Cyrillic, Greek, CJK… words whole; jsdiff's default word class is
// Latin-only. It is also several times slower, so Latin-only text keeps jsdiff's own tokeniser.
let wordSegmenter: Intl.Segmenter | undefined;
const BEYOND_LATIN = /[^\u0000-\u024F\u1E00-\u1EFF\u2000-\u206F]/;

/** Guard for pathological inputs: past this, the pair is shown as wholly replaced. */
const DIFF_TIMEOUT_MS = 500;

/**
 * Word-level difference of `member` against `reference`, on the original wording.
 * Differences only of typography (quote and dash forms), case or white space are `equal`, as are
 * characters that show nothing and canonically equal forms of a letter (see `visibleText`): the
 * texts are compared as a reader sees them, and every run is then cut from the original.
 * `equal` and `added` runs carry the member's own text, `removed` runs the reference's.
 * Cost: jsdiff's O(N·D) on word tokens, bounded by {@link DIFF_TIMEOUT_MS}.
 */
export function diffWording(reference: string, member: string): DiffRun[] {
  if (reference === member) return member ? [{ op: 'equal', text: member }] : [];
  const visibleReference = visibleText(reference);
  const visibleMember = visibleText(member);
  if (visibleReference.text === visibleMember.text) return [{ op: 'equal', text: member }];
  // A member that shows nothing: its text stays, as an equal run, so the runs still rebuild it.
  if (visibleMember.text === '') return [{ op: 'removed', text: reference }, { op: 'equal', text: member }];
  const runs = diffVisible(visibleReference.text, visibleMember.text);
  if (visibleReference.origin === null && visibleMember.origin === null) return runs.map(({ op, text }) => ({ op, text }));
  return inOriginal(runs, { original: reference, ...visibleReference }, { original: member, ...visibleMember });
}

/** The word diff of two visible texts, as {@link diffWording} describes it, with where each run stands in `reference`. */
function diffVisible(reference: string, member: string): Placed[] {
  const foldedReference = foldTypography(reference);
  const foldedMember = foldTypography(member);
  const needsSegmenter = BEYOND_LATIN.test(foldedReference) || BEYOND_LATIN.test(foldedMember);
  // Lower-cased once here rather than by jsdiff in every token comparison (a fifth of the diff's
  // time), where jsdiff's own tokeniser is used and lower case keeps the offsets.
  const lowered = needsSegmenter ? null : lowerCasedKeepingOffsets(foldedReference, foldedMember);
  const searched = lowered?.[0] ?? foldedReference;
  const searchedMember = lowered?.[1] ?? foldedMember;
  const changes = abbreviationWordDiff.diff(searched, searchedMember, {
    ignoreCase: lowered === null,
    ...(needsSegmenter ? { intlSegmenter: (wordSegmenter ??= spaceApartSegmenter(new Intl.Segmenter('en', { granularity: 'word' }))) } : {}),
    timeout: DIFF_TIMEOUT_MS,
  });
  // Runs are cut from the texts by the lengths of jsdiff's changes: changes that do not add up to
  // the texts (a tokeniser that counted a character twice) would shift every later run.
  if (!changes || !readsBack(changes, searched, searchedMember)) {
    const whole: Placed[] = [
      { op: 'removed', text: reference, start: 0, end: reference.length },
      { op: 'added', text: member, start: reference.length, end: reference.length },
    ];
    return whole.filter((run) => run.text.length > 0);
  }

  // Folding keeps every offset, so positions in the folded strings index the originals.
  const runs: Placed[] = [];
  let memberAt = 0;
  let referenceAt = 0;
  for (const change of changes) {
    const length = change.value.length;
    if (change.added) {
      runs.push({ op: 'added', text: member.slice(memberAt, memberAt + length), start: referenceAt, end: referenceAt });
      memberAt += length;
    } else if (change.removed) {
      const found = searched.indexOf(change.value, referenceAt);
      const start = found >= 0 ? found : referenceAt;
      const end = Math.min(start + length, reference.length);
      runs.push({ op: 'removed', text: reference.slice(start, end), start, end });
      referenceAt = end;
    } else {
      const stretch = equalStretch(foldedReference, referenceAt, change.value);
      runs.push({ op: 'equal', text: member.slice(memberAt, memberAt + length), ...stretch });
      memberAt += length;
      referenceAt = stretch.end;
    }
  }
  const placed = runs.filter((run) => run.text.length > 0);
  const merged = mergeRuns(shiftEdgeSpaces(absorbPunctuationInsideWords(placed, reference)), reference);
  const tidied = showStopOnly(shareEndingStops(merged, reference), reference);
  return keepReferenceSpaces(tidied, reference, foldedReference);
}

/** A text as {@link diffWording} compares it ({@link VisibleText}) and the original it was read from. */
interface Compared extends VisibleText {
  original: string;
}

/**
 * The runs of a diff of two visible texts, cut from the originals: a removed run is the
 * reference's stretch it stands for, an equal or added run the member's stretch its text comes
 * from (runs hold the member's visible text in order). Characters that show nothing go with the
 * run of the word they are in or open, so no run is made of them alone.
 */
function inOriginal(runs: readonly Placed[], reference: Compared, member: Compared): DiffRun[] {
  const at = (text: Compared, offset: number) => (text.origin === null ? offset : text.origin[offset]);
  let memberAt = 0;
  return runs.map(({ op, text, start, end }) => {
    if (op === 'removed') return { op, text: reference.original.slice(at(reference, start), at(reference, end)) };
    const from = memberAt;
    memberAt += text.length;
    return { op, text: member.original.slice(at(member, from), at(member, memberAt)) };
  });
}

/**
 * Whether jsdiff's changes read back as the texts diffed: the member's (`equal` and `added`)
 * exactly, the reference's (`equal` and `removed`; an equal change holds the member's spacing
 * and, when jsdiff ignores case, either side's case) but for white space and case.
 */
function readsBack(changes: ReadonlyArray<{ value: string; added: boolean; removed: boolean }>, reference: string, member: string): boolean {
  let memberText = '';
  let referenceText = '';
  for (const change of changes) {
    if (!change.removed) memberText += change.value;
    if (!change.added) referenceText += change.value;
  }
  const squeezed = (text: string) => text.replace(/\s+/g, '').toLowerCase();
  return memberText === member && squeezed(referenceText) === squeezed(reference);
}

/**
 * A word segmenter whose segments are never part white space and part not. `Intl.Segmenter` keeps a
 * character that extends the one before it — a combining mark, a format character such as U+200E,
 * an emoji modifier — with white space before it (UAX #29, rule WB4), and jsdiff takes any segment
 * holding white space for white space, which its tokens share with their neighbours: the character
 * was then counted in two tokens, and every run after it cut one unit off.
 */
function spaceApartSegmenter(segmenter: Intl.Segmenter): Intl.Segmenter {
  const apart = {
    resolvedOptions: () => segmenter.resolvedOptions(),
    segment: (text: string) =>
      Array.from(segmenter.segment(text)).flatMap((part) =>
        /\s/.test(part.segment) && /\S/.test(part.segment)
          ? Array.from(part.segment.matchAll(/\s+|\S+/g), (piece) => ({ ...part, segment: piece[0], index: part.index + piece.index, isWordLike: false }))
          : [part],
      ),
  };
  return apart as unknown as Intl.Segmenter;
}

/**
 * A run while the diff is tidied, with the stretch of the reference it stands for: its own text
 * for a removed run, the reference's wording of an equal run's text (equal runs carry the
 * member's), and for an added run the empty stretch where it goes in.
 */
interface Placed extends DiffRun {
  start: number;
  end: number;
}

type WordDiffOptions = Parameters<typeof wordDiff.tokenize>[1];

/**
 * jsdiff's word diff with an abbreviation and its stop as one token ("Oct.", "U.S.", "a.m."), and
 * a number with inner separators as one ("5.2", "14,000"). As two, the abbreviation's stop could
 * be paired with the sentence's final stop, and the change split around it: "on Jan. 5." / "last
 * week." was "[-on Jan-]{+last week+}.[- 5.-]"; and a changed number was cut at its point:
 * "magnitude 5.[-2-]{+4+}" is "magnitude [-5.2-]{+5.4+}".
 */
class AbbreviationWordDiff extends (wordDiff.constructor as new () => typeof wordDiff) {
  override tokenize(value: string, options?: WordDiffOptions): string[] {
    return joinSpans(value, super.tokenize(value, options));
  }
}
const abbreviationWordDiff = new AbbreviationWordDiff();

/**
 * `tokens` (jsdiff's, each a word or a punctuation mark with the white space around it, in the
 * order of `text`) with the pieces of each abbreviation and each number with inner separators in
 * `text` joined into one token. Cost: one pass over the text and its tokens.
 */
function joinSpans(text: string, tokens: string[]): string[] {
  const spans = mergeSpans(abbreviationSpans(text), numberSpans(text));
  if (spans.length === 0) return tokens;
  const joined: string[] = [];
  let at = 0;
  let span = 0;
  for (const token of tokens) {
    // Tokens share the white space between them, so each is found by its text without it.
    const core = token.trim();
    const start = core ? text.indexOf(core, at) : at;
    at = start + core.length;
    while (span < spans.length && spans[span].end <= start) span += 1;
    // A piece after an abbreviation's first one carries no white space before it, nor the one it joins after it.
    if (span < spans.length && start > spans[span].start && joined.length > 0) joined[joined.length - 1] += token;
    else joined.push(token);
  }
  return joined;
}

/**
 * Where `text` has an abbreviation standing as a word: letters and stops ending in a stop, before
 * white space, closing punctuation or the end ("Oct. 1", "U.S.,", "in the U.S."), not after a
 * digit or apostrophe. Found from each stop (most texts have only their final one).
 */
function abbreviationSpans(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (let stop = text.indexOf('.'); stop >= 0; stop = text.indexOf('.', stop + 1)) {
    const end = stop + 1;
    if (end < text.length && !CLOSES_WORD.test(text[end])) continue;
    let start = stop;
    while (start > 0 && LETTER_OR_STOP.test(text[start - 1])) start -= 1;
    if (start > 0 && /[\p{N}']/u.test(text[start - 1])) continue;
    const word = text.slice(start, end);
    // At the end of the text a word with one stop ends the sentence ("The answer was no.", "Plan B."):
    // only a dotted abbreviation ("U.S.", "a.m.") holds the final stop in its own.
    if (ENDS_TEXT.test(text.slice(end)) && word.indexOf('.') === word.length - 1) continue;
    if (LETTERS_AND_STOPS.test(word) && isAbbreviation(word)) spans.push({ start, end });
  }
  return spans;
}
/**
 * Where `text` has a number with a point or comma between digits ("5.2", "14,000", "1,234.5"):
 * jsdiff's tokeniser cuts it at each separator. A stop or comma after the last digit is no part of it.
 */
function numberSpans(text: string): Array<{ start: number; end: number }> {
  // Most sentences hold no such number: one scan for a separator between digits first.
  if (!SEPARATED_DIGITS.test(text)) return [];
  return Array.from(text.matchAll(NUMBER_WITH_SEPARATORS), (match) => ({ start: match.index, end: match.index + match[0].length }));
}
const SEPARATED_DIGITS = /\p{N}[.,]\p{N}/u;
const NUMBER_WITH_SEPARATORS = /\p{N}+(?:[.,]\p{N}+)+/gu;

/** Two lists of spans in text order, neither overlapping the other, as one list in text order. */
function mergeSpans(a: Array<{ start: number; end: number }>, b: Array<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  return [...a, ...b].sort((x, y) => x.start - y.start);
}

const CLOSES_WORD = /[\s,;:!?)\]"']/;
const ENDS_TEXT = /^[\s)\]"'’”»]*$/u;
const LETTER_OR_STOP = /[\p{L}\p{M}.]/u;
const LETTERS_AND_STOPS = /^(?:[\p{L}\p{M}]+\.)+$/u;

/**
 * An abbreviation that ends a text holds the sentence's final stop ("in the U.S."), so against
 * another ending ("in the United States.") both changes end in the stop: it is equal again, as a
 * stop both sides share.
 */
function shareEndingStops(runs: Placed[], reference: string): Placed[] {
  let changed = false;
  for (let k = 0; k + 1 < runs.length; k += 1) {
    const [first, second] = [runs[k], runs[k + 1]];
    if (first.op === 'equal' || second.op === 'equal' || first.op === second.op) continue;
    const next = runs[k + 2];
    if (next !== undefined && next.op !== 'equal') continue;
    const [removed, added] = first.op === 'removed' ? [first, second] : [second, first];
    const shared = commonLength(nonWordSuffix(removed.text), nonWordSuffix(added.text), 'end');
    const suffix = added.text.slice(added.text.length - shared);
    if (!suffix.includes('.')) continue;
    changed = true;
    removed.end -= shared;
    removed.text = reference.slice(removed.start, removed.end);
    added.text = added.text.slice(0, added.text.length - shared);
    // As elsewhere, the space before an addition stays with the words before it: "born {+in the U.S+}.".
    const before = runs[k - 1];
    const space = /^\s+/.exec(added.text)?.[0] ?? '';
    if (before?.op === 'equal' && space && space.length < added.text.length && !/\s$/.test(before.text)) {
      before.text += space;
      added.text = added.text.slice(space.length);
    }
    if (next) {
      next.text = suffix + next.text;
      next.start = removed.end;
    } else runs.push({ op: 'equal', text: suffix, start: removed.end, end: removed.end + shared });
  }
  return changed ? mergeRuns(runs.filter((run) => run.text.length > 0), reference) : runs;
}

/**
 * A change that only drops or adds an abbreviation's stop ("Jan." / "Jan", "W." / "W") shows just
 * the stop: as one token with its stop, the abbreviation would be a whole word changed.
 */
function showStopOnly(runs: Placed[], reference: string): Placed[] {
  let out: Placed[] | undefined;
  const plain = (text: string) => foldTypography(text).toLowerCase();
  for (let k = 0; k < runs.length; k += 1) {
    const [first, second] = [runs[k], runs[k + 1]];
    if (second && first.op !== 'equal' && second.op !== 'equal' && first.op !== second.op) {
      const [removed, added] = first.op === 'removed' ? [first, second] : [second, first];
      if (removed.text.endsWith('.') && plain(removed.text) === `${plain(added.text)}.`) {
        const stop = removed.end - 1;
        out ??= runs.slice(0, k);
        out.push({ op: 'equal', text: added.text, start: removed.start, end: stop }, { ...removed, text: reference.slice(stop, removed.end), start: stop });
        k += 1;
        continue;
      }
      if (added.text.endsWith('.') && plain(added.text) === `${plain(removed.text)}.`) {
        out ??= runs.slice(0, k);
        out.push({ op: 'equal', text: added.text.slice(0, -1), start: removed.start, end: removed.end }, { ...added, text: '.', start: removed.end, end: removed.end });
        k += 1;
        continue;
      }
    }
    out?.push(runs[k]);
  }
  return out ? mergeRuns(out, reference) : runs;
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
function absorbPunctuationInsideWords(runs: Placed[], reference: string): Placed[] {
  // In the reference (removed runs) or the member (added runs), word characters touch it on both sides.
  const insideWord = (k: number, op: DiffRun['op']): boolean =>
    WORD_CHAR_AT_END.test(nearestChange(runs, k, -1, op)?.text ?? '') &&
    WORD_CHAR_AT_START.test(nearestChange(runs, k, 1, op)?.text ?? '');
  const absorbed = runs.map((run, k) => run.op === 'equal' && PUNCTUATION_ONLY.test(run.text) && (insideWord(k, 'removed') || insideWord(k, 'added')));
  if (!absorbed.includes(true)) return runs;
  const out: Placed[] = [];
  // A block's removed text is the reference's stretch from its first removed or absorbed run to its last.
  let from = -1;
  let to = -1;
  let at = 0;
  let added = '';
  const flush = () => {
    const removed = from < 0 ? '' : reference.slice(from, to);
    if (removed === '' && added === '') return;
    const start = from < 0 ? at : from;
    const end = from < 0 ? at : to;
    // Only punctuation and spaces move back to equal, never part of a word.
    const suffix = commonLength(nonWordSuffix(removed), nonWordSuffix(added), 'end');
    const beforeSuffix = (text: string) => text.slice(0, text.length - suffix);
    const prefix = commonLength(nonWordPrefix(beforeSuffix(removed)), nonWordPrefix(beforeSuffix(added)), 'start');
    const keep = (text: string) => beforeSuffix(text).slice(prefix);
    if (prefix) out.push({ op: 'equal', text: added.slice(0, prefix), start, end: start + prefix });
    if (keep(removed)) out.push({ op: 'removed', text: keep(removed), start: start + prefix, end: end - suffix });
    if (keep(added)) out.push({ op: 'added', text: keep(added), start: end - suffix, end: end - suffix });
    if (suffix) out.push({ op: 'equal', text: added.slice(added.length - suffix), start: end - suffix, end });
    from = -1;
    added = '';
  };
  const takeStretch = (run: Placed) => {
    if (from < 0) from = run.start;
    to = run.end;
  };
  runs.forEach((run, k) => {
    at = run.start;
    if (absorbed[k]) {
      takeStretch(run);
      added += run.text;
    } else if (run.op === 'removed') takeStretch(run);
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
function nearestChange(runs: readonly DiffRun[], k: number, step: 1 | -1, op: DiffRun['op']): DiffRun | undefined {
  for (let i = k + step; i >= 0 && i < runs.length; i += step) {
    if (runs[i].op === op) return runs[i];
    if (runs[i].op === 'equal') return undefined;
  }
  return undefined;
}

/**
 * The length of the longest common suffix (`end`) or prefix (`start`) of `a` and `b`, typography
 * aside: one side's text comes from the reference, the other's from the member.
 */
function commonLength(a: string, b: string, side: 'start' | 'end'): number {
  const [x, y] = [foldTypography(a), foldTypography(b)];
  let n = 0;
  const at = (text: string, i: number) => (side === 'end' ? text[text.length - 1 - i] : text[i]);
  while (n < x.length && n < y.length && at(x, n) === at(y, n)) n += 1;
  return n;
}

const nonWordSuffix = (text: string): string => NON_WORD_SUFFIX.exec(text)?.[0] ?? '';
const nonWordPrefix = (text: string): string => NON_WORD_PREFIX.exec(text)?.[0] ?? '';

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
function shiftEdgeSpaces(runs: Placed[]): Placed[] {
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
 * jsdiff trims the white space around a removal to what the member has there, so the reference
 * read back from equal and removed runs could lose a space between two of its words (",. the" for
 * ", . the", "Oct.the" for "Oct. the"). Such a space goes back into the removed run beside it, as
 * the reference writes it (a space between two equal runs is {@link shiftEdgeSpaces}'s); any other
 * reference text no run holds becomes removed text. Removed runs are then the reference's stretches.
 */
function keepReferenceSpaces(runs: Placed[], reference: string, foldedReference: string): Placed[] {
  const out: Placed[] = [];
  let covered = 0;
  let previous: Placed | undefined;
  const holdGap = (run: Placed | undefined) => {
    const to = run?.start ?? reference.length;
    if (to <= covered) return;
    // Folded, so emphasis marks beside a change ("**three crossings** on" / "three crossings early on")
    // count as the spaces they fold to: typography, not removed wording.
    const spaceOnly = /^\s+$/.test(foldedReference.slice(covered, to));
    // Spaces the read-back reference already has (the member's, in an equal run) need no removed run.
    if (spaceOnly && (!previous || !run || /\s$/.test(previous.text) || /^\s/.test(run.text))) return;
    if (previous?.op === 'removed') previous.end = to;
    else if (run?.op === 'removed') run.start = covered;
    else if (!spaceOnly) out.push({ op: 'removed', text: '', start: covered, end: to });
  };
  for (const run of runs) {
    if (run.op !== 'added') {
      holdGap(run);
      covered = Math.max(covered, run.end);
      previous = run;
    }
    out.push(run);
  }
  holdGap(undefined);
  for (const run of out) if (run.op === 'removed') run.text = reference.slice(run.start, run.end);
  return out;
}

/**
 * The stretch of `text` from `from` that matches `value` ignoring case and white space (equal runs
 * carry the member's spacing, which may differ from the reference's): from its first matched
 * character to its last.
 */
function equalStretch(text: string, from: number, value: string): { start: number; end: number } {
  let at = from;
  let start = -1;
  for (let k = 0; k < value.length; k += 1) {
    if (value[k] === ' ') continue;
    while (at < text.length && text[at] === ' ') at += 1;
    if (start < 0) start = at;
    if (at < text.length && text[at].toLowerCase() === value[k].toLowerCase()) at += 1;
  }
  return { start: start < 0 ? from : start, end: at };
}

/** Joins neighbouring runs of the same kind; a removed run is the reference's stretch from the first to the last. */
function mergeRuns(runs: Placed[], reference: string): Placed[] {
  const merged: Placed[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if (last && last.op === run.op) {
      last.end = Math.max(last.end, run.end);
      last.text = run.op === 'removed' ? reference.slice(last.start, last.end) : last.text + run.text;
    } else merged.push({ ...run });
  }
  return merged;
}
