import { readFileSync } from 'node:fs';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderProblem } from '../../engine/i18n/problems';
import { readWorkbook } from '../../engine/workbook/read';
import { MAX_PART_BYTES } from '../../engine/workbook/zip';
import { examplePath } from './fuzz';
import { deflated, zipOf } from './zips';

const parts = () => unzipSync(new Uint8Array(readFileSync(examplePath)));
const edit = (part: string, f: (xml: string) => string): Uint8Array => {
  const p = parts();
  p[part] = new TextEncoder().encode(f(new TextDecoder().decode(p[part])));
  return zipSync(p);
};
const problemsOf = (bytes: Uint8Array) => {
  const r = readWorkbook(bytes);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.problems;
};

describe('hostile workbooks the fuzzer found', () => {
  it('a number beyond any municipality is refused at read, naming sheet, row and column', () => {
    // Works row 2, unit cost: the example's Werken sheet is sheet4.
    const bytes = edit('xl/worksheets/sheet4.xml', (x) => x.replace(/(<row r="2"[\s\S]*?<c r="I2"[^>]*>)<v>[^<]*<\/v>/, '$1<v>1e308</v>'));
    const p = problemsOf(bytes).find((q) => q.code === 'value.beyondLimit');
    expect(p).toMatchObject({ sheet: 'works', row: 2, column: 'I' });
    expect(renderProblem('nl', p!)).toMatch(/^Werken, rij 2, kolom I \(eenheidsprijs\): 1\.000e308 gaat elke echte gemeente te boven/);
    expect(renderProblem('en', p!)).toMatch(/^Works, row 2, column I \(unitCost\): 1\.000e308 is beyond any real municipality/);
  });

  it('the text 1e+308 in a disruption cost is refused the same way', () => {
    const bytes = edit('xl/worksheets/sheet2.xml', (x) => x.replace(/<c r="D2"[^>]*>[\s\S]*?<\/c>/, '<c r="D2" t="inlineStr"><is><t>1e+308</t></is></c>'));
    expect(problemsOf(bytes).find((q) => q.code === 'value.beyondLimit')).toMatchObject({ sheet: 'neighbourhoods', row: 2, column: 'D' });
  });

  it('a cell text over 32,767 characters is refused naming the cell', () => {
    const bytes = edit('xl/worksheets/sheet3.xml', (x) => x.replace(/<c r="B2"[^>]*>[\s\S]*?<\/c>/, `<c r="B2" t="inlineStr"><is><t>${'x'.repeat(40_000)}</t></is></c>`));
    const p = problemsOf(bytes).find((q) => q.code === 'cell.textTooLong');
    expect(p).toMatchObject({ sheet: 'parties', row: 2, column: 'B', params: { length: 40_000, max: 32_767 } });
    expect(renderProblem('en', p!)).toContain('40,000 characters');
  });

  it('a character reference that is no character names the part, not a JavaScript error', () => {
    const bytes = edit('xl/workbook.xml', (x) => x.replace('name="Wijken"', 'name="Wijken&#xFFFFFFFFFF;"'));
    expect(problemsOf(bytes)).toEqual([expect.objectContaining({
      code: 'file.badCharacterReference', params: { part: 'xl/workbook.xml', reference: '&#xFFFFFFFFFF;' },
    })]);
  });

  it('100,000 unclosed tags in workbook.xml, the relationships or the shared strings read in linear time', () => {
    for (const [part, tag] of [
      ['xl/workbook.xml', '<sheet name="x"'], ['xl/_rels/workbook.xml.rels', '<Relationship Id="x"'],
      ['xl/sharedStrings.xml', '<si>'], ['xl/sharedStrings.xml', '<rPh>'],
    ] as const) {
      const bytes = edit(part, (x) => x.slice(0, x.indexOf('>', 60) + 1) + tag.repeat(100_000));
      const r = readWorkbook(bytes);
      expect(r.ok, part).toBe(false);
      if (!r.ok) expect(r.problems.map((p) => p.code), part).not.toContain('internal.error');
    }
  }, 20_000);

  it('more sheet elements than any workbook has are refused with a problem naming the part', () => {
    const bytes = edit('xl/workbook.xml', (x) => x.replace('<sheets>', `<sheets>${'<sheet name="x" r:id="rId1"/>'.repeat(10_001)}`));
    expect(problemsOf(bytes)).toEqual([expect.objectContaining({ code: 'file.tooManyElements', params: { part: 'xl/workbook.xml', element: 'sheet', max: 10_000 } })]);
  });

  it('2,000 header columns and one cell in row 1,048,576 read (the work follows the cells present)', () => {
    const bytes = edit('xl/worksheets/sheet2.xml', (x) => {
      let header = '';
      for (let c = 0; c < 2000; c++) header += `<c r="${colName(30 + c)}1" t="inlineStr"><is><t>extra${c}</t></is></c>`;
      const withHeader = x.replace('</row>', `${header}</row>`).replace(/<dimension ref="[^"]*"\/>/, '');
      return withHeader.replace('</sheetData>', '<row r="1048576"><c r="B1048576"><v>1</v></c></row></sheetData>');
    });
    const r = readWorkbook(bytes);
    if (!r.ok) expect(r.problems.map((p) => p.code)).not.toContain('internal.error');
  }, 20_000);

  it('a worksheet that unpacks to more than the part limit (64 MB) is refused from its declared size', () => {
    expect(MAX_PART_BYTES).toBe(64 * 1024 * 1024);
    // The same check with a 1 MB limit and 2 MB of padding: building a 100 MB test file costs
    // seconds that say nothing more.
    const p = parts();
    const x = new TextDecoder().decode(p['xl/worksheets/sheet4.xml']);
    const at = x.indexOf('<sheetData');
    const padded = new Uint8Array(2 * 1024 * 1024).fill(32);
    const head = new TextEncoder().encode(x.slice(0, at));
    const tail = new TextEncoder().encode(x.slice(at));
    padded.set(head, 0);
    padded.set(tail, padded.length - tail.length);
    p['xl/worksheets/sheet4.xml'] = padded;
    // Node's zlib compresses 300 MB in a fraction of fflate's time.
    const bytes = zipOf(Object.entries(p).map(([name, data]) => deflated(name, data)));
    const r = readWorkbook(bytes, { limits: { maxPartBytes: 1024 * 1024 } });
    expect(r.ok ? [] : r.problems).toEqual([expect.objectContaining({ code: 'file.partTooLarge', params: { part: 'xl/worksheets/sheet4.xml', sizeMb: 2, limitMb: 1 } })]);
  });
});

function colName(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
