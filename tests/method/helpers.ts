// Scenario builder for the method-contract tests (tests/method): every default goes through the real
// zod schema; shared-cost settings and the discount rate start at 0 so each test switches on only
// what it checks and the arithmetic in the test stays short.
import { compute } from '../../engine/compute';
import type { ComputeResult, StepId } from '../../engine/model/result';
import { scenarioSchema, type Scenario, type ScenarioInput, type SettingsInput } from '../../engine/scenario/schema';

export type WorkIn = Partial<ScenarioInput['works'][number]>;

export const zeroCosts: Partial<SettingsInput> = {
  discountRate: 0, engineeringFixed: 0, engineeringRate: 0, tenderFixed: 0, participationFixed: 0,
  siteFixed: 0, sitePerDay: 0, openingCostPerM2: 0, coordinationPerExtraParty: 0,
};

/** B = 2026, H = 10 (horizon 2026–2035) unless settings say otherwise. Works default to: N1, party A,
 *  planned 2028, D = 1 × 1000, T = 100. */
export function build(parts: Omit<Partial<ScenarioInput>, 'settings' | 'works' | 'parties' | 'neighbourhoods'> & {
  settings?: Partial<SettingsInput>;
  works: WorkIn[];
  parties?: string[];
  neighbourhoods?: ScenarioInput['neighbourhoods'];
}): Scenario {
  const { settings, works, parties, neighbourhoods, ...rest } = parts;
  return scenarioSchema.parse({
    settings: { baseYear: 2026, horizonYears: 10, ...zeroCosts, ...settings },
    neighbourhoods: neighbourhoods ?? [{ id: 'N1' }],
    parties: (parties ?? ['A', 'B', 'C']).map((id) => ({ id })),
    works: works.map((w, i) => ({
      id: `W${i + 1}`, neighbourhood: 'N1', party: 'A', plannedYear: 2028, quantity: 1, unitCost: 1000,
      lifetimeYears: 100, ...w,
    })),
    ...rest,
  });
}

export const run = (s: Scenario): ComputeResult => compute(s, { computedAt: 'fixed' });

export const step = (r: ComputeResult, id: StepId) => r.steps.find((s) => s.id === id)!;

/** Projects of a step as [year, works] pairs, for short expectations. */
export const plan = (r: ComputeResult, id: StepId): [number, string[]][] =>
  step(r, id).projects.map((p) => [p.year, p.works]);

/** Rounds like the method: 6 decimals, then cents half away from zero (for expected values). */
export const cents = (x: number): number => Math.sign(x) * Math.round(Math.round(Math.abs(x) * 1e6) / 1e4) / 100;
