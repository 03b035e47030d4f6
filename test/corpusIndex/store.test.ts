import { describe, expect, it } from 'vitest';
import { openProblem } from '../../src/corpusIndex/store.js';

// DuckDB's own wording, as it reports a file another process holds or one it cannot read.
const LOCKED = 'IO Error: Could not set lock on file "/tmp/a/index.duckdb": Conflicting lock is held in /usr/bin/node (PID 4242). See also https://duckdb.org/docs/stable/connect/concurrency';

describe('openProblem', () => {
  it('names the process holding the index and says to try again, whatever the file system does with locks', () => {
    expect(openProblem(new Error(LOCKED))).toBe('in use by another process (PID 4242); try again when it has finished');
    expect(openProblem(new Error('IO Error: Could not set lock on file "/tmp/a/index.duckdb": Resource temporarily unavailable'))).toBe(
      'in use by another process; try again when it has finished',
    );
  });

  it('tells a file it cannot open from one that is not an index', () => {
    expect(openProblem(new Error('IO Error: Cannot open file "/tmp/a/index.duckdb": Permission denied'))).toBe('cannot open the index (permission denied)');
    expect(openProblem(new Error('IO Error: The file "/tmp/a/x" exists, but it is not a valid DuckDB database file!\nmore'))).toBe(
      'not an outletdiff index (IO Error: The file "/tmp/a/x" exists, but it is not a valid DuckDB database file!)',
    );
  });
});
