import { createRequire } from 'node:module';
import Table from 'cli-table3';
import { afterEach, describe, expect, it, vi } from 'vitest';

// cli-table3 0.6.5 as patched by patches/cli-table3+0.6.5.patch (applied by `npm ci`'s prepare step).
const require = createRequire(import.meta.url);
const tableUtils = require('cli-table3/src/utils') as { truncate: (text: string, length: number, mark?: string) => string };
const tableDebug = require('cli-table3/src/debug') as { setDebugLevel: (level: number) => void; reset: () => void };

const tallCell = Array.from({ length: 40 }, (_, k) => `line ${k} of one tall cell`).join('\n');

describe('cli-table3, patched', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    tableDebug.setDebugLevel(0);
    tableDebug.reset();
  });

  it('does not cut a whole multi-line cell down to a preview for every line it draws', () => {
    // Unpatched, Cell.draw truncated the cell's whole text for a debug message on every line,
    // and truncating multi-line text is quadratic: a seed pair's table took seconds.
    const truncate = vi.spyOn(tableUtils, 'truncate');
    const table = new Table({ colWidths: [30] });
    table.push([tallCell]);
    const drawn = table.toString();
    expect(drawn.split('\n')).toHaveLength(42);
    expect(truncate.mock.calls.some(([text]) => text.includes('\n'))).toBe(false);
  });

  it('still writes the preview into its debug messages when they are asked for', () => {
    // `debug` is an option cli-table3 reads but does not declare in its types.
    const withDebug = { colWidths: [30], debug: 2 } as ConstructorParameters<typeof Table>[0];
    const table = new Table(withDebug) as InstanceType<typeof Table> & { messages: unknown[] };
    table.push([tallCell]);
    table.toString();
    expect(table.messages).toContainEqual(expect.stringMatching(/^0-0: 1x1 Cell line 0 of…$/));
  });
});
