// The Mappings (Koppelingen) sheet: each party's mapping stored in the scenario workbook and read
// back unchanged, long mappings split over cells below Excel's 32,767-character limit, and a
// scenario without the sheet keeping its meta.input hash.
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { compute } from '../../engine/compute';
import { storedMapping, withStoredMapping, type PlanningMapping } from '../../engine/planning';
import { readWorkbook } from '../../engine/workbook/read';
import { writeWorkbook } from '../../engine/workbook/write';
import { cityScenario } from './fixtures';

const mapping: PlanningMapping = {
  version: 1, headerRow: 3,
  columns: { id: 'Objectcode', neighbourhood: 'Buurt', plannedYear: 'Vervangingsjaar' },
  constants: { category: 'riolering', lifetimeYears: 60 },
};

const roundTrip = (bytes: Uint8Array) => {
  const r = readWorkbook(bytes);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r;
};

describe('Mappings sheet', () => {
  it('round-trips each party\'s mapping, in Dutch and English', () => {
    const s = withStoredMapping(withStoredMapping(cityScenario(), 'riool', mapping), 'net', { ...mapping, constants: {} });
    for (const lang of ['nl', 'en'] as const) {
      const bytes = writeWorkbook(s, { lang });
      const wb = XLSX.read(bytes, { type: 'array' });
      expect(wb.SheetNames).toContain(lang === 'nl' ? 'Koppelingen' : 'Mappings');
      const back = roundTrip(bytes);
      expect(back.warnings.filter((w) => w.code === 'sheet.ignored')).toEqual([]);
      expect(back.scenario.mappings).toEqual(s.mappings);
      expect(storedMapping(back.scenario, 'riool')).toEqual({ ok: true, mapping });
      expect(compute(back.scenario).meta.input).toBe(compute(s).meta.input);
    }
  });

  it('splits a mapping longer than a cell holds and joins it back', () => {
    const long = { ...mapping, constants: { description: 'x'.repeat(70_000) } };
    const s = withStoredMapping(cityScenario(), 'riool', long);
    const bytes = writeWorkbook(s, { lang: 'en' });
    const ws = XLSX.read(bytes, { type: 'array' }).Sheets.Mappings!;
    const cells = Object.keys(ws).filter((k) => !k.startsWith('!')).map((k) => String((ws[k] as XLSX.CellObject).v));
    expect(Math.max(...cells.map((c) => c.length))).toBeLessThanOrEqual(32_767);
    expect(storedMapping(roundTrip(bytes).scenario, 'riool')).toEqual({ ok: true, mapping: long });
  });

  it('leaves a scenario without mappings as it was: no sheet, same hash', () => {
    const s = cityScenario();
    const back = roundTrip(writeWorkbook(s, { lang: 'nl' }));
    expect('mappings' in back.scenario).toBe(false);
    expect(compute(back.scenario).meta.input).toBe(compute(s).meta.input);
    expect(XLSX.read(writeWorkbook(s, { lang: 'nl' }), { type: 'array' }).SheetNames).not.toContain('Koppelingen');
  });
});
