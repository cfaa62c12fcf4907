// The canonical serialization of a scenario, hashed into meta.input: JSON with object keys sorted,
// undefined left out, and the sheets whose row order carries no meaning (Works, Neighbourhoods,
// Bundles, Budgets) sorted by id, so the same scenario hashes the same whatever the row order.
// Parties, Variants, CoFinancing and CitizenMaintenance keep their order: it breaks ties or sets
// the order rules apply in.
import type { Scenario } from '../scenario/schema';
import { sha256Hex } from './sha256';

const byId = <T extends { id: string }>(rows: readonly T[]): T[] =>
  [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

export function canonicalScenario(s: Scenario): string {
  const sorted = {
    ...s,
    works: byId(s.works),
    neighbourhoods: byId(s.neighbourhoods),
    bundles: byId(s.bundles ?? []),
    budgets: [...(s.budgets ?? [])].sort((a, b) =>
      a.party < b.party ? -1 : a.party > b.party ? 1 : a.year - b.year),
  };
  return canonicalJson(sorted);
}

export function canonicalJson(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return `[${v.map((x) => (x === undefined ? 'null' : canonicalJson(x))).join(',')}]`;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o).filter((k) => o[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
  }
  if (typeof v === 'number' && !Number.isFinite(v)) return 'null';
  return JSON.stringify(v);
}

export function scenarioHash(s: Scenario): string {
  return sha256Hex(canonicalScenario(s));
}
