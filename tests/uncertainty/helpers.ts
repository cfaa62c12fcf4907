// Hand-made scenarios for the uncertainty tests; every default goes through the real zod schema.
import { scenarioSchema, type Scenario, type ScenarioInput, type SettingsInput } from '../../engine/scenario/schema';

type WorkIn = ScenarioInput['works'][number];

/** Every shared cost 0 and no discounting: each test switches on what it checks. */
export const zeroCosts: Partial<SettingsInput> = {
  discountRate: 0, engineeringFixed: 0, engineeringRate: 0, tenderFixed: 0, participationFixed: 0,
  siteFixed: 0, sitePerDay: 0, openingCostPerM2: 0, coordinationPerExtraParty: 0,
};

export function scenario(parts: {
  settings?: Partial<SettingsInput>;
  settingRanges?: ScenarioInput['settingRanges'];
  works: Partial<WorkIn>[];
}): Scenario {
  return scenarioSchema.parse({
    settings: { baseYear: 2026, horizonYears: 10, ...zeroCosts, ...parts.settings },
    settingRanges: parts.settingRanges ?? {},
    neighbourhoods: [{ id: 'N1' }],
    parties: [{ id: 'A' }, { id: 'B' }],
    works: parts.works.map((w, i) => ({
      id: `W${i + 1}`, neighbourhood: 'N1', party: 'A', plannedYear: 2028, quantity: 1, unitCost: 1000,
      lifetimeYears: 100, ...w,
    })),
  });
}

/**
 * Two works of two parties in one street, same year: bundling saves one tender and 7.5 site days
 * (durations 10 and 20, sequentialShare 0.25: 30 days apart, 22.5 together) and costs one
 * coordination fee. Saving = tender + 7.5 × sitePerDay − coordination = 10,000 + 750 − 2,000 = 8,750.
 */
export function twoPartyCase(): Scenario {
  return scenario({
    settings: { tenderFixed: 10_000, sitePerDay: 100, coordinationPerExtraParty: 2_000, sequentialShare: 0.25 },
    settingRanges: {
      tenderFixed: { low: 5_000, high: 20_000 },
      sitePerDay: { low: 50, high: 300 },
      coordinationPerExtraParty: { low: 0, high: 30_000 },
    },
    works: [
      { party: 'A', durationDays: 10, unitCostLow: 800, unitCostHigh: 1_500 },
      { party: 'B', durationDays: 20 },
    ],
  });
}
