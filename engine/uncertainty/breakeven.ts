// Break-even: the value of one input at which the chosen saving is zero, all else at base. The
// range is scanned in equal steps for the first sign change (a saving need not be monotone in, say,
// the discount rate), then bisected until the saving is within €1 of zero.
import type { StepEvaluator } from './fixed-plan';
import { inputKey, type UncertainInput } from './inputs';
import { defaultSaving, savingOf, type SavingChoice } from './saving';

export type BreakEvenResult =
  | { found: true; input: UncertainInput; choice: SavingChoice; value: number; saving: number; atLow: number; atHigh: number; iterations: number }
  | { found: false; input: UncertainInput; choice: SavingChoice; atLow: number; atHigh: number };

/** Scan steps before bisecting. */
const scanSteps = 16;
/** Stop when |saving| is within this many euros of zero (MODEL.md: "to €1"). */
export const breakEvenTolerance = 1;

export function breakEven(model: StepEvaluator, key: string, choice: SavingChoice = defaultSaving): BreakEvenResult {
  const j = model.inputs.findIndex((i) => inputKey(i) === key || i.key === key);
  if (j < 0) throw new Error(`no uncertain input ${key}`);
  const input = model.inputs[j]!;
  const values = Float64Array.from(model.base);
  const f = (x: number): number => {
    values[j] = x;
    return savingOf(model.evaluate(values), choice);
  };
  const atLow = f(input.low);
  const atHigh = f(input.high);
  const hit = (value: number, saving: number): BreakEvenResult =>
    ({ found: true, input, choice, value, saving, atLow, atHigh, iterations: 0 });
  if (Math.abs(atLow) <= breakEvenTolerance) return hit(input.low, atLow);
  let a = input.low;
  let fa = atLow;
  let b = Number.NaN;
  for (let k = 1; k <= scanSteps; k++) {
    const x = k === scanSteps ? input.high : input.low + ((input.high - input.low) * k) / scanSteps;
    const fx = k === scanSteps ? atHigh : f(x);
    if (Math.abs(fx) <= breakEvenTolerance) return hit(x, fx);
    if (Math.sign(fx) !== Math.sign(fa)) {
      b = x;
      break;
    }
    a = x;
    fa = fx;
  }
  if (Number.isNaN(b)) return { found: false, input, choice, atLow, atHigh };
  let iterations = 0;
  let x = a;
  let fx = fa;
  // 200 halvings exhaust double precision long before; the € tolerance normally stops it first.
  while (iterations < 200) {
    iterations++;
    x = (a + b) / 2;
    fx = f(x);
    if (Math.abs(fx) <= breakEvenTolerance || x === a || x === b) break;
    if (Math.sign(fx) === Math.sign(fa)) {
      a = x;
      fa = fx;
    } else b = x;
  }
  return { found: true, input, choice, value: x, saving: fx, atLow, atHigh, iterations };
}
