// Reads a planning file into plain grids: per sheet its rows of cell values, each row with the
// number the user sees (Excel row, CSV line). .xlsx and .ods go through the zip guard of
// ../workbook/zip first (a partner's file is untrusted), then SheetJS; .csv is decoded here.
import * as XLSX from 'xlsx';
import { cellValue, type CellValue } from '../workbook/cells';
import { openWorkbook } from '../workbook/sheets';
import { MAX_COLUMNS, MAX_ROWS, MAX_SHEET_ROWS } from '../workbook/read';
import { prepareZip, type ZipLimits } from '../workbook/zip';
import { decodeText, detectDelimiter, parseCsv, type CsvEncoding, type Delimiter } from './csv';
import { MAX_ODS_CELLS, odsValueCells } from './ods-guard';
import { planningProblem, type PlanningProblem } from './problem';

export type PlanningCell = CellValue | undefined;

export interface PlanningRow {
  /** The row number as the user sees it: Excel row or CSV line (1-based). */
  row: number;
  cells: PlanningCell[];
}

export interface PlanningSheet {
  /** The sheet's name; for a CSV the file's name. */
  name: string;
  rows: PlanningRow[];
}

export interface PlanningSource {
  kind: 'xlsx' | 'ods' | 'csv';
  sheets: PlanningSheet[];
  csv?: { encoding: CsvEncoding; delimiter: Delimiter };
}

export type SourceResult = { ok: true; source: PlanningSource } | { ok: false; problems: PlanningProblem[] };

const kindOf = (name: string, bytes: Uint8Array): PlanningSource['kind'] | undefined => {
  const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'xlsx' || ext === 'xlsm') return 'xlsx';
  if (ext === 'ods') return 'ods';
  if (ext === 'csv' || ext === 'txt' || ext === 'tsv') return 'csv';
  // No telling extension: a zip is a spreadsheet, anything else is read as text.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx';
  return ext === undefined ? 'csv' : undefined;
};

export function readPlanningSource(
  bytes: Uint8Array, fileName: string, limits?: Partial<ZipLimits>,
): SourceResult {
  const kind = kindOf(fileName, bytes);
  if (!kind) return { ok: false, problems: [planningProblem('planning.file.unknownType', { name: fileName })] };
  try {
    if (kind === 'csv') return readCsv(bytes, fileName);
    const zip = prepareZip(bytes, limits);
    if (!zip.ok) {
      return { ok: false, problems: zip.problems.map((p) => ({ code: p.code, severity: p.severity, params: p.params })) };
    }
    const isOds = kind === 'ods' || isOdsZip(zip.bytes);
    if (isOds) {
      const cells = odsValueCells(zip.bytes);
      if (cells > MAX_ODS_CELLS) {
        return { ok: false, problems: [planningProblem('planning.file.tooManyCells', { cells: Number.isFinite(cells) ? cells : 0, max: MAX_ODS_CELLS })] };
      }
    }
    if (isOds) return { ok: true, source: readOds(zip.bytes) };
    const tooLarge: PlanningProblem[] = [];
    const source = readXlsx(zip.bytes, (p) => tooLarge.push(p));
    // A sheet beyond Excel's own limits is no planning; the others still read.
    return source.sheets.length ? { ok: true, source } : { ok: false, problems: tooLarge.length ? tooLarge : [planningProblem('planning.file.empty')] };
  } catch (e) {
    return { ok: false, problems: [planningProblem('planning.file.unreadable', { detail: e instanceof Error ? e.message : String(e) })] };
  }
}

const isOdsZip = (bytes: Uint8Array): boolean =>
  new TextDecoder('latin1').decode(bytes.subarray(0, 200)).includes('application/vnd.oasis.opendocument.spreadsheet');

function readCsv(bytes: Uint8Array, fileName: string): SourceResult {
  if (bytes.length > MAX_CSV_BYTES) {
    return { ok: false, problems: [planningProblem('planning.file.unreadable', { detail: `${bytes.length} bytes` })] };
  }
  const { text, encoding } = decodeText(bytes);
  const delimiter = detectDelimiter(text);
  const rows = parseCsv(text, delimiter).map(({ cells, line }) => ({
    row: line,
    cells: cells.map((c) => (c.trim() === '' ? undefined : c.trim())),
  }));
  return { ok: true, source: { kind: 'csv', sheets: [{ name: baseName(fileName), rows }], csv: { encoding, delimiter } } };
}

const MAX_CSV_BYTES = 100 * 1024 * 1024;
const baseName = (name: string): string => name.split(/[\\/]/).pop() ?? name;

const plain = (v: ReturnType<typeof cellValue>): PlanningCell => (typeof v === 'object' ? undefined : v);

function readXlsx(bytes: Uint8Array, onTooLarge: (problem: PlanningProblem) => void): PlanningSource {
  const wb = openWorkbook(bytes);
  const sheets: PlanningSheet[] = [];
  for (const name of wb.sheetNames) {
    // A partner's file is counted before its cells are read: a sheet of a million repeated rows
    // is refused as the scenario reader refuses it.
    const data = wb.sheet(name, { maxRows: MAX_ROWS, maxColumns: MAX_COLUMNS, maxRowCount: MAX_SHEET_ROWS });
    if (data?.tooLarge) {
      const { rows, columns } = data.tooLarge;
      onTooLarge(planningProblem('planning.sheet.tooLarge', { sheet: name, rows, columns, maxRows: MAX_ROWS, maxColumns: MAX_COLUMNS }, { sheet: name }));
    }
    if (data?.tooManyRows) onTooLarge(planningProblem('planning.sheet.tooManyRows', { sheet: name, rows: data.tooManyRows.rows, max: MAX_SHEET_ROWS }, { sheet: name }));
    if (!data || data.tooLarge || data.tooManyRows) continue;
    const rows: PlanningRow[] = [];
    data.rows.forEach((r, i) => {
      if (r) rows.push({ row: i + 1, cells: Array.from(r, (c) => plain(cellValue(c))) });
    });
    sheets.push({ name, rows });
  }
  return { kind: 'xlsx', sheets };
}

function readOds(bytes: Uint8Array): PlanningSource {
  const wb = XLSX.read(bytes, { type: 'array', dense: true, cellFormula: false, cellHTML: false, cellStyles: false });
  const sheets: PlanningSheet[] = [];
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name];
    if (!ws) continue;
    const data = (ws as { '!data'?: ({ t: string; v?: unknown } | undefined)[][] })['!data'] ?? [];
    const rows: PlanningRow[] = [];
    data.forEach((r, i) => {
      if (r) rows.push({ row: i + 1, cells: Array.from(r, (c) => plain(cellValue(c))) });
    });
    sheets.push({ name, rows });
  }
  return { kind: 'ods', sheets };
}
