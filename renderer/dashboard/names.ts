// The names a person reads for ids: a neighbourhood's, party's or variant's own `name` from the
// scenario, falling back to the id when the row has none (the id then stays in the tooltip).
import type { Scenario } from '../../engine/scenario/schema';

export type NameSheet = 'neighbourhoods' | 'parties' | 'variants';
export type Names = (sheet: NameSheet, id: string) => string;

const plain: Names = (_s, id) => id;
// One function per scenario, so memoised sections do not redraw for a new lookup.
const cache = new WeakMap<Scenario, Names>();

export function namesOf(scenario: Scenario | undefined): Names {
  if (!scenario) return plain;
  const known = cache.get(scenario);
  if (known) return known;
  const m = new Map<string, string>();
  for (const sheet of ['neighbourhoods', 'parties', 'variants'] as const) {
    for (const row of scenario[sheet] as { id: string; name?: string }[]) if (row.name) m.set(`${sheet}:${row.id}`, row.name);
  }
  const names: Names = (sheet, id) => m.get(`${sheet}:${id}`) ?? id;
  cache.set(scenario, names);
  return names;
}

/** A project as a person reads it: "Dorpskern Eikelo 2030 (EK-05)" for the id eikelo/2030/EK-05
 *  (neighbourhood, year, first work); another id is shown as it is. */
export function projectName(names: Names, id: string): string {
  const parts = id.split('/');
  if (parts.length !== 3) return id;
  return `${names('neighbourhoods', parts[0]!)} ${parts[1]} (${parts[2]})`;
}
