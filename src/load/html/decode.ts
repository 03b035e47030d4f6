/**
 * From a web page's bytes to text: the character set comes from a byte-order mark, else
 * the HTTP header, else a `<meta>` declaration near the top, else UTF-8 (windows-1252 when the
 * bytes mostly do not read as UTF-8) — the order
 * browsers use (WHATWG Encoding, "BOM sniffing" first) — except that UTF-16 without a byte-order
 * mark, recognised by its bytes, comes before the header and the `<meta>`. PDFs and binary downloads are refused.
 */
import { OutletdiffError } from '../../errors.js';
import { checkTextLength, isPdf, mostlyUtf8, isTooLongForString, repairWindows1252, tooLarge, utf16WithoutBom } from '../decode.js';

/** How far into the page a `<meta>` charset declaration is looked for (browsers look at 1024 bytes; pages are sloppy). */
const META_PROBE_BYTES = 2048;
/** How many leading bytes are checked for NUL bytes. */
const BINARY_PROBE_BYTES = 1024;
/** A PDF starts with this, perhaps after white space. */

/**
 * Labels the browser maps to another encoding, or that Node's `TextDecoder` lacks
 * (HTML: a page declaring UTF-16 in a `<meta>` is ASCII-compatible, so it is UTF-8;
 * `x-user-defined` is read as windows-1252).
 */
const META_LABEL_OVERRIDES: Record<string, string> = {
  'utf-16': 'utf-8',
  'utf-16le': 'utf-8',
  'utf-16be': 'utf-8',
  'x-user-defined': 'windows-1252',
};

/**
 * Decodes a web page. `headerCharset` is the `charset` parameter of the HTTP
 * `Content-Type` header, when there was one. Bytes that do not fit the character set become
 * U+FFFD, as in a browser. A leading byte-order mark is removed.
 *
 * Throws `OutletdiffError` (exit 2) naming `source` for an empty page, a PDF, a binary file
 * (NUL bytes in the first KB, unless a UTF-16 byte-order mark explains them), an unknown
 * character set, and a page too long for one string. Cost: linear in the size of the page.
 */
export function decodeHtmlBytes(bytes: Uint8Array, source: string, headerCharset?: string): string {
  if (bytes.length === 0) throw new OutletdiffError(`${source}: empty page`);
  if (isPdf(bytes)) throw new OutletdiffError(`${source}: a PDF, not a web page`);
  const { label, from } = chooseCharset(bytes, headerCharset);
  const encoding = decoderFor(label, from, source);
  if (!encoding.startsWith('utf-16') && bytes.subarray(0, BINARY_PROBE_BYTES).includes(0)) {
    throw new OutletdiffError(`${source}: binary file, not a web page`);
  }
  checkTextLength(bytes, encoding, source);
  let decoded: string;
  try {
    decoded = new TextDecoder(encoding, { fatal: false }).decode(bytes);
  } catch (error) {
    // Bad UTF-8 bytes replaced one by one can still make the text too long.
    if (isTooLongForString(error)) throw tooLarge(source);
    throw error;
  }
  const text = repairWindows1252(decoded, encoding);
  // The decoder drops only a BOM of its own encoding; a header may have named another.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new OutletdiffError(`${source}: empty page`);
  return body;
}

type CharsetOrigin = 'byte-order mark' | 'UTF-16 code units' | 'Content-Type header' | 'meta tag' | 'default';

function chooseCharset(bytes: Uint8Array, headerCharset: string | undefined): { label: string; from: CharsetOrigin } {
  const bom = bomEncoding(bytes);
  if (bom) return { label: bom, from: 'byte-order mark' };
  const header = cleanLabel(headerCharset ?? '');
  // A page in UTF-16 without a byte-order mark shows in its bytes, and no single-byte charset a
  // header or <meta> might name could read it (its NUL bytes would make it binary).
  const sniffed = header.startsWith('utf-16') ? null : utf16WithoutBom(bytes);
  if (sniffed) return { label: sniffed, from: 'UTF-16 code units' };
  if (header !== '') return { label: header, from: 'Content-Type header' };
  const meta = metaCharset(bytes);
  if (meta !== null) return { label: META_LABEL_OVERRIDES[meta] ?? meta, from: 'meta tag' };
  // Undeclared: UTF-8 when the bytes read as UTF-8 (all of them, or all but a few stray bytes),
  // else windows-1252, the fallback browsers in Western locales use, so an old Latin-1 page reads
  // "président", not "pr\uFFFDsident".
  return { label: isValidUtf8(bytes) || mostlyUtf8(bytes) ? 'utf-8' : 'windows-1252', from: 'default' };
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** The WHATWG name of `label` (`cp1251` → `windows-1251`); throws naming the label if unknown. */
function decoderFor(label: string, from: CharsetOrigin, source: string): string {
  try {
    return new TextDecoder(label === 'x-user-defined' ? 'windows-1252' : label).encoding;
  } catch {
    throw new OutletdiffError(`${source}: unknown character set "${label}" (from the ${from})`);
  }
}

/**
 * The charset a `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">`
 * declares in the first {@link META_PROBE_BYTES} bytes, lower-cased; `null` if none.
 * Read as Latin-1: every encoding a page can declare this way is ASCII-compatible.
 */
function metaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, META_PROBE_BYTES)).replace(/<!--[\s\S]*?-->/g, '');
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const charset = /\bcharset\s*=\s*["']?\s*([^"'\s;/>]+)/i.exec(tag);
    if (charset) return cleanLabel(charset[1]);
  }
  return null;
}

function cleanLabel(label: string): string {
  return label.trim().replace(/^["']|["']$/g, '').trim().toLowerCase();
}

