import { describe, expect, it } from 'vitest';
import { articleNames, columnOrder } from '../../src/report/names.js';
import { buildRows, memberSpans, renderRowCell, type Row } from '../../src/report/rows.js';
import { makePalette, plainCell } from '../../src/report/styledText.js';
import { summaryLine } from '../../src/report/summaryLine.js';
import type { Comparison } from '../../src/types.js';
import { runComparison } from './runSample.js';
import { pairComparison, threeComparison, tinyComparison } from './sample.js';

const describeRow = (row: Row): string =>
  row.source.kind === 'pair'
    ? `pair ${row.source.alignment.id}`
    : `only ${row.source.article}:${row.source.entries.flatMap((entry) => entry.sentences).join(',')}`;

describe('report/rows', () => {
  describe('buildRows', () => {
    it('follows the base order and puts the other article\'s unmatched sentences after the pair before them', () => {
      const rows = buildRows(pairComparison, columnOrder(pairComparison));
      expect(rows.map(describeRow)).toEqual([
        'pair 1', 'pair 2', 'pair 3', 'pair 4', 'only sputnik:5', 'pair 5', 'only sputnik:7', 'only tass:5,6',
      ]);
    });

    it('gives one cell per column, null where an article has nothing, and flags headings', () => {
      const rows = buildRows(pairComparison, columnOrder(pairComparison));
      expect(rows[2]!.cells.map((cell) => cell?.map((item) => item.heading))).toEqual([[true], [true]]);
      expect(rows[4]!.cells[0]).toBeNull();
      expect(rows[4]!.cells[1]!.map((item) => item.heading)).toEqual([false]);
    });

    it('hangs an alignment without a base member, and sentences after it, after the base row before them', () => {
      const rows = buildRows(threeComparison, columnOrder(threeComparison));
      expect(rows.map(describeRow)).toEqual(['pair 1', 'pair 2', 'only rg:2', 'only tass:1']);
    });

    it('puts the base column first even when the base was given second', () => {
      const comparison: Comparison = { ...tinyComparison, base: 'tass-2' };
      expect(columnOrder(comparison).map((a) => a.id)).toEqual(['tass-2', 'tass-1']);
      expect(buildRows(comparison, columnOrder(comparison)).map(describeRow)).toEqual(['pair 1', 'only tass-1:1', 'only tass-2:1']);
    });
  });

  describe('buildRows: runs of unmatched sentences', () => {
    const rows = buildRows(runComparison, columnOrder(runComparison));

    it('puts a run of unmatched sentences of one article in one row, one cell item per sentence, headings flagged', () => {
      const run = rows.find((row) => describeRow(row) === 'only tass:1,2,3');
      expect(run?.cells[1]).toBeNull();
      expect(run?.cells[0]?.map((item) => [item.spans.map((span) => span.text).join(''), item.heading])).toEqual([
        ['The talks took place at the Foreign Ministry mansion on Spiridonovka Street.', false],
        ['Lunch followed.', false],
        ['Ukraine', true],
      ]);
    });

    it('keeps runs of different articles apart, and splits a run where an alignment comes between', () => {
      expect(rows.map(describeRow)).toEqual([
        'pair 1', 'only sputnik:1,2', 'only tass:1,2,3', 'pair 2', 'only tass:5', 'pair 3', 'only tass:7',
      ]);
    });

    it('starts a new run at a gap in the sentence indices', () => {
      // Regression guard: a sentence listed nowhere must not let its neighbours read as one stretch.
      const comparison: Comparison = { ...runComparison, unmatched: runComparison.unmatched.filter((e) => !(e.article === 'tass' && e.sentences[0] === 2)) };
      expect(buildRows(comparison, columnOrder(comparison)).map(describeRow).slice(1, 4)).toEqual(['only sputnik:1,2', 'only tass:1', 'only tass:3']);
    });
  });

  describe('renderRowCell', () => {
    const palette = makePalette(false);

    it('starts each item on a new line and indents the wrapped lines of a multi-item cell (all within the width)', () => {
      const cell = [plainCell('The talks took place at the ministry.'), plainCell('Ukraine', true), plainCell('Lunch.')];
      expect(renderRowCell(cell, 16, palette)).toEqual(['The talks took', '  place at the', '  ministry.', '## Ukraine', 'Lunch.']);
    });

    it('does not indent a single item, nor in a column too narrow to spare the indent', () => {
      expect(renderRowCell([plainCell('The talks took place at the ministry.')], 20, palette)).toEqual(['The talks took place', 'at the ministry.']);
      expect(renderRowCell([plainCell('Talks took place.'), plainCell('Lunch.')], 8, palette)).toEqual(['Talks', 'took', 'place.', 'Lunch.']);
    });
  });

  describe('memberSpans', () => {
    const [first] = pairComparison.alignments;
    it('shows the reference member\'s removals and the other member\'s additions', () => {
      expect(memberSpans(first!, first!.members[0]!).filter((s) => s.tone !== 'plain').map((s) => [s.tone, s.text])).toEqual([
        ['removed', 'MOSCOW, March 5. /TASS/. '], ['removed', 'will hold'], ['removed', 'his '], ['removed', 'ministry'],
      ]);
      expect(memberSpans(first!, first!.members[1]!).filter((s) => s.tone !== 'plain').map((s) => s.text)).toEqual(['is holding', 'Russian Foreign Ministry']);
    });

    it('shows both kinds of change for non-reference members of a three-way alignment', () => {
      const [threeWay] = threeComparison.alignments;
      expect(memberSpans(threeWay!, threeWay!.members[0]!)).toEqual([{ text: 'Lavrov met Wang Yi in Moscow on Tuesday.', tone: 'plain' }]);
      expect(memberSpans(threeWay!, threeWay!.members[1]!).map((s) => s.tone)).toEqual(['plain', 'removed', 'plain']);
    });
  });
});

describe('report/names', () => {
  describe('articleNames', () => {
    it('uses outlets, falling back to ids, and adds ids when outlets clash', () => {
      expect([...articleNames(pairComparison.articles)]).toEqual([['tass', 'TASS'], ['sputnik', 'Sputnik']]);
      expect([...articleNames(tinyComparison.articles)]).toEqual([['tass-1', 'TASS (tass-1)'], ['tass-2', 'TASS (tass-2)']]);
      const anonymous = { ...tinyComparison.articles[0]!, id: 'blog', outlet: null };
      expect(articleNames([anonymous]).get('blog')).toBe('blog');
    });
  });
});

describe('report/summaryLine', () => {
  describe('summaryLine', () => {
    it('says how many base sentences have a version in the other, and what only each has', () => {
      const names = articleNames(pairComparison.articles);
      expect(summaryLine(pairComparison, ['tass', 'sputnik'], names)).toBe(
        '4 of 6 TASS sentences have a version in Sputnik; 2 only in TASS; 2 only in Sputnik; mean score 0.77',
      );
    });

    it('says n/a for the mean score when nothing aligned', () => {
      const comparison: Comparison = { ...tinyComparison, summary: { ...tinyComparison.summary, meanScore: null, aligned: { 'tass-1': 0, 'tass-2': 0 } } };
      expect(summaryLine(comparison, ['tass-1', 'tass-2'], articleNames(comparison.articles))).toBe(
        '0 of 2 TASS (tass-1) sentences have a version in TASS (tass-2); 2 only in TASS (tass-1); 2 only in TASS (tass-2); mean score n/a',
      );
    });
  });
});
