/**
 * Readers for the public gold standards `npm run eval` reports on. The data are never part of
 * the repository: they are read from the directory given with `--data DIR` or OUTLETDIFF_DATA.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LabelledPair {
  left: string;
  right: string;
  /** MSRP: 1 paraphrase, 0 not. STS and SMT-europarl: similarity from 0 to 5. */
  gold: number;
  /** STS only: the source of the pair (`headlines`, `MSRpar`, …). */
  source?: string;
}

function readLines(path: string): string[] {
  if (!existsSync(path)) throw new Error(`${path}: not found (is --data the folder with msrp/, stsbenchmark/ and smt-europarl/?)`);
  return readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
}

/** MSRP training split: `quality  id1  id2  sentence1  sentence2`, no header. */
export function readMsrpTrain(dataDir: string): LabelledPair[] {
  return readLines(join(dataDir, 'msrp/msr_paraphrase_train.txt')).map((line) => {
    const [quality, , , left, right] = line.split('\t');
    return { left, right, gold: Number(quality) };
  });
}

/** STS Benchmark: `genre  source  year  id  score  sentence1  sentence2`; split on tabs only. */
export function readSts(dataDir: string, split: 'train' | 'dev', source?: string): LabelledPair[] {
  return readLines(join(dataDir, `stsbenchmark/sts-${split}.tsv`))
    .map((line) => line.split('\t'))
    .filter((fields) => source === undefined || fields[1] === source)
    .map((fields) => ({ left: fields[5], right: fields[6], gold: Number(fields[4]), source: fields[1] }));
}

/** SemEval 2012 SMT-europarl training pairs: `score  sentence1  sentence2`. */
export function readSmtEuroparl(dataDir: string): LabelledPair[] {
  return readLines(join(dataDir, 'smt-europarl/SMTeuroparl.train.tsv')).map((line) => {
    const [score, left, right] = line.split('\t');
    return { left, right, gold: Number(score) };
  });
}

/** `--data DIR` from the arguments, else OUTLETDIFF_DATA; a clear error when neither is given. */
export function dataDirFrom(argv: readonly string[]): string {
  const flag = argv.indexOf('--data');
  const dir = flag >= 0 ? argv[flag + 1] : process.env.OUTLETDIFF_DATA;
  if (!dir) throw new Error('give the benchmark data folder with --data DIR (or set OUTLETDIFF_DATA)');
  return dir;
}
