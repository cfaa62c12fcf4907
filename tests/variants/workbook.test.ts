// The Variants and CitizenMaintenance sheets through the real workbook codec (SheetJS): read and
// written with Dutch and English names, expressions kept as text, a lossless round trip, and
// expression problems located at the sheet's row and column.
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { compute } from '../../engine/compute';
import { scenarioSchema } from '../../engine/scenario/schema';
import { readWorkbook } from '../../engine/workbook/read';
import { writeWorkbook } from '../../engine/workbook/write';

const scenario = scenarioSchema.parse({
  settings: { baseYear: 2025, horizonYears: 20, bundleMode: 'none' },
  neighbourhoods: [
    { id: 'N1', households: 100, attributes: { infiltrationClass: 3, groundwaterDepth: 1.2, pavedM2: 40 } },
    { id: 'N2', households: 200, attributes: { infiltrationClass: 1, groundwaterDepth: 0.5, pavedM2: 35 } },
  ],
  parties: [{ id: 'gem', type: 'municipality' }],
  works: [
    { id: 'W1', neighbourhood: 'N1', plannedYear: 2030, variantGroup: 'rain' },
    { id: 'W2', neighbourhood: 'N2', plannedYear: 2031, variantGroup: 'rain', variant: 'vgs' },
  ],
  variants: [
    { id: 'sep', group: 'rain', name: 'gescheiden', party: 'gem', generic: true, quantity: 'huishoudens', unitCost: 4500, lifetimeYears: 60, annualOpexPerUnit: 10 },
    { id: 'vgs', group: 'rain', party: 'gem', quantity: 'households', unitCost: 4700, lifetimeYears: 60, annualOpexPerUnit: 13, eligibility: true },
    { id: 'afk', group: 'rain', party: 'gem', quantity: 'round(households * pavedM2)', unitCost: 45, lifetimeYears: 40, annualOpexPerUnit: 0.5, eligibility: 'infiltrationClass >= 2 and groundwaterDepth >= 0.7', tags: ['klimaat'] },
  ],
  citizenMaintenance: [
    { neighbourhood: 'N1', task: 'plantsoen', party: 'gem', contractorHoursPerYear: 120, hourlyRate: 55, residentShare: 0.3, startYear: 2026, dropoutRate: 0.1, coordinationPerYear: 500, volunteerHourValue: 15 },
  ],
});

describe('variants and zelfbeheer in the workbook', () => {
  it.each(['nl', 'en'] as const)('round-trips losslessly in %s, with the sheet names of that language', (lang) => {
    const bytes = writeWorkbook(scenario, { lang });
    const wb = XLSX.read(bytes, { type: 'array' });
    expect(wb.SheetNames).toContain(lang === 'nl' ? 'Varianten' : 'Variants');
    expect(wb.SheetNames).toContain(lang === 'nl' ? 'Zelfbeheer' : 'CitizenMaintenance');
    const header = XLSX.utils.sheet_to_json<string[]>(wb.Sheets[lang === 'nl' ? 'Varianten' : 'Variants']!, { header: 1 })[0]!;
    expect(header).toContain(lang === 'nl' ? 'geschiktheid' : 'eligibility');
    const back = readWorkbook(bytes);
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(back.lang).toBe(lang);
    expect(back.scenario).toEqual(scenario);
    expect(compute(back.scenario, { computedAt: 'x' }).variants).toEqual(compute(scenario, { computedAt: 'x' }).variants);
  });

  it('locates an expression problem at its row and column', () => {
    const bad = { ...scenario, variants: scenario.variants.map((v) => (v.id === 'afk' ? { ...v, eligibility: 'infiltrationClass >= 2,5' } : v)) };
    const r = readWorkbook(writeWorkbook(bad, { lang: 'nl' }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const p = r.problems.find((x) => x.code === 'expr.decimalComma');
    expect(p).toMatchObject({ sheet: 'variants', index: 2, field: 'eligibility', row: 4 });
    expect(p!.column).toMatch(/^[A-Z]+$/);
  });

  it('reports a group without a generic variant from the workbook', () => {
    const bad = { ...scenario, variants: scenario.variants.map((v) => ({ ...v, generic: false })) };
    const r = readWorkbook(writeWorkbook(bad, { lang: 'en' }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toContainEqual(expect.objectContaining({ code: 'variants.noGeneric', sheet: 'variants', row: 2 }));
  });
});
