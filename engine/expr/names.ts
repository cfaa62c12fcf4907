// Which names an expression may use for a neighbourhood: its attribute columns, and the standard
// numeric columns by their English name and by their Dutch name (MODEL.md: "in a Dutch workbook
// also by their Dutch name"). The Dutch names are accepted whatever the workbook's language: a
// scenario does not remember its language, and no attribute can carry a standard column's name.
import type { Neighbourhood } from '../scenario/schema';
import { columnDef } from '../scenario/columns';

type StandardKey = 'households' | 'disruptionCostPerDay';
const standardKeys: readonly StandardKey[] = ['households', 'disruptionCostPerDay'];

/** Standard name (English or Dutch) → the neighbourhood field it reads. */
export const standardNames: ReadonlyMap<string, StandardKey> = new Map(
  standardKeys.flatMap((key): [string, StandardKey][] => {
    const nl = columnDef('neighbourhoods', key)?.nl;
    return nl && nl !== key ? [[key, key], [nl, key]] : [[key, key]];
  }),
);

/** Every name an expression may use in this scenario: standard names and any neighbourhood's
 *  attribute columns (a blank cell in one neighbourhood is caught when that one is evaluated). */
export function knownNames(neighbourhoods: readonly Neighbourhood[]): Set<string> {
  const names = new Set<string>(standardNames.keys());
  for (const n of neighbourhoods) for (const k of Object.keys(n.attributes)) names.add(k);
  return names;
}

/** The values one neighbourhood gives to expression names. */
export function scopeOf(n: Neighbourhood): Map<string, number> {
  const scope = new Map<string, number>();
  for (const [k, v] of Object.entries(n.attributes)) scope.set(k, v);
  // Standard columns win over a same-named attribute (the codec never makes one).
  for (const [name, key] of standardNames) scope.set(name, n[key]);
  return scope;
}
