/**
 * A small logistic-regression model over pair features: standardised inputs, learned weights,
 * a probability out. Trained by scripts/trainModel.ts (and inside every cross-validation fold
 * by `npm run eval`); the learned weights are committed as src/align/data/model.json.
 */

/** Named numeric signals of one pair. */
export type FeatureValues = Readonly<Record<string, number>>;

export interface LogisticModel {
  /** The signals the model reads, in weight order. */
  features: string[];
  /** Per-feature mean and standard deviation of the training rows, for standardising. */
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/**
 * The model's probability for one pair. `extra` supplies one more named input (the equivalence
 * model reads the score), so callers need not copy the features to add it.
 */
export function predict(model: LogisticModel, features: FeatureValues, extra?: { name: string; value: number }): number {
  let z = model.bias;
  for (let k = 0; k < model.features.length; k += 1) {
    const name = model.features[k];
    const value = extra !== undefined && name === extra.name ? extra.value : features[name];
    z += (model.weights[k] * (value - model.mean[k])) / model.scale[k];
  }
  return sigmoid(z);
}

/** Each feature's contribution (weight × standardised value) to the model's log-odds, for `--explain`. */
export function contributions(model: LogisticModel, features: FeatureValues): Record<string, number> {
  const result: Record<string, number> = {};
  model.features.forEach((name, k) => {
    result[name] = (model.weights[k] * (features[name] - model.mean[k])) / model.scale[k];
  });
  return result;
}

export interface TrainOptions {
  /** L2 penalty on the weights (not the bias). */
  l2: number;
  /** Newton steps; the loss is convex, so a handful converges. */
  iterations: number;
}

/**
 * Fits the weights by Newton's method (iteratively reweighted least squares) on cross-entropy
 * with an L2 penalty. Targets may be soft (0–1), so graded similarity can be learned too.
 * Cost: O(iterations × rows × features²).
 */
export function trainLogistic(
  rows: readonly FeatureValues[],
  targets: readonly number[],
  features: readonly string[],
  options: TrainOptions = { l2: 1, iterations: 25 },
): LogisticModel {
  const d = features.length;
  const mean = features.map((name) => rows.reduce((sum, row) => sum + row[name], 0) / rows.length);
  const scale = features.map((name, k) => {
    const variance = rows.reduce((sum, row) => sum + (row[name] - mean[k]) ** 2, 0) / rows.length;
    return Math.sqrt(variance) || 1;
  });
  const x = rows.map((row) => [1, ...features.map((name, k) => (row[name] - mean[k]) / scale[k])]);
  let beta = new Array<number>(d + 1).fill(0);
  for (let step = 0; step < options.iterations; step += 1) {
    const gradient = new Array<number>(d + 1).fill(0);
    const hessian = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    x.forEach((xi, i) => {
      const p = sigmoid(xi.reduce((sum, v, k) => sum + v * beta[k], 0));
      const w = Math.max(p * (1 - p), 1e-9);
      for (let a = 0; a <= d; a += 1) {
        gradient[a] += (p - targets[i]) * xi[a];
        for (let b = 0; b <= a; b += 1) hessian[a][b] += w * xi[a] * xi[b];
      }
    });
    for (let a = 0; a <= d; a += 1) {
      for (let b = 0; b < a; b += 1) hessian[b][a] = hessian[a][b];
      if (a > 0) {
        gradient[a] += options.l2 * beta[a];
        hessian[a][a] += options.l2;
      }
    }
    const delta = solve(hessian, gradient);
    beta = beta.map((value, k) => value - delta[k]);
    if (Math.max(...delta.map(Math.abs)) < 1e-8) break;
  }
  return { features: [...features], mean, scale, weights: beta.slice(1), bias: beta[0] };
}

/** Solves A·x = b by Gaussian elimination with partial pivoting (A is small and symmetric positive definite). */
function solve(matrix: readonly number[][], vector: readonly number[]): number[] {
  const n = vector.length;
  const a = matrix.map((row, k) => [...row, vector[k]]);
  for (let col = 0; col < n; col += 1) {
    let pivot = col;
    for (let row = col + 1; row < n; row += 1) if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) pivot = row;
    [a[col], a[pivot]] = [a[pivot], a[col]];
    for (let row = col + 1; row < n; row += 1) {
      const factor = a[row][col] / a[col][col];
      for (let k = col; k <= n; k += 1) a[row][k] -= factor * a[col][k];
    }
  }
  const result = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row -= 1) {
    let sum = a[row][n];
    for (let k = row + 1; k < n; k += 1) sum -= a[row][k] * result[k];
    result[row] = sum / a[row][row];
  }
  return result;
}
