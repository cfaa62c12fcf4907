import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { settingDefs, sheetDefs } from '../../engine/scenario/columns';
import { readWorkbook } from '../../engine/workbook/read';
import { writeTemplate, writeWorkbook } from '../../engine/workbook/write';
import { englishBook, readOk } from './helpers';

describe('round trip workbook -> scenario -> workbook -> scenario', () => {
  for (const lang of ['en', 'nl'] as const) {
    it(`is lossless, written in ${lang}`, () => {
      const first = readOk(englishBook());
      const bytes = writeWorkbook(first.scenario, { lang });
      const second = readOk(bytes);
      expect(second.scenario).toEqual(first.scenario);
      expect(second.lang).toBe(lang);
      expect(second.warnings).toEqual([]);
      // and once more: writing is stable
      expect(readOk(writeWorkbook(second.scenario, { lang })).scenario).toEqual(first.scenario);
    });
  }

  it('writes headers and choice values in the chosen language, extra columns and attributes kept', () => {
    const { scenario } = readOk(englishBook());
    const wb = XLSX.read(writeWorkbook(scenario, { lang: 'nl' }), { type: 'array' });
    expect(wb.SheetNames).toEqual(['Instellingen', 'Wijken', 'Partijen', 'Werken', 'Varianten', 'Bundels', 'Zelfbeheer', 'Cofinanciering', 'Budgetten']);
    const wijken = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets.Wijken!, { header: 1 });
    expect(wijken[0]).toEqual(['id', 'naam', 'huishoudens', 'hinderkostenPerDag', 'infiltrationClass', 'note']);
    const settings = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets.Instellingen!, { header: 1 });
    expect(settings).toContainEqual(['bundleMode', 'optimaal']);
    expect(settings).toContainEqual(['discountRate', 0.0225, 0.01, 0.04]);
    const werken = XLSX.utils.sheet_to_json<Record<string, unknown>>(wb.Sheets.Werken!);
    expect(werken[0]).toMatchObject({ id: 'W1', gepland: 2027, labels: 'klimaat, riool', contractNr: 'C-17' });
  });

  it('writes only the optional sheets that have rows', () => {
    const { scenario } = readOk(englishBook());
    const bare = { ...scenario, variants: [], bundles: [], citizenMaintenance: [], coFinancing: [], budgets: [],
      works: scenario.works.filter((w) => !w.variantGroup) };
    const wb = XLSX.read(writeWorkbook(bare, { lang: 'en' }), { type: 'array' });
    expect(wb.SheetNames).toEqual(['Settings', 'Neighbourhoods', 'Parties', 'Works']);
    expect(readOk(writeWorkbook(bare, { lang: 'en' })).scenario).toEqual(bare);
  });
});

describe('template', () => {
  for (const lang of ['en', 'nl'] as const) {
    it(`has a Read me sheet and every sheet, and asks only for baseYear and horizonYears (${lang})`, () => {
      const bytes = writeTemplate(lang);
      const wb = XLSX.read(bytes, { type: 'array' });
      expect(wb.SheetNames[0]).toBe(lang === 'nl' ? 'Lees mij' : 'Read me');
      expect(wb.SheetNames).toHaveLength(10);
      const readme = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[wb.SheetNames[0]!]!, { header: 1 });
      const lines = readme.filter((r) => r.length >= 6);
      // every column of every sheet and every setting is explained
      const expected = sheetDefs.reduce((n, d) => n + d.columns.length, 0) + settingDefs.length + 1; // + header
      expect(lines.length).toBe(expected);
      for (const line of lines) expect(String(line[5]).length, JSON.stringify(line)).toBeGreaterThan(3);
      const r = readWorkbook(bytes);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems.map((p) => [p.code, p.field])).toEqual([['value.required', 'baseYear'], ['value.required', 'horizonYears']]);
    });
  }
});
