/**
 * A number as written, in one form for comparing: thousands separators dropped ("14,000" →
 * "14000") and a decimal part's trailing zeros (ASCII "0") dropped ("10.0" → "10", "2.50" →
 * "2.5"), so that one outlet's "10%" and another's "10.0%" are one number. Three decimals stay as
 * written: "1.000" is a thousand in much of Europe.
 */
export function comparableNumber(written: string): string {
  return written
    .replace(/,(?=\p{N}{3}(?!\p{N}))/gu, '')
    .replace(/^(\p{N}+)\.(\p{N}{1,2})$/u, (_, whole: string, decimals: string) => {
      const kept = decimals.replace(/0+$/, '');
      return kept === '' ? whole : `${whole}.${kept}`;
    });
}
