// Reads a scenario workbook (.xlsx bytes) into a Scenario, or into a list of problems that each name
// sheet, row and column. Safety first (./zip: size, zip bomb, damage; parts inflated within their
// checked sizes) so the inflater only ever sees bytes that are safe to inflate; then ./sheets reads the cell values and a plain loop converts them (no per-cell zod: 50,000 works
// must read in well under 3 s) and one zod check per row; then the cross-sheet rules of
// ../scenario/validate. Nothing throws out of here: every failure is a Problem.
import * as XLSX from 'xlsx';
import type { Lang } from '../i18n';
import { hasErrors, problem, type Problem } from '../problems';
import {
  findColumn, findSheetKey, settingDef, settingDefs, sheetDef, type ColumnDef,
} from '../scenario/columns';
import {
  bundleSchema, budgetSchema, citizenTaskSchema, coFinancingRuleSchema, neighbourhoodSchema, partySchema,
  settingsSchema, variantSchema, workSchema,
  type RangedSettingKey, type Range, type Scenario, type SettingsExtra, type SheetKey,
} from '../scenario/schema';
import { validateScenario } from '../scenario/validate';
import { isGeometrySheet, readGeometryRows } from '../geo/sheet';
import { cellValue, convert, type CellValue } from './cells';
import { isMappingsSheet, readMappingsSheet } from './mappings-sheet';
import { MAX_CELL_TEXT, openParts, WorkbookProblem, type Row, type SheetData, type Workbook } from './sheets';
import { parseNumberText } from './numbers';
import { addCapped, DuplicateIds, MAX_PROBLEMS, moreProblems } from './problem-cap';
import { unzipParts, type ZipLimits } from './zip';
import type { z } from 'zod';

type SettingKey = keyof Scenario['settings'];

export interface ColumnSource {
  /** Column letter, e.g. "F". */
  column: string;
  /** The header as written in the workbook. */
  header: string;
}

export interface SheetSource {
  /** The sheet's name as written in the workbook. */
  name: string;
  /** Per item index in the scenario array: its 1-based sheet row. */
  rows: number[];
  /** Per canonical field (or extra column header): where it was found. */
  columns: Record<string, ColumnSource>;
  /** Settings only: the sheet row of each key. */
  keyRows?: Record<string, number>;
}

export type Sources = Partial<Record<SheetKey, SheetSource>>;

export type ReadResult =
  /** `checked`: what validateScenario said of the scenario (its problems located where the read
   *  listed them), for a caller that computes it at once and need not check it again. */
  | { ok: true; scenario: Scenario; lang: Lang; sources: Sources; warnings: Problem[]; checked: Problem[] }
  | {
      ok: false;
      problems: Problem[];
      /** Present when every sheet read but the scenario breaks a cross-sheet rule (an unknown
       *  neighbourhood, a duplicate id): the interface can then open it and let the user fix it. */
      scenario?: Scenario;
      /** The workbook's language, whenever its sheet names tell it (even when a cell is bad), so
       *  its problems can name sheets and columns as the user's file spells them. */
      lang?: Lang;
      sources?: Sources;
    };

export interface ReadOptions {
  limits?: Partial<ZipLimits>;
  /** Told each stage of a read, so a big workbook can show how far it is. */
  onProgress?: (p: ReadProgress) => void;
}

/** How far a read is: the file opened, sheets read (`sheet` as the workbook spells it; each sheet
 *  counts once for its cells and once for its rows), the inputs checked. */
export type ReadProgress =
  | { stage: 'opening' }
  | { stage: 'sheets'; done: number; total: number; sheet?: string }
  | { stage: 'checking' };

/** Excel's own sheet limits: anything declared or found beyond them is not a real worksheet. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
/** The most rows one sheet may hold: twice the generated city of 50,000 works, which is larger than
 *  any Dutch municipality's plan. Counted from the sheet's row tags before a cell is read, so a
 *  file of a million repeated rows is refused at once instead of read into a million problems. */
export const MAX_SHEET_ROWS = 100_000;
const sheetLimits = { maxRows: MAX_ROWS, maxColumns: MAX_COLUMNS, maxRowCount: MAX_SHEET_ROWS };


const settingDefsByLower = new Map(settingDefs.map((d) => [d.key.toLowerCase(), d]));

/** Fills row and column of a problem that carries sheet + index (or a Settings key) + field. */
export function locate(p: Problem, sources: Sources): Problem {
  return locateInPlace({ ...p }, sources);
}

/** locate without the copy, for problems this reader made itself. A copy of each was the slowest
 *  step of refusing a sheet of 50,000 duplicate rows: 100,000 fresh objects kept alive to the end
 *  of the read, which the garbage collector then had to promote and mark (0.6–2 s under load). */
function locateInPlace(p: Problem, sources: Sources): Problem {
  if (!p.sheet) return p;
  const src = sources[p.sheet];
  if (!src) return p;
  let row = p.row;
  let column = p.column;
  if (row === undefined) {
    if (p.sheet === 'settings' && p.field !== undefined) row = src.keyRows?.[p.field];
    else if (p.index !== undefined) row = src.rows[p.index];
  }
  if (column === undefined && p.field !== undefined) {
    const f = p.sheet === 'settings' && settingDef(p.field) ? 'value' : p.field;
    column = src.columns[f]?.column;
  }
  if (row !== undefined) p.row = row;
  if (column !== undefined) p.column = column;
  return p;
}

export function readWorkbook(bytes: Uint8Array, options: ReadOptions = {}): ReadResult {
  try {
    return readSafely(bytes, options);
  } catch (e) {
    // A fault of the file found deep in a scanner is its problem; anything else is a fault of this
    // program and must not be shown as a damaged file.
    if (e instanceof WorkbookProblem) return { ok: false, problems: [e.problem] };
    return { ok: false, problems: [problem('internal.error', { detail: e instanceof Error ? e.message : String(e) })] };
  }
}

function readSafely(bytes: Uint8Array, options: ReadOptions): ReadResult {
  // Only parts whose sizes ./zip checked are read, inflated by ./zip within those sizes.
  const tell = options.onProgress ?? (() => {});
  tell({ stage: 'opening' });
  const zip = unzipParts(bytes, options.limits);
  if (!zip.ok) return { ok: false, problems: zip.problems };

  const wb: Workbook = openParts(zip.parts);

  const problems: Problem[] = [];
  const found = new Map<SheetKey, string>();
  let nl = 0;
  let en = 0;
  let mappingsName: string | undefined;
  let geometrySheet: string | undefined;
  for (const name of wb.sheetNames) {
    const hit = findSheetKey(name);
    if (!hit && isMappingsSheet(name) && mappingsName === undefined) {
      mappingsName = name;
      continue;
    }
    if (!hit && isGeometrySheet(name) && geometrySheet === undefined) {
      geometrySheet = name;
      continue;
    }
    if (!hit) {
      if (!/^(read ?me|lees ?mij)$/i.test(name.trim())) problems.push(problem('sheet.ignored', { name }, {}, 'warning'));
      continue;
    }
    if (found.has(hit.key)) {
      problems.push(problem('sheet.duplicate', { name, other: found.get(hit.key) ?? '' }, { sheet: hit.key }));
      continue;
    }
    found.set(hit.key, name);
    if (hit.lang === 'nl') nl++;
    else en++;
  }
  const lang: Lang = nl > en ? 'nl' : 'en';
  // No sheet name recognised: the names tell nothing, and the caller falls back to its own choice.
  const told = nl + en > 0 ? { lang } : {};

  // A sheet of more rows than any plan stops the read with that one problem. Its text names the
  // sheet as the file spells it, in either language, so it carries no sheet key of its own.
  const tooManyRows = (name: string, rows: number): ReadResult => ({
    ok: false, problems: [problem('sheet.tooManyRows', { name, rows, max: MAX_SHEET_ROWS })], ...told,
  });
  const grids = new Map<SheetKey, Row[]>();
  const total = found.size * 2;
  let done = 0;
  for (const [key, name] of found) {
    tell({ stage: 'sheets', done: done++, total, sheet: name });
    const data = wb.sheet(name, sheetLimits);
    if (data?.tooManyRows) return tooManyRows(name, data.tooManyRows.rows);
    if (data?.tooLarge) {
      const { rows, columns } = data.tooLarge;
      problems.push(problem('sheet.tooLarge', { rows, columns, maxRows: MAX_ROWS, maxColumns: MAX_COLUMNS }, { sheet: key }));
      continue;
    }
    if (data?.longText) {
      const { row, column, length } = data.longText;
      problems.push(problem('cell.textTooLong', { length, max: MAX_CELL_TEXT }, { sheet: key, row: row + 1, column: XLSX.utils.encode_col(column) }));
      continue;
    }
    grids.set(key, data?.rows ?? []);
  }
  for (const def of [sheetDef('settings'), sheetDef('neighbourhoods'), sheetDef('parties'), sheetDef('works')]) {
    if (!found.has(def.key)) problems.push(problem('sheet.missing', {}, { sheet: def.key }));
  }

  const sources: Sources = {};
  let stopped = false;
  const sheetRows = <T>(key: SheetKey, schema: z.ZodType<T>): T[] => {
    const grid = grids.get(key);
    if (!grid || stopped) return [];
    tell({ stage: 'sheets', done: done++, total, sheet: found.get(key) ?? key });
    const r = readTable(key, found.get(key) ?? key, grid, schema, problems);
    sources[key] = r.source;
    stopped = r.stopped;
    return r.items;
  };

  const settingsGrid = grids.get('settings');
  if (settingsGrid) tell({ stage: 'sheets', done: done++, total, sheet: found.get('settings') ?? 'Settings' });
  const settings = settingsGrid ? readSettings(found.get('settings') ?? 'Settings', settingsGrid, problems) : undefined;
  if (settings) sources.settings = settings.source;

  const scenarioParts = {
    neighbourhoods: sheetRows('neighbourhoods', neighbourhoodSchema),
    parties: sheetRows('parties', partySchema),
    works: sheetRows('works', workSchema),
    variants: sheetRows('variants', variantSchema),
    bundles: sheetRows('bundles', bundleSchema),
    citizenMaintenance: sheetRows('citizenMaintenance', citizenTaskSchema),
    coFinancing: sheetRows('coFinancing', coFinancingRuleSchema),
    budgets: sheetRows('budgets', budgetSchema),
  };
  if (stopped) return { ok: false, problems: [...problems, moreProblems(true)], ...told };
  const geometryData = geometrySheet === undefined ? undefined : wb.sheet(geometrySheet, { ...sheetLimits, maxColumns: 8 });
  if (geometrySheet !== undefined && geometryData?.tooManyRows) return tooManyRows(geometrySheet, geometryData.tooManyRows.rows);
  const geometry = geometrySheet === undefined ? undefined : readGeometry(geometrySheet, geometryData, problems);
  if (hasErrors(problems) || !settings?.settings) return { ok: false, problems, ...told };

  const mappingsGrid = mappingsName !== undefined ? wb.sheet(mappingsName, sheetLimits) : undefined;
  if (mappingsName !== undefined && mappingsGrid?.tooManyRows) return tooManyRows(mappingsName, mappingsGrid.tooManyRows.rows);
  const scenario: Scenario = {
    settings: settings.settings, settingRanges: settings.ranges,
    ...(settings.extra ? { settingsExtra: settings.extra } : {}),
    ...scenarioParts,
    ...(mappingsGrid && !mappingsGrid.tooLarge ? { mappings: readMappingsSheet(mappingsGrid.rows) } : {}),
    ...(geometry ? { geometry } : {}),
  };
  tell({ stage: 'checking' });
  const checked = validateScenario(scenario);
  addCapped(problems, checked, (p) => locateInPlace(p, sources));
  if (hasErrors(problems)) return { ok: false, problems, scenario, lang, sources };
  return { ok: true, scenario, lang, sources, warnings: problems, checked };
}

/** The optional Geometry sheet (engine/geo/sheet.ts): plain cell values to its own reader. */
function readGeometry(name: string, data: SheetData | undefined, problems: Problem[]): Scenario['geometry'] {
  if (!data || data.tooLarge) return undefined;
  const rows = data.rows.map((row) => row?.map((c) => {
    const v = cellValue(c);
    return typeof v === 'object' ? undefined : v;
  }));
  return readGeometryRows(name, rows, problems);
}

interface ColumnReader {
  index: number;
  letter: string;
  def?: ColumnDef;
  /** Extra column: its header. */
  header: string;
  /** Neighbourhoods: an extra column whose cells are all numeric becomes an attribute. */
  attribute?: boolean;
}

function headerColumns(
  key: SheetKey, grid: Row[], problems: Problem[],
): { readers: ColumnReader[]; columns: Record<string, ColumnSource> } {
  const header = grid[0] ?? [];
  const readers: ColumnReader[] = [];
  const columns: Record<string, ColumnSource> = {};
  for (let c = 0; c < header.length; c++) {
    const v = cellValue(header[c]);
    if (v === undefined || typeof v === 'object') continue;
    const text = String(v).trim();
    const letter = XLSX.utils.encode_col(c);
    const def = findColumn(key, text);
    const name = def ? def.key : text;
    if (columns[name]) {
      problems.push(problem('column.duplicate', { header: text }, { sheet: key, row: 1, column: letter, field: name }));
      continue;
    }
    columns[name] = { column: letter, header: text };
    readers.push(def ? { index: c, letter, def, header: text } : { index: c, letter, header: text });
  }
  for (const def of sheetDef(key).columns) {
    if (def.required && !columns[def.key]) problems.push(problem('column.missing', {}, { sheet: key, row: 1, field: def.key }));
  }
  return { readers, columns };
}

/** A cell's place, made only for a problem: neither an object nor a closure per cell (a city's
 *  Works sheet has a million cells; a closure per cell made its read 40% slower). */
function cellAt(sheet: SheetKey, row: number, reader: { letter: string; header: string; def?: { key: string } }) {
  return { sheet, row, column: reader.letter, field: reader.def?.key ?? reader.header };
}

const isBlankRow = (row: Row): boolean => {
  if (!row) return true;
  for (let c = 0; c < row.length; c++) if (cellValue(row[c]) !== undefined) return false;
  return true;
};

/** The rows of one sheet as items. `stopped` when the problems reached MAX_PROBLEMS (../problem-cap),
 *  counting the ids seen twice: the rows after that are not read. */
function readTable<T>(
  key: SheetKey, name: string, grid: Row[], schema: z.ZodType<T>, problems: Problem[],
): { items: T[]; source: SheetSource; stopped: boolean } {
  const { readers, columns } = headerColumns(key, grid, problems);
  const source: SheetSource = { name, rows: [], columns };
  const items: T[] = [];
  if (key === 'neighbourhoods') markAttributeColumns(readers, grid);
  const hasExtra = readers.some((r) => !r.def);
  const duplicates = DuplicateIds.of(key, columns.id?.column);

  for (let r = 1; r < grid.length; r++) {
    const row = grid[r];
    if (isBlankRow(row)) continue;
    if (problems.length + (duplicates?.found.length ?? 0) >= MAX_PROBLEMS) {
      if (duplicates) problems.push(...duplicates.found);
      return { items, source, stopped: true };
    }
    const sheetRow = r + 1;
    const raw: Record<string, unknown> = {};
    let extra: Record<string, CellValue> | undefined;
    let attributes: Record<string, number> | undefined;
    let rowOk = true;
    for (const reader of readers) {
      const v = cellValue(row?.[reader.index]);
      if (v === undefined) continue;
      if (typeof v === 'object') {
        problems.push(problem(v.problem, {}, cellAt(key, sheetRow, reader)));
        rowOk = false;
        continue;
      }
      if (!reader.def) {
        if (reader.attribute) {
          const n = typeof v === 'number' ? { ok: true as const, value: v } : parseNumberText(String(v));
          if (n.ok) (attributes ??= {})[reader.header] = n.value;
          else {
            problems.push(problem('value.ambiguousNumber', { value: String(v).trim() }, cellAt(key, sheetRow, reader)));
            rowOk = false;
          }
        } else (extra ??= {})[reader.header] = v;
        continue;
      }
      const conv = convert(reader.def.kind, v, reader.def.choices);
      if (conv.ok) raw[reader.def.key] = conv.value;
      else {
        problems.push(problem(conv.code, conv.params, cellAt(key, sheetRow, reader)));
        rowOk = false;
      }
    }
    if (key === 'neighbourhoods') raw.attributes = attributes ?? {};
    if (hasExtra && extra) raw.extra = extra;
    source.rows.push(sheetRow);
    if (!rowOk) {
      items.push(raw as T);
      continue;
    }
    const parsed = schema.safeParse(raw);
    if (parsed.success) items.push(parsed.data);
    else {
      for (const issue of parsed.error.issues) problems.push(issueProblem(issue, raw, key, sheetRow, columns));
      items.push(raw as T);
    }
    duplicates?.note((items[items.length - 1] as { id?: unknown }).id, items.length - 1, sheetRow);
  }
  return { items, source, stopped: false };
}

/** An extra Neighbourhoods column is an attribute when every filled cell is a number or numeric
 *  text; an ambiguous text like `1.234` still counts, so it is reported instead of silently kept. */
function markAttributeColumns(readers: ColumnReader[], grid: Row[]): void {
  // Only the cells present are visited (forEach skips the holes of a sparse grid): a sheet with
  // thousands of header columns and one cell in row 1,048,576 costs its cells, not rows × columns.
  const extra = new Map<number, ColumnReader>();
  for (const reader of readers) {
    if (reader.def) continue;
    reader.attribute = true;
    extra.set(reader.index, reader);
  }
  if (extra.size === 0) return;
  grid.forEach((row, r) => {
    if (r === 0 || !row) return;
    row.forEach((cell, c) => {
      const reader = extra.get(c);
      if (!reader?.attribute) return;
      const v = cellValue(cell);
      if (v === undefined || typeof v === 'number') return;
      if (typeof v !== 'string') reader.attribute = false;
      else {
        const n = parseNumberText(v);
        reader.attribute = n.ok || n.reason === 'ambiguous';
      }
    });
  });
}

function issueProblem(
  issue: z.core.$ZodIssue, raw: Record<string, unknown>, sheet: SheetKey, row: number,
  columns: Record<string, ColumnSource>,
): Problem {
  const field = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
  const column = field ? columns[field]?.column : undefined;
  const at = { sheet, row, ...(field ? { field } : {}), ...(column ? { column } : {}) };
  const [code, params] = issueCode(issue, field === undefined ? undefined : raw[field]);
  return problem(code, params, at);
}

function issueCode(issue: z.core.$ZodIssue, value: unknown): [string, Record<string, string | number>] {
  if (value === undefined) return ['value.required', {}];
  const shown = typeof value === 'string' || typeof value === 'number' ? value : String(value);
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return ['value.required', {}];
      return ['value.tooSmall', { value: shown, min: Number(issue.minimum) }];
    case 'too_big':
      return ['value.tooLarge', { value: shown, max: Number(issue.maximum) }];
    case 'invalid_type':
      if (issue.expected === 'int') return ['value.notInteger', { value: shown }];
      return typeof value === 'string' ? ['value.notNumber', { value: shown }] : ['value.invalid', { value: shown }];
    default:
      return ['value.invalid', { value: shown }];
  }
}

interface SettingsRead {
  settings?: Scenario['settings'];
  ranges: Scenario['settingRanges'];
  /** Extra columns and rows that are not settings, kept for the round trip. */
  extra?: SettingsExtra;
  source: SheetSource;
}

function readSettings(name: string, grid: Row[], problems: Problem[]): SettingsRead {
  const { readers, columns } = headerColumns('settings', grid, problems);
  const extraReaders = readers.filter((r) => !r.def);
  const kept: SettingsExtra = { columns: extraReaders.map((r) => r.header), cells: {}, unknownRows: [] };
  let lastKnown: SettingKey | undefined;
  const keyRows: Record<string, number> = {};
  const source: SheetSource = { name, rows: [], columns, keyRows };
  const col = (k: string): number | undefined => {
    const c = columns[k];
    return c ? XLSX.utils.decode_col(c.column) : undefined;
  };
  const [keyCol, valueCol, lowCol, highCol] = [col('key'), col('value'), col('low'), col('high')];
  const raw: Record<string, unknown> = {};
  const ranges: Partial<Record<RangedSettingKey, Range>> = {};
  if (keyCol === undefined || valueCol === undefined) return { ranges, source };
  let ok = true;
  const letter = (c: number) => XLSX.utils.encode_col(c);

  for (let r = 1; r < grid.length; r++) {
    const row = grid[r];
    if (isBlankRow(row)) continue;
    const sheetRow = r + 1;
    // Cells of the extra columns (and of an unknown row), kept as typed. They were ignored before
    // they were kept, so a formula without a value there is a warning (the cell is not kept), not
    // an error that would refuse the workbook.
    const keep = (c: number | undefined): CellValue | undefined => {
      if (c === undefined) return undefined;
      const v = cellValue(row?.[c]);
      if (v === undefined || typeof v !== 'object') return v;
      problems.push(problem(v.problem, {}, { sheet: 'settings', row: sheetRow, column: letter(c) }, 'warning'));
      return undefined;
    };
    const extraCells = (): Record<string, CellValue> | undefined => {
      let out: Record<string, CellValue> | undefined;
      for (const reader of extraReaders) {
        const v = keep(reader.index);
        if (v !== undefined) (out ??= {})[reader.header] = v;
      }
      return out;
    };
    const k = cellValue(row?.[keyCol]);
    if (typeof k === 'object') continue;
    const typed = k === undefined ? '' : String(k).trim();
    const def = settingDef(typed) ?? settingDefsByLower.get(typed.toLowerCase());
    if (!def) {
      // Not a setting (or no key: a note row): warned about, kept with all its cells, not used.
      if (typed) problems.push(problem('settings.unknownKey', { key: typed }, { sheet: 'settings', row: sheetRow, column: letter(keyCol), field: 'key' }, 'warning'));
      const [value, low, high, extra] = [keep(valueCol), keep(lowCol), keep(highCol), extraCells()];
      kept.unknownRows.push({
        key: typed,
        ...(lastKnown !== undefined ? { after: lastKnown } : {}),
        ...(value !== undefined ? { value } : {}),
        ...(low !== undefined ? { low } : {}),
        ...(high !== undefined ? { high } : {}),
        ...(extra ? { extra } : {}),
      });
      continue;
    }
    if (keyRows[def.key] !== undefined) {
      problems.push(problem('settings.duplicateKey', { key: def.key }, { sheet: 'settings', row: sheetRow, column: letter(keyCol), field: def.key }));
      ok = false;
      continue;
    }
    keyRows[def.key] = sheetRow;
    source.rows.push(sheetRow);
    lastKnown = def.key as SettingKey;
    const extra = extraCells();
    if (extra) kept.cells[lastKnown] = extra;
    const cell = (c: number | undefined, part: 'value' | 'low' | 'high'): number | string | undefined => {
      if (c === undefined) return undefined;
      const v = cellValue(row?.[c]);
      if (v === undefined) return undefined;
      const at = { sheet: 'settings' as const, row: sheetRow, column: letter(c), field: def.key };
      if (typeof v === 'object') {
        problems.push(problem(v.problem, {}, at));
        ok = false;
        return undefined;
      }
      if (part !== 'value' && !def.ranged) {
        problems.push(problem('settings.rangeNotAllowed', { key: def.key }, at));
        ok = false;
        return undefined;
      }
      const conv = convert(def.kind, v, def.choices);
      if (!conv.ok) {
        problems.push(problem(conv.code, conv.params, at));
        ok = false;
        return undefined;
      }
      return conv.value as number | string;
    };
    const value = cell(valueCol, 'value');
    if (value !== undefined) raw[def.key] = value;
    const low = cell(lowCol, 'low');
    const high = cell(highCol, 'high');
    if (low !== undefined || high !== undefined) {
      ranges[def.key as RangedSettingKey] = {
        ...(low !== undefined ? { low: low as number } : {}),
        ...(high !== undefined ? { high: high as number } : {}),
      };
    }
  }
  const parsed = settingsSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      const row = keyRows[field];
      if (row === undefined) {
        problems.push(problem('settings.missing', { key: field }, { sheet: 'settings', field }));
        continue;
      }
      const [code, params] = issueCode(issue, raw[field]);
      problems.push(problem(code, params, { sheet: 'settings', row, column: letter(valueCol), field }));
    }
    return { ranges, source };
  }
  const hasKept = kept.columns.length > 0 || kept.unknownRows.length > 0;
  return ok ? { settings: parsed.data, ranges, source, ...(hasKept ? { extra: kept } : {}) } : { ranges, source };
}
