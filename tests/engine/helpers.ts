// Small scenario builders for the engine tests: every default goes through the real zod schema.
import { scenarioSchema, type Scenario, type ScenarioInput, type SettingsInput } from '../../engine/scenario/schema';

export type WorkIn = ScenarioInput['works'][number];

export function scenario(parts: {
  settings?: Partial<SettingsInput>;
  works: Partial<WorkIn>[];
  parties?: string[];
  neighbourhoods?: { id: string; disruptionCostPerDay?: number }[];
  bundles?: { id: string; year?: number }[];
}): Scenario {
  return scenarioSchema.parse({
    settings: { baseYear: 2026, horizonYears: 10, ...zeroCosts, ...parts.settings },
    neighbourhoods: (parts.neighbourhoods ?? [{ id: 'N1' }]).map((n) => ({ ...n })),
    parties: (parts.parties ?? ['A', 'B', 'C']).map((id) => ({ id })),
    works: parts.works.map((w, i) => ({
      id: `W${i + 1}`, neighbourhood: 'N1', party: 'A', plannedYear: 2028, quantity: 1, unitCost: 1000,
      lifetimeYears: 100, ...w,
    })),
    bundles: parts.bundles ?? [],
  });
}

/** Every shared-cost setting 0, discount 0: tests switch on what they check. */
export const zeroCosts: Partial<SettingsInput> = {
  discountRate: 0, engineeringFixed: 0, engineeringRate: 0, tenderFixed: 0, participationFixed: 0,
  siteFixed: 0, sitePerDay: 0, openingCostPerM2: 0, coordinationPerExtraParty: 0,
};

/** Deterministic PRNG for seeded random scenarios: the engine's own mulberry32. */
export { mulberry32 as rng } from '../../engine/uncertainty/rng';
