// Issue 3: every fault of the restricted mathjs, typed into a cell of the Variants sheet of a real
// workbook (SheetJS), is an input problem that names the sheet, the row and the column (A1 letter),
// both when the workbook is read and when compute() meets the same scenario. And a Variants row
// without lifetimeYears (MODEL.md: "Blank numeric variant fields are 0, except lifetimeYears, which
// is required") is an input error at its row and column.
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { compute } from '../../engine/compute';
import { InputError, type Problem } from '../../engine/problems';
import { scenarioSchema } from '../../engine/scenario/schema';
import { locate, readWorkbook } from '../../engine/workbook/read';
import { writeWorkbook } from '../../engine/workbook/write';

const scenario = scenarioSchema.parse({
  settings: { baseYear: 2025, horizonYears: 20, bundleMode: 'none' },
  neighbourhoods: [{ id: 'N1', households: 100, attributes: { infiltrationClass: 3, groundwaterDepth: 1.2 } }],
  parties: [{ id: 'gem' }],
  works: [{ id: 'W1', neighbourhood: 'N1', plannedYear: 2030, variantGroup: 'rain' }],
  variants: [
    { id: 'sep', group: 'rain', party: 'gem', generic: true, quantity: 'households', unitCost: 4500, lifetimeYears: 60, annualOpexPerUnit: 10 },
    { id: 'vgs', group: 'rain', party: 'gem', quantity: 'households', unitCost: 4700, lifetimeYears: 60, annualOpexPerUnit: 13 },
    { id: 'afk', group: 'rain', party: 'gem', quantity: 'households * 40', unitCost: 45, lifetimeYears: 40, durationDays: 10, openedArea: 5, annualOpexPerUnit: 0.5, eligibility: 'infiltrationClass >= 2' },
  ],
});

/** The clean workbook with one Variants cell overwritten as a user would type it. `value`
 *  undefined blanks the cell. Returns the bytes and the cell's A1 column letter. */
function withCell(lang: 'nl' | 'en', variantIndex: number, field: string, header: string, value: string | undefined): { bytes: Uint8Array; column: string; row: number } {
  const wb = XLSX.read(writeWorkbook(scenario, { lang }), { type: 'array' });
  const ws = wb.Sheets[lang === 'nl' ? 'Varianten' : 'Variants']!;
  const headers = XLSX.utils.sheet_to_json<string[]>(ws, { header: 1 })[0]!;
  const c = headers.indexOf(header);
  if (c < 0) throw new Error(`no column ${header} for ${field} in ${headers.join(', ')}`);
  const row = variantIndex + 2; // row 1 holds the headers
  const address = XLSX.utils.encode_cell({ r: row - 1, c });
  if (value === undefined) delete ws[address];
  else ws[address] = { t: 's', v: value };
  const out = XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer;
  return { bytes: new Uint8Array(out), column: XLSX.utils.encode_col(c), row };
}

const long = `households${' + 1'.repeat(130)}`; // 530 characters

// [what, field, Dutch header, English header, cell text, expected code]
const faults: [string, string, string, string, string, string][] = [
  ['an unknown name', 'quantity', 'hoeveelheid', 'quantity', 'Households * 2', 'expr.unknownName'],
  ['a syntax error', 'quantity', 'hoeveelheid', 'quantity', 'households * (2', 'expr.syntax'],
  ['import', 'unitCost', 'eenheidsprijs', 'unitCost', 'import({x: 1})', 'expr.forbiddenFunction'],
  ['evaluate', 'openedArea', 'opengebrokenM2', 'openedArea', 'evaluate("1+1")', 'expr.forbiddenFunction'],
  ['a decimal comma', 'annualOpexPerUnit', 'exploitatiePerEenheid', 'annualOpexPerUnit', 'households * 0,5', 'expr.decimalComma'],
  ['a result that is not finite', 'durationDays', 'duurDagen', 'durationDays', '1/0', 'expr.notFinite'],
  ['an eligibility that is not true or false', 'eligibility', 'geschiktheid', 'eligibility', 'households * 2', 'expr.notBoolean'],
  ['more than 500 characters', 'lifetimeYears', 'levensduur', 'lifetimeYears', long, 'expr.tooLong'],
];

function only(problems: readonly Problem[], code: string): Problem {
  const hits = problems.filter((p) => p.code === code);
  expect(hits, JSON.stringify(problems)).toHaveLength(1);
  return hits[0]!;
}

describe('expression problems at sheet, row and column, end to end', () => {
  it('the clean workbook reads and computes', () => {
    const r = readWorkbook(withCell('en', 2, 'unitCost', 'unitCost', '45').bytes);
    expect(r.ok).toBe(true);
  });

  for (const lang of ['nl', 'en'] as const) {
    it.each(faults)(`${lang}: %s in %s`, (_what, field, nlHeader, enHeader, text, code) => {
      const { bytes, column, row } = withCell(lang, 2, field, lang === 'nl' ? nlHeader : enHeader, text);
      expect(row).toBe(4);
      const r = readWorkbook(bytes);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      const p = only(r.problems, code);
      expect(p).toMatchObject({ code, severity: 'error', sheet: 'variants', index: 2, field, row: 4, column });
      expect(column).toMatch(/^[A-Z]+$/);
      if (code === 'expr.notFinite' || code === 'expr.notBoolean') expect(p.params).toMatchObject({ neighbourhood: 'N1' });
      if (code === 'expr.tooLong') expect(p.params).toMatchObject({ length: long.length, max: 500, variant: 'afk' });
      if (code === 'expr.forbiddenFunction') expect(p.params).toMatchObject({ name: text.slice(0, text.indexOf('(')), variant: 'afk', expression: text });

      // The same scenario handed to compute() (as the interface would after an edit): it refuses
      // with the same problem, which the workbook's sources place at the same cell.
      expect(r.scenario).toBeDefined();
      let thrown: unknown;
      try { compute(r.scenario!); } catch (e) { thrown = e; }
      expect(thrown).toBeInstanceOf(InputError);
      const q = only((thrown as InputError).problems, code);
      expect(locate(q, r.sources!)).toMatchObject({ code, sheet: 'variants', field, row: 4, column });
    });
  }
});

describe('a Variants row without lifetimeYears', () => {
  it.each(['nl', 'en'] as const)('is an input error naming the sheet, row and column (%s)', (lang) => {
    const { bytes, column, row } = withCell(lang, 1, 'lifetimeYears', lang === 'nl' ? 'levensduur' : 'lifetimeYears', undefined);
    const r = readWorkbook(bytes);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(row).toBe(3);
    expect(r.problems).toEqual([
      expect.objectContaining({ code: 'value.required', severity: 'error', sheet: 'variants', field: 'lifetimeYears', row: 3, column }),
    ]);
  });

  it('a Variants sheet without the lifetimeYears column is an input error naming the header row', () => {
    const wb = XLSX.read(writeWorkbook(scenario, { lang: 'en' }), { type: 'array' });
    const aoa = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets.Variants!, { header: 1 });
    const c = (aoa[0] as string[]).indexOf('lifetimeYears');
    wb.Sheets.Variants = XLSX.utils.aoa_to_sheet(aoa.map((row) => row.filter((_, i) => i !== c)));
    const r = readWorkbook(new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toContainEqual(expect.objectContaining({ code: 'column.missing', sheet: 'variants', field: 'lifetimeYears', row: 1 }));
  });
});
