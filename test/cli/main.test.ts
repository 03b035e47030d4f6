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
