// What differs between two to four scenarios: the settings (with each one's what-if laid over),
// and per list sheet the rows (by id, or by their natural key) that are missing or not equal.
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

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export function diffSettings(scenarios: readonly Scenario[]): SettingDiff[] {
  return settingDefs.map((d) => {
    const values = scenarios.map((s) => (s.settings as Record<string, unknown>)[d.key]);
    return { key: d.key, values, differs: values.some((v) => !same(v, values[0])) };
  });
}

export function diffRows(scenarios: readonly Scenario[]): RowDiff[] {
  const out: RowDiff[] = [];
  for (const sheet of listSheets) {
    const maps = scenarios.map((s) => new Map((s[sheet] as Record<string, unknown>[]).map((r) => [rowKey(sheet, r), r])));
    const keys: string[] = [];
    const seen = new Set<string>();
    for (const m of maps) for (const k of m.keys()) if (!seen.has(k)) { seen.add(k); keys.push(k); }
    for (const key of keys) {
      const rows = maps.map((m) => m.get(key));
      const present = rows.map((r) => r !== undefined);
      const there = rows.filter((r): r is Record<string, unknown> => r !== undefined);
      const fieldNames = new Set(there.flatMap((r) => Object.keys(r)));
      const fields = [...fieldNames].filter((f) => there.some((r) => !same(r[f], there[0]![f])));
      if (present.some((p) => !p) || fields.length > 0) out.push({ sheet, key, present, fields });
    }
  }
  return out;
}

/** b − a in euros and as a fraction of |a| (null when a is 0). */
export function difference(a: number, b: number): { euro: number; pct: number | null } {
  const euro = Math.round((b - a) * 100) / 100;
  return { euro, pct: a === 0 ? null : (b - a) / Math.abs(a) };
}
