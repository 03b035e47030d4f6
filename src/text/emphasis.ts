/**
 * Markdown emphasis marks (`**bold**`, `__bold__`, `*italic*`, `_italic_`, `***both***`) in plain text
 * copied from Markdown. They are layout, not wording: the loader reads lines without them and the
 * comparison folds them like typography. One definition for both.
 */

/** A pair of emphasis marks: where the opening and the closing run start, and each run's length. */
export interface EmphasisPair {
  open: number;
  close: number;
  length: number;
}

/**
 * The pattern of a pair of `length` marks `mark`, as CommonMark reads emphasis, made stricter: the
 * opening run follows no letter, digit or mark and comes before a non-space; the closing run follows
 * a non-space and comes before no letter, digit or mark; both runs are exactly `length` long. Inside,
 * a pair of single marks holds none of its mark; a longer pair may hold single ones (`**a *b* c**`).
 * So "5 * 3", "*NSYNC", "snake_case" and a "* * *" separator are no emphasis.
 */
function pairPattern(mark: '*' | '_', length: number): RegExp {
  const m = mark === '*' ? '\\*' : '_';
  const content = length === 1 ? `[^${m}]` : `(?:[^${m}]|(?<!${m})${m}(?!${m}))`;
  return new RegExp(
    `(?<![\\p{L}\\p{N}\\p{M}${m}\\\\])${m}{${length}}(?!${m})(?=\\S)${content}+?(?<=\\S)(?<!${m})${m}{${length}}(?![\\p{L}\\p{N}\\p{M}${m}])`,
    'gu',
  );
}

/**
 * Longer runs first, so a `**` pair is not read as two `*` marks; a run of three holds both. Made on
 * first use: building six Unicode-property patterns costs milliseconds that a text without marks
 * need not pay.
 */
let patterns: Array<{ mark: '*' | '_'; length: number; pattern: RegExp }> | undefined;

/**
 * The emphasis pairs in `text`, ordered by opening mark. Pairs nest (`**a *b* c**` gives two) but
 * never cross. Cost: about linear in the text for each of six patterns, as the content of a pair
 * cannot run past the next run of its marks. (No bound on the content's length: V8 compiles a
 * bounded repetition of a Unicode-mode class slowly.)
 */
export function emphasisPairs(text: string): EmphasisPair[] {
  // Most text holds no pair of marks at all ("Required fields are marked *" holds one); this runs for every word the diff labels.
  const stars = holdsTwo(text, '*');
  const underscores = holdsTwo(text, '_');
  if (!stars && !underscores) return [];
  const pairs: EmphasisPair[] = [];
  let masked = text;
  patterns ??= (['*', '_'] as const).flatMap((mark) => [3, 2, 1].map((length) => ({ mark, length, pattern: pairPattern(mark, length) })));
  for (const { mark, length, pattern } of patterns) {
    if (!(mark === '*' ? stars : underscores)) continue;
    const found: EmphasisPair[] = [];
    for (const match of masked.matchAll(pattern)) {
      found.push({ open: match.index, close: match.index + match[0].length - length, length });
    }
    // A pair found is blanked out, so shorter runs are paired around or inside it, never with its marks.
    for (const pair of found) {
      masked = `${masked.slice(0, pair.open)}${' '.repeat(length)}${masked.slice(pair.open + length, pair.close)}${' '.repeat(length)}${masked.slice(pair.close + length)}`;
    }
    pairs.push(...found);
  }
  return pairs.sort((a, b) => a.open - b.open);
}

function holdsTwo(text: string, mark: string): boolean {
  const first = text.indexOf(mark);
  return first >= 0 && text.indexOf(mark, first + 1) >= 0;
}

/** `text` with each emphasis mark replaced by a space: same length, so offsets still index the original. */
export function blankEmphasis(text: string): string {
  const pairs = emphasisPairs(text);
  if (pairs.length === 0) return text;
  // UTF-16 units, as offsets count them.
  const units = text.split('');
  for (const { open, close, length } of pairs) {
    for (let k = 0; k < length; k++) {
      units[open + k] = ' ';
      units[close + k] = ' ';
    }
  }
  return units.join('');
}

/** `text` without its emphasis marks: for comparing whole sentences, where offsets do not matter. */
export function withoutEmphasis(text: string): string {
  const pairs = emphasisPairs(text);
  if (pairs.length === 0) return text;
  const drop = new Set(pairs.flatMap(({ open, close, length }) => Array.from({ length }, (_, k) => [open + k, close + k]).flat()));
  let out = '';
  for (let i = 0; i < text.length; i++) if (!drop.has(i)) out += text[i];
  return out;
}
