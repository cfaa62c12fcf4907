// The codec's own sheet reader on xlsx shapes other writers produce: namespace prefixes, inline and
// rich-text strings, cells and rows without an r attribute, entities and _xHHHH_ escapes, booleans
// and error values. The parts are written by hand and zipped here.
import { describe, expect, it } from 'vitest';
import { openWorkbook } from '../../engine/workbook/sheets';
import { buildXlsx } from '../../engine/workbook/xlsx-write';
import { readOk, storedZip } from './helpers';

const enc = (s: string) => new TextEncoder().encode(s);
const ns = 'http://schemas.openxmlformats.org';

function handXlsx(sheetXml: string, sst = ''): Uint8Array {
  return storedZip([
    { name: '[Content_Types].xml', data: enc(`<Types xmlns="${ns}/package/2006/content-types"/>`) },
    { name: '_rels/.rels', data: enc(`<Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/officeDocument" Target="/xl/wb.xml"/></Relationships>`) },
    { name: 'xl/wb.xml', data: enc(`<x:workbook xmlns:x="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships"><x:sheets><x:sheet name="Data &amp; more" sheetId="1" r:id="rId7"/></x:sheets></x:workbook>`) },
    { name: 'xl/_rels/wb.xml.rels', data: enc(`<Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId7" Type="${ns}/officeDocument/2006/relationships/worksheet" Target="sheets/one.xml"/><Relationship Id="rId8" Type="${ns}/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/></Relationships>`) },
    { name: 'xl/strings.xml', data: enc(`<x:sst xmlns:x="${ns}/spreadsheetml/2006/main"><x:si><x:t>plain</x:t></x:si><x:si><x:r><x:t>rich </x:t></x:r><x:r><x:rPr/><x:t>text</x:t></x:r><x:rPh><x:t>ignored</x:t></x:rPh></x:si>${sst}</x:sst>`) },
    { name: 'xl/sheets/one.xml', data: enc(sheetXml) },
  ]);
}

describe('sheet reader', () => {
  it('reads prefixed XML, inline and rich strings, rows and cells without r, escapes', () => {
    const xml = `<x:worksheet xmlns:x="${ns}/spreadsheetml/2006/main"><x:cols><x:col min="1" max="2" width="9"/></x:cols><x:sheetData>`
      + '<x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c><x:c t="inlineStr"><x:is><x:t xml:space="preserve"> A &amp; B_x000D_ </x:t></x:is></x:c></x:row>'
      + '<x:row r="3"><x:c r="B3"><x:v>2.5E-3</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c><x:c t="e"><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c><x:c r="E3"><x:f>A1</x:f></x:c><x:c r="F3" s="2"/></x:row>'
      + '</x:sheetData></x:worksheet>';
    const wb = openWorkbook(handXlsx(xml));
    expect(wb.sheetNames).toEqual(['Data & more']);
    const data = wb.sheet('Data & more', { maxRows: 1e6, maxColumns: 16384 });
    expect(data?.rows[0]).toEqual([{ t: 's', v: 'plain' }, { t: 's', v: 'rich text' }, { t: 's', v: ' A & B\r ' }]);
    expect(data?.rows[1]).toBeUndefined();
    expect(data?.rows[2]).toEqual([undefined, { t: 'n', v: 0.0025 }, { t: 'b', v: true }, { t: 'e', v: '#DIV/0!' }, { t: 'e' }]);
  });

  it('reads the common cell in place and every other spelling of a cell the general way, to the same values', () => {
    const xml = `<worksheet xmlns="${ns}/spreadsheetml/2006/main"><sheetData>`
      + '<row r="1"><c r="A1"><v>7</v></c><c r="b1"><v>8</v></c><c r="C1" t="n"><v>9</v></c><c r = "D1"><v>10</v></c>'
      + '<c r="E1" s="3" t="s"><v>0</v></c><c r="F1"><v>0012</v></c><c r="G1"><v>1234567890123456789</v></c>'
      + '<c r="H1"><v>2.5</v></c><c r="I1" t="s"><v>99</v></c></row>'
      + '<row><c><v>5</v></c><c t="s"><v>1</v></c></row>'
      + '<row r="4" spans="1:2"><c r="A4"><v>3</v></c></row>'
      + '<row spans="1:1" r="6"><c><v>1</v></c><c r="C6" t="s"><f>A1</f><v>1</v></c></row>'
      + '</sheetData></worksheet>';
    const data = openWorkbook(handXlsx(xml)).sheet('Data & more', { maxRows: 1e6, maxColumns: 16384 });
    const values = (r: number) => data?.rows[r]?.map((c) => c?.v);
    expect(values(0)).toEqual([7, 8, 9, 10, 'plain', 12, 1234567890123456789, 2.5]);
    expect(values(1)).toEqual([5, 'rich text']);
    expect(values(3)).toEqual([3]);
    expect(values(5)).toEqual([1, undefined, 'rich text']);
    expect([data?.rows.length, data?.rows[2], data?.rows[4]]).toEqual([6, undefined, undefined]);
  });

  it('our writer keeps text exactly: XML specials, control characters, literal _xHHHH_, leading spaces', () => {
    const texts = ['a < b & c > "d"', ' spaced ', 'tab\there', 'bell\u0007', 'literal _x0041_ stays', 'ëuro €', '0123'];
    const bytes = buildXlsx([{ name: 'S', rows: [texts, [1.5, true, false, -0.0225, 1e21]] }]);
    const data = openWorkbook(bytes).sheet('S', { maxRows: 10, maxColumns: 10 });
    expect(data?.rows[0]?.map((c) => c?.v)).toEqual(texts);
    expect(data?.rows[1]?.map((c) => c?.v)).toEqual([1.5, true, false, -0.0225, 1e21]);
  });

  it('a scenario with awkward text round-trips through the workbook', () => {
    const r = readOk(buildXlsx([
      { name: 'Settings', rows: [['key', 'value'], ['name', 'R&D <test> _x0041_'], ['baseYear', 2025], ['horizonYears', 10]] },
      { name: 'Neighbourhoods', rows: [['id', 'name'], ['N 1', '  Noord  ']] },
      { name: 'Parties', rows: [['id'], ['P']] },
      { name: 'Works', rows: [['id', 'neighbourhood', 'party', 'plannedYear', 'quantity', 'unitCost', 'lifetimeYears'], ['W', 'N 1', 'P', 2026, 1, 2, 3]] },
    ]));
    expect(r.scenario.settings.name).toBe('R&D <test> _x0041_');
    expect(r.scenario.neighbourhoods[0]).toMatchObject({ id: 'N 1', name: 'Noord' });
  });
});
