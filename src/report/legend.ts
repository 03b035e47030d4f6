import { renderCell, type Palette, type Span } from './styledText.js';

/**
 * The key to the change tones of the coloured views, one sample per kind, wrapped to `width`.
 * Without colour every change reads `[-…-]` / `{+…+}` and each group's rule line names its kinds,
 * so there is no key.
 */
export function legendLines(palette: Palette, width: number): string[] {
  if (!palette.color) return [];
  const spans: Span[] = [
    { text: 'key: ', tone: 'plain' },
    { text: 'removed', tone: 'removed' },
    { text: ' ', tone: 'plain' },
    { text: 'added', tone: 'added' },
    { text: ' substantive (number, name, speaker, content) · ', tone: 'plain' },
    { text: 'removed', tone: 'removed-rewording' },
    { text: ' ', tone: 'plain' },
    { text: 'added', tone: 'added-rewording' },
    { text: ' rewording (synonym, translation variant, reordering) · ', tone: 'plain' },
    { text: 'removed', tone: 'removed-form' },
    { text: ' ', tone: 'plain' },
    { text: 'added', tone: 'added-form' },
    { text: ' form only (typography, spelling, inflection, compounding)', tone: 'plain' },
  ];
  return renderCell({ spans, heading: false }, width, palette);
}
