/**
 * Makes article text safe to print on a terminal. Article text comes from the web and may carry
 * escape sequences (colour, cursor moves, window titles, hyperlinks), raw control characters or
 * bidi overrides that make a line display differently from what it says ("Trojan Source").
 */

import { escapeSequenceUnits } from '../text/controls.js';

/** Controls that separate words: they become a space so the words stay apart. */
const SPACING_CONTROL = /^[\t\n\v\f\r\u0085]$/;
/** Every other C0 or C1 control (a lone ESC included). */
const OTHER_CONTROL = /^[\u0000-\u001f\u007f-\u009f]$/;
/** Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). */
const BIDI_CONTROL = /^[\u202a-\u202e\u2066-\u2069]$/;
/** Any other white space (no-break, ideographic, line and paragraph separators) displays as one plain space. */
const OTHER_SPACE = /^[^\S ]$/;

/** Any character that one of the patterns above changes: text without one is safe as it is. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|[^\S ]/;

/**
 * Returns `s` with escape sequences, control characters and bidi controls removed; tabs, line
 * breaks and other white space become plain spaces. Printable text, wide characters and emoji
 * are kept. Cost: a few linear passes over `s`.
 */
export function toTerminalText(s: string): string {
  return UNSAFE.test(s) ? terminalUnits(s).join('') : s;
}

/**
 * What each UTF-16 unit of `s` becomes in {@link toTerminalText}: itself, a space, or nothing.
 * Sequences are found in `s` as a whole (the 8-bit ones once the 7-bit ones are gone), so the
 * units of one sequence go together wherever `s` is later cut.
 */
function terminalUnits(s: string): string[] {
  const inSequence = escapeSequenceUnits(s);
  const units = Array.from({ length: s.length }, (_, i) => (inSequence?.[i] ? '' : s[i] ?? ''));
  return units.map((unit) => {
    if (unit === '' || !UNSAFE.test(unit)) return unit;
    if (SPACING_CONTROL.test(unit)) return ' ';
    // U+FEFF shows nothing (a zero-width no-break space, or a stray byte-order mark), though `\s` has it.
    if (OTHER_CONTROL.test(unit) || BIDI_CONTROL.test(unit) || unit === '\ufeff') return '';
    return OTHER_SPACE.test(unit) ? ' ' : unit;
  });
}

/**
 * Which text a piece belongs to: both (an unchanged stretch), or only the first (reference
 * wording the other lacks) or the second (wording only the other has).
 */
export type PieceSide = 'both' | 'first' | 'second';

/**
 * Pieces of text (diff runs, toned spans) made terminal-safe as the texts they come from, before
 * any marker or colour goes between them: a diff may cut `ESC[31m` into `ESC[` and `31m`, and
 * cleaning each piece alone would leave `31m` behind (or, in `[-…-]` notation, take the `[` of a
 * marker along). Each text — the pieces of both and of one side, in order — is cleaned whole and
 * its units handed back to the pieces; a unit of a shared piece goes when either text drops it.
 * A side with no piece of its own is no text (a reference shown with its removals only).
 * Pieces keep their other fields; a piece may come out empty. Cost: linear in the text.
 */
export function toTerminalPieces<T extends { text: string }>(pieces: readonly T[], sideOf: (piece: T) => PieceSide): T[] {
  if (!pieces.some((piece) => UNSAFE.test(piece.text))) return pieces.map((piece) => ({ ...piece }));
  const sides = (['first', 'second'] as const).filter((side) => pieces.some((piece) => sideOf(piece) === side));
  const cleaned: Array<string[] | undefined> = pieces.map(() => undefined);
  for (const side of sides.length > 0 ? sides : (['both'] as const)) {
    const members = pieces.flatMap((piece, k) => (sideOf(piece) === 'both' || sideOf(piece) === side ? [k] : []));
    const units = terminalUnits(members.map((k) => pieces[k]?.text ?? '').join(''));
    let at = 0;
    for (const k of members) {
      const length = pieces[k]?.text.length ?? 0;
      const own = units.slice(at, at + length);
      at += length;
      const before = cleaned[k];
      cleaned[k] = before === undefined ? own : own.map((unit, i) => (unit === '' ? '' : before[i] ?? ''));
    }
  }
  return pieces.map((piece, k) => ({ ...piece, text: (cleaned[k] ?? []).join('') }));
}
