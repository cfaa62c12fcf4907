// Co-financing in the example: the national climate-adaptation scheme (Impulsregeling: at most one
// third of realisation costs, not of preparation — hence a share of the direct cost only) with a
// cap, the water board contributing to disconnecting rainwater, and budgets for two parties. The
// sewer budget (GRP) is set from its plan with one tight year, so the shortfall list has something
// to show; the water board's budget fits.
import type { ScenarioInput } from '../../engine/scenario/schema';
import type { ExampleExtension } from './extension';

type Budget = NonNullable<ScenarioInput['budgets']>[number];

const rijk = { id: 'rijk', name: 'Rijk – Impulsregeling klimaatadaptatie', type: 'national' as const };

const rules: NonNullable<ScenarioInput['coFinancing']> = [
  // One third of the direct cost of climate works executed 2026–2035, at most €500,000 in all (the regional share of the scheme).
  { id: 'impulsregeling', funder: 'rijk', share: 1 / 3, tags: ['climate'], cap: 500_000, fromYear: 2026, toYear: 2035 },
  // The water board pays a quarter of disconnecting and separating rainwater: less rainwater in its
  // treatment plants. No cap, for the works of the coming twenty years.
  { id: 'afkoppelbijdrage', funder: 'waterschap', share: 0.25, tags: ['rainwater'], fromYear: 2026, toYear: 2045 },
];

/** Yearly budgets for the first ten years of the plan (nominal euros). */
const budgetYears = Array.from({ length: 10 }, (_, i) => 2026 + i);
const sewerBudget: Record<number, number> = { 2029: 1_400_000 };
const budgets: Budget[] = [
  ...budgetYears.map((year) => ({ party: 'gem-riolering', year, amount: sewerBudget[year] ?? 2_500_000 })),
  ...budgetYears.map((year) => ({ party: 'waterschap', year, amount: 1_500_000 })),
];

export const addCoFinancing: ExampleExtension = (s) => ({
  ...s,
  parties: [...s.parties, rijk],
  coFinancing: [...(s.coFinancing ?? []), ...rules],
  budgets: [...(s.budgets ?? []), ...budgets],
});
