/**
 * Makes article text safe to print on a terminal. Article text comes from the web and may carry
 * escape sequences (colour, cursor moves, window titles, hyperlinks), raw control characters or
 * bidi overrides that make a line display differently from what it says ("Trojan Source").
 */

/** ESC-introduced sequences: CSI (`ESC [ … final`), string commands (OSC, DCS, SOS, PM, APC) ended by BEL or ST, and two- or three-character escapes. */
const ESCAPE_SEQUENCE =
  /\u001b\[[0-?]*[ -/]*[@-~]|\u001b[\]PX^_][^\u0007\u001b]*(?:\u0007|\u001b\\)|\u001b[ -/]*[0-~]/g;
/** The 8-bit forms: C1 CSI (U+009B) with its parameters, and C1 string commands ended by BEL or ST (a scan stops at the next control, so the cost stays linear). */
const C1_SEQUENCE = /\u009b[0-?]*[ -/]*[@-~]|[\u0090\u0098\u009d-\u009f][^\u0007\u001b\u0080-\u009f]*(?:\u0007|\u009c)/g;
/** Controls that separate words: they become a space so the words stay apart. */
const SPACING_CONTROL = /[\t\n\v\f\r\u0085]/g;
/** Every other C0 or C1 control (a lone ESC included). */
const OTHER_CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
/** Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/g;
/** Any other white space (no-break, ideographic, line and paragraph separators) displays as one plain space. */
const OTHER_SPACE = /[^\S ]/g;

/**
 * Returns `s` with escape sequences, control characters and bidi controls removed; tabs, line
 * breaks and other white space become plain spaces. Printable text, wide characters and emoji
 * are kept. Cost: a few linear passes over `s`.
 */
export function toTerminalText(s: string): string {
  return s
    .replace(ESCAPE_SEQUENCE, '')
    .replace(C1_SEQUENCE, '')
    .replace(SPACING_CONTROL, ' ')
    .replace(OTHER_CONTROL, '')
    .replace(BIDI_CONTROL, '')
    .replace(OTHER_SPACE, ' ');
}
