// The limit on the rows of one sheet: a file of more rows than any plan is refused with one problem
// that names the sheet as the file spells it, before its cells are read. Real xlsx bytes: the
// example workbook with rows added to its Works sheet (Werken, sheet4).
import { readFileSync } from 'node:fs';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderProblem } from '../../engine/i18n/problems';
import { MAX_SHEET_ROWS, readWorkbook } from '../../engine/workbook/read';
import { openWorkbook } from '../../engine/workbook/sheets';
import { buildXlsx } from '../../engine/workbook/xlsx-write';
import { examplePath } from './fuzz';

const worksPart = 'xl/worksheets/sheet4.xml';

/** The example with `rows` (XML) added at the end of the Works sheet's data. */
function withRows(rows: string): Uint8Array {
  const parts = unzipSync(new Uint8Array(readFileSync(examplePath)));
  const xml = new TextDecoder().decode(parts[worksPart]);
  const end = xml.indexOf('</sheetData>');
  parts[worksPart] = new TextEncoder().encode(xml.slice(0, end) + rows + xml.slice(end));
  return zipSync(parts, { level: 1 });
}

/** The rows of the example's Works sheet that hold cells. */
function exampleWorkRows(): number {
  const parts = unzipSync(new Uint8Array(readFileSync(examplePath)));
  return new TextDecoder().decode(parts[worksPart]).match(/<row[\s>]/g)?.length ?? 0;
}

describe('the row limit of a sheet', () => {
  it('is twice the generated city of 50,000 works', () => {
    expect(MAX_SHEET_ROWS).toBe(100_000);
  });

  it('a Works sheet of more rows is refused with one problem naming the sheet, its rows and the limit, in both languages', () => {
    const added = MAX_SHEET_ROWS;
    // The last added row lies beyond Excel's last row: had the cells been read first, that would be
    // the problem; the rows are counted before any cell is read.
    let rows = '<row><c t="inlineStr"><is><t>W-x</t></is></c></row>'.repeat(added - 1);
    rows += '<row r="2000000"><c r="A2000000"><v>1</v></c></row>';
    const r = readWorkbook(withRows(rows));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const total = exampleWorkRows() + added;
    expect(r.problems).toEqual([expect.objectContaining({
      code: 'sheet.tooManyRows', severity: 'error', params: { name: 'Werken', rows: total, max: MAX_SHEET_ROWS },
    })]);
    expect(r.lang).toBe('nl');
    const p = r.problems[0]!;
    expect(renderProblem('nl', p)).toBe(`Het werkblad "Werken" bevat ${total.toLocaleString('nl-NL')} rijen; een werkblad mag er hoogstens 100.000 bevatten (twee keer een stad van 50.000 werken), dus de werkmap wordt niet gelezen. Verwijder de rijen die niet bij het plan horen.`);
    expect(renderProblem('en', p)).toBe(`The sheet "Werken" holds ${total.toLocaleString('en-GB')} rows; a sheet may hold at most 100,000 (twice a city of 50,000 works), so the workbook is not read. Remove the rows that are not part of the plan.`);
  });

  it('counts rows, not the highest row number, and no empty row elements', () => {
    // A note far down and 200,000 empty rows (as a program writes for formatted rows) read as before.
    const r = readWorkbook(withRows(`${'<row/>'.repeat(200_000)}<row r="900000"><c r="Z900000" t="inlineStr"><is><t>note</t></is></c></row>`));
    if (!r.ok) expect(r.problems.map((p) => p.code)).not.toContain('sheet.tooManyRows');
  });

  it('a sheet exactly at the limit is read, one row more is not', () => {
    const sheet = (rows: number) => openWorkbook(buildXlsx([{ name: 'S', rows: Array.from({ length: rows }, (_, i) => [i, 'x']) }]))
      .sheet('S', { maxRows: 1_048_576, maxColumns: 16_384, maxRowCount: 5 });
    expect(sheet(5)?.rows.length).toBe(5);
    expect(sheet(5)?.tooManyRows).toBeUndefined();
    expect(sheet(6)).toEqual({ rows: [], tooManyRows: { rows: 6 }, declaredRef: 'A1:B6' });
  });

  it('cells outside any row element are counted by the rows they fill', () => {
    let cells = '';
    for (let i = 0; i < MAX_SHEET_ROWS; i++) cells += `<c r="A${i + 200}"><v>1</v></c>`;
    const r = readWorkbook(withRows(cells));
    expect(r.ok ? [] : r.problems).toEqual([expect.objectContaining({
      code: 'sheet.tooManyRows', params: { name: 'Werken', rows: exampleWorkRows() + MAX_SHEET_ROWS, max: MAX_SHEET_ROWS },
    })]);
  });
});
