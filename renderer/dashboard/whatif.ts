// The what-if state of a workshop: a few settings moved away from the scenario's own values and a
// multiplier on the residents' share of citizen-run maintenance. It is kept apart from the scenario
// so that "reset" is trivial and a workspace can save it next to the scenario it changes.
import type { AllocationRule, BundleMode, Scenario, Settings } from '../../engine/scenario/schema';

/** The shared-cost settings of MODEL.md's project cost table, in the order the panel shows them. */
export const sharedCostKeys = [
  'engineeringFixed', 'engineeringRate', 'tenderFixed', 'participationFixed', 'siteFixed',
  'sitePerDay', 'openingCostPerM2', 'coordinationPerExtraParty',
] as const;
export type SharedCostKey = (typeof sharedCostKeys)[number];

/** Every numeric setting the panel offers as a slider. */
export const whatIfNumberKeys = [...sharedCostKeys, 'sequentialShare', 'discountRate'] as const;
export type WhatIfNumberKey = (typeof whatIfNumberKeys)[number];

export interface WhatIf {
  /** Only the settings the user moved; absent keys keep the scenario's value. */
  settings: Partial<Pick<Settings, WhatIfNumberKey>> & { bundleMode?: BundleMode; allocationRule?: AllocationRule };
  /** Multiplies every task's residentShare; the result is capped at 1. 1 = unchanged. */
  residentShareMultiplier: number;
}

export const emptyWhatIf: WhatIf = { settings: {}, residentShareMultiplier: 1 };

export function isEmptyWhatIf(w: WhatIf): boolean {
  return w.residentShareMultiplier === 1 && Object.values(w.settings).every((v) => v === undefined);
}

/** The scenario as the what-if sees it. Pure: the input is not changed, and with nothing moved the
 *  same object comes back, so memoised results downstream stay valid. */
export function applyWhatIf(scenario: Scenario, whatIf: WhatIf): Scenario {
  if (isEmptyWhatIf(whatIf)) return scenario;
  const moved = Object.fromEntries(Object.entries(whatIf.settings).filter(([, v]) => v !== undefined));
  const m = whatIf.residentShareMultiplier;
  return {
    ...scenario,
    settings: { ...scenario.settings, ...moved },
    settingRanges: widenRanges(scenario.settingRanges, moved),
    citizenMaintenance: m === 1
      ? scenario.citizenMaintenance
      : scenario.citizenMaintenance.map((task) => ({
        ...task,
        residentShare: Math.min(1, Math.max(0, task.residentShare * m)),
      })),
  };
}

/** A setting moved outside its uncertainty range (low … high) would make the scenario invalid and
 *  blank the dashboard mid-drag. The range describes uncertainty around the value, so it is widened
 *  to take the what-if value in. */
function widenRanges(ranges: Scenario['settingRanges'], moved: Record<string, unknown>): Scenario['settingRanges'] {
  let out = ranges;
  for (const [key, v] of Object.entries(moved)) {
    const r = ranges[key as keyof typeof ranges];
    if (!r || typeof v !== 'number') continue;
    const low = r.low !== undefined && v < r.low ? v : r.low;
    const high = r.high !== undefined && v > r.high ? v : r.high;
    if (low !== r.low || high !== r.high) out = { ...out, [key]: { ...r, low, high } };
  }
  return out;
}

/** The value the panel shows for a setting: the what-if's if moved, else the scenario's. */
export function effectiveSetting<K extends WhatIfNumberKey | 'bundleMode' | 'allocationRule'>(
  scenario: Scenario, whatIf: WhatIf, key: K,
): Settings[K] {
  const v = whatIf.settings[key] as Settings[K] | undefined;
  return v ?? scenario.settings[key];
}

export interface SliderRange { min: number; max: number; step: number; kind: 'euro' | 'fraction' }

const fractionRanges: Partial<Record<WhatIfNumberKey, SliderRange>> = {
  // Dutch public-sector discount rates have run from 0% to 5.5% (2.25% since 2020): 0 to 6% in
  // steps of 0.05 percentage point, so a slider's travel moves it about a percentage point a 60 px.
  discountRate: { min: 0, max: 0.06, step: 0.0005, kind: 'fraction' },
  engineeringRate: { min: 0, max: 0.25, step: 0.0025, kind: 'fraction' },
  sequentialShare: { min: 0, max: 1, step: 0.05, kind: 'fraction' },
};

/** Slider bounds around the scenario's own value: a fraction within the range above (wider only when
 *  the scenario's value lies beyond it); a euro setting from 0 to twice the value (a round default when it is 0), so the
 *  base value sits half way, in about 200 steps. */
export function sliderRange(key: WhatIfNumberKey, base: number): SliderRange {
  const f = fractionRanges[key];
  if (f) return { ...f, max: base > f.max ? niceCeil(base * 1.5) : f.max };
  const fallback: Record<string, number> = { sitePerDay: 5000, openingCostPerM2: 200 };
  const top = base > 0 ? niceCeil(base * 2) : (fallback[key] ?? 100_000);
  return { min: 0, max: top, step: niceStep(top / 200), kind: 'euro' };
}

function niceCeil(v: number): number {
  const p = 10 ** Math.floor(Math.log10(v));
  return Math.ceil(v / p) * p;
}

function niceStep(v: number): number {
  if (v <= 1) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  const m = v / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
}

export const residentShareMultiplierRange: SliderRange = { min: 0, max: 3, step: 0.05, kind: 'fraction' };
