// Which saving an analysis looks at (MODEL.md: the total financial saving unless another saving or
// perspective is chosen), and how it is read from the four step values.
import type { Perspective } from '../scenario/schema';

export const savingKeys = ['total', 'bundling', 'differentiation', 'citizen'] as const;
export type SavingKey = (typeof savingKeys)[number];

export interface SavingChoice {
  saving: SavingKey;
  perspective: Perspective;
}

export const defaultSaving: SavingChoice = { saving: 'total', perspective: 'financial' };

/** Step present values in integer cents, in step order separate, bundled, differentiated, integrated. */
export interface StepCents {
  financial: [number, number, number, number];
  societal: [number, number, number, number];
}

const pairs: Record<SavingKey, [number, number]> = {
  bundling: [0, 1], differentiation: [1, 2], citizen: [2, 3], total: [0, 3],
};

/** The chosen saving in euros: a difference of rounded step values, as compute() reports it. */
export function savingOf(steps: StepCents, choice: SavingChoice): number {
  const [a, b] = pairs[choice.saving];
  const v = steps[choice.perspective];
  return ((v[a] as number) - (v[b] as number)) / 100;
}
