import type { DiffRun } from '../types.js';

/**
 * Writes diff runs in the compact `[-removed-]{+added+}` notation; equal runs are plain text.
 * The runs' own spacing is kept as is, so `equal` + `removed` runs rebuild the reference wording
 * and `equal` + `added` runs the member's.
 */
export function diffToNotation(runs: readonly DiffRun[]): string {
  return runs.map(runToNotation).join('');
}

function runToNotation(run: DiffRun): string {
  if (run.op === 'removed') return `[-${run.text}-]`;
  if (run.op === 'added') return `{+${run.text}+}`;
  return run.text;
}
