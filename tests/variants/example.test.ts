// The example's rainwater group and zelfbeheer rows (scenarios/example/variants.ts, citizen.ts),
// applied to the base example through the same extension mechanism scenarios/example/index.ts uses.
import { describe, expect, it } from 'vitest';
import { compute } from '../../engine/compute';
import { scenarioSchema, type Scenario } from '../../engine/scenario/schema';
import { validateScenario } from '../../engine/scenario/validate';
import { addCitizenMaintenance } from '../../scenarios/example/citizen';
import { neighbourhoods } from '../../scenarios/example/neighbourhoods';
import { parties } from '../../scenarios/example/parties';
import { settingRanges, settings } from '../../scenarios/example/settings';
import { addVariants, rainwaterWorkIds } from '../../scenarios/example/variants';
import { works } from '../../scenarios/example/works';

function exampleWithIssue3(): Scenario {
  const base = structuredClone({ settings, settingRanges, neighbourhoods, parties, works });
  return scenarioSchema.parse(addCitizenMaintenance(addVariants(base)));
}

describe('example: rainwater variants and zelfbeheer', () => {
  const s = exampleWithIssue3();
  const r = compute(s, { computedAt: 'fixed' });

  it('is valid input', () => {
    expect(validateScenario(s)).toEqual([]);
    expect(s.variants.filter((v) => v.generic).map((v) => v.id)).toEqual(['hw-gescheiden']);
    expect(s.works.filter((w) => w.variantGroup === 'hemelwater').map((w) => w.id)).toEqual([...rainwaterWorkIds]);
  });

  it('disconnects where the soil allows and keeps the separated sewer in Oud-Zuid, saying why', () => {
    expect(r.variants!.map((v) => [v.work, v.neighbourhood, v.chosen])).toEqual([
      ['OZ-05', 'oudzuid', 'hw-gescheiden'],
      ['HV-01', 'hoogveld', 'hw-afkoppelen'],
      ['EK-01', 'eikelo', 'hw-afkoppelen'],
    ]);
    expect(r.variants![0]!.candidates[2]!.whyNot).toEqual([
      { condition: 'infiltrationClass >= 2', values: { infiltrationClass: 1 } },
      { condition: 'groundwaterDepth >= 0.7', values: { groundwaterDepth: 0.6 } },
    ]);
    for (const v of r.variants!) expect(v.saving).toBeGreaterThanOrEqual(0);
    expect(r.savings.differentiation.financial).toBeGreaterThan(0);
  });

  it('zelfbeheer in Hoogveld and Waterrijk saves money and shows the hours residents take over', () => {
    expect(r.savings.citizen.financial).toBeGreaterThan(0);
    // valued volunteer time makes the societal citizen saving smaller than the financial one
    expect(r.savings.citizen.societal).toBeLessThan(r.savings.citizen.financial);
    const nbs = [...new Set(r.hours!.map((h) => h.neighbourhood))];
    expect(nbs).toEqual(['hoogveld', 'waterrijk']);
    const hv2027 = r.hours!.find((h) => h.neighbourhood === 'hoogveld' && h.year === 2027)!;
    expect(hv2027.contractorHoursBefore).toBe(1200);
    expect(hv2027.contractorHours).toBeCloseTo(1200 * 0.65, 9);
    expect(hv2027.residentHours).toBeCloseTo(1200 * 0.35 * 1.5, 9);
  });

  it('the four steps decompose exactly', () => {
    const c = (x: number) => Math.round(x * 100);
    const sv = r.savings;
    expect(c(sv.bundling.financial) + c(sv.differentiation.financial) + c(sv.citizen.financial)).toBe(c(sv.total.financial));
    expect(c(sv.bundling.societal) + c(sv.differentiation.societal) + c(sv.citizen.societal)).toBe(c(sv.total.societal));
  });
});
