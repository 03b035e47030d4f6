/**
 * How many terminal columns text takes. Counted per grapheme (a user-perceived character):
 * East Asian wide and fullwidth characters and emoji take two columns, combining marks and
 * invisible format characters none, everything else one. ANSI colour codes take none.
 */

const ANSI_CODE = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]+$/u;
const EMOJI = /\p{Extended_Pictographic}|\u{FE0F}|\p{Regional_Indicator}/u;

/**
 * Printable Latin text and common punctuation (curly quotes, dashes): one column and one
 * grapheme per character, so no segmenter is needed — the common case, and a fast one.
 */
const PRINTABLE_ASCII = /^[\x20-\x7e\u00a0-\u02ff\u2010-\u2027\u2030-\u205e]*$/;
let graphemeSegmenter: Intl.Segmenter | undefined;

/** Removes ANSI colour/style codes (and OSC hyperlinks), as written by chalk. */
export function stripAnsi(s: string): string {
  return s.replace(ANSI_CODE, '');
}

/**
 * How much text is segmented at once: the segmenter's time grows faster than the length of what
 * it is given (a 66,000-character paragraph without spaces took 22 s whole, milliseconds in pieces).
 */
const SEGMENT_CHUNK = 1024;
/**
 * Characters that never extend the grapheme before them, so a grapheme may start at each: printable
 * ASCII and CJK ideographs, kana and punctuation (not the combining tone and voicing marks among them).
 */
const CLUSTER_START = /[\x20-\x7e\u3000-\u3029\u3030-\u303f\u3040-\u3098\u309b-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff60]/;
/** Characters that join the next one into their grapheme: a zero-width joiner, prepended Arabic signs, a carriage return (before a line feed). */
const JOINS_NEXT = /[\u200d\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\r]/;

/** Splits text into graphemes, so that wrapping never cuts a character from its combining marks. */
export function graphemes(s: string): string[] {
  if (PRINTABLE_ASCII.test(s)) return s.split('');
  graphemeSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const segmenter = graphemeSegmenter;
  const result: string[] = [];
  let from = 0;
  while (from < s.length) {
    const to = chunkEnd(s, from);
    for (const part of segmenter.segment(s.slice(from, to))) result.push(part.segment);
    from = to;
  }
  return result;
}

/**
 * Where the piece of `s` from `from` ends for segmenting: at a grapheme start at least
 * {@link SEGMENT_CHUNK} characters on, or the end of the text if none is found before then.
 */
function chunkEnd(s: string, from: number): number {
  for (let at = from + SEGMENT_CHUNK; at < s.length; at += 1) {
    if (CLUSTER_START.test(s[at]) && !JOINS_NEXT.test(s[at - 1])) return at;
  }
  return s.length;
}

/** Terminal columns taken by `s`, ANSI codes excluded. */
export function displayWidth(s: string): number {
  const plain = stripAnsi(s);
  if (PRINTABLE_ASCII.test(plain)) return plain.length;
  let width = 0;
  for (const grapheme of graphemes(plain)) width += graphemeWidth(grapheme);
  return width;
}

/** Terminal columns taken by one grapheme: 0, 1 or 2. */
export function graphemeWidth(grapheme: string): number {
  if (ZERO_WIDTH.test(grapheme)) return 0;
  if (EMOJI.test(grapheme)) return 2;
  return isWide(grapheme.codePointAt(0) ?? 0) ? 2 : 1;
}

/** East Asian Wide (W) and Fullwidth (F) ranges, as terminals commonly draw them. */
const WIDE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f], // Hangul Jamo initials
  [0x2329, 0x232a], // angle brackets
  [0x2e80, 0x303e], // CJK radicals … CJK symbols and punctuation
  [0x3041, 0x33ff], // kana … CJK compatibility
  [0x3400, 0x4dbf], // CJK Extension A
  [0x4e00, 0x9fff], // CJK Unified Ideographs
  [0xa000, 0xa4cf], // Yi
  [0xa960, 0xa97f], // Hangul Jamo Extended-A
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe10, 0xfe19], // vertical forms
  [0xfe30, 0xfe6f], // CJK compatibility forms, small form variants
  [0xff00, 0xff60], // fullwidth forms
  [0xffe0, 0xffe6], // fullwidth signs
  [0x1b000, 0x1b2ff], // kana supplements
  [0x1f200, 0x1f2ff], // enclosed ideographic supplement
  [0x20000, 0x3fffd], // CJK Extensions B and later
];

function isWide(codePoint: number): boolean {
  return WIDE_RANGES.some(([first, last]) => codePoint >= first && codePoint <= last);
}
