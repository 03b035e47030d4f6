/**
 * Terminal escape sequences in article text. Text from the web may carry them (colour, cursor moves,
 * window titles, hyperlinks): the terminal views remove them, and comparison reads past them, so
 * both find them with these patterns.
 */

/** ESC-introduced sequences: CSI (`ESC [ … final`), string commands (OSC, DCS, SOS, PM, APC) ended by BEL or ST, and two- or three-character escapes. */
const ESCAPE_SEQUENCE =
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b[\]PX^_][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[ -/]*[0-~]/g;
/** The 8-bit forms: C1 CSI (U+009B) with its parameters, and C1 string commands ended by BEL or ST (a scan stops at the next control, so the cost stays linear). */
const C1_SEQUENCE = /\u009b[0-?]*[ -/]*[@-~]|[\u0090\u0098\u009d-\u009f][^\u0007\u001b\u0080-\u009f]*(?:\u0007|\u009c)/g;
/** The characters that open a sequence: text without one has none. */
const SEQUENCE_START = /[\u001b\u0090\u0098\u009b\u009d-\u009f]/;

/**
 * Which UTF-16 units of `s` belong to an escape sequence (`true` at each), or `undefined` when none
 * does. The 7-bit sequences are found first and the 8-bit ones in what is left, so the units of one
 * sequence are marked together wherever `s` is later cut. Cost: two linear passes.
 */
export function escapeSequenceUnits(s: string): boolean[] | undefined {
  if (!SEQUENCE_START.test(s)) return undefined;
  const inSequence: boolean[] = new Array<boolean>(s.length).fill(false);
  const mark = (pattern: RegExp, kept: number[]) => {
    const text = kept.map((i) => s[i]).join('');
    for (const match of text.matchAll(pattern)) {
      for (let k = match.index; k < match.index + match[0].length; k += 1) inSequence[kept[k] ?? -1] = true;
    }
  };
  mark(ESCAPE_SEQUENCE, Array.from({ length: s.length }, (_, i) => i));
  mark(C1_SEQUENCE, inSequence.flatMap((marked, i) => (marked ? [] : [i])));
  return inSequence.includes(true) ? inSequence : undefined;
}
