import type { Span, Tone } from './styledText.js';

/**
 * Above this many character pairs (original length × rebuilt length) the projection is skipped.
 * 1,000,000 covers two sentences of 1,000 characters; the table takes 4 bytes per pair.
 */
const MAX_PAIRS = 1_000_000;

/** Typographic variants the differ treats as equal, folded to one form. */
const TYPOGRAPHIC_FOLD: Record<string, string> = {
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u00ab': '"', '\u00bb': '"', '\u2033': '"',
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u2039': "'", '\u203a': "'",
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
};

/**
 * Shows `original` in the tones of `spans`. The spans come from diff runs, whose `equal` runs carry
 * the *other* member's wording; differences of typography, case or white space count as equal,
 * so the spans' text can differ slightly from `original`. Display the original and carry the tones
 * over character by character along a longest common subsequence of the two (typography and case
 * folded). A character of `original` without a partner takes the tone of the character before it.
 * Cost: proportional to the product of the two lengths, bounded by MAX_PAIRS; past it the spans
 * are returned as they are.
 */
export function projectTones(original: string, spans: readonly Span[]): Span[] {
  const rebuilt = spans.map((span) => span.text).join('');
  if (rebuilt === original) return spans.map((span) => ({ ...span }));
  if (original.length * rebuilt.length > MAX_PAIRS) return spans.map((span) => ({ ...span }));
  const rebuiltTones = spans.flatMap((span) => Array.from({ length: span.text.length }, () => span.tone));
  const tones = carryTones(fold(original), fold(rebuilt), rebuiltTones);
  return groupByTone(original, tones);
}

/** Folds each UTF-16 unit (not each code point) so indices stay aligned with the text. */
function fold(text: string): string[] {
  return Array.from({ length: text.length }, (_, i) => {
    const unit = text[i] ?? '';
    if (/\s/u.test(unit)) return ' ';
    return TYPOGRAPHIC_FOLD[unit] ?? unit.toLowerCase();
  });
}

/**
 * For each unit of `a`, the tone of its partner in `b` along a longest common subsequence. The
 * two mostly differ in a few places, so the common start and end are paired directly and the
 * table covers only what lies between (a common prefix and suffix always belong to some longest
 * common subsequence).
 */
function carryTones(a: string[], b: string[], bTones: Tone[]): Tone[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const middle = carryMiddleTones(a.slice(head, a.length - tail), b.slice(head, b.length - tail), bTones.slice(head, b.length - tail));
  const tones: Array<Tone | undefined> = [...bTones.slice(0, head), ...middle, ...bTones.slice(b.length - tail)];
  return fillGaps(tones);
}

/** The partners' tones along a longest common subsequence; `undefined` for a unit without one. */
function carryMiddleTones(a: string[], b: string[], bTones: Tone[]): Array<Tone | undefined> {
  const n = a.length;
  const m = b.length;
  const cols = m + 1;
  // suffix[i][j] = LCS length of a[i..] and b[j..], stored row-major.
  const suffix = new Uint32Array((n + 1) * cols);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      suffix[i * cols + j] =
        a[i] === b[j]
          ? suffix[(i + 1) * cols + j + 1] + 1
          : Math.max(suffix[(i + 1) * cols + j], suffix[i * cols + j + 1]);
    }
  }
  const tones: Array<Tone | undefined> = new Array(n).fill(undefined);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      tones[i] = bTones[j];
      i++;
      j++;
    } else if (suffix[(i + 1) * cols + j] >= suffix[i * cols + j + 1]) {
      i++; // tie-break: skip a unit of the original first
    } else {
      j++;
    }
  }
  return tones;
}

/** Unpartnered units take the previous unit's tone (the next one's at the start; plain if none). */
function fillGaps(tones: Array<Tone | undefined>): Tone[] {
  const first = tones.find((tone) => tone !== undefined) ?? 'plain';
  let previous: Tone = first;
  return tones.map((tone) => (previous = tone ?? previous));
}

function groupByTone(text: string, tones: Tone[]): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = spans.at(-1);
    const unit = text.charCodeAt(i);
    const isLowSurrogate = unit >= 0xdc00 && unit <= 0xdfff;
    // A low surrogate stays with its high surrogate, whatever its tone, so no character is split.
    if (last && (last.tone === tones[i] || isLowSurrogate)) last.text += text[i];
    else spans.push({ text: text[i] ?? '', tone: tones[i] ?? 'plain' });
  }
  return spans;
}
