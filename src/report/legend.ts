import { renderCell, type Palette, type Span, type Tone } from './styledText.js';

/** The kinds of change the coloured views tone apart, with their removal and addition tones. */
const KINDS: ReadonlyArray<{ removed: Tone; added: Tone; says: string }> = [
  { removed: 'removed', added: 'added', says: 'substantive (number, name, speaker, content)' },
  { removed: 'removed-rewording', added: 'added-rewording', says: 'rewording (synonym, translation variant, reordering)' },
  { removed: 'removed-form', added: 'added-form', says: 'form only (typography, spelling, inflection, compounding)' },
];

/**
 * The key to the change tones of the coloured views, one sample per kind, wrapped to `width`.
 * Without colour every change reads `[-…-]` / `{+…+}` and each group's rule line names its kinds,
 * so there is no key.
 */
export function legendLines(palette: Palette, width: number): string[] {
  if (!palette.color) return [];
  const spans: Span[] = [{ text: 'key: ', tone: 'plain' }];
  KINDS.forEach((kind, k) => {
    spans.push(
      { text: 'removed', tone: kind.removed },
      { text: ' ', tone: 'plain' },
      { text: 'added', tone: kind.added },
      { text: ` ${kind.says}${k < KINDS.length - 1 ? ' · ' : ''}`, tone: 'plain' },
    );
  });
  return renderCell({ spans, heading: false }, width, palette);
}
