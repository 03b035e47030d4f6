import { toTerminalText } from './terminalText.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes `s` for HTML element content and for quoted attribute values (either quote), so no
 * character of it can open a tag, end an attribute or start an entity. Cost: one linear pass.
 */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/**
 * Article text as the HTML report shows it: escaped, and first cleaned like terminal text
 * (escape sequences and control characters removed, bidi overrides dropped so a sentence cannot
 * display differently from what it says, other white space made plain spaces).
 */
export function htmlText(s: string): string {
  return escapeHtml(toTerminalText(s));
}

/**
 * `url` normalised when it is an absolute http or https URL, else `null`: only those become
 * links (`javascript:`, `data:`, `file:` and relative references are shown as text).
 */
export function webUrl(url: string | null): string | null {
  if (url === null) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
