import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { predict, trainLogistic, type FeatureValues } from '../../src/align/model.js';

/** Rows where `agree` drives the target and `twin` is nearly `agree`: free weights trade the two off. */
function twinRows(): { rows: FeatureValues[]; targets: number[] } {
  const rows: FeatureValues[] = [];
  const targets: number[] = [];
  for (let k = 0; k < 400; k += 1) {
    const agree = (k % 20) / 19;
    const wobble = ((k * 7919) % 13) / 13 - 0.5;
    // The target follows agree minus a share of the wobble that only twin carries.
    const twin = agree + 0.2 * wobble;
    rows.push({ agree, twin, noise: ((k * 104729) % 17) / 17 });
    targets.push(Math.min(1, Math.max(0, 0.1 + 0.8 * agree - 0.3 * wobble)));
  }
  return { rows, targets };
}

describe('align', () => {
  describe('trainLogistic', () => {
    it('fits a negative weight when free, and none with nonNegative: the signals left in keep weights of 0 or more', () => {
      const { rows, targets } = twinRows();
      const free = trainLogistic(rows, targets, ['agree', 'twin', 'noise'], { l2: 1, iterations: 25 });
      expect(Math.min(...free.weights)).toBeLessThan(0);

      const bounded = trainLogistic(rows, targets, ['agree', 'twin', 'noise'], { l2: 1, iterations: 25, nonNegative: true });
      expect(bounded.features).toContain('agree');
      expect(bounded.weights.every((weight) => weight >= 0)).toBe(true);
      expect(bounded.features.length).toBeLessThan(3);
      // Monotone: raising any signal never lowers the output.
      for (const row of rows.slice(0, 40)) {
        for (const name of ['agree', 'twin', 'noise']) {
          expect(predict(bounded, { ...row, [name]: row[name] + 0.1 })).toBeGreaterThanOrEqual(predict(bounded, row));
        }
      }
    });

    it('with nonNegative, settles even when fits stop short of convergence and the sets go round in a circle', () => {
      const data = JSON.parse(readFileSync(new URL('../../fixtures/align/nonnegative-cycle.json', import.meta.url), 'utf8')) as {
        rows: FeatureValues[];
        targets: number[];
        features: string[];
        l2: number;
      };
      for (const iterations of [2, 3, 4, 25]) {
        const model = trainLogistic(data.rows, data.targets, data.features, { l2: data.l2, iterations, nonNegative: true });
        expect(model.weights.every((weight) => weight >= 0)).toBe(true);
        expect(Number.isFinite(predict(model, data.rows[0]))).toBe(true);
      }
    });

    it('with nonNegative, matches the free fit when no weight wants to be negative', () => {
      const rows: FeatureValues[] = Array.from({ length: 200 }, (_, k) => ({ a: (k % 10) / 9, b: ((k * 37) % 11) / 10 }));
      const targets = rows.map((row) => 0.2 + 0.4 * row.a + 0.3 * row.b);
      const free = trainLogistic(rows, targets, ['a', 'b'], { l2: 1, iterations: 25 });
      const bounded = trainLogistic(rows, targets, ['a', 'b'], { l2: 1, iterations: 25, nonNegative: true });
      expect(bounded.features).toEqual(['a', 'b']);
      bounded.weights.forEach((weight, k) => expect(weight).toBeCloseTo(free.weights[k], 9));
    });
  });
});
