// A low/value/high order problem belongs to the cell the user just edited, not to the low cell
// the rule reports it on; and its fix is to widen the range to the new value.
import type { Problem } from '../../../engine/problems';
import type { Scenario } from '../../../engine/scenario/schema';

const rangeFields = ['unitCost', 'unitCostLow', 'unitCostHigh'];

interface CellEdit { sheet: string; index: number; field: string }

/** The cell of an edit key `cell:<sheet>:<index>:<field>`, or null for other edits. */
export function editedCell(key: string | null): CellEdit | null {
  const m = key ? /^cell:(\w+):(\d+):(\w+)$/.exec(key) : null;
  return m ? { sheet: m[1]!, index: Number(m[2]), field: m[3]! } : null;
}

const isOrderOf = (p: Problem, e: CellEdit) =>
  p.code === 'range.order' && p.sheet === e.sheet && p.index === e.index && rangeFields.includes(e.field);

/** The problems with an order problem of the edited row moved onto the edited cell. */
export function onEditedCell(problems: readonly Problem[], edit: CellEdit | null): readonly Problem[] {
  if (!edit || !rangeFields.includes(edit.field)) return problems;
  return problems.map((p) => (isOrderOf(p, edit) ? { ...p, field: edit.field } : p));
}

export interface RangeFix { label: 'fix.widenHigh' | 'fix.widenLow'; value: number; next: Scenario }

/** The fix for an order problem the edit caused: the range widened so the edited value fits. */
export function rangeFix(scenario: Scenario, problems: readonly Problem[], edit: CellEdit | null): RangeFix | null {
  if (!edit || !problems.some((p) => isOrderOf(p, edit))) return null;
  if (edit.sheet !== 'works' && edit.sheet !== 'variants') return null;
  const rows = scenario[edit.sheet] as unknown as Record<string, unknown>[];
  const row = rows[edit.index];
  if (!row) return null;
  const num = (k: string) => (typeof row[k] === 'number' ? (row[k] as number) : undefined);
  const value = num(edit.field);
  if (value === undefined) return null;
  const low = num('unitCostLow');
  const high = num('unitCostHigh');
  // The edited value is the one to keep: the bound it crossed moves to it.
  let patch: Record<string, number> | null = null;
  let label: RangeFix['label'] = 'fix.widenHigh';
  if (edit.field !== 'unitCost') return null;
  if (high !== undefined && value > high) patch = { unitCostHigh: value };
  else if (low !== undefined && value < low) { patch = { unitCostLow: value }; label = 'fix.widenLow'; }
  if (!patch) return null;
  const nextRows = rows.map((r, i) => (i === edit.index ? { ...r, ...patch } : r));
  return { label, value, next: { ...scenario, [edit.sheet]: nextRows } as Scenario };
}
