// Turns the rows of a planning file into Works of one party, through a mapping. Every cell is
// converted as the Works sheet converts it (../workbook/cells: Dutch and English number notation),
// then each row is checked once with the Works schema. Each problem names the file's sheet, row
// and column header; a row that matches no neighbourhood is a problem, never dropped silently.
import { sheetDef, type ColumnDef } from '../scenario/columns';
import { workSchema, type Scenario, type Work } from '../scenario/schema';
import { convert, type CellValue } from '../workbook/cells';
import { MAX_PROBLEMS, moreProblems } from '../workbook/problem-cap';
import { headersOf, pickSheet } from './header';
import type { PlanningMapping } from './mapping';
import { neighbourhoodMatcher } from './neighbourhood';
import { pointReader, type PointReader } from './point';
import { planningProblem, type PlanningProblem } from './problem';
import type { PlanningRow, PlanningSource } from './source';

export interface ImportedRow {
  /** Where the work came from in the file. */
  sheet: string;
  row: number;
  work?: Work;
  problems: PlanningProblem[];
}

export interface PlanningImport {
  works: Work[];
  rows: ImportedRow[];
  /** All problems: of the mapping and of every row. */
  problems: PlanningProblem[];
}

const defs = new Map<string, ColumnDef>(sheetDef('works').columns.map((c) => [c.key, c]));

export function importPlanning(
  source: PlanningSource, mapping: PlanningMapping, party: string, scenario: Scenario,
): PlanningImport {
  const problems: PlanningProblem[] = [];
  const fail = (p: PlanningProblem): PlanningImport => ({ works: [], rows: [], problems: [p] });
  if (!scenario.parties.some((p) => p.id === party)) return fail(planningProblem('planning.party.unknown', { party }));
  if (mapping.sheet !== undefined && !source.sheets.some((s) => s.name === mapping.sheet)) {
    return fail(planningProblem('planning.sheet.missing', { name: mapping.sheet }));
  }
  const picked = pickSheet(source, mapping.sheet);
  const sheet = picked?.sheet ?? source.sheets.find((s) => mapping.sheet === undefined || s.name === mapping.sheet);
  if (!sheet || !sheet.rows.length) return fail(planningProblem('planning.file.empty'));
  const headerIndex = mapping.headerRow !== undefined
    ? sheet.rows.findIndex((r) => r.row === mapping.headerRow)
    : picked?.header ?? -1;
  if (headerIndex < 0) return fail(planningProblem('planning.header.notFound', {}, { sheet: sheet.name }));
  const headerRow = sheet.rows[headerIndex] as PlanningRow;
  const byHeader = new Map<string, number>();
  for (const h of headersOf(headerRow)) if (!byHeader.has(h.header)) byHeader.set(h.header, h.index);

  const readers: { field: string; index: number; header: string; def: ColumnDef }[] = [];
  for (const [field, header] of Object.entries(mapping.columns)) {
    const index = byHeader.get(header.trim());
    const def = defs.get(field);
    if (!def) continue;
    if (index === undefined) {
      problems.push(planningProblem('planning.mapping.columnMissing', { column: header, field }, { sheet: sheet.name, row: headerRow.row, field }));
      continue;
    }
    readers.push({ field, index, header, def });
  }
  // A neighbourhood named in a cell wins over the point; the point over a neighbourhood constant.
  const namedNeighbourhood = mapping.columns.neighbourhood !== undefined || mapping.constants.neighbourhood !== undefined;
  const notes: PlanningProblem[] = [];
  let point: PointReader | undefined;
  if (mapping.coordinates) {
    const p = pointReader(mapping.coordinates, byHeader, scenario, { sheet: sheet.name, row: headerRow.row });
    if (p.ok) point = p.read;
    // Without polygons the points cannot decide; with a neighbourhood column they need not.
    else if (namedNeighbourhood && p.problems.every((x) => x.code === 'planning.point.noGeometry')) {
      notes.push(...p.problems.map((x) => ({ ...x, severity: 'warning' as const })));
    } else problems.push(...p.problems);
  }
  for (const field of ['id', 'neighbourhood', 'plannedYear']) {
    if (field === 'neighbourhood' && mapping.coordinates) continue;
    if (mapping.columns[field] === undefined && mapping.constants[field] === undefined) {
      problems.push(planningProblem('planning.mapping.fieldMissing', { field }, { sheet: sheet.name, row: headerRow.row, field }));
    }
  }
  if (problems.length) return { works: [], rows: [], problems };

  // Constants convert once, as a cell of their column would.
  const constants: Record<string, unknown> = {};
  for (const [field, v] of Object.entries(mapping.constants)) {
    const def = defs.get(field);
    if (!def) continue;
    const conv = convert(def.kind, v as CellValue, def.choices);
    if (conv.ok) constants[field] = conv.value;
    else problems.push(planningProblem(conv.code, conv.params, { field }));
  }
  if (problems.length) return { works: [], rows: [], problems };

  const matchNeighbourhood = neighbourhoodMatcher(scenario.neighbourhoods);
  const otherOwner = new Map<string, string>();
  for (const w of scenario.works) if (w.party !== party) otherOwner.set(w.id, w.party ?? '');
  const firstRow = new Map<string, number>();
  const works: Work[] = [];
  const rows: ImportedRow[] = [];
  const nbReader = readers.find((r) => r.field === 'neighbourhood');
  const nbColumn = nbReader?.header;

  for (let r = headerIndex + 1; r < sheet.rows.length; r++) {
    // As a workbook read does: a file this broken is not worth checking to its end.
    if (problems.length >= MAX_PROBLEMS) {
      problems.length = MAX_PROBLEMS;
      problems.push(moreProblems(true));
      break;
    }
    const row = sheet.rows[r] as PlanningRow;
    if (row.cells.every((c) => c === undefined)) continue;
    const at = (field: string, column?: string) => ({ sheet: sheet.name, row: row.row, field, ...(column !== undefined ? { column } : {}) });
    const rowProblems: PlanningProblem[] = [];
    const raw: Record<string, unknown> = { ...constants };
    for (const reader of readers) {
      const v = row.cells[reader.index];
      if (v === undefined) continue;
      const conv = convert(reader.def.kind, v, reader.def.choices);
      if (conv.ok) raw[reader.field] = conv.value;
      else rowProblems.push(planningProblem(conv.code, conv.params, at(reader.field, reader.header)));
    }
    raw.party = party;
    if (point && (nbReader === undefined || row.cells[nbReader.index] === undefined)) {
      const found = point(row, sheet.name);
      if (found.kind === 'found') raw.neighbourhood = found.neighbourhood;
      else if (found.kind === 'problems') rowProblems.push(...found.problems);
    }
    if (typeof raw.neighbourhood === 'string') {
      const id = matchNeighbourhood(raw.neighbourhood);
      if (id === undefined) {
        rowProblems.push(planningProblem('planning.neighbourhood.unmatched', { value: raw.neighbourhood }, at('neighbourhood', nbColumn)));
      } else raw.neighbourhood = id;
    } else if (!rowProblems.some((p) => p.field === 'neighbourhood')) {
      rowProblems.push(planningProblem('planning.neighbourhood.blank', {}, at('neighbourhood', nbColumn)));
    }
    const id = typeof raw.id === 'string' ? raw.id : undefined;
    const idColumn = mapping.columns.id;
    if (id !== undefined) {
      const first = firstRow.get(id);
      if (first !== undefined) rowProblems.push(planningProblem('planning.id.duplicate', { id, first: String(first) }, at('id', idColumn)));
      else firstRow.set(id, row.row);
      const owner = otherOwner.get(id);
      if (owner !== undefined) rowProblems.push(planningProblem('planning.id.otherParty', { id, party: owner }, at('id', idColumn)));
    }
    let work: Work | undefined;
    if (!rowProblems.length) {
      const parsed = workSchema.safeParse(raw);
      if (parsed.success) work = parsed.data;
      else {
        for (const issue of parsed.error.issues) {
          const field = String(issue.path[0] ?? '');
          const value = raw[field];
          const code = value === undefined ? 'value.required'
            : issue.code === 'too_small' ? 'value.tooSmall'
              : issue.code === 'too_big' ? 'value.tooLarge'
                : issue.code === 'invalid_type' && issue.expected === 'int' ? 'value.notInteger' : 'value.invalid';
          const params: Record<string, string | number> = { value: String(value) };
          if ('minimum' in issue) params.min = Number(issue.minimum);
          if ('maximum' in issue) params.max = Number(issue.maximum);
          rowProblems.push(planningProblem(code, params, at(field, mapping.columns[field])));
        }
      }
    }
    if (work) works.push(work);
    problems.push(...rowProblems);
    rows.push({ sheet: sheet.name, row: row.row, ...(work ? { work } : {}), problems: rowProblems });
  }
  problems.push(...notes);
  return { works, rows, problems };
}
