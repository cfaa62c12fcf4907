// Variants and citizen maintenance through the real engine: compute() ranks variants by the life-
// cycle PV of the steps' own costing and books citizen maintenance through the extra-stream seam.
// Discount rate 0 and no shared costs, so every number is checked by hand below.
import { describe, expect, it } from 'vitest';
import { mulberry32 as rng } from '../../engine/uncertainty/rng';
import { compute } from '../../engine/compute';
import { toSummaryJson } from '../../engine/model/summary';
import { InputError } from '../../engine/problems';
import { scenarioSchema, type Scenario, type ScenarioInput } from '../../engine/scenario/schema';

const zero = {
  discountRate: 0, engineeringFixed: 0, engineeringRate: 0, tenderFixed: 0, participationFixed: 0,
  siteFixed: 0, sitePerDay: 0, openingCostPerM2: 0, coordinationPerExtraParty: 0,
};
const rain = [
  { id: 'sep', group: 'rain', party: 'gem', generic: true, quantity: 'households', unitCost: 4500, lifetimeYears: 60, annualOpexPerUnit: 10 },
  { id: 'vgs', group: 'rain', party: 'gem', quantity: 'huishoudens', unitCost: 4700, lifetimeYears: 60, annualOpexPerUnit: 13 },
  { id: 'afk', group: 'rain', party: 'gem', quantity: 'households * pavedM2', unitCost: 45, lifetimeYears: 40, annualOpexPerUnit: 0.5, eligibility: 'infiltrationClass >= 2 and groundwaterDepth >= 0.7' },
];
const task = {
  neighbourhood: 'N1', task: 'groen', party: 'gem', contractorHoursPerYear: 100, hourlyRate: 50, residentShare: 0.4,
  startYear: 2026, startupCost: 1000, coordinationPerYear: 300, materialsPerYear: 200, dropoutRate: 0.25,
  reserveRate: 0.1, residentHoursPerContractorHour: 1.5, volunteerHourValue: 20,
};

function build(over: Partial<ScenarioInput> = {}, settings: Record<string, unknown> = {}): Scenario {
  return scenarioSchema.parse({
    settings: { baseYear: 2025, horizonYears: 10, bundleMode: 'none', ...zero, ...settings },
    neighbourhoods: [
      { id: 'N1', households: 100, attributes: { infiltrationClass: 3, groundwaterDepth: 1.2, pavedM2: 40 } },
      { id: 'N2', households: 200, attributes: { infiltrationClass: 1, groundwaterDepth: 0.5, pavedM2: 40 } },
    ],
    parties: [{ id: 'gem' }, { id: 'ws' }],
    works: [
      { id: 'W1', neighbourhood: 'N1', plannedYear: 2030, variantGroup: 'rain' },
      { id: 'W2', neighbourhood: 'N2', plannedYear: 2031, variantGroup: 'rain' },
    ],
    variants: rain,
    citizenMaintenance: [task],
    ...over,
  });
}

describe('variants in compute, by hand', () => {
  // Horizon 2025–2034, r = 0. W1 (N1, 100 households) in 2030:
  //  sep: D 450,000; opex 6 × 1,000 + 4 × 1,000; residual 450,000 × 56/60 = 420,000 → PV 40,000
  //  vgs: D 470,000; opex 6 × 1,000 (the existing asset) + 4 × 1,300; residual 470,000 × 56/60 → 42,533.33
  //  afk: D 180,000; opex 6 × 1,000 + 4 × 2,000; residual 180,000 × 36/40 = 162,000 → PV 32,000
  // W2 (N2, 200 households, not eligible for afk) in 2031: sep 900,000 + 20,000 − 855,000 = 65,000.
  it('chooses by life-cycle PV and reports candidates, choice and saving', () => {
    const r = compute(build());
    expect(r.variants).toEqual([
      {
        work: 'W1', neighbourhood: 'N1', group: 'rain', generic: 'sep', chosen: 'afk', forced: false, saving: 8000,
        candidates: [
          { variant: 'sep', name: '', generic: true, eligible: true, whyNot: [], pv: 40000 },
          { variant: 'vgs', name: '', generic: false, eligible: true, whyNot: [], pv: 42533.33 },
          { variant: 'afk', name: '', generic: false, eligible: true, whyNot: [], pv: 32000 },
        ],
      },
      expect.objectContaining({ work: 'W2', chosen: 'sep', saving: 0 }),
    ]);
    expect(r.variants![1]!.candidates[2]!.whyNot).toEqual([
      { condition: 'infiltrationClass >= 2', values: { infiltrationClass: 1 } },
      { condition: 'groundwaterDepth >= 0.7', values: { groundwaterDepth: 0.5 } },
    ]);
    expect(r.savings.differentiation).toEqual({ financial: 8000, societal: 8000 });
    const works = (step: number) => r.steps[step]!.works.map((w) => [w.work, w.inputs.direct]);
    expect(works(0)).toEqual([['W1', 450000], ['W2', 900000]]);
    expect(works(1)).toEqual([['W1', 450000], ['W2', 900000]]);
    expect(works(2)).toEqual([['W1', 180000], ['W2', 900000]]);
    expect(works(3)).toEqual([['W1', 180000], ['W2', 900000]]);
  });

  // Citizen task: C = 5,000 a year; before integrated 10 × 5,000 = 50,000. In integrated:
  // 2025 5,000; 2026+k: 5,500 − 4,500 s_k (+1,000 start-up in 2026), s_k = 0.4 × 0.75^k, k = 0..8,
  // Σ s_k = 1.6 × (1 − 0.75^9) = 1.479864501953125 → 5,000 + 49,500 + 1,000 − 6,659.390258789 = 48,840.61.
  // Volunteer time: 100 × s × 1.5 hours × €20 = 3,000 s → 4,439.59 societal.
  it('books citizen maintenance: contractor only before integrated, zelfbeheer in it', () => {
    const r = compute(build());
    const sumS = 1.6 * (1 - 0.75 ** 9);
    expect(r.steps.map((s) => s.breakdown.extra.financial)).toEqual([50000, 50000, 50000, Math.round((55500 - 4500 * sumS) * 100) / 100]);
    expect(r.savings.citizen.financial).toBe(1159.39);
    expect(r.savings.citizen.societal).toBe(Math.round((50000 - 55500 + 4500 * sumS - 3000 * sumS) * 100) / 100);
    expect(r.steps[3]!.extra).toEqual([{ key: 'citizen/0', party: 'gem', neighbourhood: 'N1', label: 'groen',
      pv: { financial: 48840.61, societal: Math.round((55500 - 4500 * sumS + 3000 * sumS) * 100) / 100 } }]);
    // the parts add up to the total
    const s = r.savings;
    expect(Math.round((s.bundling.financial + s.differentiation.financial + s.citizen.financial) * 100)).toBe(Math.round(s.total.financial * 100));
    expect(r.steps[0]!.pv.financial).toBe(40000 + 65000 + 50000);
    // the party pays it
    expect(r.parties.find((p) => p.id === 'gem')!.pv.integrated).toBe(32000 + 65000 + 48840.61);
    // hours budget
    expect(r.hours).toHaveLength(10);
    expect(r.hours![1]).toEqual({ neighbourhood: 'N1', year: 2026, contractorHoursBefore: 100, contractorHours: 60, residentHours: 60 });
    const json = toSummaryJson(r);
    expect(json.hours[3]).toEqual({ neighbourhood: 'N1', year: 2028, contractorHoursBefore: 100, contractorHours: 77.5, residentHours: 33.75 });
    expect(json.variants[0]).toMatchObject({ work: 'W1', chosen: 'afk', saving: 8000 });
    expect(json.variants[0]!.candidates.map((c) => c.pv)).toEqual([40000, 42533.33, 32000]);
  });

  it('invariant: residentShare 0 and no coordination, materials, start-up or reserve: citizen saving exactly 0', () => {
    for (const dropoutRate of [0, 0.5]) {
      const plain = { ...task, residentShare: 0, coordinationPerYear: 0, materialsPerYear: 0, startupCost: 0, reserveRate: 0, dropoutRate };
      const r = compute(build({ citizenMaintenance: [plain] }, { discountRate: 0.0225, escalationRate: 0.02 }));
      expect(r.savings.citizen).toEqual({ financial: 0, societal: 0 });
    }
  });

  it('a forced ineligible variant is used with a warning; separate still uses the generic one', () => {
    const s = build();
    s.works[1] = { ...s.works[1]!, variant: 'afk' };
    const r = compute(s);
    expect(r.variants![1]).toMatchObject({ chosen: 'afk', forced: true });
    expect(r.warnings).toContainEqual(expect.objectContaining({ code: 'variants.forcedIneligible', index: 1, field: 'variant' }));
    expect(r.steps[0]!.works[1]!.inputs.direct).toBe(900000);
    expect(r.steps[2]!.works[1]!.inputs.direct).toBe(200 * 40 * 45);
  });

  it('an ineligible generic variant is still used in separate and bundled', () => {
    const variants = [{ ...rain[0]!, eligibility: 'groundwaterDepth >= 2' }, rain[2]!];
    const r = compute(build({ variants }));
    expect(r.steps[0]!.works.map((w) => w.inputs.direct)).toEqual([450000, 900000]);
    expect(r.steps[1]!.works.map((w) => w.inputs.direct)).toEqual([450000, 900000]);
    // W1 eligible for afk; W2 eligible for nothing: keeps the generic one
    expect(r.variants!.map((v) => v.chosen)).toEqual(['afk', 'sep']);
  });

  it('bad variant input stops compute with problems naming the cells', () => {
    const variants = [{ ...rain[0]!, generic: false }, rain[2]!];
    expect(() => compute(build({ variants }))).toThrow(InputError);
    try {
      compute(build({ variants: [rain[0]!, { ...rain[2]!, eligibility: 'infiltratie >= 2' }] }));
      expect.unreachable();
    } catch (e) {
      expect((e as InputError).problems).toEqual([expect.objectContaining({ code: 'expr.unknownName', sheet: 'variants', index: 1, field: 'eligibility' })]);
    }
  });
});

describe('differentiation against generic with bundleMode none (invariant)', () => {
  it('never costs more in the financial perspective, over random scenarios', () => {
    for (let seed = 1; seed <= 25; seed++) {
      const rnd = rng(seed);
      const neighbourhoods = Array.from({ length: 4 }, (_, i) => ({
        id: `N${i}`, households: 50 + Math.floor(rnd() * 300), disruptionCostPerDay: Math.floor(rnd() * 2000),
        attributes: { infiltrationClass: Math.floor(rnd() * 4), groundwaterDepth: Math.round(rnd() * 20) / 10, pavedM2: 20 + Math.floor(rnd() * 40) },
      }));
      const variants = rain.map((v) => ({ ...v, unitCost: v.generic ? v.unitCost : Math.round(rnd() * 6000), lifetimeYears: 20 + Math.floor(rnd() * 50), durationDays: Math.floor(rnd() * 60) }));
      const works = neighbourhoods.flatMap((n, i) => [
        { id: `R${i}`, neighbourhood: n.id, plannedYear: 2025 + Math.floor(rnd() * 10), variantGroup: 'rain' },
        { id: `S${i}`, neighbourhood: n.id, party: 'ws', plannedYear: 2025 + Math.floor(rnd() * 10), quantity: 10, unitCost: 1000, lifetimeYears: 30 },
      ]);
      const r = compute(build({ neighbourhoods, variants, works, citizenMaintenance: [] }, { discountRate: 0.0225, sitePerDay: 500 }));
      expect(r.savings.differentiation.financial).toBeGreaterThanOrEqual(0);
      for (const v of r.variants!) expect(v.saving).toBeGreaterThanOrEqual(0);
    }
  });
});

