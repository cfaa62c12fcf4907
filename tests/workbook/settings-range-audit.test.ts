// MODEL.md "Uncertainty": Settings may carry low and high "not for baseYear, horizonYears or choice
// settings". A low or high typed there in a real workbook is an input problem
// (settings.rangeNotAllowed) at that cell: the Settings row of the key and the low or high column.
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { scenarioSchema } from '../../engine/scenario/schema';
import { readWorkbook } from '../../engine/workbook/read';
import { writeWorkbook } from '../../engine/workbook/write';

const scenario = scenarioSchema.parse({
  settings: { baseYear: 2026, horizonYears: 30, bundleMode: 'optimal', allocationRule: 'direct' },
  settingRanges: { discountRate: { low: 0.015, high: 0.04 } },
  neighbourhoods: [{ id: 'N1' }],
  parties: [{ id: 'gem' }],
  works: [{ id: 'W1', neighbourhood: 'N1', party: 'gem', plannedYear: 2028, quantity: 1, unitCost: 1000, lifetimeYears: 40 }],
});

/** Writes the scenario, then types `value` into the low or high cell of `key`'s Settings row. */
function typed(lang: 'nl' | 'en', cells: { key: string; part: 'low' | 'high'; value: number | string }[]) {
  const wb = XLSX.read(writeWorkbook(scenario, { lang }), { type: 'array' });
  const ws = wb.Sheets[lang === 'nl' ? 'Instellingen' : 'Settings']!;
  const grid = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1 });
  const header = grid[0] as string[];
  const names = lang === 'nl' ? { key: 'sleutel', low: 'laag', high: 'hoog' } : { key: 'key', low: 'low', high: 'high' };
  const keyCol = header.indexOf(names.key);
  const where = cells.map(({ key, part, value }) => {
    const r = grid.findIndex((row) => row[keyCol] === key);
    const c = header.indexOf(names[part]);
    if (r < 1 || c < 0) throw new Error(`no cell for ${key} ${part}`);
    ws[XLSX.utils.encode_cell({ r, c })] = typeof value === 'number' ? { t: 'n', v: value } : { t: 's', v: value };
    return { key, row: r + 1, column: XLSX.utils.encode_col(c) };
  });
  const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
  return { bytes, where };
}

describe('low/high where a setting may not carry them', () => {
  it('the written workbook, with a range on discountRate, reads back', () => {
    const r = readWorkbook(typed('en', []).bytes);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.scenario.settingRanges).toEqual({ discountRate: { low: 0.015, high: 0.04 } });
  });

  it.each(['en', 'nl'] as const)('baseYear, horizonYears and choice settings (%s): one problem per cell, with row and column', (lang) => {
    const { bytes, where } = typed(lang, [
      { key: 'baseYear', part: 'low', value: 2025 },
      { key: 'horizonYears', part: 'high', value: 40 },
      { key: 'bundleMode', part: 'low', value: 'none' },
      { key: 'allocationRule', part: 'high', value: 'shapley' },
      { key: 'discountTiming', part: 'low', value: 'mid' },
      { key: 'optimizeFor', part: 'high', value: 'societal' },
    ]);
    const r = readWorkbook(bytes);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const found = r.problems.filter((p) => p.code === 'settings.rangeNotAllowed');
    // In sheet-row order.
    expect(found).toEqual([...where].sort((a, b) => a.row - b.row).map(({ key, row, column }) => ({
      code: 'settings.rangeNotAllowed', severity: 'error', params: { key }, sheet: 'settings', field: key, row, column,
    })));
    // low sits in column C, high in D, as the writer lays the sheet out.
    expect(where.map((w) => w.column)).toEqual(['C', 'D', 'C', 'D', 'C', 'D']);
    expect(found).toHaveLength(6);
    expect(r.problems.every((p) => p.code === 'settings.rangeNotAllowed')).toBe(true);
  });

  it('a range on a numeric setting is still accepted next to them', () => {
    const { bytes } = typed('en', [{ key: 'sitePerDay', part: 'high', value: 1400 }]);
    const r = readWorkbook(bytes);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.scenario.settingRanges.sitePerDay).toEqual({ high: 1400 });
  });
});
