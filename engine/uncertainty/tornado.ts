// Tornado: the chosen saving at each input's low and at its high, all else at base, sorted by
// swing (largest first; equal swings keep the input order).
import type { UncertainInput } from './inputs';
import { defaultSaving, savingOf, type SavingChoice } from './saving';
import type { StepEvaluator } from './fixed-plan';

export interface TornadoBar {
  input: UncertainInput;
  atLow: number;
  atHigh: number;
  /** |atHigh − atLow|. */
  swing: number;
}

export interface TornadoResult {
  choice: SavingChoice;
  base: number;
  bars: TornadoBar[];
}

export function tornado(model: StepEvaluator, choice: SavingChoice = defaultSaving): TornadoResult {
  const values = Float64Array.from(model.base);
  const at = (j: number, x: number): number => {
    values[j] = x;
    const v = savingOf(model.evaluate(values), choice);
    values[j] = model.base[j] as number;
    return v;
  };
  const bars = model.inputs.map((input, j): TornadoBar => {
    const atLow = at(j, input.low);
    const atHigh = at(j, input.high);
    return { input, atLow, atHigh, swing: Math.abs(atHigh - atLow) };
  });
  const order = bars.map((_, i) => i).sort((a, b) => bars[b]!.swing - bars[a]!.swing || a - b);
  return { choice, base: savingOf(model.evaluate(model.base), choice), bars: order.map((i) => bars[i]!) };
}
