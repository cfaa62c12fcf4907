// The Settings sheet keeps what it does not know (MODEL.md: "extra columns are kept and ignored"):
// extra columns per key row and rows whose key is not a setting, written back in the same order in
// both languages, while the settings read as before and the results do not change.
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { compute } from '../../engine/compute';
import { writeWorkbook } from '../../engine/workbook/write';
import { book, englishSheets, expectProblem, readOk, type Aoa } from './helpers';

/** The English test workbook with a Source column, a note row without key and an unknown key. */
function annotatedSheets(): Record<string, Aoa> {
  const s = englishSheets();
  const settings = s.Settings as Aoa;
  settings[0] = ['key', 'value', 'Source', 'low', 'high', 'Checked'];
  for (const r of settings.slice(1)) {
    // Move low/high one to the right: the Source column sits between value and low.
    const [k, v, low, high] = r;
    r.length = 0;
    r.push(k, v, undefined, low, high);
  }
  const at = (key: string) => settings.find((r) => r[0] === key) as unknown[];
  at('discountRate')[2] = 'Rekenrente BBV 2025';
  at('discountRate')[5] = true;
  at('tenderFixed')[2] = 'Offerte 2024';
  at('tenderFixed')[5] = 3;
  // A note row right under the header, and an old key under baseYear.
  settings.splice(1, 0, [undefined, undefined, 'Bron: begroting 2025']);
  const baseYearRow = settings.findIndex((r) => r[0] === 'baseYear');
  settings.splice(baseYearRow + 1, 0, ['oldDiscountRate', 0.04, 'vervallen', 0.03, 0.05, false]);
  return s;
}

const plain = readOk(book(englishSheets()));

describe('Settings sheet: extra columns and unknown keys are kept', () => {
  it('reads the settings as before, warns about the unknown key, keeps the rest', () => {
    const r = readOk(book(annotatedSheets()));
    expect(r.scenario.settings).toEqual(plain.scenario.settings);
    expect(r.scenario.settingRanges).toEqual(plain.scenario.settingRanges);
    expect(r.warnings.map((w) => w.code)).toEqual(['settings.unknownKey']);
    expectProblem(r.warnings, 'settings.unknownKey', { sheet: 'settings', row: 5, column: 'A' });
    expect(r.scenario.settingsExtra).toEqual({
      columns: ['Source', 'Checked'],
      cells: {
        discountRate: { Source: 'Rekenrente BBV 2025', Checked: true },
        tenderFixed: { Source: 'Offerte 2024', Checked: 3 },
      },
      unknownRows: [
        { key: '', extra: { Source: 'Bron: begroting 2025' } },
        { key: 'oldDiscountRate', after: 'baseYear', value: 0.04, low: 0.03, high: 0.05, extra: { Source: 'vervallen', Checked: false } },
      ],
    });
    // Everything else in the scenario is exactly as without the notes.
    const { settingsExtra: _, ...rest } = r.scenario;
    expect(rest).toEqual(plain.scenario);
  });

  for (const lang of ['en', 'nl'] as const) {
    it(`round trip in ${lang}: the columns and rows come back, in the same order`, () => {
      const first = readOk(book(annotatedSheets())).scenario;
      const bytes = writeWorkbook(first, { lang });
      const second = readOk(bytes);
      expect(second.scenario).toEqual(first);
      expect(second.warnings.map((w) => w.code)).toEqual(['settings.unknownKey']);
      expect(readOk(writeWorkbook(second.scenario, { lang })).scenario).toEqual(first);

      const wb = XLSX.read(bytes, { type: 'array' });
      const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[lang === 'nl' ? 'Instellingen' : 'Settings']!, { header: 1, defval: null });
      expect(rows[0]).toEqual(lang === 'nl'
        ? ['sleutel', 'waarde', 'laag', 'hoog', 'Source', 'Checked']
        : ['key', 'value', 'low', 'high', 'Source', 'Checked']);
      // The note row stays first, the old key right under baseYear.
      expect(rows[1]).toEqual([null, null, null, null, 'Bron: begroting 2025', null]);
      const keys = rows.slice(1).map((r) => r[0]);
      expect(keys.indexOf('oldDiscountRate')).toBe(keys.indexOf('baseYear') + 1);
      expect(rows.find((r) => r[0] === 'oldDiscountRate')).toEqual(['oldDiscountRate', 0.04, 0.03, 0.05, 'vervallen', false]);
      expect(rows.find((r) => r[0] === 'discountRate')).toEqual(['discountRate', 0.0225, 0.01, 0.04, 'Rekenrente BBV 2025', true]);
    });
  }

  it('a workbook without extras has no settingsExtra and writes the four columns as before', () => {
    expect(plain.scenario.settingsExtra).toBeUndefined();
    const wb = XLSX.read(writeWorkbook(plain.scenario, { lang: 'en' }), { type: 'array' });
    const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets.Settings!, { header: 1 });
    expect(rows[0]).toEqual(['key', 'value', 'low', 'high']);
  });

  it('the extras change no result; they are part of the input hash, like table extra columns', () => {
    const annotated = readOk(book(annotatedSheets())).scenario;
    const a = compute(annotated, { computedAt: 'x' });
    const b = compute(plain.scenario, { computedAt: 'x' });
    expect({ ...a, meta: { ...a.meta, input: '' } }).toEqual({ ...b, meta: { ...b.meta, input: '' } });
    expect(a.meta.input).not.toBe(b.meta.input);
    // Without extras the hash is the one a scenario without the field always had.
    expect(compute({ ...annotated, settingsExtra: undefined }, { computedAt: 'x' }).meta.input).toBe(b.meta.input);
  });

  it('a formula without a value in an extra column is a warning and the cell is not kept', () => {
    const s = annotatedSheets();
    const row = (s.Settings as Aoa).find((r) => r[0] === 'tenderFixed') as unknown[];
    row[2] = { t: 'n', f: 'A1*2' };
    const r = readOk(book(s));
    expectProblem(r.warnings, 'cell.formulaNoValue', { sheet: 'settings', column: 'C', severity: 'warning' });
    expect(r.scenario.settingsExtra?.cells.tenderFixed).toEqual({ Checked: 3 });
  });
});
