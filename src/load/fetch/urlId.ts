/**
 * URL arguments and their article ids (CONTRACT.md, "Articles and ids").
 */
import { OutletdiffError } from '../../errors.js';

const URL_ARGUMENT = /^https?:\/\//i;

/** True when a command-line argument is an http or https URL (scheme case-insensitive); such arguments are fetched, never read as paths. */
export function isUrlArgument(arg: string): boolean {
  return URL_ARGUMENT.test(arg);
}

/**
 * The article id of a URL: its host name without `www.`, a hyphen, and its last non-empty
 * path segment, lower-cased, every run of other characters than letters and digits replaced
 * by one hyphen (`https://tass.com/politics/1406245` → `tass-com-1406245`). The query, the
 * fragment and the port are ignored; a URL without a path gives the host alone (`example-org`).
 * Percent-escapes are decoded first, so a Cyrillic slug stays readable. Clashes between
 * inputs are the caller's (`-2`, `-3` in input order). Throws `OutletdiffError` for a string
 * that is not a URL.
 */
export function idForUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new OutletdiffError(`${url}: not a valid URL`);
  }
  const host = parsed.hostname.replace(/^www\./i, '');
  const segments = parsed.pathname.split('/').filter((segment) => segment !== '');
  const last = segments.length > 0 ? decodeSegment(segments[segments.length - 1]) : '';
  const parts = [slug(host), slug(last)].filter((part) => part !== '');
  return parts.join('-') || 'url';
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // a stray `%` that is not an escape: keep the segment as written
  }
}

/** Lower-cased, runs of anything but letters and digits as one hyphen, no hyphen at either end. */
function slug(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
