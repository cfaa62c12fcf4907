// The formula workbook's shape: only functions Excel knows without an _xlfn. prefix, no lookups by
// id (SUMIF(S), COUNTIF(S), VLOOKUP, MATCH), a note in row 1 of every calculation sheet, the input
// sheets unchanged (the workbook reads back as the same scenario), cached values on formula cells.
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { t } from '../../engine/i18n';
import '../../engine/i18n/formulas';
import { compute } from '../../engine/compute';
import { writeFormulaWorkbook } from '../../engine/results-workbook/formulas/write';
import { readWorkbook } from '../../engine/workbook/read';
import { buildExample } from '../../scenarios/example';
import { formulaFunctions } from './helpers';

const allowed = new Set(['SUM', 'SUMPRODUCT', 'MAX', 'MIN', 'ROUND', 'IF', 'AND', 'OR', 'POWER', 'MOD', 'INT', 'ISBLANK']);

describe('formula workbook structure', () => {
  const s = buildExample();
  const r = compute(s, { computedAt: '2026-06-01T12:00:00.000Z' });
  const bytes = writeFormulaWorkbook(s, r, { lang: 'en' });
  const wb = XLSX.read(bytes, { cellFormula: true });

  it('uses only functions Excel knows without a prefix, and no lookups', () => {
    const used = formulaFunctions(bytes);
    expect(used.size).toBeGreaterThan(5);
    for (const f of used) expect(allowed.has(f), f).toBe(true);
    expect(new TextDecoder('latin1').decode(bytes)).not.toContain('_xlfn');
  });

  it('has a note in row 1 of every calculation sheet, then the inputs', () => {
    const ours = wb.SheetNames.slice(0, wb.SheetNames.indexOf('Settings'));
    expect(ours[0]).toBe(t('en', 'formulas.sheet.comparison'));
    expect(ours).toContain(t('en', 'formulas.sheet.years'));
    expect(ours).toContain(t('en', 'formulas.sheet.citizen'));
    for (const name of ours) {
      const a1 = wb.Sheets[name]!.A1 as XLSX.CellObject | undefined;
      expect(typeof a1?.v === 'string' && (a1.v as string).length > 60, name).toBe(true);
    }
    // Three plans in the example: separate, bundled (generic variants), differentiated = integrated.
    expect(ours.filter((n) => n.startsWith('Works '))).toEqual(['Works Separate', 'Works Bundled', 'Works Differentiated']);
  });

  it('reads back as the same scenario', () => {
    const back = readWorkbook(bytes);
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.scenario).toEqual(s);
  });

  it('writes formulas with cached values on the calculation sheets', () => {
    const ws = wb.Sheets['Works Bundled']!;
    const grid = ws.Y3 as XLSX.CellObject;
    expect(grid.f).toBeTruthy();
    expect(typeof grid.v).toBe('number');
    // The year columns of a work are one array formula over its row, with a cached value in each cell.
    const years = r.years.length;
    const lastCol = XLSX.utils.encode_col(XLSX.utils.decode_col('Y') + years - 1);
    expect(grid.F).toBe(`Y3:${lastCol}3`);
    expect(typeof (ws[`${lastCol}3`] as XLSX.CellObject).v).toBe('number');
    const projects = wb.Sheets['Projects Bundled']!;
    expect((projects.F3 as XLSX.CellObject).f).toMatch(/^SUM\('Works Bundled'!\$J\$3:\$J\$\d+\)$/);
    expect((projects.K3 as XLSX.CellObject).f).toBe("'Settings'!$B$11");
  });
});
