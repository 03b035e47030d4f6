import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAST_LINE_SUFFIXES, LEDE_PREFIXES, LINE_RULES, type LineRule, opensWithOutlet, ruleGroups } from '../../src/load/rules.js';
import { collapse } from '../../src/load/text.js';
import { lazyRegExpsMade } from '../../src/text/lazyRegExp.js';

/** Every line of the corpus and the loader's text fixtures, as the rules see a line. */
function allLines(): string[] {
  const folders = ['corpus', 'fixtures/load'].map((folder) => new URL(`../../${folder}/`, import.meta.url).pathname);
  return folders.flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => name.endsWith('.txt'))
      .flatMap((name) => readFileSync(join(folder, name), 'latin1').split(/\r?\n/))
      .map(collapse)
      .filter((line) => line !== ''),
  );
}

describe('LINE_RULES', () => {
  it('holds patterns that all build, though each is built only when a line first reaches it', () => {
    for (const rule of [...LINE_RULES, ...LEDE_PREFIXES, ...LAST_LINE_SUFFIXES]) {
      expect(() => rule.pattern.test(''), rule.reason).not.toThrow();
    }
    // The loader's other patterns built on first use too (places, datelines, agency credits).
    const made = lazyRegExpsMade();
    expect(made.length).toBeGreaterThan(LINE_RULES.length / 2);
    for (const pattern of made) expect(() => pattern.regExp, pattern.source).not.toThrow();
  });

  it('names in mustContain text that every line its pattern matches and its parts and accept checks take holds', () => {
    const lines = allLines();
    const hinted = LINE_RULES.filter((rule) => rule.mustContain !== undefined);
    expect(hinted.length).toBeGreaterThan(3);
    let matched = 0;
    for (const rule of hinted) {
      for (const line of lines) {
        // A caption's pattern matches any sentence with a bracket at its end ("… the minister said. (ANI)");
        // its accept check takes only a credit, which names what mustContain lists.
        if (!ruleGroups(rule, line)) continue;
        matched += 1;
        const lower = line.toLowerCase();
        expect(rule.mustContain?.some((part) => lower.includes(part)), `${rule.reason}: ${line}`).toBe(true);
      }
    }
    // The check reads real chrome lines, not only lines no pattern matches.
    expect(matched).toBeGreaterThan(10);
  });

  it('marks opensWithOutlet only on rules whose every line taken opens with an outlet name', () => {
    const lines = allLines();
    const hinted = LINE_RULES.filter((rule) => rule.opensWithOutlet);
    expect(hinted.length).toBeGreaterThan(1);
    let matched = 0;
    for (const rule of hinted) {
      for (const line of lines) {
        if (!ruleGroups(rule, line)) continue;
        matched += 1;
        expect(opensWithOutlet(line.toLowerCase()), `${rule.reason}: ${line}`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(3);
  });
});

/** How many of `lines` the hinted rules' patterns match; each match must hold one of its rule's `mustContain` texts. */
function matchesHoldingHints(rules: ReadonlyArray<Pick<LineRule, 'reason' | 'pattern' | 'mustContain'>>, lines: readonly string[]): number {
  const hinted = rules.filter((rule) => rule.mustContain !== undefined);
  expect(hinted.length).toBeGreaterThan(0);
  let matched = 0;
  for (const rule of hinted) {
    for (const line of lines) {
      const match = rule.pattern.exec(line);
      if (!match) continue;
      matched += 1;
      expect(rule.mustContain?.some((part) => match[0].includes(part)), `${rule.reason}: ${line}`).toBe(true);
    }
  }
  return matched;
}

describe('LEDE_PREFIXES', () => {
  it('names in mustContain text that every prefix its pattern matches holds', () => {
    // The check reads real datelines (fixtures/load/ani-wire*.txt), not only ledes no pattern matches.
    expect(matchesHoldingHints(LEDE_PREFIXES, allLines())).toBeGreaterThan(1);
  });
});

describe('LAST_LINE_SUFFIXES', () => {
  it('names in mustContain text that every suffix its pattern matches holds', () => {
    // The check reads a real sign-off (fixtures/load/ani-wire.txt), not only lines no pattern matches.
    expect(matchesHoldingHints(LAST_LINE_SUFFIXES, allLines())).toBeGreaterThan(0);
  });
});
