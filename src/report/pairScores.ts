import type { PairDecision } from '../align/pairScore.js';

/** One result per input line: a decision, or `null` for an empty input line. */
export type PairScoreResult = PairDecision | { line: number; empty: true };

/** `score-pairs` output formats: `score<TAB>aligned<TAB>equivalent`, or JSON Lines. */
export const pairScoreFormats = {
  tsv: (results: readonly PairScoreResult[]) => results.map(tsvLine).join(''),
  json: (results: readonly PairScoreResult[]) => results.map((result) => `${JSON.stringify(jsonLine(result))}\n`).join(''),
} satisfies Record<string, (results: readonly PairScoreResult[]) => string>;

export type PairScoreFormatName = keyof typeof pairScoreFormats;

function tsvLine(result: PairScoreResult): string {
  if ('empty' in result) return '\n';
  return `${result.score.toFixed(3)}\t${result.aligned ? 1 : 0}\t${result.equivalent ? 1 : 0}\n`;
}

/** An empty input line is an object too (JSON Lines has no empty lines): unknown values are null. */
function jsonLine(result: PairScoreResult) {
  if ('empty' in result) return { line: result.line, score: null, aligned: false, equivalent: false, components: null, empty: true };
  return result;
}
