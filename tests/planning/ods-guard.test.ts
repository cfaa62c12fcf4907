// An .ods that repeats a filled cell a million times in a few bytes is refused before SheetJS
// expands it; the empty repeated rest LibreOffice writes is not; a real LibreOffice .ods reads.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importPlanning, proposeMapping, readPlanningSource } from '../../engine/planning';
import { planningProblemText } from '../../engine/planning/problem';
import { MAX_SHEET_ROWS } from '../../engine/workbook/read';
import { findSoffice } from '../support/soffice';
import { cityScenario, gbiRows, xlsxOf } from './fixtures';

function ods(rowsXml: string): Uint8Array {
  const ns = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';
  return zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
    'content.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ns} office:version="1.2"><office:body><office:spreadsheet><table:table table:name="S"><table:table-row><table:table-cell office:value-type="string"><text:p>a</text:p></table:table-cell></table:table-row>${rowsXml}</table:table></office:spreadsheet></office:body></office:document-content>`),
    'styles.xml': strToU8(`<?xml version="1.0"?><office:document-styles ${ns}/>`),
    'META-INF/manifest.xml': strToU8('<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/></manifest:manifest>'),
  });
}

describe('ods repeat guard', () => {
  it('refuses a filled cell repeated over a whole sheet, at once', () => {
    const bomb = ods('<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="16384" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>');
    expect(bomb.length).toBeLessThan(2000);
    const t0 = performance.now();
    const r = readPlanningSource(bomb, 'bomb.ods');
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(r.ok ? [] : r.problems.map((p) => p.code)).toEqual(['planning.file.tooManyCells']);
  });

  it('reads an empty repeated rest as LibreOffice writes it', () => {
    const r = readPlanningSource(ods('<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>'), 'rest.ods');
    expect(r.ok && r.source.sheets[0]!.rows.length).toBe(1);
  });

  it.skipIf(!findSoffice())('reads a planning LibreOffice saved as .ods', () => {
    const dir = mkdtempSync(join(tmpdir(), 'planning-ods-'));
    let bytes: Uint8Array;
    try {
      writeFileSync(join(dir, 'plan.xlsx'), xlsxOf({ Planning: gbiRows() }));
      execFileSync(findSoffice()!, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore',
        '--convert-to', 'ods', '--outdir', join(dir, 'out'), join(dir, 'plan.xlsx')], { stdio: 'pipe', timeout: 120_000 });
      bytes = new Uint8Array(readFileSync(join(dir, 'out', readdirSync(join(dir, 'out'))[0]!)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const r = readPlanningSource(bytes, 'plan.ods');
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const imp = importPlanning(r.source, proposeMapping(r.source, { lifetimeYears: 60 })!, 'riool', cityScenario());
    expect(imp.problems).toEqual([]);
    expect(imp.works.map((w) => [w.id, w.neighbourhood, w.plannedYear, w.quantity])).toEqual([
      ['S-100', 'N2', 2031, 12.5], ['S-200', 'N1', 2028, 80], ['S-300', 'N2', 2033, 40],
    ]);
  });
});

describe('xlsx beyond the sheet limits', () => {
  it('names the sheet whose declared size no worksheet can have', async () => {
    const { unzipSync, zipSync: zip } = await import('fflate');
    const parts = unzipSync(xlsxOf({ Planning: gbiRows() }));
    const name = Object.keys(parts).find((k) => k.startsWith('xl/worksheets/sheet'))!;
    parts[name] = strToU8(new TextDecoder().decode(parts[name]).replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:ZZZZ999999999"/>'));
    const r = readPlanningSource(zip(parts), 'huge.xlsx');
    expect(r.ok ? [] : r.problems.map((p) => [p.code, p.sheet])).toEqual([['planning.sheet.tooLarge', 'Planning']]);
    if (!r.ok) expect(planningProblemText('en', r.problems[0]!)).toMatch(/^Sheet "Planning" is larger than a worksheet can be/);
  });

  it('refuses a sheet of more rows than the scenario reader takes, naming it in both languages', async () => {
    const { unzipSync, zipSync: zip } = await import('fflate');
    const parts = unzipSync(xlsxOf({ Planning: gbiRows() }));
    const name = Object.keys(parts).find((k) => k.startsWith('xl/worksheets/sheet'))!;
    const xml = new TextDecoder().decode(parts[name]);
    const end = xml.indexOf('</sheetData>');
    parts[name] = strToU8(xml.slice(0, end) + '<row><c t="inlineStr"><is><t>S-x</t></is></c></row>'.repeat(MAX_SHEET_ROWS) + xml.slice(end));
    const r = readPlanningSource(zip(parts, { level: 1 }), 'lang.xlsx');
    expect(r.ok ? [] : r.problems.map((p) => [p.code, p.sheet])).toEqual([['planning.sheet.tooManyRows', 'Planning']]);
    if (r.ok) return;
    const rows = gbiRows().length + MAX_SHEET_ROWS;
    expect(planningProblemText('nl', r.problems[0]!)).toContain(`Tabblad "Planning" bevat ${rows.toLocaleString('nl-NL')} rijen`);
    expect(planningProblemText('en', r.problems[0]!)).toContain(`Sheet "Planning" holds ${rows.toLocaleString('en-GB')} rows`);
  });
});
