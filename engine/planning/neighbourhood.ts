// Which neighbourhood a planning row names: its id, its name, or a CBS code (BU_CODE, WK_CODE,
// buurtcode, wijkcode) kept as an extra column of the Neighbourhoods sheet. Case and surrounding
// spaces do not matter; an id wins over a name, a name over a code.
import type { Neighbourhood } from '../scenario/schema';

const codeColumn = /^(bu|wk)_?code$|^(buurt|wijk)code$/i;
const key = (s: string): string => s.trim().toLowerCase();

export function neighbourhoodMatcher(neighbourhoods: readonly Neighbourhood[]): (value: string) => string | undefined {
  const byId = new Map<string, string>();
  const byName = new Map<string, string>();
  const byCode = new Map<string, string>();
  for (const n of neighbourhoods) {
    byId.set(key(n.id), n.id);
    if (n.name && !byName.has(key(n.name))) byName.set(key(n.name), n.id);
    for (const [col, v] of Object.entries({ ...n.extra, ...n.attributes })) {
      if (codeColumn.test(col.trim()) && (typeof v === 'string' || typeof v === 'number')) {
        if (!byCode.has(key(String(v)))) byCode.set(key(String(v)), n.id);
      }
    }
  }
  return (value) => {
    const k = key(value);
    return byId.get(k) ?? byName.get(k) ?? byCode.get(k);
  };
}
