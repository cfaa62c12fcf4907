// A workbook written by LibreOffice, not by us, imports to the same scenario as our own file.
// The bytes come from LibreOffice's xlsx writer: once converting our own workbook, once converting a
// flat ODS (.fods) that this test writes by hand (Dutch sheet names, Dutch number text, a percent cell
// and a formula with its cached value).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeWorkbook } from '../../engine/workbook/write';
import { book, englishBook, englishSheets, readOk } from './helpers';

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
if (!soffice) console.warn('libreoffice test skipped: no soffice binary on this machine');

const dir = mkdtempSync(join(tmpdir(), 'kk-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Converts with a private profile per call, so parallel soffice processes never share one. */
function convert(file: string, tag: string): Uint8Array {
  const out = join(dir, `out-${tag}`);
  execFileSync(soffice as string, [
    `-env:UserInstallation=file://${join(dir, `profile-${tag}`)}`, '--headless', '--norestore',
    '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', out, file,
  ], { stdio: 'pipe', timeout: 120_000 });
  const name = file.split('/').pop()!.replace(/\.[^.]+$/, '.xlsx');
  return new Uint8Array(readFileSync(join(out, name)));
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
type FodsCell = string | number | { formula: string; value: number } | { percent: number } | undefined;
function fods(sheets: Record<string, FodsCell[][]>): string {
  const cell = (c: FodsCell): string => {
    if (c === undefined) return '<table:table-cell/>';
    if (typeof c === 'number') return `<table:table-cell office:value-type="float" office:value="${c}"/>`;
    if (typeof c === 'string') return `<table:table-cell office:value-type="string"><text:p>${esc(c)}</text:p></table:table-cell>`;
    if ('percent' in c) return `<table:table-cell office:value-type="percentage" office:value="${c.percent}"/>`;
    return `<table:table-cell table:formula="of:=${esc(c.formula)}" office:value-type="float" office:value="${c.value}"/>`;
  };
  const tables = Object.entries(sheets).map(([name, rows]) =>
    `<table:table table:name="${esc(name)}">${rows.map((r) => `<table:table-row>${r.map(cell).join('')}</table:table-row>`).join('')}</table:table>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet"><office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document>`;
}

describe.skipIf(!soffice)('LibreOffice-written workbooks', () => {
  it('our workbook converted by LibreOffice imports to the same scenario (both languages)', () => {
    const { scenario } = readOk(englishBook());
    for (const lang of ['en', 'nl'] as const) {
      const file = join(dir, `ours-${lang}.xlsx`);
      writeFileSync(file, writeWorkbook(scenario, { lang }));
      const lo = convert(file, `ours-${lang}`);
      const r = readOk(lo);
      expect(r.scenario).toEqual(scenario);
      expect(r.lang).toBe(lang);
    }
  });

  it('LibreOffice writes data descriptors (local sizes 0), which the zip guard reads through the central sizes', () => {
    const file = join(dir, 'descriptors.xlsx');
    writeFileSync(file, englishBook());
    const lo = convert(file, 'descriptors');
    const u16 = (o: number) => (lo[o] ?? 0) | ((lo[o + 1] ?? 0) << 8);
    const u32 = (o: number) => u16(o) + u16(o + 2) * 0x10000;
    // The first local header: flag 8 set and the uncompressed size left 0 (the case in which
    // SheetJS, given these bytes directly, grows its inflate buffer without bound).
    expect(u32(0)).toBe(0x04034b50);
    expect(u16(6) & 8).toBe(8);
    expect(u32(22)).toBe(0);
    expect(readOk(lo).scenario).toEqual(readOk(englishBook()).scenario);
  });

  it('extra Settings columns and unknown keys survive a LibreOffice save', () => {
    const s = englishSheets();
    const settings = s.Settings as unknown[][];
    (settings[0] as unknown[]).push('Toelichting');
    (settings.find((r) => r[0] === 'tenderFixed') as unknown[])[4] = 'Offerte 2024';
    settings.push(['oudeSleutel', 7, undefined, undefined, 'niet meer gebruikt']);
    const mine = readOk(book(s)).scenario;
    expect(mine.settingsExtra?.columns).toEqual(['Toelichting']);
    const file = join(dir, 'extras.xlsx');
    writeFileSync(file, writeWorkbook(mine, { lang: 'nl' }));
    const r = readOk(convert(file, 'extras'));
    expect(r.scenario).toEqual(mine);
    expect(r.warnings.map((w) => w.code)).toEqual(['settings.unknownKey']);
  });

  it('a flat ODS written by hand, saved as xlsx by LibreOffice, imports like our own file', () => {
    const file = join(dir, 'hand.fods');
    writeFileSync(file, fods({
      Instellingen: [
        ['sleutel', 'waarde'], ['baseYear', 2025], ['horizonYears', 30], ['discountRate', { percent: 0.0225 }],
        ['bundleMode', 'optimaal'], ['tenderFixed', '€ 15.000,00'], ['allocationRule', 'gelijk'],
      ],
      Wijken: [['id', 'naam', 'huishoudens', 'grondwater'], ['N1', 'Noord', 1200, '0,7']],
      Partijen: [['id', 'naam', 'soort'], ['GEM', 'Gemeente', 'gemeente'], ['NET', 'Netbeheerder', 'nutsbedrijf']],
      Werken: [
        ['id', 'wijk', 'partij', 'gepland', 'hoeveelheid', 'eenheidsprijs', 'levensduur', 'maxUitstellen', 'labels'],
        ['W1', 'N1', 'GEM', 2027, 400, { formula: '1000*1.2', value: 1200 }, 60, 2, 'riool; klimaat'],
        ['W2', 'N1', 'NET', 2028, '1.234,5', 150, 40, undefined, undefined],
      ],
    }));
    const r = readOk(convert(file, 'hand'));
    expect(r.lang).toBe('nl');
    expect(r.scenario.settings).toMatchObject({ baseYear: 2025, discountRate: 0.0225, bundleMode: 'optimal', tenderFixed: 15000, allocationRule: 'equal' });
    expect(r.scenario.neighbourhoods[0]?.attributes).toEqual({ grondwater: 0.7 });
    expect(r.scenario.works[0]).toMatchObject({ unitCost: 1200, tags: ['riool', 'klimaat'], maxDeferYears: 2 });
    expect(r.scenario.works[1]?.quantity).toBe(1234.5);
    // and the same content written by us reads identically
    expect(readOk(writeWorkbook(r.scenario, { lang: 'nl' })).scenario).toEqual(r.scenario);
  });
});
