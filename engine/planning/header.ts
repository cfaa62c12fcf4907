// Finding the header row below title or junk rows, and proposing a mapping from its headers.
import type { PlanningMapping } from './mapping';
import { proposeCoordinates } from './point';
import type { PlanningRow, PlanningSheet, PlanningSource } from './source';
import { coordinateIndex, normalHeader, synonymIndex } from './synonyms';

/** How many rows above the header are searched for it. */
const SEARCH_ROWS = 30;

const headerHits = (row: PlanningRow): number => {
  const fields = new Set<string>();
  for (const c of row.cells) {
    if (typeof c !== 'string') continue;
    const f = synonymIndex.get(normalHeader(c)) ?? coordinateIndex.get(normalHeader(c));
    if (f) fields.add(f);
  }
  return fields.size;
};

/** The row (index into sheet.rows) with the most recognised headers, at least two; the earliest
 *  on a tie. undefined when none qualifies. */
export function findHeaderRow(sheet: PlanningSheet): number | undefined {
  let best: number | undefined;
  let bestHits = 1;
  const n = Math.min(sheet.rows.length, SEARCH_ROWS);
  for (let i = 0; i < n; i++) {
    const hits = headerHits(sheet.rows[i] as PlanningRow);
    if (hits > bestHits) {
      bestHits = hits;
      best = i;
    }
  }
  return best;
}

/** The headers of a row as written (trimmed), with their column index. */
export function headersOf(row: PlanningRow): { index: number; header: string }[] {
  const out: { index: number; header: string }[] = [];
  row.cells.forEach((c, index) => {
    if (c !== undefined && String(c).trim() !== '') out.push({ index, header: String(c).trim() });
  });
  return out;
}

/** The sheet a mapping reads: the named one, or the first with a header row. */
export function pickSheet(source: PlanningSource, name?: string): { sheet: PlanningSheet; header: number } | undefined {
  const sheets = name !== undefined ? source.sheets.filter((s) => s.name === name) : source.sheets;
  for (const sheet of sheets) {
    const header = findHeaderRow(sheet);
    if (header !== undefined) return { sheet, header };
  }
  return undefined;
}

/** A mapping proposed from the headers: each recognised header to its field (first column wins),
 *  and the constants given (party-wide defaults the user chooses, e.g. category or lifetime). */
export function proposeMapping(source: PlanningSource, constants: PlanningMapping['constants'] = {}): PlanningMapping | undefined {
  const picked = pickSheet(source);
  if (!picked) return undefined;
  const row = picked.sheet.rows[picked.header] as PlanningRow;
  const columns: Record<string, string> = {};
  for (const { header } of headersOf(row)) {
    const f = synonymIndex.get(normalHeader(header));
    if (f && columns[f] === undefined) columns[f] = header;
  }
  const kept = Object.fromEntries(Object.entries(constants).filter(([k]) => columns[k] === undefined));
  const coordinates = proposeCoordinates(headersOf(row), picked.sheet.rows.slice(picked.header + 1, picked.header + 21));
  return {
    version: 1,
    ...(source.sheets.length > 1 ? { sheet: picked.sheet.name } : {}),
    headerRow: row.row,
    columns,
    constants: kept,
    ...(coordinates ? { coordinates } : {}),
  };
}
