// An extension adds sheets (variants, citizen maintenance, co-financing, budgets ...) to the base
// example, or changes its rows (for example giving rainwater works a variant group). Each lives in
// its own module so the issue that introduces it owns it.
import type { ScenarioInput } from '../../engine/scenario/schema';

export type ExampleExtension = (s: ScenarioInput) => ScenarioInput;
