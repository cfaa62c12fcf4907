// A minimal .xlsx writer: cell values only (strings in a shared-string table, numbers, booleans),
// one percent style, column widths. SheetJS's general writer took about 3 s to write the
// 50,000-work city workbook; building the sheet XML as plain strings here takes a fraction of that.
// SheetJS's zip (CFB) still does the deflating: pure JS, no Node.
import * as XLSX from 'xlsx';

export type OutCell = string | number | boolean | undefined;

export interface OutSheet {
  name: string;
  rows: OutCell[][];
  /** Cells shown as percentages: [row, column] pairs are too many, so whole columns from a row on. */
  percent?: { columns: number[]; fromRow: number } | { cells: [number, number][] };
  widths?: number[];
}

const encoder = new TextEncoder();

function colName(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

// Characters XML 1.0 cannot hold are written as OOXML's _xHHHH_ escapes (and a literal _xHHHH_ in
// the text is itself escaped, so reading gives the text back exactly).
function escapeText(s: string): string {
  return s
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}_`);
}
const escapeAttr = (s: string): string => escapeText(s).replace(/"/g, '&quot;');

function sheetXml(sheet: OutSheet, sst: Map<string, number>, sstList: string[]): string {
  const percent = new Set<number>();
  const percentCols = sheet.percent && 'columns' in sheet.percent ? sheet.percent : undefined;
  if (sheet.percent && 'cells' in sheet.percent) for (const [r, c] of sheet.percent.cells) percent.add(r * 16384 + c);
  const pctCol = new Set(percentCols?.columns ?? []);
  const width = sheet.rows.reduce((m, r) => Math.max(m, r.length), 0);
  const names: string[] = [];
  for (let c = 0; c < width; c++) names.push(colName(c));
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
    `<dimension ref="A1:${names[Math.max(0, width - 1)] ?? 'A'}${Math.max(1, sheet.rows.length)}"/>`,
  ];
  if (sheet.widths?.length) {
    parts.push('<cols>', ...sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`), '</cols>');
  }
  parts.push('<sheetData>');
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const n = r + 1;
    let xml = `<row r="${n}">`;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v === undefined || v === '') continue;
      const ref = `${names[c]}${n}`;
      if (typeof v === 'number') {
        if (!Number.isFinite(v)) continue;
        const pct = (percentCols && pctCol.has(c) && r >= percentCols.fromRow) || percent.has(r * 16384 + c);
        xml += pct ? `<c r="${ref}" s="1"><v>${v}</v></c>` : `<c r="${ref}"><v>${v}</v></c>`;
      } else if (typeof v === 'boolean') {
        xml += `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
      } else {
        let i = sst.get(v);
        if (i === undefined) {
          i = sstList.length;
          sst.set(v, i);
          sstList.push(v);
        }
        xml += `<c r="${ref}" t="s"><v>${i}</v></c>`;
      }
    }
    parts.push(`${xml}</row>`);
  }
  parts.push('</sheetData></worksheet>');
  return parts.join('');
}

const STYLES = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
  + '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
  + '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
  + '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
  + '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
  + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
  + '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
  + '<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
  + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
  + '</styleSheet>';

export function buildXlsx(sheets: OutSheet[]): Uint8Array {
  const sst = new Map<string, number>();
  const sstList: string[] = [];
  const sheetParts = sheets.map((s) => sheetXml(s, sst, sstList));
  const ns = 'http://schemas.openxmlformats.org';
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const files: [string, string][] = [
    ['[Content_Types].xml', `${head}<Types xmlns="${ns}/package/2006/content-types">`
      + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      + '<Default Extension="xml" ContentType="application/xml"/>'
      + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      + sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')
      + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
      + '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
      + '</Types>'],
    ['_rels/.rels', `${head}<Relationships xmlns="${ns}/package/2006/relationships">`
      + `<Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>`
      + '</Relationships>'],
    ['xl/workbook.xml', `${head}<workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships"><sheets>`
      + sheets.map((s, i) => `<sheet name="${escapeAttr(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')
      + '</sheets></workbook>'],
    ['xl/_rels/workbook.xml.rels', `${head}<Relationships xmlns="${ns}/package/2006/relationships">`
      + sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')
      + `<Relationship Id="rId${sheets.length + 1}" Type="${ns}/officeDocument/2006/relationships/styles" Target="styles.xml"/>`
      + `<Relationship Id="rId${sheets.length + 2}" Type="${ns}/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>`
      + '</Relationships>'],
    ['xl/styles.xml', STYLES],
    ['xl/sharedStrings.xml', `${head}<sst xmlns="${ns}/spreadsheetml/2006/main" count="${sstList.length}" uniqueCount="${sstList.length}">`
      + sstList.map((s) => `<si><t xml:space="preserve">${escapeText(s)}</t></si>`).join('') + '</sst>'],
    ...sheetParts.map((xml, i): [string, string] => [`xl/worksheets/sheet${i + 1}.xml`, xml]),
  ];
  const zip = XLSX.CFB.utils.cfb_new();
  for (const [path, text] of files) XLSX.CFB.utils.cfb_add(zip, path, encoder.encode(text));
  const out = XLSX.CFB.write(zip, { fileType: 'zip', type: 'array', compression: true }) as unknown;
  return out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer | number[]);
}
