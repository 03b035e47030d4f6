/** Telling a web page from a plain-text article. */

/** File extensions of saved web pages. */
const HTML_EXTENSIONS = ['.html', '.htm', '.xhtml'];
/** How far into the text a `<head>` or `<body>` tag still counts as "early". */
const EARLY_CHARS = 1024;

/**
 * True when `path` (a file path or URL; query and fragment ignored) ends in `.html`, `.htm`
 * or `.xhtml`, or when the text, after a byte-order mark, white space, comments and an XML
 * declaration, starts with `<!doctype html` or `<html`, or has a `<head>` or `<body>` tag in
 * its first KB. Case-insensitive. Cost: constant (looks at the start only).
 */
export function looksLikeHtml(text: string, path?: string): boolean {
  if (path !== undefined) {
    const bare = path.replace(/[?#].*$/s, '').toLowerCase();
    if (HTML_EXTENSIONS.some((ext) => bare.endsWith(ext))) return true;
  }
  const start = text
    .slice(0, EARLY_CHARS)
    .replace(/^\uFEFF/, '')
    .replace(/^(?:\s+|<!--[\s\S]*?-->|<\?xml[^>]*\?>)*/, '')
    .toLowerCase();
  return /^(?:<!doctype\s+html|<html[\s>])/.test(start) || /<(?:head|body)[\s>]/.test(start);
}
