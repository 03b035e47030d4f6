/**
 * From bytes to text: UTF-8 with or without a byte-order mark (UTF-16 with a BOM too),
 * line ends kept as they are so offsets stay true to the file.
 */
import { OutletdiffError } from '../errors.js';

/** How many leading bytes the binary check looks at: enough to judge, cheap on big files. */
const BINARY_PROBE_BYTES = 8192;
/** More control characters than this share of the probe means "not text". */
const MAX_CONTROL_SHARE = 0.1;

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
 * mark wins over `encoding` and is removed; CRLF and LF are kept. Throws `OutletdiffError`
 * (exit 2) naming `source` for empty input, a binary file, or bytes that are not valid UTF-8
 * (with the first bad byte and its offset, and a hint to name the file's encoding).
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
  } = {},
): string {
  if (bytes.length === 0) {
    if (options.allowEmpty) return '';
    throw new OutletdiffError(`${source}: empty input`);
  }
  if (isPdf(bytes)) throw new OutletdiffError(`${source}: a PDF, not text or a web page`);
  const utf16 = utf16Encoding(bytes);
  const hasUtf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const named = options.headerCharset === undefined ? charsetLabel(options.encoding) : headerEncoding(options.headerCharset, source);
  const legacy = named !== undefined && named !== 'utf-8' && !utf16 && !hasUtf8Bom ? named : undefined;
  const text = utf16 ? decodeUtf16(bytes, utf16, source) : legacy ? decodeLegacy(bytes, legacy, source) : decodeUtf8(bytes, source);
  if (text.trim() === '' && !options.allowEmpty) throw new OutletdiffError(`${source}: empty input (only white space)`);
  return text;
}

/** The `%PDF-` signature a PDF file opens with (after any white space). */
export function isPdf(bytes: Uint8Array): boolean {
  let at = 0;
  while (at < bytes.length && at < 1024 && (bytes[at] === 0x20 || (bytes[at] >= 0x09 && bytes[at] <= 0x0d))) at += 1;
  return bytes.length >= at + 5 && String.fromCharCode(...bytes.subarray(at, at + 5)) === '%PDF-';
}

function decodeUtf8(bytes: Uint8Array, source: string): string {
  if (looksBinary(bytes)) throw new OutletdiffError(`${source}: binary file, not text`);
  try {
    // ignoreBOM: false (the default) makes the decoder drop a leading byte-order mark.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const where = at < 0 ? '' : ` (byte 0x${hex(bytes[at])} at offset ${at})`;
    throw new OutletdiffError(`${source}: not valid UTF-8${where}; if it is in another character set, name it with --encoding (latin1, windows-1252, windows-1251)`);
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
function decodeLegacy(bytes: Uint8Array, encoding: string, source: string): string {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return decodeUtf16(bytes, encoding, source, 'though its Content-Type names it');
  if (looksBinary(bytes)) throw new OutletdiffError(`${source}: binary file, not text`);
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

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', source: string, why = 'despite its byte-order mark'): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new OutletdiffError(`${source}: not valid ${encoding.toUpperCase()} ${why}`);
  }
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
