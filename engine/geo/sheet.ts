// The Geometry sheet (Geometrie): one row per neighbourhood and part, the polygons as JSON text in
// RD New decimetres, cut into cells below the 32,767-character limit that Excel and LibreOffice
// hold. Read back it gives exactly what was stored (numbers print and parse to themselves).
import type { Lang } from '../i18n';
import { problem, type Problem } from '../problems';
import { geometrySchema, type Geometry } from '../scenario/schema';
import './messages';

/** Safely below Excel's 32,767 characters per cell. */
export const CELL_CHARS = 32_000;

export const geometrySheetNames: Record<Lang, string> = { nl: 'Geometrie', en: 'Geometry' };
const headers: Record<Lang, string[]> = {
  nl: ['buurt', 'deel', 'vlakken', 'toelichting'],
  en: ['neighbourhood', 'part', 'polygons', 'note'],
};

export const isGeometrySheet = (name: string): boolean => /^(geometrie|geometry)$/i.test(name.trim());

type Cell = string | number | undefined;

export function geometryRows(g: Geometry, lang: Lang): Cell[][] {
  const rows: Cell[][] = [headers[lang]];
  let first = true;
  for (const s of g.shapes) {
    const text = JSON.stringify(s.polygons);
    for (let part = 0, at = 0; at < text.length || part === 0; part++, at += CELL_CHARS) {
      rows.push([s.neighbourhood, part + 1, text.slice(at, at + CELL_CHARS), first && g.note ? g.note : undefined]);
      first = false;
    }
  }
  if (first && g.note) rows.push([undefined, undefined, undefined, g.note]);
  return rows;
}

/** Cells as plain values (undefined = blank); `rows[0]` is the header. */
export function readGeometryRows(sheet: string, rows: readonly (readonly unknown[] | undefined)[], problems: Problem[]): Geometry | undefined {
  const refuse = (code: string, params: Record<string, string | number>): undefined => {
    problems.push(problem(code, { sheet, ...params }));
    return undefined;
  };
  const bad = (row: number, column: string, detail: string): undefined => refuse('geo.sheetBad', { row, column, detail });
  const text = new Map<string, string[]>();
  const firstRow = new Map<string, number>();
  let note: string | undefined;
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const [nb, part, chunk, n] = row;
    if (typeof n === 'string' && n.trim() && note === undefined) note = n;
    if (nb === undefined && chunk === undefined) continue;
    if (nb === undefined || (typeof nb !== 'string' && typeof nb !== 'number')) return refuse('geo.sheetNoNeighbourhood', { row: r + 1, column: 'A' });
    const id = String(nb);
    const parts = text.get(id) ?? [];
    if (!text.has(id)) { text.set(id, parts); firstRow.set(id, r + 1); }
    if (part !== parts.length + 1) {
      const at = { row: r + 1, column: 'B', expected: parts.length + 1 };
      return part === undefined || part === '' ? refuse('geo.sheetPartMissing', at) : refuse('geo.sheetPart', { ...at, found: String(part) });
    }
    parts.push(typeof chunk === 'string' ? chunk : chunk === undefined ? '' : String(chunk));
  }
  const shapes: Geometry['shapes'] = [];
  for (const [neighbourhood, parts] of text) {
    let polygons: unknown;
    try {
      polygons = JSON.parse(parts.join(''));
    } catch (e) {
      return bad(firstRow.get(neighbourhood)!, 'C', e instanceof Error ? e.message : String(e));
    }
    shapes.push({ neighbourhood, polygons: polygons as number[][][] });
  }
  const g = { crs: 'EPSG:28992' as const, ...(note !== undefined ? { note } : {}), shapes };
  const checked = geometrySchema.safeParse(g);
  if (!checked.success) return bad(2, 'C', checked.error.issues[0]?.message ?? 'invalid');
  return checked.data;
}
