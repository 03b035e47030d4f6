import type { PairExplanation } from '../types.js';

/**
 * One line of evidence for a pair in the human views (`--explain`):
 * `why: shared political, situation · synonyms rectifying~correcting · numbers only left: 45`.
 */
export function explanationLine(explanation: PairExplanation): string {
  const parts: string[] = [];
  if (explanation.sharedRareWords.length > 0) parts.push(`shared ${explanation.sharedRareWords.join(', ')}`);
  if (explanation.synonymPairs.length > 0) parts.push(`synonyms ${explanation.synonymPairs.map(([a, b]) => `${a}~${b}`).join(', ')}`);
  const oneSided = [
    ['numbers only left', explanation.numbersOnlyLeft],
    ['numbers only right', explanation.numbersOnlyRight],
    ['names only left', explanation.namesOnlyLeft],
    ['names only right', explanation.namesOnlyRight],
  ] as const;
  for (const [label, values] of oneSided) if (values.length > 0) parts.push(`${label}: ${values.join(', ')}`);
  // The signal that raised the score most (drivers are ordered by size, either sign).
  const [driver] = Object.entries(explanation.scoreDrivers).filter(([, pull]) => pull > 0);
  if (driver) parts.push(`strongest signal ${driver[0]}`);
  return `why: ${parts.join(' · ') || 'no shared content words'}`;
}
