// What differs between two to four scenarios: the settings (with each one's what-if laid over),
// per list sheet the rows (by id, or by their natural key) that are missing or not equal, and
// each party's saving side by side.
import type { ComputeResult } from '../../../engine/model/result';
import type { Scenario, SheetKey } from '../../../engine/scenario/schema';
import { settingDefs } from '../../../engine/scenario/columns';

export interface SettingDiff {
  key: string;
  values: unknown[];
  differs: boolean;
}

export interface RowDiff {
  sheet: Exclude<SheetKey, 'settings'>;
  key: string;
  /** Per scenario: present or not. */
  present: boolean[];
  /** Fields whose values differ among the scenarios that have the row. */
  fields: string[];
}

const listSheets = ['neighbourhoods', 'parties', 'works', 'variants', 'bundles', 'citizenMaintenance', 'coFinancing', 'budgets'] as const;

function rowKey(sheet: (typeof listSheets)[number], r: Record<string, unknown>): string {
  if (sheet === 'citizenMaintenance') return `${String(r.neighbourhood)}/${String(r.task)}/${String(r.party)}`;
  if (sheet === 'budgets') return `${String(r.party)}/${String(r.year)}`;
  return String(r.id);
}

/** Deep equality of cell values (numbers, strings, lists, attribute objects); an absent key equals
 *  an undefined one, as in the workbook. Element by element, not through JSON: a city's 50,000 works
 *  compare in a fraction of the time. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bs = b as unknown[];
    return a.length === bs.length && a.every((x, i) => same(x, bs[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  for (const k in ra) if (!same(ra[k], rb[k])) return false;
  for (const k in rb) if (!(k in ra) && rb[k] !== undefined) return false;
  return true;
}

export function diffSettings(scenarios: readonly Scenario[]): SettingDiff[] {
  return settingDefs.map((d) => {
    const values = scenarios.map((s) => (s.settings as Record<string, unknown>)[d.key]);
    return { key: d.key, values, differs: values.some((v) => !same(v, values[0])) };
  });
}

/** A sheet on which no row of one scenario has its id (or key) in another: listing every row as
 *  missing would say nothing, so it is reported as one line with the row counts. */
export interface DisjointSheet {
  sheet: Exclude<SheetKey, 'settings'>;
  /** Per scenario: its number of rows on the sheet. */
  counts: number[];
}

export interface RowsDiff {
  rows: RowDiff[];
  disjoint: DisjointSheet[];
}

export function diffRows(scenarios: readonly Scenario[]): RowsDiff {
  const out: RowDiff[] = [];
  const disjoint: DisjointSheet[] = [];
  for (const sheet of listSheets) {
    const maps = scenarios.map((s) => new Map((s[sheet] as Record<string, unknown>[]).map((r) => [rowKey(sheet, r), r])));
    const keys: string[] = [];
    const seen = new Set<string>();
    let shared = false;
    for (const m of maps) for (const k of m.keys()) if (!seen.has(k)) { seen.add(k); keys.push(k); } else shared = true;
    if (!shared && maps.filter((m) => m.size > 0).length >= 2) {
      disjoint.push({ sheet, counts: maps.map((m) => m.size) });
      continue;
    }
    for (const key of keys) {
      const rows = maps.map((m) => m.get(key));
      const present = rows.map((r) => r !== undefined);
      const there = rows.filter((r): r is Record<string, unknown> => r !== undefined);
      // Equal rows (a snapshot even shares the row objects it did not change) have nothing to list.
      if (there.length === rows.length && there.every((r) => same(r, there[0]))) continue;
      const fieldNames = new Set(there.flatMap((r) => Object.keys(r)));
      const fields = [...fieldNames].filter((f) => there.some((r) => !same(r[f], there[0]![f])));
      if (present.some((p) => !p) || fields.length > 0) out.push({ sheet, key, present, fields });
    }
  }
  return { rows: out, disjoint };
}

export interface PartySavings {
  id: string;
  /** The party's own name (from the first scenario that has it), else its id. */
  name: string;
  /** Per scenario its financial saving, undefined where the scenario has no such party or no result. */
  savings: (number | undefined)[];
}

/** Every party of the compared results, in the order they first appear, with its saving in each. */
export function partySavings(results: readonly (ComputeResult | null)[]): PartySavings[] {
  const byId = new Map<string, PartySavings>();
  results.forEach((r, k) => {
    for (const p of r?.parties ?? []) {
      let row = byId.get(p.id);
      if (!row) byId.set(p.id, (row = { id: p.id, name: p.name || p.id, savings: results.map(() => undefined) }));
      row.savings[k] = p.saving;
    }
  });
  return [...byId.values()];
}

/** b − a in euros and as a fraction of |a| (null when a is 0). */
export function difference(a: number, b: number): { euro: number; pct: number | null } {
  const euro = Math.round((b - a) * 100) / 100;
  return { euro, pct: a === 0 ? null : (b - a) / Math.abs(a) };
}

/** `f` remembering its last answer: the views ask again on every render (a notice, a tab), and on
 *  a city the rows take a moment to compare, so the same scenarios are compared once. */
function lastOf<A, R>(f: (xs: readonly A[]) => R): (xs: readonly A[]) => R {
  let last: { xs: readonly A[]; r: R } | null = null;
  return (xs) => {
    if (last && last.xs.length === xs.length && last.xs.every((x, i) => x === xs[i])) return last.r;
    const r = f(xs);
    last = { xs: [...xs], r };
    return r;
  };
}

export const diffRowsOnce = lastOf(diffRows);
