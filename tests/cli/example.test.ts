// The bundled example: the committed workbook holds what the code builds (compared as scenarios,
// not bytes), and its content is what issue 2 asks for.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../engine/scenario/validate';
import { readWorkbook } from '../../engine/workbook/read';
import { buildExample } from '../../scenarios/example';

const committed = fileURLToPath(new URL('../../scenarios/vier-testwijken.xlsx', import.meta.url));

describe('example scenario "Vier testwijken"', () => {
  const s = buildExample();

  it('the committed workbook is a Dutch workbook equal to what the code builds', () => {
    const read = readWorkbook(new Uint8Array(readFileSync(committed)));
    if (!read.ok) throw new Error(`example does not read: ${JSON.stringify(read.problems)}`);
    expect(read.lang).toBe('nl');
    // If this fails after editing scenarios/example/**: npx tsx scenarios/build-example.ts
    expect(read.scenario).toEqual(s);
  });

  it('is valid, and building it twice gives equal, independent scenarios', () => {
    expect(validateScenario(s).filter((p) => p.severity === 'error')).toEqual([]);
    const again = buildExample();
    expect(again).toEqual(s);
    again.works[0]!.plannedYear += 1;
    expect(buildExample().works[0]!.plannedYear).toBe(s.works[0]!.plannedYear);
  });

  it('has four neighbourhoods with households, disruption and the attributes variants need', () => {
    expect(s.neighbourhoods).toHaveLength(4);
    for (const n of s.neighbourhoods) {
      expect(n.households).toBeGreaterThan(0);
      expect(n.disruptionCostPerDay).toBeGreaterThan(0);
      expect([1, 2, 3]).toContain(n.attributes.infiltrationClass);
      expect(n.attributes.groundwaterDepth).toBeGreaterThan(0);
    }
    expect(new Set(s.neighbourhoods.map((n) => n.attributes.infiltrationClass)).size).toBe(3);
  });

  it('has 40–80 works from the six required kinds of party, some movable, some fixed, some sharing streets', () => {
    expect(s.works.length).toBeGreaterThanOrEqual(40);
    expect(s.works.length).toBeLessThanOrEqual(80);
    const owners = new Set(s.works.map((w) => w.party));
    for (const p of ['gem-riolering', 'gem-wegen', 'waterschap', 'netbeheerder', 'warmtebedrijf', 'drinkwater']) {
      expect(owners).toContain(p);
    }
    const partyType = new Map(s.parties.map((p) => [p.id, p.type]));
    expect(partyType.get('waterschap')).toBe('waterBoard');
    const fixed = s.works.filter((w) => w.maxAdvanceYears === 0 && w.maxDeferYears === 0);
    const movable = s.works.filter((w) => w.maxAdvanceYears + w.maxDeferYears >= 2);
    expect(fixed.length).toBeGreaterThan(0);
    expect(movable.length).toBeGreaterThan(0);
    const streets = new Map<string, number>();
    for (const w of s.works) streets.set(`${w.neighbourhood}/${w.street}`, (streets.get(`${w.neighbourhood}/${w.street}`) ?? 0) + 1);
    expect([...streets.values()].filter((n) => n >= 3).length).toBeGreaterThanOrEqual(4);
  });

  it('tags rainwater works climate and rainwater, and prices within MODEL.md\'s indicative ranges', () => {
    const rain = s.works.filter((w) => w.tags.includes('rainwater'));
    expect(rain.length).toBeGreaterThan(0);
    for (const w of rain) expect(w.tags).toContain('climate');
    const unit = (category: string, unitName: string) =>
      s.works.filter((w) => w.category === category && w.unit === unitName).map((w) => w.unitCost ?? 0);
    for (const c of unit('riolering', 'woning')) expect(c).toBeGreaterThanOrEqual(3_800);
    for (const c of unit('klimaatadaptatie', 'm2 verhard')) expect(c >= 42 && c <= 48).toBe(true);
    // Roads: direct part plus the shared opening cost per m² lies within €60–120.
    for (const c of unit('wegen', 'm2').filter((c) => c > 40)) {
      const total = c + s.settings.openingCostPerM2;
      expect(total >= 60 && total <= 120).toBe(true);
    }
    for (const c of unit('warmte', 'm')) expect(c >= 1_000 && c <= 2_000).toBe(true);
    expect(s.settings.baseYear).toBe(2026);
    expect(s.settings.horizonYears).toBe(50);
  });
});
