import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// `npm test` builds first, so the bundle the binary runs is there to read.
const BUNDLE = new URL('../dist/bundle/cli.cjs', import.meta.url);

describe('the command-line bundle', () => {
  it('keeps regular expressions with property escapes as literals, not rebuilt at every use', () => {
    const source = readFileSync(BUNDLE, 'utf8');
    // A literal the bundler rewrote reads `new RegExp("^\\p{Lu}", "u")`: a string, built on every call.
    const rebuilt = Array.from(source.matchAll(/new RegExp\("((?:[^"\\]|\\.)*)"/g), (match) => match[1]).filter((pattern) => pattern.includes('\\\\p{'));
    expect(rebuilt).toEqual([]);
    expect(source).toMatch(/\/\^\\p\{Lu\}\/u/);
  });
});
