// A scenario rule broken by an imported work (a price the file lacks, a bundle year now outside a
// window) is found on the whole scenario, as "Works, item 7". For a work that came from the planning
// file it is named at that file's sheet, row and column instead, where the user can fix it.
import type { Problem } from '../problems';
import type { Scenario } from '../scenario/schema';
import type { ImportedRow } from './import';
import type { PlanningMapping } from './mapping';
import type { PlanningProblem } from './problem';

export function placeProblems(
  problems: readonly Problem[], scenario: Scenario, rows: readonly ImportedRow[], mapping: PlanningMapping,
): { placed: PlanningProblem[]; rest: Problem[] } {
  const byId = new Map<string, ImportedRow>();
  for (const r of rows) if (r.work) byId.set(r.work.id, r);
  const placed: PlanningProblem[] = [];
  const rest: Problem[] = [];
  for (const p of problems) {
    const work = p.sheet === 'works' && p.index !== undefined ? scenario.works[p.index] : undefined;
    const row = work ? byId.get(work.id) : undefined;
    if (!row) {
      rest.push(p);
      continue;
    }
    const column = p.field !== undefined ? mapping.columns[p.field] : undefined;
    placed.push({
      code: p.code, severity: p.severity, params: p.params, sheet: row.sheet, row: row.row,
      ...(column !== undefined ? { column } : {}), ...(p.field !== undefined ? { field: p.field } : {}),
    });
  }
  return { placed, rest };
}
