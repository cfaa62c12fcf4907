// Settings of the example: price level 2026, a 50-year horizon (long enough to see sewer and
// road life cycles), the Dutch social discount rate, and shared project costs of the size a
// municipal project office budgets for a street project. Amounts exclude VAT.
import type { ScenarioInput } from '../../engine/scenario/schema';

export const settings: ScenarioInput['settings'] = {
  name: 'Vier testwijken',
  baseYear: 2026,
  horizonYears: 50,
  discountRate: 0.0225,
  discountTiming: 'end',
  escalationRate: 0,
  interestRate: 0.02,
  // Preparation and engineering: a fixed part per project plus a share of the building cost.
  engineeringFixed: 30_000,
  engineeringRate: 0.08,
  // One tender procedure, one participation trajectory (letters, evenings, a site office).
  tenderFixed: 15_000,
  participationFixed: 20_000,
  // Site setup and traffic measures: mobilisation plus a daily rate for fencing, detours, supervision.
  siteFixed: 20_000,
  sitePerDay: 900,
  // Opening and reinstating the pavement. Road works carry only the part beyond this (new
  // foundation, kerbs, pavers), so the street is opened and closed once per project.
  openingCostPerM2: 25,
  coordinationPerExtraParty: 10_000,
  sequentialShare: 0.25,
  bundleMode: 'optimal',
  optimizeFor: 'financial',
  allocationRule: 'direct',
};

/** Uncertainty ranges for a few settings (issue 7 uses them; harmless before). */
export const settingRanges: ScenarioInput['settingRanges'] = {
  discountRate: { low: 0.015, high: 0.04 },
  engineeringRate: { low: 0.06, high: 0.12 },
  sitePerDay: { low: 600, high: 1_400 },
  openingCostPerM2: { low: 18, high: 35 },
};
