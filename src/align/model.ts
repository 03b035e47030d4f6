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
  /**
   * Keep every weight at 0 or above, for signals that may only raise the output. Signals left at
   * 0 are not part of the model.
   */
  nonNegative?: boolean;
}

/**
 * Fits the weights by Newton's method (iteratively reweighted least squares) on cross-entropy
 * with an L2 penalty. Targets may be soft (0–1), so graded similarity can be learned too.
 * With `nonNegative`, see {@link fitNonNegative}. Cost: O(iterations × rows × features²).
 */
export function trainLogistic(
  rows: readonly FeatureValues[],
  targets: readonly number[],
  features: readonly string[],
  options: TrainOptions = { l2: 1, iterations: 25 },
): LogisticModel {
  return options.nonNegative ? fitNonNegative(rows, targets, features, options) : fitLogistic(rows, targets, features, options);
}

/**
 * The best fit with no negative weight, by active sets (as Lawson and Hanson solve non-negative
 * least squares): fit the signals in play; drop the one with the most negative weight and refit;
 * once none is negative, bring back the left-out signal whose loss gradient says a positive weight
 * would lower the loss most; stop when none would. The loss is convex, so this ends at the
 * constrained optimum. Cost: a few fits of {@link fitLogistic}.
 */
function fitNonNegative(rows: readonly FeatureValues[], targets: readonly number[], features: readonly string[], options: TrainOptions): LogisticModel {
  let inPlay = [...features];
  // Fits stopped short of convergence (few iterations) can send the sets round in a circle: then
  // the last fit without a negative weight is the answer.
  const tried = new Set<string>();
  let feasible: LogisticModel | undefined;
  while (!tried.has(inPlay.join('\n'))) {
    tried.add(inPlay.join('\n'));
    const model = fitLogistic(rows, targets, inPlay, options);
    let worst = -1;
    model.weights.forEach((weight, k) => {
      if (weight < 0 && (worst < 0 || weight < model.weights[worst])) worst = k;
    });
    if (worst >= 0) {
      inPlay = inPlay.filter((_, k) => k !== worst);
      continue;
    }
    feasible = model;
    const wanted = mostWantedSignal(model, rows, targets, features.filter((name) => !inPlay.includes(name)));
    if (wanted === undefined) return model;
    inPlay = features.filter((name) => name === wanted || inPlay.includes(name));
  }
  return feasible ?? fitLogistic(rows, targets, [], options);
}

/** The left-out signal whose standardised loss gradient is most negative (a positive weight would lower the loss), if any. */
function mostWantedSignal(model: LogisticModel, rows: readonly FeatureValues[], targets: readonly number[], leftOut: readonly string[]): string | undefined {
  const errors = rows.map((row, i) => predict(model, row) - targets[i]);
  let wanted: string | undefined;
  let steepest = -1e-6 * rows.length;
  for (const name of leftOut) {
    const mean = rows.reduce((sum, row) => sum + row[name], 0) / rows.length;
    const scale = Math.sqrt(rows.reduce((sum, row) => sum + (row[name] - mean) ** 2, 0) / rows.length) || 1;
    const gradient = rows.reduce((sum, row, i) => sum + (errors[i] * (row[name] - mean)) / scale, 0);
    if (gradient < steepest) {
      steepest = gradient;
      wanted = name;
    }
  }
  return wanted;
}

function fitLogistic(rows: readonly FeatureValues[], targets: readonly number[], features: readonly string[], options: TrainOptions): LogisticModel {
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
