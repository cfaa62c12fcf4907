// Monte Carlo: N iterations; in each, every uncertain input is drawn independently from
// triangular(low, base, high), in input order, from one seeded generator (same seed, same numbers
// everywhere). Runs in chunks (`advance`) so a worker can report progress and honour a cancel
// between chunks.
import type { StepEvaluator } from './fixed-plan';
import { mulberry32, normaliseSeed, triangular } from './rng';
import { defaultSaving, savingOf, type SavingChoice } from './saving';
import { histogram, mean, percentileInc, type HistogramBin } from './stats';

export interface MonteCarloOptions {
  iterations: number;
  seed: number;
  choice?: SavingChoice;
  bins?: number;
}

export interface MonteCarloResult {
  choice: SavingChoice;
  iterations: number;
  seed: number;
  /** Saving at base values (the plan's own figure). */
  base: number;
  mean: number;
  p10: number;
  p50: number;
  p90: number;
  min: number;
  max: number;
  /** Share of iterations with a saving above zero. */
  probPositive: number;
  histogram: HistogramBin[];
}

export const defaultIterations = 10_000;
export const defaultSeed = 1;

export interface MonteCarloRun {
  readonly done: number;
  readonly total: number;
  /** Runs up to `count` more iterations; true when all are done. */
  advance(count: number): boolean;
  /** The savings so far, in iteration order. */
  samples(): Float64Array;
  result(): MonteCarloResult;
}

export function startMonteCarlo(model: StepEvaluator, options: MonteCarloOptions): MonteCarloRun {
  const total = Math.max(1, Math.floor(options.iterations));
  const seed = normaliseSeed(options.seed);
  const choice = options.choice ?? defaultSaving;
  const rng = mulberry32(seed);
  const inputs = model.inputs;
  const values = Float64Array.from(model.base);
  const out = new Float64Array(total);
  let done = 0;
  return {
    get done() { return done; },
    total,
    advance(count) {
      const end = Math.min(total, done + count);
      for (; done < end; done++) {
        for (let j = 0; j < inputs.length; j++) {
          const i = inputs[j]!;
          values[j] = triangular(rng(), i.low, i.base, i.high);
        }
        out[done] = savingOf(model.evaluate(values), choice);
      }
      return done === total;
    },
    samples: () => out.slice(0, done),
    result() {
      const xs = out.slice(0, done);
      const sorted = xs.slice().sort();
      let positive = 0;
      for (let i = 0; i < xs.length; i++) if ((xs[i] as number) > 0) positive++;
      return {
        choice, iterations: done, seed,
        base: savingOf(model.evaluate(model.base), choice),
        mean: mean(xs),
        p10: percentileInc(sorted, 0.1),
        p50: percentileInc(sorted, 0.5),
        p90: percentileInc(sorted, 0.9),
        min: sorted[0] ?? Number.NaN,
        max: sorted[sorted.length - 1] ?? Number.NaN,
        probPositive: xs.length ? positive / xs.length : Number.NaN,
        histogram: histogram(sorted, options.bins ?? 20),
      };
    },
  };
}

/** All iterations at once (CLI, tests, benchmarks). */
export function monteCarlo(model: StepEvaluator, options: MonteCarloOptions): MonteCarloResult {
  const run = startMonteCarlo(model, options);
  run.advance(run.total);
  return run.result();
}
