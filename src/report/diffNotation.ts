import type { DiffRun } from '../types.js';
import { toTerminalPieces, type PieceSide } from './terminalText.js';

/**
 * Writes diff runs in the compact `[-removed-]{+added+}` notation; equal runs are plain text.
 * The runs' own spacing is kept as is, so `equal` + `removed` runs rebuild the reference wording
 * and `equal` + `added` runs the member's, made terminal-safe (escape sequences and control
 * characters removed from each wording as a whole before the markers go in, so no marker is
 * taken for part of a sequence and no sequence leaves a remnant).
 */
export function diffToNotation(runs: readonly DiffRun[]): string {
  return toTerminalPieces(runs, sideOfRun).map(runToNotation).join('');
}

/** Which wording a run belongs to. */
function sideOfRun(run: Pick<DiffRun, 'op'>): PieceSide {
  return run.op === 'removed' ? 'first' : run.op === 'added' ? 'second' : 'both';
}

function runToNotation(run: DiffRun): string {
  if (run.op === 'removed') return `[-${run.text}-]`;
  if (run.op === 'added') return `{+${run.text}+}`;
  return run.text;
}
