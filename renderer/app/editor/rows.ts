// Row operations on the list sheets of a scenario: the columns an editor shows, a cell edit checked
// against the sheet's zod row schema (so the editor accepts exactly what the workbook codec accepts),
// and new and duplicated rows with fresh ids.
import type { Lang } from '../../../engine/i18n/index';
import { fieldLabel } from '../../../engine/i18n/fields';
import type { z } from 'zod';
import {
  bundleSchema, budgetSchema, citizenTaskSchema, coFinancingRuleSchema, neighbourhoodSchema, partySchema,
  variantSchema, workSchema, type Scenario, type SheetKey,
} from '../../../engine/scenario/schema';
import { sheetDef, type ColumnDef } from '../../../engine/scenario/columns';
import type { CellValue } from './cells';

export type ListSheet = Exclude<SheetKey, 'settings'>;
export type Row = Record<string, unknown>;

export const rowSchemas: Record<ListSheet, z.ZodType<Row>> = {
  neighbourhoods: neighbourhoodSchema, parties: partySchema, works: workSchema, variants: variantSchema,
  bundles: bundleSchema, citizenMaintenance: citizenTaskSchema, coFinancing: coFinancingRuleSchema, budgets: budgetSchema,
} as unknown as Record<ListSheet, z.ZodType<Row>>;

/** Neighbourhood attributes are columns too, shown after the standard ones as `attr:<name>`. */
export const ATTR = 'attr:';

export interface EditorColumn {
  key: string;
  header: { en: string; nl: string };
  def: ColumnDef;
}

/** What a person reads above a column: its label with the unit; a neighbourhood attribute column
 *  (the user's own) keeps its name. */
export function columnLabel(c: EditorColumn, lang: Lang): string {
  return c.key.startsWith(ATTR) ? c.header[lang] : fieldLabel(lang, c.key);
}

export function editorColumns(s: Scenario, sheet: ListSheet): EditorColumn[] {
  const cols: EditorColumn[] = sheetDef(sheet).columns.map((def) => ({ key: def.key, header: { en: def.key, nl: def.nl }, def }));
  if (sheet === 'neighbourhoods') {
    const names = new Set<string>();
    for (const n of s.neighbourhoods) for (const k of Object.keys(n.attributes)) names.add(k);
    for (const k of names) {
      cols.push({ key: ATTR + k, header: { en: k, nl: k }, def: { key: k, nl: k, kind: 'number', required: false } });
    }
  }
  return cols;
}

export function cellValue(row: Row, key: string): unknown {
  if (key.startsWith(ATTR)) return (row.attributes as Record<string, number> | undefined)?.[key.slice(ATTR.length)];
  return row[key];
}

export interface RowIssue {
  field: string;
  key: string;
  params?: Record<string, string | number>;
}

/** The row with one cell changed, validated; an issue names the offending field. */
export function setCell(sheet: ListSheet, row: Row, key: string, value: CellValue): { ok: true; row: Row } | { ok: false; issue: RowIssue } {
  const raw: Row = { ...row };
  if (key.startsWith(ATTR)) {
    const attrs = { ...(row.attributes as Record<string, number>) };
    if (value === undefined) delete attrs[key.slice(ATTR.length)];
    else attrs[key.slice(ATTR.length)] = value as number;
    raw.attributes = attrs;
  } else if (value === undefined) {
    delete raw[key];
  } else {
    raw[key] = value;
  }
  return checkRow(sheet, raw, key);
}

export function checkRow(sheet: ListSheet, raw: Row, focus?: string): { ok: true; row: Row } | { ok: false; issue: RowIssue } {
  const r = rowSchemas[sheet].safeParse(raw);
  if (r.success) return { ok: true, row: r.data };
  const issues = r.error.issues;
  const first = issues.find((i) => i.path[0] === focus) ?? issues[0];
  const field = first ? (first.path[0] === 'attributes' ? ATTR + String(first.path[1] ?? '') : String(first.path[0] ?? '')) : '';
  return { ok: false, issue: { field, ...zodIssueText(first) } };
}

function zodIssueText(i: z.core.$ZodIssue | undefined): { key: string; params?: Record<string, string | number> } {
  if (!i) return { key: 'ui.cell.invalid' };
  switch (i.code) {
    case 'too_small':
      if (i.origin === 'string') return { key: 'ui.cell.required' };
      return { key: 'ui.cell.tooSmall', params: { min: Number(i.minimum) } };
    case 'too_big':
      return { key: 'ui.cell.tooBig', params: { max: Number(i.maximum) } };
    case 'invalid_type':
      return i.input === undefined ? { key: 'ui.cell.required' } : { key: 'ui.cell.invalid' };
    case 'invalid_value':
      return { key: 'ui.cell.notChoice', params: { text: String(i.input ?? ''), choices: i.values.map(String).join(', ') } };
    default:
      return { key: 'ui.cell.invalid' };
  }
}

const idPrefix: Partial<Record<ListSheet, string>> = {
  neighbourhoods: 'N', parties: 'P', works: 'W', variants: 'V', bundles: 'B', coFinancing: 'C',
};

export const hasId = (sheet: ListSheet): boolean => idPrefix[sheet] !== undefined;

export function freshId(taken: Iterable<string>, prefix: string): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) if (!used.has(`${prefix}${n}`)) return `${prefix}${n}`;
}

function ids(s: Scenario, sheet: ListSheet): string[] {
  return (s[sheet] as Row[]).map((r) => String(r.id ?? ''));
}

/** A new row that passes the row schema, filled with the scenario's first neighbourhood, party and
 *  base year so that it is also referentially sound where it can be. */
export function newRow(s: Scenario, sheet: ListSheet): Row {
  const nb = s.neighbourhoods[0]?.id ?? 'N1';
  const party = s.parties[0]?.id ?? 'P1';
  const year = s.settings.baseYear;
  const prefix = idPrefix[sheet];
  const id = prefix ? freshId(ids(s, sheet), prefix) : undefined;
  const raw: Record<ListSheet, Row> = {
    neighbourhoods: { id },
    parties: { id },
    works: { id, neighbourhood: nb, party, plannedYear: year, quantity: 1, unitCost: 0, lifetimeYears: 50 },
    variants: { id, group: s.variants[0]?.group ?? 'G1', party, lifetimeYears: 50 },
    bundles: { id },
    citizenMaintenance: { neighbourhood: nb, party },
    coFinancing: { id, funder: party, share: 0 },
    budgets: { party, year, amount: 0 },
  };
  return rowSchemas[sheet].parse(raw[sheet]);
}

export function duplicateRow(s: Scenario, sheet: ListSheet, row: Row): Row {
  const prefix = idPrefix[sheet];
  if (!prefix) return { ...row };
  const base = String(row.id ?? prefix);
  return { ...row, id: freshId(ids(s, sheet), `${base}-`) };
}

export function withRows(s: Scenario, sheet: ListSheet, rows: Row[]): Scenario {
  return { ...s, [sheet]: rows } as Scenario;
}
