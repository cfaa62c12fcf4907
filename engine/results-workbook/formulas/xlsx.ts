// A streaming xlsx writer for the formula workbook: formula cells with cached values, OOXML shared
// and array formulas (one formula text for a column or a row of cells, so 50,000 works × 50 years
// stay a manageable file), a few number formats, and the scenario's input sheets copied byte for byte from the
// scenario workbook writer (their shared-string indices and percent style stay valid because this
// writer starts its string table and styles with theirs). SheetJS's general writer holds every
// cell as an object; rows here become XML as they are added. Pure TypeScript, no Node.
import * as XLSX from 'xlsx';

/** Cell styles (cellXfs indices). 1 must stay the percent style of engine/workbook/xlsx-write. */
export const style = { general: 0, percent: 1, euro: 2, factor: 3, number: 4 } as const;
export type Style = (typeof style)[keyof typeof style];

export type Value = number | string | boolean | null | undefined;

export interface Cell {
  /** Cached value (what a reader that does not recalculate shows). */
  v?: Value;
  /** Formula without the leading '='. */
  f?: string;
  s?: Style;
  /** Shared formula: the master carries `f` and `ref`; the others only `si`. */
  si?: number;
  ref?: string;
  /** Array formula: the top-left cell carries `f` and the range in `array`; the other cells of
   *  the range carry only their cached value. */
  array?: string;
}

export function colName(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "A1" style address, 0-based column, 1-based row. */
export const addr = (c: number, r: number): string => `${colName(c)}${r}`;

/** A sheet name quoted for use in a formula. */
export const sheetRef = (name: string): string => `'${name.replace(/'/g, "''")}'`;

// Most cell texts and formulas need no escaping; testing first spares millions of regex passes.
// eslint-disable-next-line no-control-regex
const needsEscape = /[&<>_\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

export function escapeText(s: string): string {
  if (!needsEscape.test(s)) return s;
  return s
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}_`);
}
const escapeAttr = (s: string): string => escapeText(s).replace(/"/g, '&quot;');

/** Shared strings: raw <si> payloads (the input workbook's first, verbatim), then ours. */
export class StringTable {
  readonly items: string[] = [];
  private readonly index = new Map<string, number>();
  addRaw(payload: string): void {
    this.items.push(payload);
  }
  id(text: string): number {
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(`<t xml:space="preserve">${escapeText(text)}</t>`);
      this.index.set(text, i);
    }
    return i;
  }
}

const num = (v: number): string => (Object.is(v, -0) ? '0' : String(v));

/** Builds one worksheet's XML row by row. Rows are 1-based and must be added in order. */
export class SheetWriter {
  // Rows are kept as UTF-8 bytes, encoded a batch at a time: a city-scale sheet holds hundreds of
  // megabytes of XML, which as JavaScript strings (built by concatenation) exhausted Node's heap.
  private readonly chunks: Uint8Array[] = [];
  private batch: string[] = [];
  private readonly encoder = new TextEncoder();
  private maxCol = 0;
  private lastRow = 0;
  private sharedCount = 0;
  constructor(readonly name: string, private readonly strings: StringTable, readonly widths: number[] = []) {}

  /** A new shared-formula group id for this sheet. */
  sharedId(): number {
    return this.sharedCount++;
  }

  row(r: number, cells: readonly (Cell | Value)[], startCol = 0): void {
    if (r <= this.lastRow) throw new Error(`row ${r} after ${this.lastRow} on ${this.name}`);
    this.lastRow = r;
    let xml = `<row r="${r}">`;
    for (let i = 0; i < cells.length; i++) {
      const raw = cells[i];
      if (raw === undefined || raw === null) continue;
      const cell: Cell = typeof raw === 'object' ? raw : { v: raw };
      const c = startCol + i;
      if (c + 1 > this.maxCol) this.maxCol = c + 1;
      xml += this.cellXml(addr(c, r), cell);
    }
    this.batch.push(`${xml}</row>`);
    if (this.batch.length >= 512) this.flush();
  }

  private flush(): void {
    if (this.batch.length === 0) return;
    this.chunks.push(this.encoder.encode(this.batch.join('')));
    this.batch = [];
  }

  private cellXml(ref: string, cell: Cell): string {
    const s = cell.s ? ` s="${cell.s}"` : '';
    let f = '';
    if (cell.f !== undefined && cell.array !== undefined) {
      f = `<f t="array" ref="${cell.array}">${escapeText(cell.f)}</f>`;
    } else if (cell.f !== undefined) {
      f = cell.ref !== undefined ? `<f t="shared" ref="${cell.ref}" si="${cell.si}">${escapeText(cell.f)}</f>` : `<f>${escapeText(cell.f)}</f>`;
    } else if (cell.si !== undefined) {
      f = `<f t="shared" si="${cell.si}"/>`;
    }
    const v = cell.v;
    if (typeof v === 'number') {
      return Number.isFinite(v) ? `<c r="${ref}"${s}>${f}<v>${num(v)}</v></c>` : `<c r="${ref}"${s}>${f}</c>`;
    }
    if (typeof v === 'boolean') return `<c r="${ref}"${s} t="b">${f}<v>${v ? 1 : 0}</v></c>`;
    if (typeof v === 'string') {
      if (f) return `<c r="${ref}"${s} t="str">${f}<v>${escapeText(v)}</v></c>`;
      return `<c r="${ref}"${s} t="s"><v>${this.strings.id(v)}</v></c>`;
    }
    return `<c r="${ref}"${s}>${f}</c>`;
  }

  /** The worksheet XML as UTF-8 bytes. */
  bytes(): Uint8Array {
    const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
      + `<dimension ref="A1:${colName(Math.max(0, this.maxCol - 1))}${Math.max(1, this.lastRow)}"/>`;
    const cols = this.widths.length
      ? `<cols>${this.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`
      : '';
    this.flush();
    return concat([this.encoder.encode(`${head}${cols}<sheetData>`), ...this.chunks, this.encoder.encode('</sheetData></worksheet>')]);
  }
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const euroFmt = '&quot;€&quot; #,##0.00;-&quot;€&quot; #,##0.00';

const STYLES = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
  + '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
  + `<numFmts count="3"><numFmt numFmtId="164" formatCode="${euroFmt}"/><numFmt numFmtId="165" formatCode="0.000000000"/><numFmt numFmtId="166" formatCode="#,##0.##"/></numFmts>`
  + '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
  + '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
  + '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
  + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
  + '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
  + '<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
  + '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
  + '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
  + '<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
  + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
  + '</styleSheet>';

/** The input workbook (engine/workbook/write output) taken apart: sheet names, sheet XML, strings. */
export interface InputParts {
  names: string[];
  sheets: Uint8Array[];
  strings: StringTable;
}

export function inputParts(bytes: Uint8Array): InputParts {
  const zip = XLSX.CFB.read(bytes, { type: 'array' });
  const dec = new TextDecoder();
  const text = (path: string): string => {
    const e = XLSX.CFB.find(zip, path);
    if (!e || !e.content) throw new Error(`input workbook lacks ${path}`);
    return dec.decode(e.content as Uint8Array);
  };
  const strings = new StringTable();
  for (const m of text('/xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)) strings.addRaw(m[1] as string);
  const names = [...text('/xl/workbook.xml').matchAll(/<sheet name="([^"]*)"/g)].map((m) => unescapeAttr(m[1] as string));
  const sheets = names.map((_, i) => {
    const e = XLSX.CFB.find(zip, `/xl/worksheets/sheet${i + 1}.xml`);
    if (!e || !e.content) throw new Error(`input workbook lacks sheet ${i + 1}`);
    return e.content as Uint8Array;
  });
  return { names, sheets, strings };
}

function unescapeAttr(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Our sheets first, then the input sheets verbatim. Formulas are recalculated on open (fullCalcOnLoad). */
export function buildFormulaXlsx(ours: readonly SheetWriter[], inputs: InputParts, props: { title: string; comments: string }): Uint8Array {
  const enc = new TextEncoder();
  const ns = 'http://schemas.openxmlformats.org';
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const names = [...ours.map((s) => s.name), ...inputs.names];
  const n = names.length;
  const files: [string, string | Uint8Array][] = [
    ['[Content_Types].xml', `${head}<Types xmlns="${ns}/package/2006/content-types">`
      + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      + '<Default Extension="xml" ContentType="application/xml"/>'
      + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      + names.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')
      + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
      + '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
      + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
      + '</Types>'],
    ['_rels/.rels', `${head}<Relationships xmlns="${ns}/package/2006/relationships">`
      + `<Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>`
      + `<Relationship Id="rId2" Type="${ns}/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>`
      + '</Relationships>'],
    ['docProps/core.xml', `${head}<cp:coreProperties xmlns:cp="${ns}/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">`
      + `<dc:title>${escapeText(props.title)}</dc:title><dc:description>${escapeText(props.comments)}</dc:description></cp:coreProperties>`],
    // fullCalcOnLoad asks Excel to recalculate everything when the file is opened.
    ['xl/workbook.xml', `${head}<workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships"><sheets>`
      + names.map((s, i) => `<sheet name="${escapeAttr(s)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')
      + '</sheets><calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>'],
    ['xl/_rels/workbook.xml.rels', `${head}<Relationships xmlns="${ns}/package/2006/relationships">`
      + names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')
      + `<Relationship Id="rId${n + 1}" Type="${ns}/officeDocument/2006/relationships/styles" Target="styles.xml"/>`
      + `<Relationship Id="rId${n + 2}" Type="${ns}/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>`
      + '</Relationships>'],
    ['xl/styles.xml', STYLES],
  ];
  ours.forEach((s, i) => files.push([`xl/worksheets/sheet${i + 1}.xml`, s.bytes()]));
  inputs.sheets.forEach((b, i) => files.push([`xl/worksheets/sheet${ours.length + i + 1}.xml`, b]));
  // The string table last: our sheets add to it while their XML is built.
  const sst = inputs.strings.items;
  files.push(['xl/sharedStrings.xml', `${head}<sst xmlns="${ns}/spreadsheetml/2006/main" count="${sst.length}" uniqueCount="${sst.length}">`
    + sst.map((p) => `<si>${p}</si>`).join('') + '</sst>']);
  const zip = XLSX.CFB.utils.cfb_new();
  for (const [path, content] of files) XLSX.CFB.utils.cfb_add(zip, path, typeof content === 'string' ? enc.encode(content) : content);
  const out = XLSX.CFB.write(zip, { fileType: 'zip', type: 'array', compression: true }) as unknown;
  return out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer | number[]);
}
