/**
 * The command line in-process, for what a user cannot easily provoke: an internal error.
 */
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { decideColor, main } from '../../src/cli.js';

function capture() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return { stdout, stderr, out: () => out, err: () => err };
}

afterEach(() => {
  process.exitCode = undefined;
});

describe('cli', () => {
  describe('main', () => {
    it('exits 70 with one line and a --debug hint when something unexpected breaks', async () => {
      const io = capture();
      await main(['node', 'outletdiff', 'compare', '-', 'rg-fomin'], {
        stdout: io.stdout,
        stderr: io.stderr,
        env: {},
        readStdin: () => Promise.reject(new TypeError('stdin exploded')),
      });
      expect(process.exitCode).toBe(70);
      expect(io.out()).toBe('');
      expect(io.err()).toBe('outletdiff: internal error: stdin exploded (this is a bug; rerun with --debug for the stack)\n');
    });

    it('prints the stack with --debug', async () => {
      const io = capture();
      await main(['node', 'outletdiff', 'compare', '-', 'rg-fomin', '--debug'], {
        stdout: io.stdout,
        stderr: io.stderr,
        env: {},
        readStdin: () => Promise.reject(new TypeError('stdin exploded')),
      });
      expect(process.exitCode).toBe(70);
      expect(io.err()).toMatch(/TypeError: stdin exploded\n\s+at /);
    });
  });

  describe('score-pairs', () => {
    it('without a file, refuses a terminal on standard input instead of waiting silently', async () => {
      // Regression: `outletdiff score-pairs` typed at a prompt hung, saying nothing.
      const io = capture();
      await main(['node', 'outletdiff', 'score-pairs'], {
        stdout: io.stdout,
        stderr: io.stderr,
        env: {},
        stdinIsTTY: true,
        readStdin: () => new Promise<Uint8Array>(() => {}),
      });
      expect(process.exitCode).toBe(2);
      expect(io.out()).toBe('');
      expect(io.err()).toBe('outletdiff: score-pairs: no file given and standard input is a terminal; name a file, or pipe the lines in (see --help)\n');
    });

    it('reads a terminal on standard input when - is given on purpose, and piped lines without a file', async () => {
      for (const [args, stdinIsTTY] of [[['-'], true], [[], false]] as const) {
        const io = capture();
        await main(['node', 'outletdiff', 'score-pairs', ...args], {
          stdout: io.stdout,
          stderr: io.stderr,
          env: {},
          stdinIsTTY,
          readStdin: () => Promise.resolve(new TextEncoder().encode('The talks resumed on Friday.\tTalks restarted on Friday.\n')),
        });
        expect(process.exitCode ?? 0).toBe(0);
        expect(io.err()).toBe('');
        expect(io.out()).toMatch(/^\d\.\d{3}\t1\t1\n$/);
      }
    });
  });

  describe('decideColor', () => {
    it('follows --no-color, then NO_COLOR, then FORCE_COLOR, then the terminal', () => {
      expect(decideColor(false, { FORCE_COLOR: '1' }, true)).toBe(false);
      expect(decideColor(true, { NO_COLOR: '1', FORCE_COLOR: '1' }, true)).toBe(false);
      expect(decideColor(true, { NO_COLOR: '' }, true)).toBe(true);
      expect(decideColor(true, { FORCE_COLOR: '1' }, false)).toBe(true);
      expect(decideColor(true, { FORCE_COLOR: '0' }, true)).toBe(false);
      expect(decideColor(true, {}, true)).toBe(true);
      expect(decideColor(true, {}, false)).toBe(false);
    });
  });
});
