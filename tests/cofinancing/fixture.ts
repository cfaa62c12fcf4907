// A small scenario with everything issue 4 touches: three owners sharing streets in one
// neighbourhood, a funder that owns nothing, a capped climate rule, a water-board rule, budgets,
// an existing asset with a book value that gets advanced.
import { scenarioSchema, type Scenario, type ScenarioInput } from '../../engine/scenario/schema';

export function smallScenario(overrides: Partial<ScenarioInput['settings']> = {}): Scenario {
  const input: ScenarioInput = {
    settings: {
      name: 'Drie partijen', baseYear: 2026, horizonYears: 30, discountRate: 0.03, interestRate: 0.02,
      engineeringFixed: 20_000, engineeringRate: 0.08, tenderFixed: 10_000, participationFixed: 5_000,
      siteFixed: 10_000, sitePerDay: 500, openingCostPerM2: 20, coordinationPerExtraParty: 5_000,
      bundleMode: 'optimal', allocationRule: 'direct', ...overrides,
    },
    neighbourhoods: [{ id: 'n1', name: 'Noord', households: 500, disruptionCostPerDay: 1_000 }],
    parties: [
      { id: 'gemeente', name: 'Gemeente', type: 'municipality' },
      { id: 'waterschap', name: 'Waterschap', type: 'waterBoard' },
      { id: 'net', name: 'Netbeheerder', type: 'utility' },
      { id: 'rijk', name: 'Rijk', type: 'national' },
    ],
    works: [
      { id: 'W1', neighbourhood: 'n1', party: 'gemeente', plannedYear: 2028, quantity: 1, unitCost: 400_000, durationDays: 60,
        street: 'Dorpsstraat', openedArea: 1_500, maxAdvanceYears: 2, maxDeferYears: 2, lifetimeYears: 40, tags: ['climate', 'rainwater'],
        bookValue: 30_000, currentOpex: 3_000, annualOpex: 1_000, deferralCostPerYear: 4_000 },
      { id: 'W2', neighbourhood: 'n1', party: 'waterschap', plannedYear: 2029, quantity: 1, unitCost: 250_000, durationDays: 40,
        street: 'Dorpsstraat', openedArea: 1_200, maxAdvanceYears: 2, maxDeferYears: 1, lifetimeYears: 50, tags: ['rainwater'] },
      { id: 'W3', neighbourhood: 'n1', party: 'net', plannedYear: 2027, quantity: 1, unitCost: 150_000, durationDays: 30,
        street: 'dorpsstraat ', openedArea: 900, maxAdvanceYears: 0, maxDeferYears: 3, lifetimeYears: 20 },
      { id: 'W4', neighbourhood: 'n1', party: 'gemeente', plannedYear: 2035, quantity: 1, unitCost: 90_000, durationDays: 20,
        street: 'Kerkplein', openedArea: 600, lifetimeYears: 15, tags: ['climate'], annualOpex: 500 },
    ],
    coFinancing: [
      { id: 'klimaat', funder: 'rijk', share: 1 / 3, tags: ['climate'], cap: 150_000, fromYear: 2026, toYear: 2040 },
      { id: 'regenwater', funder: 'waterschap', share: 0.25, tags: ['rainwater'] },
    ],
    budgets: [
      { party: 'gemeente', year: 2028, amount: 100_000 },
      { party: 'gemeente', year: 2030, amount: 250_000 },
      { party: 'gemeente', year: 2029, amount: 1_000_000 },
      { party: 'waterschap', year: 2029, amount: 1_000_000 },
    ],
  };
  return scenarioSchema.parse(input);
}
