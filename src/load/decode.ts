/**
 * From bytes to text: UTF-8 with or without a byte-order mark, UTF-16 with a BOM or recognised
 * without one, line ends kept as they are so offsets stay true to the file.
 */
import { constants } from 'node:buffer';
import { OutletdiffError } from '../errors.js';

/** How many leading bytes the binary check looks at: enough to judge, cheap on big files. */
const BINARY_PROBE_BYTES = 8192;
/** More control characters than this share of the probe means "not text". */
const MAX_CONTROL_SHARE = 0.1;
/**
 * UTF-16 without a byte-order mark shows in its NUL bytes: at least this share of its code units are
 * ASCII (a NUL high byte). Spaces, digits, punctuation and line ends give a Russian text a quarter,
 * a Chinese one about a tenth; random bytes have a NUL in 1 of 256.
 */
const UTF16_MIN_ASCII_SHARE = 0.05;
/**
 * …while the unit's other byte is seldom NUL: U+0400, U+3000, U+4E00, U+AC00 and the other characters
 * ending in 00 make at most 3% of a Korean or Chinese text. Binary files have NULs at both parities.
 */
const UTF16_MAX_LOW_NUL_SHARE = 0.05;
/**
 * Its text has almost no control characters and no unassigned or private-use code points (binary data
 * read as UTF-16 has many of both: a compiled table of small numbers reads as letters of every script
 * with gaps between)…
 */
const UTF16_MAX_JUNK_SHARE = 0.005;
/** …and white space: a space or line end in every hundred characters at least (Chinese text without spaces has 4%). */
const UTF16_MIN_SPACE_SHARE = 0.01;

/**
 * The longest string the JavaScript engine can make, in UTF-16 code units (V8: 2^29 − 24, about
 * 512 MiB): a longer text cannot be held at all, whatever the memory.
 */
export const MAX_TEXT_LENGTH = constants.MAX_STRING_LENGTH;

/**
 * The character sets `--encoding` offers for text files. `latin1` is read as windows-1252, as the
 * Encoding Standard (and every browser) does: ISO-8859-1's C1 controls are never meant in text.
 */
export const TEXT_ENCODINGS = ['utf-8', 'latin1', 'windows-1252', 'windows-1251'] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

/** The Encoding Standard label of a single-byte `--encoding` (`latin1` → `windows-1252`); `undefined` for UTF-8 or none. */
export function charsetLabel(encoding: TextEncoding | undefined): string | undefined {
  if (encoding === undefined || encoding === 'utf-8') return undefined;
  return encoding === 'latin1' ? 'windows-1252' : encoding;
}

/**
 * Decodes a file's bytes: UTF-8 by default, or the single-byte `encoding` given. A byte-order
 * mark wins over `encoding` and is removed; so does UTF-16 recognised without one (see
 * {@link utf16WithoutBom}), as a single-byte text has no NUL bytes. CRLF and LF are kept. Throws `OutletdiffError`
 * (exit 2) naming `source` for empty input, a binary file, a text too long for one string
 * (`maxLength` code units, by default the engine's {@link MAX_TEXT_LENGTH}), or bytes that are not
 * valid UTF-8 (with the first bad byte and its offset, and a hint to name the file's encoding).
 */
export function decodeBytes(
  bytes: Uint8Array,
  source: string,
  options: {
    allowEmpty?: boolean;
    encoding?: TextEncoding;
    /**
     * The character set a fetched text's `Content-Type` header names: any Encoding Standard label
     * (`windows-1251`, `koi8-r`). Used like `encoding` (a byte-order mark wins); an unknown label is
     * an error naming it.
     */
    headerCharset?: string;
    maxLength?: number;
  } = {},
): string {
  if (bytes.length === 0) {
    if (options.allowEmpty) return '';
    throw new OutletdiffError(`${source}: empty input`);
  }
  if (isPdf(bytes)) throw new OutletdiffError(`${source}: a PDF, not text or a web page`);
  const hasUtf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const named = options.headerCharset === undefined ? charsetLabel(options.encoding) : headerEncoding(options.headerCharset, source);
  const bom = utf16Encoding(bytes);
  // A Content-Type naming UTF-16 says which byte order: it is decoded as named, below.
  const sniffed = bom || hasUtf8Bom || named?.startsWith('utf-16') ? null : utf16WithoutBom(bytes);
  const legacy = named !== undefined && named !== 'utf-8' && !bom && !sniffed && !hasUtf8Bom ? named : undefined;
  const maxLength = options.maxLength ?? MAX_TEXT_LENGTH;
  const text = bom
    ? decodeUtf16(bytes, bom, source, maxLength)
    : sniffed
      ? decodeUtf16(bytes, sniffed, source, maxLength, 'though it starts like UTF-16 without a byte-order mark')
      : legacy
        ? decodeLegacy(bytes, legacy, source, maxLength)
        : decodeUtf8(bytes, source, maxLength);
  if (text.trim() === '' && !options.allowEmpty) throw new OutletdiffError(`${source}: empty input (only white space)`);
  return text;
}

/** The `%PDF-` signature a PDF file opens with (after any white space). */
export function isPdf(bytes: Uint8Array): boolean {
  let at = 0;
  while (at < bytes.length && at < 1024 && (bytes[at] === 0x20 || (bytes[at] >= 0x09 && bytes[at] <= 0x0d))) at += 1;
  return bytes.length >= at + 5 && String.fromCharCode(...bytes.subarray(at, at + 5)) === '%PDF-';
}

function decodeUtf8(bytes: Uint8Array, source: string, maxLength: number): string {
  if (looksBinary(bytes)) throw new OutletdiffError(`${source}: binary file, not text`);
  checkTextLength(bytes, 'utf-8', source, maxLength);
  try {
    // ignoreBOM: false (the default) makes the decoder drop a leading byte-order mark.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch (error) {
    if (isTooLongForString(error)) throw tooLarge(source, maxLength);
    const at = firstInvalidUtf8(bytes);
    // Valid after all: the decoder failed for another reason, which is not the input's fault.
    if (at < 0) throw error;
    throw new OutletdiffError(`${source}: not valid UTF-8 (byte 0x${hex(bytes[at])} at offset ${at}); if it is in another character set, name it with --encoding (latin1, windows-1252, windows-1251)`);
  }
}

/** The Encoding Standard name of a `Content-Type` charset label (`cp1251` → `windows-1251`); throws naming it if unknown. */
function headerEncoding(label: string, source: string): string {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    throw new OutletdiffError(`${source}: unknown character set "${label}" (from the Content-Type header)`);
  }
}

/**
 * A character set other than UTF-8, by its Encoding Standard name: in a single-byte set every byte
 * is a character, so only binary content is refused (UTF-16 named without its byte-order mark
 * holds NUL bytes, so it is decoded as it is named).
 */
function decodeLegacy(bytes: Uint8Array, encoding: string, source: string, maxLength: number): string {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return decodeUtf16(bytes, encoding, source, maxLength, 'though its Content-Type names it');
  if (looksBinary(bytes)) throw new OutletdiffError(`${source}: binary file, not text`);
  checkTextLength(bytes, encoding, source, maxLength);
  return repairWindows1252(new TextDecoder(encoding).decode(bytes), encoding);
}

/**
 * What windows-1252 (and so ISO-8859-1, which the Encoding Standard reads as windows-1252) has at
 * bytes 0x80–0x9F: curly quotes, dashes, €, … Node 20's decoder returns C1 controls there instead.
 */
const WINDOWS_1252_HIGH = '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/** Text decoded as windows-1252 with bytes 0x80–0x9F mapped to their characters (see WINDOWS_1252_HIGH). */
export function repairWindows1252(text: string, encoding: string): string {
  if (encoding !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009F]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]);
}

/** The byte order of UTF-16 text, from its byte-order mark or, without one, from its bytes ({@link utf16WithoutBom}); `null` for any other text. */
export function utf16ByteOrder(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  return utf16Encoding(bytes) ?? utf16WithoutBom(bytes);
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * The byte order of UTF-16 text without a byte-order mark, judged on the first
 * `BINARY_PROBE_BYTES`; `null` when the bytes are not such text. Many code units are ASCII (a NUL
 * high byte: at odd offsets for little-endian, even for big-endian), the other byte is seldom NUL,
 * and the probe decodes to valid UTF-16 with white space and almost no control characters or
 * unassigned code points. Binary data fails at least one of these: an image, archive, audio file or
 * random bytes has NULs at both parities, or decodes to control characters, unassigned code points
 * and no white space. Cost: two passes over the probe.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  // A text of whole code units; an odd byte at the end is no UTF-16.
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null;
  const probe = bytes.subarray(0, Math.min(bytes.length, BINARY_PROBE_BYTES));
  const units = probe.length / 2;
  let evenNul = 0;
  let oddNul = 0;
  for (let k = 0; k < probe.length; k += 2) {
    if (probe[k] === 0) evenNul++;
    if (probe[k + 1] === 0) oddNul++;
  }
  const encoding = oddNul >= evenNul ? 'utf-16le' : 'utf-16be';
  const [high, low] = encoding === 'utf-16le' ? [oddNul, evenNul] : [evenNul, oddNul];
  if (high < units * UTF16_MIN_ASCII_SHARE || low > units * UTF16_MAX_LOW_NUL_SHARE) return null;
  let text: string;
  try {
    // stream: a surrogate pair cut at the probe's end is no error.
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(probe, { stream: true });
  } catch {
    return null;
  }
  const junk = text.match(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F\p{Cn}\p{Co}]/gu)?.length ?? 0;
  const spaces = text.match(/[\s\u0085]/gu)?.length ?? 0;
  return junk <= units * UTF16_MAX_JUNK_SHARE && spaces >= Math.floor(units * UTF16_MIN_SPACE_SHARE) ? encoding : null;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', source: string, maxLength: number, why = 'despite its byte-order mark'): string {
  checkTextLength(bytes, encoding, source, maxLength);
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new OutletdiffError(`${source}: not valid ${encoding.toUpperCase()} ${why}`);
  }
}

/**
 * Refuses (OutletdiffError, exit 2, naming `source`) bytes whose text in `encoding` (a WHATWG name)
 * would be longer than `maxLength` UTF-16 code units. Such a text cannot be held, and Node's
 * decoders fail on it — its single-byte decoder by aborting the process — so it is measured first.
 * No character takes less than a byte, so only inputs of more than `maxLength` bytes are measured:
 * exactly for UTF-8 (one pass over the bytes), UTF-16 and single-byte sets, and by the byte count,
 * the most their text can have, for other multi-byte sets.
 */
export function checkTextLength(bytes: Uint8Array, encoding: string, source: string, maxLength: number = MAX_TEXT_LENGTH): void {
  if (bytes.length <= maxLength) return;
  const length = encoding === 'utf-8' ? utf8TextLength(bytes) : encoding.startsWith('utf-16') ? utf16TextLength(bytes) : bytes.length;
  if (length > maxLength) throw tooLarge(source, maxLength, length);
}

/**
 * The error for a text longer than `maxLength`, one line naming `source`; `length` when known.
 * Also for a decoder's own "string too long" failure (`isTooLongForString`).
 */
export function tooLarge(source: string, maxLength: number = MAX_TEXT_LENGTH, length?: number): OutletdiffError {
  const count = (n: number) => n.toLocaleString('en-US');
  const size = length === undefined ? 'its text is too long' : `its text is ${count(length)} characters long`;
  return new OutletdiffError(`${source}: too large: ${size} and one input can hold at most ${count(maxLength)}; split it into smaller files`);
}

/** A decoder's failure to make a string longer than the engine allows. */
export function isTooLongForString(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ERR_STRING_TOO_LONG';
}

/**
 * The UTF-16 length of UTF-8 bytes (a byte-order mark left out): a code unit per lead byte, two for
 * a four-byte sequence. Exact for valid UTF-8; invalid bytes, which a lenient decoder replaces, may
 * give more (see `isTooLongForString`).
 */
function utf8TextLength(bytes: Uint8Array): number {
  let length = 0;
  // An indexed loop: iterating a Uint8Array with for…of is an order of magnitude slower at this size.
  for (let k = 0; k < bytes.length; k++) {
    const b = bytes[k];
    if ((b & 0xc0) !== 0x80) length += b >= 0xf0 ? 2 : 1;
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return bom ? length - 1 : length;
}

/** The length of UTF-16 bytes as text, a byte-order mark left out. */
function utf16TextLength(bytes: Uint8Array): number {
  return Math.ceil(bytes.length / 2) - (utf16Encoding(bytes) === null ? 0 : 1);
}

/** A NUL byte, or many control characters other than tab, line ends and form feed. */
function looksBinary(bytes: Uint8Array): boolean {
  const probe = bytes.subarray(0, BINARY_PROBE_BYTES);
  let control = 0;
  for (const b of probe) {
    if (b === 0) return true;
    const isControl = (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d) || b === 0x7f;
    if (isControl) control++;
  }
  return control / probe.length > MAX_CONTROL_SHARE;
}

/**
 * Offset of the first byte that does not start a well-formed UTF-8 sequence (Unicode
 * table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF); -1 if none.
 * Only called after the decoder has failed, so its cost matters only for bad files.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const length = sequenceLength(b);
    if (length === 0) return i;
    if (length > 1 && !continuationsValid(bytes, i, length)) return i;
    i += length;
  }
  return -1;
}

/**
 * Whether bytes that are not all valid UTF-8 still read best as UTF-8: at least as many well-formed
 * multi-byte sequences as bytes that start none. A UTF-8 page with one stray Latin-1 byte stays
 * UTF-8 (that byte alone is lost); a Latin-1 page, whose accented letters start no sequence, does not.
 */
export function mostlyUtf8(bytes: Uint8Array): boolean {
  let wellFormed = 0;
  let stray = 0;
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes[i]);
    if (length === 0 || (length > 1 && !continuationsValid(bytes, i, length))) {
      stray += 1;
      i += 1;
    } else {
      if (length > 1) wellFormed += 1;
      i += length;
    }
  }
  return wellFormed >= stray;
}

function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

function continuationsValid(bytes: Uint8Array, at: number, length: number): boolean {
  const lead = bytes[at];
  // The second byte's range is narrower after some lead bytes (overlongs, surrogates, > U+10FFFF).
  const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
  const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
  for (let k = 1; k < length; k++) {
    const c = bytes[at + k];
    if (c === undefined) return false;
    const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
    if (c < min || c > max) return false;
  }
  return true;
}

function hex(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, '0');
}
